#include "models/cluster/TaskRow.h"

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/AgentLabel.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace mc::models {

QString TaskRow::portsText(const QString &ranges)
{
    QString text = ranges;
    text.remove(u'[').remove(u']');
    QStringList out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString range = part.trimmed();
        const qsizetype dash = range.indexOf(u'-');
        if (dash > 0 && range.left(dash) == range.mid(dash + 1))
            out << range.left(dash);
        else
            out << range;
    }
    return out.join(QStringLiteral(", "));
}

namespace {
// Owns what the rows point to; the row list shares its lifetime (aliasing shared_ptr).
using Hosts = QHash<QString, QString>; // agent id -> label
using MarathonTasks = SharedList<marathon::MarathonTask>;

struct RowStorage
{
    std::shared_ptr<const mesos::TaskList> tasks;
    std::shared_ptr<const MarathonTasks> marathonTasks; // the rows' app ids, Marathon's hosts
    std::shared_ptr<const Hosts> hosts; // the rows' hosts
    std::vector<mesos::Task> marathonOnly;
    std::vector<TaskRow> rows;
};

// Never changed once built (the rows point into it): a new label makes a new table.
std::shared_ptr<const Hosts> hostsOf(const std::vector<mesos::Agent> &agents)
{
    auto hosts = std::make_shared<Hosts>();
    hosts->reserve(qsizetype(agents.size()));
    for (const mesos::Agent &agent : agents)
        hosts->insert(agent.id, agentLabel(agent));
    return hosts;
}

// The label of `agentId`, or `fallback`, as a pointer into `hosts` (or to `fallback`).
const QString *hostOf(const Hosts &hosts, const QString &agentId, const QString *fallback = &TaskRow::noText())
{
    const auto it = hosts.constFind(agentId);
    return it != hosts.cend() ? &it.value() : fallback;
}

// id -> position, for every item.
template<typename List> QHash<QString, int> positionsOf(const List &items)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, int(i));
    return index;
}

// The positions where `before` and `after` hold different items (an item
// that did not change is the same object at the same place).
template<typename T> std::vector<size_t> differingPlaces(const SharedList<T> &before, const SharedList<T> &after)
{
    std::vector<size_t> places;
    const size_t n = std::max(before.size(), after.size());
    for (size_t i = 0; i < n; ++i) {
        if (i % SharedList<T>::kChunk == 0 && before.sharesChunkWith(after, i)) {
            i += SharedList<T>::kChunk - 1; // the same run of items in both
            continue;
        }
        if (i >= before.size() || i >= after.size() || before.ptr(i) != after.ptr(i))
            places.push_back(i);
    }
    return places;
}

// Moves an id -> position index from `before` to `after` through the places that differ.
template<typename T>
void updatePositions(QHash<QString, int> &index, const SharedList<T> &before, const SharedList<T> &after,
                     const std::vector<size_t> &places)
{
    for (size_t i : places) {
        if (i < before.size()) {
            const auto it = index.constFind(before[i].id);
            if (it != index.cend() && size_t(*it) == i)
                index.erase(it);
        }
    }
    for (size_t i : places) {
        if (i < after.size())
            index.insert(after[i].id, int(i));
    }
}

TaskRow rowOf(const mesos::Task &task, const Hosts &hosts, const MarathonTasks &marathonTasks,
              const QHash<QString, int> &marathonIndex)
{
    TaskRow row;
    row.task = &task;
    row.hostText = hostOf(hosts, task.agentId);
    row.healthy = task.healthy;
    if (const int m = marathonIndex.value(task.id, -1); m >= 0) {
        const marathon::MarathonTask &marathonTask = marathonTasks[size_t(m)];
        row.appIdText = &marathonTask.appId;
        if (marathonTask.healthy)
            row.healthy = marathonTask.healthy;
    }
    return row;
}
} // namespace

struct TaskRow::Builder::Previous
{
    std::shared_ptr<const mesos::TaskList> tasks;
    std::shared_ptr<const MarathonTasks> marathonTasks;
    std::shared_ptr<const std::vector<mesos::Agent>> agents;
    std::shared_ptr<const std::vector<TaskRow>> rows;
    std::shared_ptr<const Hosts> hosts; // agent id -> label
    QHash<QString, int> taskIndex; // task id -> position in tasks (= its row)
    QHash<QString, int> marathonIndex; // task id -> position in marathonTasks
};

