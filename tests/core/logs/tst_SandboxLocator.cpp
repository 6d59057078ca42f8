#include "core/logs/SandboxLocator.h"

#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

using mc::logs::SandboxLocator;
using mc::logs::TaskRef;

namespace {
// A DEFAULT (pod) executor, a completed command executor and a completed framework.
const QByteArray kState = R"({
  "frameworks": [{
    "id": "fw-1",
    "executors": [{
      "id": "pod-executor", "type": "DEFAULT", "directory": "/sb/pod",
      "tasks": [{"id": "pod.task-a", "state": "TASK_RUNNING"}], "queued_tasks": [], "completed_tasks": []
    }],
    "completed_executors": [{
      "id": "done.1", "directory": "/sb/done.1",
      "tasks": [], "queued_tasks": [], "completed_tasks": [{"id": "done.1", "state": "TASK_FINISHED"}]
    }]
  }],
  "completed_frameworks": [{
    "id": "fw-old",
    "completed_executors": [{"id": "old.1", "directory": "/sb/old.1", "tasks": [], "completed_tasks": []}]
  }]
})";
} // namespace

class tst_SandboxLocator : public QObject
{
    Q_OBJECT

private slots:
    void findsCommandTaskByExecutorIdEqualToTaskId()
    {
        QFile file(mc::test::fixturePath(QStringLiteral("mesos/state.agent-1.assembled-1.11.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray state = file.readAll();
        const auto sandbox = SandboxLocator::locate(
            state,
            TaskRef { QStringLiteral("web.5e2b1c7a-d7f2-11ee-9c1b-0242ac110002"),
                      QStringLiteral("2d7c1c9e-4a6f-4b7e-8f3c-1a2b3c4d5e6f-0000"), QString() });
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.ok() ? QString() : sandbox.error().message));
        QVERIFY(sandbox->directory.endsWith(
            QStringLiteral("/executors/web.5e2b1c7a-d7f2-11ee-9c1b-0242ac110002/runs/"
                           "1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71")));
        QVERIFY(!sandbox->taskEnded);
        // What a shell in the task needs: a Docker task, its container, its agent.
        QVERIFY(sandbox->docker);
        QCOMPARE(sandbox->containerId, QStringLiteral("1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71"));
        QCOMPARE(sandbox->agentId, QStringLiteral("2d7c1c9e-4a6f-4b7e-8f3c-1a2b3c4d5e6f-S0"));
    }

    void findsPodTaskUnderTasksDirectory()
    {
        const auto sandbox = SandboxLocator::locate(
            kState,
            TaskRef { QStringLiteral("pod.task-a"), QStringLiteral("fw-1"), QStringLiteral("pod-executor") });
        QVERIFY(sandbox.ok());
        QCOMPARE(sandbox->directory, QStringLiteral("/sb/pod/tasks/pod.task-a"));
        QVERIFY(!sandbox->taskEnded);
    }

    void reportsEndedTasks_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("directory");
        QTest::newRow("completed executor")
            << QStringLiteral("done.1") << QString() << QStringLiteral("/sb/done.1");
        QTest::newRow("completed framework, by executor id")
            << QStringLiteral("old.1") << QStringLiteral("fw-old") << QStringLiteral("/sb/old.1");
    }
    void reportsEndedTasks()
    {
        QFETCH(QString, task);
        QFETCH(QString, framework);
        QFETCH(QString, directory);
        const auto sandbox = SandboxLocator::locate(kState, TaskRef { task, framework, QString() });
        QVERIFY(sandbox.ok());
        QCOMPARE(sandbox->directory, directory);
        QVERIFY(sandbox->taskEnded);
    }

    // The executor's pid from the latest status that has one (container_status.executor_pid,
    // as the agent's GET_TASKS fixture shows it); none: 0.
    void reportsTheExecutorPid()
    {
        const QByteArray state = R"({"frameworks": [{"id": "fw", "executors": [{
          "id": "job.1", "directory": "/sb/job.1", "queued_tasks": [], "completed_tasks": [],
          "tasks": [{"id": "job.1", "state": "TASK_RUNNING", "statuses": [
            {"state": "TASK_STARTING", "container_status": {"executor_pid": 27140}},
            {"state": "TASK_RUNNING", "container_status": {"container_id": {"value": "c1"}}}]}]}]}]})";
        const auto found = SandboxLocator::locate(state, TaskRef { QStringLiteral("job.1"), {}, {} });
        QVERIFY(found.ok());
        QCOMPARE(found->executorPid, qint64(27140));
        QCOMPARE(found->containerId, QStringLiteral("c1"));
        const auto none = SandboxLocator::locate(kState, TaskRef { QStringLiteral("pod.task-a"), {}, {} });
        QVERIFY(none.ok());
        QCOMPARE(none->executorPid, qint64(0));
    }

    void unknownTaskIsAnError()
    {
        const auto sandbox = SandboxLocator::locate(kState, TaskRef { QStringLiteral("nope"), {}, {} });
        QVERIFY(!sandbox.ok());
        QVERIFY(sandbox.error().message.contains(QStringLiteral("nope")));
        QVERIFY(!SandboxLocator::locate("not json", TaskRef { QStringLiteral("x"), {}, {} }).ok());
    }

    void toleratesInvalidUtf8InTheState()
    {
        QByteArray state = kState;
        state.replace("\"fw-1\",", "\"fw-1\", \"name\": \"bad \xff\xfe\",");
        const auto sandbox = SandboxLocator::locate(state, TaskRef { QStringLiteral("pod.task-a"), {}, {} });
        QVERIFY(sandbox.ok());
        QCOMPARE(sandbox->directory, QStringLiteral("/sb/pod/tasks/pod.task-a"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLocator)
#include "tst_SandboxLocator.moc"
