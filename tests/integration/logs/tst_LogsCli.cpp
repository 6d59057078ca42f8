#include "tests/support/HttpFetch.h"
#include "tests/support/HttpIdServer.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include "tests/support/HttpIdServer.h"
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QTest>

// mesos-console-cli logs against localcluster: the task's bytes, exactly.
class tst_LogsCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
        Run run;
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void printsTheStdoutAndStderrOfATaskExactly()
    {
        mc::test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject app {
            { QStringLiteral("id"), QStringLiteral("/cli") },
            { QStringLiteral("cmd"),
              QStringLiteral("printf 'out \\303\\274 \\377\\n'; printf 'err line\\n' >&2; exec sleep 600") },
            { QStringLiteral("instances"), 1 },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 16 }
        };
        QCOMPARE(mc::test::httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/v2/apps"),
                                       QJsonDocument(app).toJson(),
                                       { { "Content-Type", "application/json" } })
                     .status,
                 201);
        QString taskId;
        QDeadlineTimer deadline(15000);
        while (taskId.isEmpty() && !deadline.hasExpired()) {
            const auto tasks = mc::test::httpGet(cluster.leaderUrl() + QStringLiteral("/master/tasks"));
            const QJsonArray taskList = tasks.json().object().value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue &t : taskList) {
                if (t.toObject().value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
                    taskId = t.toObject().value(QStringLiteral("id")).toString();
            }
            QTest::qWait(100);
        }
        QVERIFY(!taskId.isEmpty());
        QString sandbox;
        QDirIterator it(cluster.workDir(), { QStringLiteral("stdout") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(taskId) && !path.contains(QStringLiteral("/latest/")))
                sandbox = QFileInfo(path).path();
        }
        QVERIFY(!sandbox.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(sandbox + QStringLiteral("/stderr")).size() > 0, 5000);
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        const Run out
            = cli({ QStringLiteral("logs"), taskId, QStringLiteral("--master"), cluster.leaderUrl() });
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.contains("out \xc3\xbc \xff\n"));
        QCOMPARE(out.out, read(sandbox + QStringLiteral("/stdout")));

        const Run err = cli({ QStringLiteral("logs"), taskId.left(8), QStringLiteral("--stderr"),
                              QStringLiteral("--master"), cluster.leaderUrl() });
        QCOMPARE(err.exitCode, 0);
        QVERIFY(err.out.contains("err line\n"));
        QCOMPARE(err.out, read(sandbox + QStringLiteral("/stderr")));

        const Run unknown = cli({ QStringLiteral("logs"), QStringLiteral("nope"), QStringLiteral("--master"),
                                  cluster.leaderUrl() });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no task nope"));
    }

    void unreachableHostWithoutFollowFailsAtOnce()
    {
        const quint16 closed = mc::test::freeTcpPort();
        const Run r = cli({ QStringLiteral("logs"), QStringLiteral("--service"), QStringLiteral("zookeeper"),
                            QStringLiteral("--on"), QStringLiteral("127.0.0.1:%1").arg(closed),
                            QStringLiteral("--ssh-config"), QStringLiteral("none") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unreachable") && !r.err.contains("retrying"), r.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(cli({ QStringLiteral("logs") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("logs"), QStringLiteral("t1") }).exitCode, 2); // no --master
        QCOMPARE(cli({ QStringLiteral("logs"), QStringLiteral("--service"), QStringLiteral("nosuch"),
                       QStringLiteral("--on"), QStringLiteral("h1") })
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_LogsCli)
#include "tst_LogsCli.moc"
