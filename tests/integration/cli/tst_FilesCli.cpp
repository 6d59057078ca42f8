// mesos-console-cli files ls|cat|get and tasks usage against localcluster: a task's
// sandbox listed, a file printed and downloaded byte for byte, a completed task's
// sandbox and a collected one, and a spinning task's CPU above a sleeping one's.

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_FilesCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
    QTemporaryDir m_dir;
    QString m_files; // a running task with a few files
    QString m_done; // a finished task

    static Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString launch(const QString &appId, const QString &cmd, const QString &state)
    {
        const QJsonObject app {
            { QStringLiteral("id"), appId },    { QStringLiteral("cmd"), cmd },
            { QStringLiteral("instances"), 1 }, { QStringLiteral("cpus"), 0.5 },
            { QStringLiteral("mem"), 32 },      { QStringLiteral("backoffSeconds"), 600 }
        };
        return m_cluster->launchApp(app, state).value(QStringLiteral("id")).toString();
    }

    QString sandboxOf(const QString &taskId) const
    {
        QDirIterator it(m_cluster->workDir(), { QStringLiteral("stdout") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/executors/") + taskId + u'/') && !path.contains(u"/latest/"))
                return QFileInfo(path).path();
        }
        return {};
    }

    QStringList master() const { return { QStringLiteral("--master"), m_cluster->leaderUrl() }; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<mc::test::LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("2") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        m_files = launch(QStringLiteral("/files"),
                         QStringLiteral("mkdir -p conf && printf 'a: 1\\n' > conf/app.yaml && "
                                        "head -c 150000 /dev/urandom > blob.bin && exec sleep 600"),
                         QStringLiteral("TASK_RUNNING"));
        m_done = launch(QStringLiteral("/done"), QStringLiteral("echo result > result.txt"),
                        QStringLiteral("TASK_FINISHED"));
        QVERIFY(!m_files.isEmpty() && !m_done.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(sandboxOf(m_files) + QStringLiteral("/blob.bin")).size() == 150000,
                                 10000);
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void listsTheSandboxAndADirectory()
    {
        Run run = cli(QStringList { QStringLiteral("files"), QStringLiteral("ls"), m_files } + master());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("conf/") && run.out.contains("blob.bin") && run.out.contains("150,000")
                     && run.out.contains("stdout"),
                 run.out.constData());
        run = cli(QStringList { QStringLiteral("files"), QStringLiteral("ls"), m_files,
                                QStringLiteral("conf"), QStringLiteral("--json") }
                  + master());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("conf/app.yaml"));
    }

    void printsAndDownloadsAFileByteForByte()
    {
        Run run = cli(QStringList { QStringLiteral("files"), QStringLiteral("cat"), m_files,
                                    QStringLiteral("conf/app.yaml") }
                      + master());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("a: 1\n"));
        const QString out = m_dir.filePath(QStringLiteral("blob.bin"));
        run = cli(QStringList { QStringLiteral("files"), QStringLiteral("get"), m_files,
                                QStringLiteral("blob.bin"), out }
                  + master());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile local(out);
        QFile remote(sandboxOf(m_files) + QStringLiteral("/blob.bin"));
        QVERIFY(local.open(QIODevice::ReadOnly) && remote.open(QIODevice::ReadOnly));
        QVERIFY(local.readAll() == remote.readAll());
        // Nothing there: exit 1 and no file.
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        run = cli(QStringList { QStringLiteral("files"), QStringLiteral("get"), m_files,
                                QStringLiteral("nothere.txt"), missing }
                  + master());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no nothere.txt"), run.err.constData());
        QVERIFY(!QFile::exists(missing));
        // Out of the sandbox: a usage error.
        run = cli(
            QStringList { QStringLiteral("files"), QStringLiteral("cat"), m_files, QStringLiteral("../../x") }
            + master());
        QCOMPARE(run.exitCode, 2);
    }

    void aCompletedTasksSandboxThenAGoneOne()
    {
        Run run = cli(QStringList { QStringLiteral("files"), QStringLiteral("cat"), m_done,
                                    QStringLiteral("result.txt") }
                      + master());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("result\n"));
        QString agent;
        for (const QString &url : m_cluster->agentUrls()) {
            if (mc::test::httpRequest(
                    "POST", url + QStringLiteral("/__admin/tasks/") + m_done + QStringLiteral("/gc"))
                    .status
                == 200)
                agent = url;
        }
        QVERIFY(!agent.isEmpty());
        run = cli(QStringList { QStringLiteral("files"), QStringLiteral("ls"), m_done } + master());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("gone"), run.err.constData());
    }

    void usageShowsASpinningTaskAboveASleepingOne()
    {
        const QString spin = launch(QStringLiteral("/spin"), QStringLiteral("while :; do :; done"),
                                    QStringLiteral("TASK_RUNNING"));
        const QString idle = launch(QStringLiteral("/idle"), QStringLiteral("exec sleep 600"),
                                    QStringLiteral("TASK_RUNNING"));
        QVERIFY(!spin.isEmpty() && !idle.isEmpty());
        Run run
            = cli(QStringList { QStringLiteral("tasks"), QStringLiteral("usage"), QStringLiteral("--json") }
                  + master());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QHash<QString, QJsonObject> byId;
        const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &v : entries)
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QVERIFY2(byId.contains(spin) && byId.contains(idle), run.out.constData());
        const double busy = byId.value(spin).value(QStringLiteral("cpusUsed")).toDouble();
        const double quiet = byId.value(idle).value(QStringLiteral("cpusUsed")).toDouble();
        QVERIFY2(busy > quiet && busy > 0.2, run.out.constData());
        QCOMPARE(qint64(byId.value(spin).value(QStringLiteral("memLimitBytes")).toDouble()),
                 qint64(64) << 20);

        // One app's tasks only, in a table.
        run = cli(QStringList { QStringLiteral("tasks"), QStringLiteral("usage"), QStringLiteral("--app"),
                                QStringLiteral("/spin"), QStringLiteral("--marathon"),
                                m_cluster->marathonUrl() }
                  + master());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(spin.toUtf8()) && !run.out.contains(idle.toUtf8())
                     && run.out.contains("CPU%"),
                 run.out.constData());
        run = cli(QStringList { QStringLiteral("tasks"), QStringLiteral("usage"), QStringLiteral("--app"),
                                QStringLiteral("/spin") }
                  + master());
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_FilesCli)
#include "tst_FilesCli.moc"
