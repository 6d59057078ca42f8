#include "widgets/cluster/ClusterOverview.h"

#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/Format.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/ResourceChart.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
QLabel *boxed(QGridLayout *grid, const QString &title, int row, int column, QWidget *parent)
{
    // Wrapped also inside a long host name; a long list is cut (all of it in the tool tip). Room
    // for a three-member ZooKeeper ensemble (three lines each) at the window's usual width.
    constexpr int kBoxLines = 10;
    auto *box = new QGroupBox(title, parent);
    auto *label = new ElidedLabel(box);
    label->setMaximumLines(kBoxLines);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label);
    grid->addWidget(box, row, column);
    return label;
}

QString dot(models::StateColorPalette::Role role)
{
    return QStringLiteral("<span style=\"color:%1\">●</span> ").arg(models::StateColorPalette().name(role));
}

QString multiline(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString plain(const QLabel *label)
{
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}
} // namespace

ClusterOverview::ClusterOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_route(new QLabel(this))
    , m_mesosBadge(new ConnectionBadge(tr("Mesos"), this))
    , m_marathonBadge(new ConnectionBadge(tr("Marathon"), this))
    , m_chart(new ResourceChart(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText); // readable in light and dark
    m_route->setObjectName(QStringLiteral("clusterRoute"));
    m_route->setTextFormat(Qt::RichText);
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_subtitle, 1, 0);
    header->addWidget(m_mesosBadge, 0, 1, Qt::AlignRight);
    header->addWidget(m_marathonBadge, 1, 1, Qt::AlignRight);
    header->addWidget(m_route, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);

    auto *grid = new QGridLayout;
    m_masters = boxed(grid, tr("Masters"), 0, 0, this);
    m_zookeeper = boxed(grid, tr("ZooKeeper"), 0, 1, this);
    m_marathon = boxed(grid, tr("Marathon"), 0, 2, this);
    m_totals = boxed(grid, tr("Totals"), 0, 3, this);
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addWidget(m_chart, 1);

    setSnapshot(std::make_shared<const cluster::ClusterSnapshot>());
    // The dots name state colours: the texts again in a new theme's.
    followTheme(this, QStringLiteral("texts"), [this] {
        if (m_shown)
            showTexts(m_shown);
    });
}

void ClusterOverview::setSnapshot(const cluster::SnapshotPtr &s)
{
    m_chart->addSnapshot(*s); // the history goes on out of sight
    // Out of sight (another page or tab) the texts wait for the next show: every label whose
    // text changes asks the whole window for a new layout, at every update of a busy cluster.
    if (m_shownOnce && !isVisible()) {
        m_unshown = s;
        return;
    }
    m_unshown.reset();
    showTexts(s);
}

void ClusterOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shownOnce = true;
    if (const cluster::SnapshotPtr s = std::exchange(m_unshown, nullptr))
        showTexts(s);
}

