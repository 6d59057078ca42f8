#include "models/cluster/TaskRow.h"

#include "core/cluster/ClusterSnapshot.h"

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

std::shared_ptr<const std::vector<TaskRow>> TaskRow::rowsOf(const cluster::ClusterSnapshot &snapshot)
{
    auto rows = std::make_shared<std::vector<TaskRow>>();
    QHash<QString, QString> hosts;
    hosts.reserve(qsizetype(snapshot.agents->size()));
    for (const mesos::Agent &agent : *snapshot.agents)
        hosts.insert(agent.id, agent.hostname);

    if (snapshot.hasTaskList) {
        QHash<QString, const marathon::MarathonTask *> marathonTasks;
        marathonTasks.reserve(qsizetype(snapshot.marathonTasks->size()));
        for (const marathon::MarathonTask &task : *snapshot.marathonTasks)
            marathonTasks.insert(task.id, &task);
        rows->reserve(snapshot.tasks->size());
        for (const mesos::Task &task : *snapshot.tasks) {
            TaskRow row;
            row.task = task;
            row.host = hosts.value(task.agentId);
            row.ports = portsText(task.resources.ports);
            row.healthy = task.healthy;
            if (const marathon::MarathonTask *m = marathonTasks.value(task.id)) {
                row.appId = m->appId;
                if (m->healthy)
                    row.healthy = m->healthy;
            }
            rows->push_back(std::move(row));
        }
        return rows;
    }
    rows->reserve(snapshot.marathonTasks->size());
    for (const marathon::MarathonTask &m : *snapshot.marathonTasks) {
        TaskRow row;
        row.task.id = m.id;
        row.task.agentId = m.agentId;
        row.task.state = mesos::taskStateFromString(m.state);
        const QDateTime started = QDateTime::fromString(m.startedAt, Qt::ISODateWithMs);
        row.task.startedAt = started.isValid() ? started.toMSecsSinceEpoch() / 1000.0 : 0;
        row.task.ipAddresses = m.ipAddresses;
        row.host = m.host;
        row.appId = m.appId;
        QStringList ports;
        for (int port : m.ports)
            ports << QString::number(port);
        row.ports = ports.join(QStringLiteral(", "));
        row.healthy = m.healthy;
        rows->push_back(std::move(row));
    }
    return rows;
}

} // namespace mc::models
