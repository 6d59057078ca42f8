#include "widgets/common/ChangeGuard.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace mc::widgets {

namespace {
// What the control's own logic last asked for, kept while read-only holds it.
constexpr char kWantsEnabled[] = "mc_guard_wantsEnabled";
constexpr char kOwnTip[] = "mc_guard_ownTip";
} // namespace

ChangeGuard::ChangeGuard(QObject *parent)
    : QObject(parent)
{ }

QString ChangeGuard::readOnlyTip()
{
    return tr("read-only cluster");
}

QString ChangeGuard::whyNot() const
{
    return isReadOnly() ? readOnlyTip() : QString();
}

template<typename Control> void ChangeGuard::apply(Control *control)
{
    m_applying = true;
    const bool readOnly = isReadOnly();
    control->setEnabled(!readOnly && control->property(kWantsEnabled).toBool());
    control->setToolTip(readOnly ? readOnlyTip() : control->property(kOwnTip).toString());
    m_applying = false;
}

void ChangeGuard::setCluster(const QString &name, audit::ClusterMode mode, const QColor &colour)
{
    if (name == m_name && mode == m_mode && colour == m_colour)
        return;
    m_name = name;
    m_mode = mode;
    m_colour = colour;
    for (const QPointer<QWidget> &w : std::as_const(m_widgets)) {
        if (w)
            apply(w.data());
    }
    for (const QPointer<QAction> &a : std::as_const(m_actions)) {
        if (a)
            apply(a.data());
    }
    Q_EMIT changed();
}

void ChangeGuard::guard(QWidget *control)
{
    m_widgets.removeAll(nullptr);
    m_widgets << control;
    control->setProperty(kWantsEnabled, !control->testAttribute(Qt::WA_ForceDisabled));
    control->setProperty(kOwnTip, control->toolTip());
    control->installEventFilter(this);
    apply(control);
}

void ChangeGuard::guard(QAction *control)
{
    m_actions.removeAll(nullptr);
    m_actions << control;
    control->setProperty(kWantsEnabled, control->isEnabled());
    control->setProperty(kOwnTip, control->toolTip());
    connect(control, &QAction::changed, this, [this, control] {
        if (m_applying)
            return;
        // The action's own logic spoke: remember it, then hold it while read-only.
        control->setProperty(kWantsEnabled, control->isEnabled());
        if (control->toolTip() != readOnlyTip())
            control->setProperty(kOwnTip, control->toolTip());
        apply(control);
    });
    apply(control);
}

bool ChangeGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *control = qobject_cast<QWidget *>(watched);
    if (control && !m_applying
        && (event->type() == QEvent::EnabledChange || event->type() == QEvent::ToolTipChange)) {
        if (event->type() == QEvent::EnabledChange)
            control->setProperty(kWantsEnabled, !control->testAttribute(Qt::WA_ForceDisabled));
        else if (control->toolTip() != readOnlyTip())
            control->setProperty(kOwnTip, control->toolTip());
        if (isReadOnly())
            apply(control);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mc::widgets
