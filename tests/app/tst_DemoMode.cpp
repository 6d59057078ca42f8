// `mesos-console --demo` runs the demo cluster as a child process and never
// leaves it behind.

#include "app/gui/DemoZooKeeper.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

// Children of `parent` whose /proc/<pid>/stat names `command` and whose command line has `argument`.
QList<qint64> childrenOf(qint64 parent, const QByteArray &command, const QByteArray &argument = {})
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent
            && line.contains(QByteArray("(" + command + ")")) && cmdline.readAll().contains(argument))
            found << pid;
    }
    return found;
}

qint64 localclusterChildOf(qint64 parent)
{
    return childrenOf(parent, "localcluster").value(0);
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
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
    const QList<qint64> zooKeeper = childrenOf(console.processId(), "java", "QuorumPeerMain");
    if (mc::app::DemoZooKeeper::unavailableReason().isEmpty())
        QCOMPARE(zooKeeper.size(), 3);
    QTest::qWait(1500); // the sample apps start their tasks
    QVERIFY(alive(child));
    console.kill(); // even a console that dies takes the cluster (and its ZooKeeper) down
    QVERIFY(console.waitForFinished(5000));
    QVERIFY(QTest::qWaitFor([&] { return !alive(child); }, 8000));
    for (const qint64 member : zooKeeper)
        QVERIFY(QTest::qWaitFor([&] { return !alive(member); }, 15000));
}

QTEST_GUILESS_MAIN(tst_DemoMode)
#include "tst_DemoMode.moc"
