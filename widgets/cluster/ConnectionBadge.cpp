#include "widgets/cluster/ConnectionBadge.h"

#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace mc::widgets {

namespace {
models::StateColorPalette::Role roleOf(cluster::ConnectionState::Kind kind)
{
    using Kind = cluster::ConnectionState::Kind;
    using Role = models::StateColorPalette::Role;
    switch (kind) {
    case Kind::Live:
        return Role::Ok;
    case Kind::Stale:
        return Role::Warning;
    case Kind::Error:
        return Role::Error;
    case Kind::Connecting:
        return Role::Info;
    case Kind::Disconnected:
        break;
    }
    return Role::Muted;
}
} // namespace

ConnectionBadge::ConnectionBadge(const QString &source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_dot(new QLabel(this))
    , m_label(new ElidedLabel(this))
    , m_tick(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label, 1);
    m_label->setObjectName(QStringLiteral("connectionState"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionBadge::render);
    m_tick->start();
    followTheme(this, QStringLiteral("render"), [this] { render(); });
}

void ConnectionBadge::setState(const cluster::ConnectionState &state)
{
    m_state = state;
    render();
}

QString ConnectionBadge::text() const
{
    return m_label->text();
}

void ConnectionBadge::render()
{
    m_dot->setText(QStringLiteral("<span style=\"color:%1; font-size:14pt\">●</span>")
                       .arg(models::StateColorPalette().name(roleOf(m_state.kind))));
    const QString full = tr("%1: %2").arg(m_source, m_state.describe());
    m_label->setText(full);
    m_label->setToolTip(m_state.reason);
}

} // namespace mc::widgets
