// `mesos-console --demo` runs the demo cluster as a child process and never
// leaves it behind.

#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

qint64 localclusterChildOf(qint64 parent)
{
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent && line.contains("(localcluster)"))
            return pid;
    }
    return 0;
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
    QVERIFY(QTest::qWaitFor([&] { return (child = localclusterChildOf(console.processId())) != 0; }, 10000));
    QTest::qWait(1500); // the sample apps start their tasks
    QVERIFY(alive(child));
    console.kill(); // even a console that dies takes the cluster down
    QVERIFY(console.waitForFinished(5000));
    QVERIFY(QTest::qWaitFor([&] { return !alive(child); }, 8000));
}

QTEST_GUILESS_MAIN(tst_DemoMode)
#include "tst_DemoMode.moc"
