#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QWidget>

class QLabel;

namespace mc::widgets {

class ConnectionBadge;
class ResourceChart;

// The cluster at a glance: name, leading master and standbys, ZooKeeper
// roles, Marathon leader and version, totals, and resource use over time.
class ClusterOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterOverview(QWidget *parent = nullptr);

    void setSnapshot(const cluster::SnapshotPtr &snapshot);
    // What the ZooKeeper panel says while no ensemble is watched (why it is empty), instead of the
    // hint to connect with a zk:// URL.
    void setZooKeeperNote(const QString &note);

    [[nodiscard]] QString titleText() const;
    // How the masters are found and Mesos followed ("Watching via ZooKeeper zk://…", the reason
    // when not through ZooKeeper, "Mesos: the leader's event stream is followed").
    [[nodiscard]] QString routeText() const;
    [[nodiscard]] QString mastersText() const;
    [[nodiscard]] QString zookeeperText() const;
    [[nodiscard]] QString marathonText() const;
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] ResourceChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showTexts(const cluster::SnapshotPtr &snapshot);

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_route;
    ConnectionBadge *m_mesosBadge;
    ConnectionBadge *m_marathonBadge;
    QLabel *m_masters;
    QLabel *m_zookeeper;
    QLabel *m_marathon;
    QLabel *m_totals;
    ResourceChart *m_chart;
    QString m_zooKeeperNote;
    bool m_zooKeeperEmpty = true;
    bool m_shownOnce = false;
    cluster::SnapshotPtr m_unshown; // the newest snapshot while out of sight
    cluster::SnapshotPtr m_shown; // the one the texts show (built again on a theme change)
};

} // namespace mc::widgets