void ClusterOverview::showTexts(const cluster::SnapshotPtr &s)
{
    using Role = models::StateColorPalette::Role;
    m_shown = s;
    m_title->setText(s->clusterName.isEmpty() ? tr("Cluster") : tr("Cluster %1").arg(s->clusterName));
    m_subtitle->setText(s->mesosVersion.isEmpty() ? QString() : tr("Mesos %1").arg(s->mesosVersion));
    m_mesosBadge->setState(s->mesos);
    m_marathonBadge->setState(s->marathon);
    m_mesosBadge->setVisible(s->mesos.kind != cluster::ConnectionState::Kind::Disconnected);
    m_marathonBadge->setVisible(s->marathon.kind != cluster::ConnectionState::Kind::Disconnected);

    QStringList route;
    if (const QString via = cluster::ClusterWatcher::describeWatch(s->watch); !via.isEmpty())
        route << tr("Watching %1").arg(via).toHtmlEscaped();
    if (s->mesos.kind != cluster::ConnectionState::Kind::Disconnected)
        route << tr("Mesos: %1").arg(cluster::ClusterWatcher::describeMesosFollow(s->mesosPolled)).toHtmlEscaped();
    QString routeHtml = route.join(QStringLiteral(" · "));
    if (!s->watch.reason.isEmpty())
        routeHtml += QStringLiteral("<br>") + dot(Role::Warning) + s->watch.reason.toHtmlEscaped();
    m_route->setText(routeHtml);
    m_route->setVisible(!routeHtml.isEmpty());

    QString masters;
    if (s->electing)
        masters += dot(Role::Warning) + tr("<b>No leader: electing…</b><br>");
    for (const cluster::MasterStatus &m : s->masters) {
        const QString role = !m.reachable ? tr("down") : m.leader ? tr("<b>leader</b>") : tr("standby");
        masters += dot(m.reachable ? (m.leader ? Role::Ok : Role::Info) : Role::Error)
            + QStringLiteral("%1 — %2").arg(m.name.toHtmlEscaped(), role)
            + (m.version.isEmpty() ? QString()
                                   : QStringLiteral(" <small>(%1)</small>").arg(m.version.toHtmlEscaped()))
            + QStringLiteral("<br>");
    }
    if (s->masters.empty() && !s->electing)
        masters = tr("No master known yet.");
    if (s->leader && s->masters.empty())
        masters += tr("Leader: %1").arg(s->leader->displayName().toHtmlEscaped());
    m_masters->setText(masters);

    QString zk;
    for (const zookeeper::ZkServerStatus &z : s->zookeeper) {
        if (!z.error.isEmpty()) {
            zk += dot(Role::Error)
                + QStringLiteral("%1 — %2<br>").arg(z.hostPort.toHtmlEscaped(), z.error.toHtmlEscaped());
            continue;
        }
        zk += dot(z.mode == u"leader" || z.mode == u"standalone" ? Role::Ok : Role::Info)
            + tr("%1 — <b>%2</b>, latency %3 ms avg, %4 connections, %5 outstanding<br>")
                  .arg(z.hostPort.toHtmlEscaped(), z.mode.toHtmlEscaped(),
                       models::Format::number(z.latencyAvg), models::Format::count(z.connections),
                       models::Format::count(z.outstanding));
    }
    m_zooKeeperEmpty = zk.isEmpty();
    if (m_zooKeeperEmpty)
        zk = m_zooKeeperNote.isEmpty() ? tr("Not watched: connect with a zk:// URL to see the ensemble.")
                                       : multiline(m_zooKeeperNote);
    m_zookeeper->setText(zk);

    QString marathon;
    if (s->marathonInfo) {
        marathon = tr("Leader: <b>%1</b><br>Version: %2<br>Framework: %3")
                       .arg(s->marathonInfo->leader.toHtmlEscaped(), s->marathonInfo->version.toHtmlEscaped(),
                            s->marathonInfo->frameworkId.toHtmlEscaped());
        marathon += tr("<br>Apps: %1, deployments: %2")
                        .arg(models::Format::count(qint64(s->apps->size())),
                             models::Format::count(qint64(s->deployments->size())));
    } else {
        marathon = s->marathon.kind == cluster::ConnectionState::Kind::Disconnected
            ? tr("Not watched: start with --marathon URL.")
            : tr("No answer yet.");
    }
    m_marathon->setText(marathon);

    const cluster::ResourceTotals &t = s->totals;
    using models::Format;
    const auto count = [&](mesos::TaskState state) { return Format::count(t.tasksByState[size_t(state)]); };
    QString totals = tr("Agents: <b>%1</b> active, %2 inactive<br>Frameworks: %3 active<br>")
                         .arg(Format::count(t.agentsActive), Format::count(t.agentsInactive),
                              Format::count(t.frameworksActive));
    totals += tr("Tasks: <b>%1</b> running, %2 staging, %3 starting, %4 killing<br>")
                  .arg(count(mesos::TaskState::Running), count(mesos::TaskState::Staging),
                       count(mesos::TaskState::Starting), count(mesos::TaskState::Killing));
    totals += tr("CPUs: %1<br>Memory: %2<br>Disk: %3")
                  .arg(models::Format::usage(t.cpusUsed, t.cpusTotal, false),
                       models::Format::usage(t.memUsed, t.memTotal, true),
                       models::Format::usage(t.diskUsed, t.diskTotal, true));
    m_totals->setText(totals);
}

void ClusterOverview::setZooKeeperNote(const QString &note)
{
    m_zooKeeperNote = note;
    if (m_zooKeeperEmpty && !note.isEmpty())
        m_zookeeper->setText(multiline(note));
}

QString ClusterOverview::titleText() const
{
    return m_title->text();
}

QString ClusterOverview::routeText() const
{
    return plain(m_route);
}

QString ClusterOverview::mastersText() const
{
    return plain(m_masters);
}

QString ClusterOverview::zookeeperText() const
{
    return plain(m_zookeeper);
}

QString ClusterOverview::marathonText() const
{
    return plain(m_marathon);
}

QString ClusterOverview::totalsText() const
{
    return plain(m_totals);
}

} // namespace mc::widgets
