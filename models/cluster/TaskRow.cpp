#include "models/cluster/TaskRow.h"

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/AgentLabel.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

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
struct RowStorage
{
    std::shared_ptr<const std::vector<mesos::Task>> tasks;
    std::vector<mesos::Task> marathonOnly;
    std::vector<TaskRow> rows;
};
} // namespace

std::shared_ptr<const std::vector<TaskRow>> TaskRow::rowsOf(const cluster::ClusterSnapshot &snapshot)
{
    auto storage = std::make_shared<RowStorage>();
    std::vector<TaskRow> *rows = &storage->rows;
    std::shared_ptr<const std::vector<TaskRow>> result(storage, rows);
    QHash<QString, QString> hosts;
    hosts.reserve(qsizetype(snapshot.agents->size()));
    for (const mesos::Agent &agent : *snapshot.agents)
        hosts.insert(agent.id, agentLabel(agent));

    if (snapshot.hasTaskList) {
        QHash<QString, const marathon::MarathonTask *> marathonTasks;
        marathonTasks.reserve(qsizetype(snapshot.marathonTasks->size()));
        for (const marathon::MarathonTask &task : *snapshot.marathonTasks)
            marathonTasks.insert(task.id, &task);
        storage->tasks = snapshot.tasks;
        rows->reserve(snapshot.tasks->size());
        for (const mesos::Task &task : *snapshot.tasks) {
            TaskRow row;
            row.task = &task;
            row.host = hosts.value(task.agentId);
            row.healthy = task.healthy;
            if (const marathon::MarathonTask *m = marathonTasks.value(task.id)) {
                row.appId = m->appId;
                if (m->healthy)
                    row.healthy = m->healthy;
            }
            rows->push_back(std::move(row));
        }
        return result;
    }
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
        row.host = hosts.value(m.agentId, m.host);
        row.appId = m.appId;
        row.healthy = m.healthy;
        rows->push_back(std::move(row));
    }
    return result;
}

} // namespace mc::models