std::shared_ptr<const std::vector<TaskRow>> TaskRow::Builder::rowsOf(const cluster::ClusterSnapshot &snapshot)
{
    const std::lock_guard lock(m_mutex);
    m_lastIncremental = false;
    if (!snapshot.hasTaskList) {
        m_previous.reset();
        return TaskRow::rowsOf(snapshot); // Marathon alone: rows built from its tasks
    }
    auto next = std::make_shared<Previous>();
    next->tasks = snapshot.tasks;
    next->marathonTasks = snapshot.marathonTasks;
    next->agents = snapshot.agents;
    const std::shared_ptr<Previous> previous = std::exchange(m_previous, nullptr);

    bool incremental = previous != nullptr;
    if (incremental) {
        // The agents' list changes with every task (their used resources), their labels hardly ever.
        const bool same = previous->agents == snapshot.agents || sameAgentLabels(*previous->agents, *snapshot.agents);
        next->hosts = same ? previous->hosts : hostsOf(*snapshot.agents);
        // An agent whose label changed (rare: a re-registration) changes rows anywhere: build them all.
        incremental = *next->hosts == *previous->hosts;
        if (incremental)
            next->hosts = previous->hosts; // the kept rows point into it
    }
    auto storage = std::make_shared<RowStorage>();
    storage->tasks = snapshot.tasks;
    storage->marathonTasks = snapshot.marathonTasks;
    std::vector<TaskRow> &rows = storage->rows;
    const mesos::TaskList &tasks = *snapshot.tasks;
    if (!incremental) {
        if (!previous)
            next->hosts = hostsOf(*snapshot.agents);
        next->taskIndex = positionsOf(tasks);
        next->marathonIndex = positionsOf(*snapshot.marathonTasks);
        rows.reserve(tasks.size());
        for (const mesos::Task &task : tasks)
            rows.push_back(rowOf(task, *next->hosts, *snapshot.marathonTasks, next->marathonIndex));
    } else {
        m_lastIncremental = true;
        const std::vector<size_t> taskPlaces = differingPlaces(*previous->tasks, tasks);
        const std::vector<size_t> marathonPlaces
            = differingPlaces(*previous->marathonTasks, *snapshot.marathonTasks);
        next->taskIndex = std::move(previous->taskIndex);
        updatePositions(next->taskIndex, *previous->tasks, tasks, taskPlaces);
        next->marathonIndex = std::move(previous->marathonIndex);
        updatePositions(next->marathonIndex, *previous->marathonTasks, *snapshot.marathonTasks, marathonPlaces);

        const std::vector<TaskRow> &before = *previous->rows;
        rows.assign(before.begin(), before.begin() + qsizetype(std::min(before.size(), tasks.size())));
        rows.resize(tasks.size());
        const auto rebuild = [&](size_t i) {
            rows[i] = rowOf(tasks[i], *next->hosts, *snapshot.marathonTasks, next->marathonIndex);
        };
        for (size_t i : taskPlaces) {
            if (i < tasks.size())
                rebuild(i);
        }
        // Tasks whose Marathon side changed (or came or went) while their Mesos side did not.
        const auto marathonChanged = [&](const MarathonTasks &list, size_t i) {
            if (i >= list.size())
                return;
            if (const int row = next->taskIndex.value(list[i].id, -1); row >= 0)
                rebuild(size_t(row));
        };
        for (size_t i : marathonPlaces) {
            marathonChanged(*previous->marathonTasks, i);
            marathonChanged(*snapshot.marathonTasks, i);
        }
    }
    storage->hosts = next->hosts;
    std::shared_ptr<const std::vector<TaskRow>> result(storage, &storage->rows);
    next->rows = result;
    m_previous = std::move(next);
    return result;
}

std::shared_ptr<const std::vector<TaskRow>> TaskRow::rowsOf(const cluster::ClusterSnapshot &snapshot)
{
    if (snapshot.hasTaskList)
        return Builder().rowsOf(snapshot);
    auto storage = std::make_shared<RowStorage>();
    std::vector<TaskRow> *rows = &storage->rows;
    std::shared_ptr<const std::vector<TaskRow>> result(storage, rows);
    storage->marathonTasks = snapshot.marathonTasks;
    storage->hosts = hostsOf(*snapshot.agents);
    const Hosts &hosts = *storage->hosts;
    // Marathon alone (no Mesos task list): tasks built from Marathon's view.
    storage->marathonOnly.reserve(snapshot.marathonTasks->size());
    for (const marathon::MarathonTask &m : *snapshot.marathonTasks) {
        mesos::Task task;
        task.id = m.id;
        task.agentId = m.agentId;
        task.state = mesos::taskStateFromString(m.state);
        const QDateTime started = QDateTime::fromString(m.startedAt, Qt::ISODateWithMs);
        task.startedAt = started.isValid() ? started.toMSecsSinceEpoch() / 1000.0 : 0;
        task.ipAddresses = m.ipAddresses;
        QStringList ports;
        for (int port : m.ports)
            ports << QString::number(port);
        task.resources.ports = ports.join(QStringLiteral(", "));
        storage->marathonOnly.push_back(std::move(task));
    }
    rows->reserve(snapshot.marathonTasks->size());
    for (size_t i = 0; i < snapshot.marathonTasks->size(); ++i) {
        const marathon::MarathonTask &m = (*snapshot.marathonTasks)[i];
        TaskRow row;
        row.task = &storage->marathonOnly[i];
        row.hostText = hostOf(hosts, m.agentId, &m.host);
        row.appIdText = &m.appId;
        row.healthy = m.healthy;
        rows->push_back(row); // pointers and a bool: nothing to move
    }
    return result;
}

} // namespace mc::models
