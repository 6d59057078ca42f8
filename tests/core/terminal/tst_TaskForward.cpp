// Which task replaces a forward's task when it ends (TaskForward follows it):
// Marathon's replacement runs in the same framework under the same task name.
// The forward itself (over SSH, to localcluster tasks) is tst_PortForward's.

#include "core/terminal/TaskForward.h"

#include <QTest>

using namespace mc::terminal;
using namespace Qt::StringLiterals;

class tst_TaskForward : public QObject
{
    Q_OBJECT

private slots:
    void replacementIsTheAppsOtherRunningTask_data()
    {
        QTest::addColumn<QList<TaskPlace>>("now");
        QTest::addColumn<int>("portIndex");
        QTest::addColumn<QString>("expected"); // empty: none

        const TaskPlace same { u"web.2"_s, u"fw"_s, u"web"_s, u"agent2"_s, { 31001, 31002 }, true };
        QTest::newRow("the replacement") << QList<TaskPlace> { same } << 1 << u"web.2"_s;
        TaskPlace staging = same;
        staging.running = false;
        QTest::newRow("not running yet") << QList<TaskPlace> { staging } << 0 << u""_s;
        TaskPlace otherApp = same;
        otherApp.name = u"api"_s;
        QTest::newRow("another app") << QList<TaskPlace> { otherApp } << 0 << u""_s;
        TaskPlace otherFramework = same;
        otherFramework.frameworkId = u"fw2"_s;
        QTest::newRow("another framework") << QList<TaskPlace> { otherFramework } << 0 << u""_s;
        QTest::newRow("too few ports") << QList<TaskPlace> { same } << 2 << u""_s;
        const TaskPlace itself { u"web.1"_s, u"fw"_s, u"web"_s, u"agent1"_s, { 31000 }, true };
        QTest::newRow("the ended task itself") << QList<TaskPlace> { itself } << 0 << u""_s;
        TaskPlace noAgent = same;
        noAgent.agentHost.clear();
        QTest::newRow("agent unknown") << QList<TaskPlace> { noAgent, itself } << 0 << u""_s;
    }

    void replacementIsTheAppsOtherRunningTask()
    {
        QFETCH(QList<TaskPlace>, now);
        QFETCH(int, portIndex);
        QFETCH(QString, expected);
        const TaskPlace ended { u"web.1"_s, u"fw"_s, u"web"_s, u"agent1"_s, { 31000, 31001 }, false };
        const std::optional<TaskPlace> found = replacementOf(ended, now, portIndex);
        QCOMPARE(found ? found->taskId : QString(), expected);
    }

    void placesJoinTasksWithTheirAgentsHosts()
    {
        struct Task
        {
            QString id, frameworkId, name, agentId;
            mc::mesos::TaskState state;
            bool completed;
            struct
            {
                QString ports;
            } resources;
        };
        struct Agent
        {
            QString id, hostname;
        };
        const std::vector<Task> tasks { { u"t1"_s,
                                          u"fw"_s,
                                          u"web"_s,
                                          u"a1"_s,
                                          mc::mesos::TaskState::Running,
                                          false,
                                          { u"[31000-31001]"_s } },
                                        { u"t2"_s,
                                          u"fw"_s,
                                          u"web"_s,
                                          u"a2"_s,
                                          mc::mesos::TaskState::Killed,
                                          true,
                                          { u"[31005-31005]"_s } } };
        const std::vector<Agent> agents { { u"a1"_s, u"agent1.example"_s },
                                          { u"a2"_s, u"agent2.example"_s } };
        const QList<TaskPlace> places = taskPlaces(tasks, agents);
        QCOMPARE(places.size(), 2);
        QCOMPARE(places.at(0),
                 (TaskPlace { u"t1"_s, u"fw"_s, u"web"_s, u"agent1.example"_s, { 31000, 31001 }, true }));
        QCOMPARE(places.at(1).running, false);
        QCOMPARE(places.at(1).agentHost, u"agent2.example"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TaskForward)
#include "tst_TaskForward.moc"
