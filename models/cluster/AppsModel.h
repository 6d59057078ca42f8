#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/cluster/UsageSampler.h"
#include "core/marathon/LaunchQueue.h"
#include "models/cluster/SnapshotTableModel.h"

#include <QHash>

#include <optional>

namespace mc::models {

class AppsModel : public SnapshotTableModel<marathon::App, SharedList<marathon::App>>
{
    Q_OBJECT

public:
    enum Column {
        Id,
        State,
        Queue, // Marathon's launch queue: waiting for offers, or delayed (setQueue())
        Instances,
        Running,
        Staged,
        Healthy,
        Unhealthy,
        Deployments,
        Cpus,
        Memory,
        Image,
        LastFailure,
        Used, // what its measured tasks use (UsageSampler), summed
        ColumnCount
    };

    explicit AppsModel(QObject *parent = nullptr);

    static List rowsOf(const cluster::ClusterSnapshot &snapshot) { return snapshot.apps; }
    static const QString &idOf(const marathon::App &app) { return app.id; }
    // The columns that show a change (a bit per Column): a view sorted by another column
    // (the App column, by default) has nothing to re-sort when task counts move.
    [[nodiscard]] static quint64 changedColumns(const marathon::App &before, const marathon::App &after);
    // Suspended: scaled to 0 instances (Suspend); Resume scales it up again.
    [[nodiscard]] static bool isSuspended(const marathon::App &app) { return app.instances == 0; }
    // "suspended", "deploying", "running", "waiting" (fewer tasks run than wanted).
    [[nodiscard]] static QString stateText(const marathon::App &app);

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The launch queue as last read (GET /v2/queue): the Queue column of each app.
    void setQueue(const QList<marathon::QueueEntry> &queue);
    [[nodiscard]] std::optional<marathon::QueueEntry> queueEntry(const QString &appId) const
    {
        return m_queue.contains(appId) ? std::optional(m_queue.value(appId)) : std::nullopt;
    }
    // "waiting: 2" (instances waiting for offers), "delayed 42 s", empty when not queued.
    [[nodiscard]] static QString queueText(const marathon::QueueEntry &entry);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The sums per app, kept beside the rows and read at data() time.
    void setUsage(std::shared_ptr<const cluster::AppUsageMap> usage);

private:
    [[nodiscard]] QVariant usedData(const marathon::App &app, int role) const;

    QHash<QString, marathon::QueueEntry> m_queue;
    std::shared_ptr<const cluster::AppUsageMap> m_usage = std::make_shared<const cluster::AppUsageMap>();
};

} // namespace mc::models
