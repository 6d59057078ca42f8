#pragma once

#include "core/audit/ClusterMode.h"
#include "core/cluster/ClusterSnapshot.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>

namespace mc::models {

// One watched cluster in a line: what the "All clusters" page and the cluster
// switcher show.
struct ClusterSummary
{
    enum class Health { Connecting, Live, Stale, Failing };

    QString key; // the session's key (its addresses)
    QString name;
    audit::ClusterMode mode = audit::ClusterMode::ReadWrite;
    QColor colour; // the mode colour the user picked; invalid: none
    Health health = Health::Connecting;
    QString leader; // host:port, empty while none leads
    int agentsActive = 0;
    int agentsTotal = 0;
    QList<QPair<mesos::TaskState, int>> tasksByState; // non-zero counts, in the enum's order
    int appsWaiting = 0; // fewer tasks running than instances, no failure
    int appsFailing = 0; // unhealthy tasks, or short of instances after a task failed
    QString lastError; // the last error either source reported, with its time
    bool active = false; // the one the pages show

    bool operator==(const ClusterSummary &) const = default;

    // Everything but the key, name, mode, colour and last error from `snapshot`.
    void read(const cluster::ClusterSnapshot &snapshot);
    [[nodiscard]] static Health healthOf(const cluster::ClusterSnapshot &snapshot);
};

// Every watched cluster, one row each, in the order they were opened; updated by
// key (a changed row is one dataChanged, never a reset).
class ClustersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, State, Leader, Agents, Tasks, Apps, LastError, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, HealthRole };

    using QAbstractTableModel::QAbstractTableModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Inserts the row of `summary.key` or updates it.
    void setSummary(const ClusterSummary &summary);
    void removeKey(const QString &key);
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] const ClusterSummary &summary(int row) const { return m_rows.at(row); }

    // "live", "stale", "failing", "connecting".
    [[nodiscard]] static QString healthText(ClusterSummary::Health health);
    [[nodiscard]] static QColor healthColour(ClusterSummary::Health health);
    [[nodiscard]] static QString modeText(audit::ClusterMode mode);
    // "5 running · 1 staging".
    [[nodiscard]] static QString tasksText(const ClusterSummary &summary);
    [[nodiscard]] static QString appsText(const ClusterSummary &summary);

private:
    QList<ClusterSummary> m_rows;
};

} // namespace mc::models
