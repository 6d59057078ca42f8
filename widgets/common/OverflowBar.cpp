#include "widgets/common/OverflowBar.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace mc::widgets {

OverflowBar::OverflowBar(QWidget *parent)
    : QWidget(parent)
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The bar says how narrow it may be (minimumSizeHint), not the sum of its buttons.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_more->setObjectName(QStringLiteral("overflow"));
    m_more->setText(tr("More"));
    m_more->setArrowType(Qt::DownArrow);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setAccessibleName(tr("More actions"));
    m_more->setToolTip(tr("The actions that do not fit in this width"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_more->hide();
    connect(m_menu, &QMenu::aboutToShow, this, &OverflowBar::fillMenu);
    layout->addWidget(m_more);
}

QHBoxLayout *OverflowBar::rowLayout() const
{
    return qobject_cast<QHBoxLayout *>(layout());
}

QList<QAbstractButton *> OverflowBar::overflowed() const
{
    QList<QAbstractButton *> out;
    for (const auto &button : m_overflowed) {
        if (button)
            out << button;
    }
    return out;
}

QList<QAbstractButton *> OverflowBar::candidates() const
{
    QList<QAbstractButton *> out;
    for (int i = 0; i < layout()->count(); ++i) {
        auto *button = qobject_cast<QAbstractButton *>(layout()->itemAt(i)->widget());
        if (button && button != m_more && (!button->isHidden() || m_overflowed.contains(button)))
            out << button;
    }
    return out;
}

int OverflowBar::widthNeeded(const QList<QAbstractButton *> &shown, bool more) const
{
    const QMargins margins = layout()->contentsMargins();
    int width = margins.left() + margins.right();
    int items = 0;
    for (int i = 0; i < layout()->count(); ++i) {
        QWidget *w = layout()->itemAt(i)->widget();
        if (!w)
            continue;
        int needed = 0;
        if (w == m_more) {
            if (!more)
                continue;
            needed = m_more->sizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!shown.contains(button))
                continue;
            needed = button->sizeHint().width();
        } else {
            if (w->isHidden())
                continue;
            needed = qMax(w->minimumWidth(), w->minimumSizeHint().width());
        }
        width += needed;
        ++items;
    }
    return width + qMax(0, items - 1) * qMax(0, layout()->spacing());
}

QSize OverflowBar::minimumSizeHint() const
{
    // Fields and the More button; the buttons can always move into its menu.
    const bool anyButton = !candidates().isEmpty();
    return { widthNeeded({}, anyButton), QWidget::minimumSizeHint().height() };
}

void OverflowBar::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    // The More button stays last, whatever was added after it.
    if (layout()->indexOf(m_more) != layout()->count() - 1) {
        layout()->removeWidget(m_more);
        layout()->addWidget(m_more);
    }
    QList<QAbstractButton *> shown = candidates();
    const QList<QAbstractButton *> all = shown;
    while (!shown.isEmpty() && widthNeeded(shown, shown.size() < all.size()) > width())
        shown.removeLast();
    if (!shown.isEmpty() && shown.size() < all.size() && widthNeeded(shown, true) > width())
        shown.removeLast();
    m_overflowed.clear();
    for (QAbstractButton *button : all) {
        const bool fits = shown.contains(button);
        if (!fits)
            m_overflowed << button;
        if (button->isHidden() == fits)
            button->setVisible(fits);
    }
    const bool more = !m_overflowed.isEmpty();
    if (m_more->isHidden() == more)
        m_more->setVisible(more);
    m_fitting = false;
}

void OverflowBar::fillMenu()
{
    m_menu->clear();
    for (QAbstractButton *button : overflowed()) {
        QAction *action = m_menu->addAction(button->icon(), button->text());
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
        action->setObjectName(button->objectName());
        if (button->isCheckable()) {
            action->setCheckable(true);
            action->setChecked(button->isChecked());
        }
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
    }
}

bool OverflowBar::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::LayoutRequest:
    case QEvent::Show:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        fit();
        break;
    default:
        break;
    }
    return handled;
}

} // namespace mc::widgets
