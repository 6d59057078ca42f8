// `mesos-console --demo` runs the demo cluster as a child process and never
// leaves it behind.

#include "app/gui/DemoZooKeeper.h"
#include "tests/support/ProcessTree.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

qint64 localclusterChildOf(qint64 parent)
{
    return mc::test::childProcesses(parent, "localcluster").value(0);
}

} // namespace

class tst_DemoMode : public QObject
{
    Q_OBJECT

private slots:
    void demoStartsLocalclusterAndStopsItWithTheConsole();
};

void tst_DemoMode::demoStartsLocalclusterAndStopsItWithTheConsole()
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.start(mc::test::executablePath(QStringLiteral("mesos-console")), { QStringLiteral("--demo") });
    QVERIFY(console.waitForStarted(5000));
    qint64 child = 0;
    // With ZooKeeper installed, its ensemble comes first (several seconds for three JVMs).
    QVERIFY(QTest::qWaitFor([&] { return (child = localclusterChildOf(console.processId())) != 0; }, 120000));
    const QList<qint64> zooKeeper = mc::test::childProcesses(console.processId(), "java", "QuorumPeerMain");
    if (mc::app::DemoZooKeeper::unavailableReason().isEmpty())
        QCOMPARE(zooKeeper.size(), 3);
    QTest::qWait(1500); // the sample apps start their tasks
    QVERIFY(mc::test::processAlive(child));
    console.kill(); // even a console that dies takes the cluster (and its ZooKeeper) down
    QVERIFY(console.waitForFinished(5000));
    QVERIFY(QTest::qWaitFor([&] { return !mc::test::processAlive(child); }, 8000));
    for (const qint64 member : zooKeeper)
        QVERIFY(QTest::qWaitFor([&] { return !mc::test::processAlive(member); }, 15000));
}

QTEST_GUILESS_MAIN(tst_DemoMode)
#include "tst_DemoMode.moc"
