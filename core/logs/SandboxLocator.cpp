#include "core/logs/SandboxLocator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::logs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::logs::SandboxLocator", text);
}

bool isTerminal(const QString &state)
{
    static const QStringList terminal
        = { QStringLiteral("TASK_FINISHED"),         QStringLiteral("TASK_FAILED"),
            QStringLiteral("TASK_KILLED"),           QStringLiteral("TASK_ERROR"),
            QStringLiteral("TASK_DROPPED"),          QStringLiteral("TASK_GONE"),
            QStringLiteral("TASK_GONE_BY_OPERATOR"), QStringLiteral("TASK_LOST") };
    return terminal.contains(state);
}

// The task's entry in one of the executor's task lists, with whether that list means "ended".
const QJsonObject *findTask(const QJsonObject &executor, const QString &taskId, bool *ended,
                            QJsonObject *storage)
{
    for (const char *list : { "tasks", "queued_tasks", "completed_tasks" }) {
        const QJsonArray tasks = executor.value(QLatin1String(list)).toArray();
        for (const QJsonValue &t : tasks) {
            const QJsonObject task = t.toObject();
            if (task.value(QLatin1String("id")).toString() == taskId) {
                *storage = task;
                *ended = qstrcmp(list, "completed_tasks") == 0
                    || isTerminal(task.value(QLatin1String("state")).toString());
                return storage;
            }
        }
    }
    return nullptr;
}

void describeContainer(const QJsonObject &agent, const QJsonObject &executor, const QJsonObject &task,
                       Sandbox &sandbox)
{
    sandbox.agentId = agent.value(QLatin1String("id")).toString();
    sandbox.agentVersion = agent.value(QLatin1String("version")).toString();
    sandbox.executorId = executor.value(QLatin1String("id")).toString();
    sandbox.podTask = executor.value(QLatin1String("type")).toString() == u"DEFAULT";
    sandbox.containerId = executor.value(QLatin1String("container")).toString();
    const QJsonObject container = task.value(QLatin1String("container")).toObject();
    sandbox.docker = container.value(QLatin1String("type")).toString() == u"DOCKER";
    // The latest status names the container too (the executor's field is 0.2x+).
    const QJsonArray statuses = task.value(QLatin1String("statuses")).toArray();
    for (qsizetype i = statuses.size() - 1; i >= 0 && sandbox.executorPid == 0; --i) {
        sandbox.executorPid = qint64(statuses.at(i)
                                         .toObject()
                                         .value(QLatin1String("container_status"))
                                         .toObject()
                                         .value(QLatin1String("executor_pid"))
                                         .toDouble());
    }
    for (qsizetype i = statuses.size() - 1; i >= 0 && sandbox.containerId.isEmpty(); --i) {
        sandbox.containerId = statuses.at(i)
                                  .toObject()
                                  .value(QLatin1String("container_status"))
                                  .toObject()
                                  .value(QLatin1String("container_id"))
                                  .toObject()
                                  .value(QLatin1String("value"))
                                  .toString();
    }
}

} // namespace

Result<Sandbox> SandboxLocator::locate(const QByteArray &agentState, const TaskRef &task)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(agentState, &error);
    if (doc.isNull() && error.error == QJsonParseError::IllegalUTF8String) {
        // 1.x writes raw bytes (task names, labels) that may be invalid UTF-8.
        doc = QJsonDocument::fromJson(QString::fromUtf8(agentState).toUtf8(), &error);
    }
    if (!doc.isObject())
        return Error { tr("The agent's state is not valid JSON."), error.errorString() };
    const QJsonObject root = doc.object();
    const QString wantedExecutor = task.executorId.isEmpty() ? task.taskId : task.executorId;

    struct Candidate
    {
        QJsonObject executor;
        bool ended = false;
        QString frameworkId;
    };
    std::optional<Candidate> byId;
    for (const char *frameworkList : { "frameworks", "completed_frameworks" }) {
        const bool frameworkEnded = qstrcmp(frameworkList, "completed_frameworks") == 0;
        for (const QJsonArray frameworks = root.value(QLatin1String(frameworkList)).toArray();
             const QJsonValue &f : frameworks) {
            const QJsonObject framework = f.toObject();
            if (!task.frameworkId.isEmpty()
                && framework.value(QLatin1String("id")).toString() != task.frameworkId)
                continue;
            for (const char *executorList : { "executors", "completed_executors" }) {
                const bool executorEnded = qstrcmp(executorList, "completed_executors") == 0;
                for (const QJsonArray executors = framework.value(QLatin1String(executorList)).toArray();
                     const QJsonValue &e : executors) {
                    const QJsonObject executor = e.toObject();
                    bool taskEnded = false;
                    QJsonObject storage;
                    const QString directory = executor.value(QLatin1String("directory")).toString();
                    if (findTask(executor, task.taskId, &taskEnded, &storage) && !directory.isEmpty()) {
                        Sandbox sandbox;
                        sandbox.directory = directory;
                        sandbox.frameworkId = framework.value(QLatin1String("id")).toString();
                        describeContainer(root, executor, storage, sandbox);
                        if (executor.value(QLatin1String("type")).toString() == u"DEFAULT")
                            sandbox.directory += QStringLiteral("/tasks/") + task.taskId;
                        sandbox.taskEnded = taskEnded || executorEnded || frameworkEnded;
                        return sandbox;
                    }
                    if (!byId && executor.value(QLatin1String("id")).toString() == wantedExecutor
                        && !directory.isEmpty())
                        byId = Candidate { executor, executorEnded || frameworkEnded,
                                           framework.value(QLatin1String("id")).toString() };
                }
            }
        }
    }
    if (byId) {
        Sandbox sandbox;
        sandbox.directory = byId->executor.value(QLatin1String("directory")).toString();
        sandbox.frameworkId = byId->frameworkId;
        describeContainer(root, byId->executor, {}, sandbox);
        if (byId->executor.value(QLatin1String("type")).toString() == u"DEFAULT")
            sandbox.directory += QStringLiteral("/tasks/") + task.taskId;
        sandbox.taskEnded = byId->ended;
        return sandbox;
    }
    return Error { tr("The agent does not know the task %1 (its sandbox may have been garbage-collected).")
                       .arg(task.taskId),
                   {} };
}

bool Sandbox::hasVirtualPath() const
{
    const QStringList parts = agentVersion.split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    return !frameworkId.isEmpty() && !executorId.isEmpty() && (major > 1 || (major == 1 && minor >= 5));
}

QString Sandbox::virtualPath(const QString &taskId) const
{
    if (!hasVirtualPath())
        return {};
    QString path = QStringLiteral("/frameworks/%1/executors/%2/runs/latest").arg(frameworkId, executorId);
    if (podTask)
        path += QStringLiteral("/tasks/") + taskId;
    return path;
}

} // namespace mc::logs
