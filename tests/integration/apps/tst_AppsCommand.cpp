#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// `mesos-console-cli apps launch|scale|restart|suspend|destroy` and `tasks kill`,
// the real binary against localcluster.
class TestAppsCommand : public QObject
{
    Q_OBJECT

    mc::test::LocalClusterProcess m_cluster { { QStringLiteral("--docker-stand-in"),
                                                QStringLiteral("nginx:1.25=exec sleep 600"),
                                                QStringLiteral("--kill-grace"), QStringLiteral("300") } };

    Run cli(QStringList args, bool withMarathon = true)
    {
        if (withMarathon)
            args << QStringLiteral("--marathon") << m_cluster.marathonUrl();
        QProcess p;
        p.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QJsonObject app(const QString &id)
    {
        const auto reply = mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps") + id);
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("app")).toObject();
    }

    QStringList appIds()
    {
        QStringList ids;
        const auto reply = mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps"));
        const QJsonArray apps
            = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("apps")).toArray();
        for (const QJsonValue &a : apps)
            ids << a.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    QStringList runningTasks(const QString &id)
    {
        QStringList ids;
        const QJsonArray tasks = app(id).value(QStringLiteral("tasks")).toArray();
        for (const QJsonValue &t : tasks)
            if (t.toObject().value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
                ids << t.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error())); }

    void launchFromOptionsScaleRestartKillDestroy()
    {
        Run r = cli({ QStringLiteral("apps"), QStringLiteral("launch"), QStringLiteral("--id"),
                      QStringLiteral("/cli/web"), QStringLiteral("--image"), QStringLiteral("nginx:1.25"),
                      QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--cpus"),
                      QStringLiteral("0.25"), QStringLiteral("--mem"), QStringLiteral("512"),
                      QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--wait"),
                      QStringLiteral("20") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("finished")));
        QCOMPARE(runningTasks(QStringLiteral("/cli/web")).size(), 2);
        QCOMPARE(app(QStringLiteral("/cli/web")).value(QStringLiteral("cpus")).toDouble(), 0.25);

        r = cli({ QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("/cli/web"),
                  QStringLiteral("3"), QStringLiteral("--wait"), QStringLiteral("20") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runningTasks(QStringLiteral("/cli/web")).size(), 3);

        const QStringList before = runningTasks(QStringLiteral("/cli/web"));
        r = cli({ QStringLiteral("apps"), QStringLiteral("restart"), QStringLiteral("/cli/web"),
                  QStringLiteral("--wait"), QStringLiteral("20") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList after = runningTasks(QStringLiteral("/cli/web"));
        QCOMPARE(after.size(), 3);
        for (const QString &id : before)
            QVERIFY(!after.contains(id));

        r = cli({ QStringLiteral("tasks"), QStringLiteral("kill"), after.first(), QStringLiteral("--scale"),
                  QStringLiteral("--wait"), QStringLiteral("20") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(app(QStringLiteral("/cli/web")).value(QStringLiteral("instances")).toInt(), 2);

        r = cli({ QStringLiteral("apps"), QStringLiteral("destroy"), QStringLiteral("/cli/web") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(app(QStringLiteral("/cli/web")).isEmpty(), 10000);
    }

    void launchFromFileAndRejections()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("app.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"id":"/cli/file","cmd":"exec sleep 600","cpus":0.1,"mem":32,"instances":1,"killSelection":"OLDEST_FIRST"})");
        f.close();
        Run r = cli({ QStringLiteral("apps"), QStringLiteral("launch"), file, QStringLiteral("--wait"),
                      QStringLiteral("20") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(app(QStringLiteral("/cli/file")).value(QStringLiteral("killSelection")).toString(),
                 QStringLiteral("OLDEST_FIRST"));

        // Duplicate id: Marathon's 409 message, exit 1.
        r = cli({ QStringLiteral("apps"), QStringLiteral("launch"), file });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        // Checked before sending: the field and the reason.
        r = cli({ QStringLiteral("apps"), QStringLiteral("launch"), QStringLiteral("--id"),
                  QStringLiteral("/Bad_Id"), QStringLiteral("--cmd"), QStringLiteral("sleep 1") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/id: ")));

        // Usage errors: exit 2.
        QCOMPARE(
            cli({ QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("/cli/file") }).exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("/x"),
                       QStringLiteral("2") },
                     false)
                     .exitCode,
                 2);
        QCOMPARE(cli({ QStringLiteral("tasks"), QStringLiteral("kill") }).exitCode, 2);
    }

    // Marathon's PUT creates a missing app (answering 422 "must contain cmd or args" to a bare
    // {"instances":2}): every verb on an app says "no app ID" instead, and nothing is created.
    void missingAppIsNoAppForEveryVerb_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char *verb : { "restart", "suspend", "destroy" })
            QTest::newRow(verb) << QStringList { QStringLiteral("apps"), QLatin1String(verb),
                                                 QStringLiteral("/cli/nope") };
        QTest::newRow("scale") << QStringList { QStringLiteral("apps"), QStringLiteral("scale"),
                                                QStringLiteral("/cli/nope"), QStringLiteral("2") };
        QTest::newRow("scale, id without slash")
            << QStringList { QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("cli/nope"),
                             QStringLiteral("2"), QStringLiteral("--force") };
    }
    void missingAppIsNoAppForEveryVerb()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no app /cli/nope")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps/cli/nope")).status,
                 404);
    }

    // Numbers are checked before anything is sent, with the option, the range and the word.
    void numbersAreCheckedWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString scale = QStringLiteral("scale");
        const QString app = QStringLiteral("/cli/any");
        const auto apps = [](QStringList words) {
            words.prepend(QStringLiteral("apps"));
            return words;
        };
        QTest::newRow("negative N") << apps({ scale, app, QStringLiteral("-1") })
                                    << QStringLiteral(
                                           "N is a whole number of instances from 0 to 100000, not '-1'");
        QTest::newRow("fraction N") << apps({ scale, app, QStringLiteral("2.5") })
                                    << QStringLiteral("not '2.5'");
        QTest::newRow("too many") << apps({ scale, app, QStringLiteral("100001") })
                                  << QStringLiteral("not '100001'");
        QTest::newRow("overflowing N") << apps({ scale, app, QStringLiteral("99999999999999999999") })
                                       << QStringLiteral("from 0 to 100000");
        QTest::newRow("negative wait")
            << apps({ scale, app, QStringLiteral("2"), QStringLiteral("--wait"), QStringLiteral("-3") })
            << QStringLiteral("--wait takes a whole number from 0 to 86400, not '-3'");
        QTest::newRow("word wait")
            << apps({ QStringLiteral("restart"), app, QStringLiteral("--wait"), QStringLiteral("soon") })
            << QStringLiteral("--wait takes a whole number from 0 to 86400, not 'soon'");
        QTest::newRow("zero timeout")
            << apps({ QStringLiteral("destroy"), app, QStringLiteral("--timeout"), QStringLiteral("0") })
            << QStringLiteral("--timeout takes a whole number from 1 to 3600, not '0'");
        const QStringList launch { QStringLiteral("launch"), QStringLiteral("--cmd"),
                                   QStringLiteral("sleep 9") };
        QTest::newRow("negative cpus")
            << apps(launch + QStringList { QStringLiteral("--cpus"), QStringLiteral("-1") })
            << QStringLiteral("--cpus takes a number greater than 0 and at most 1024, "
                              "not '-1'");
        QTest::newRow("zero cpus") << apps(launch
                                           + QStringList { QStringLiteral("--cpus"), QStringLiteral("0") })
                                   << QStringLiteral("--cpus takes a number greater than 0");
        QTest::newRow("word mem") << apps(launch
                                          + QStringList { QStringLiteral("--mem"), QStringLiteral("lots") })
                                  << QStringLiteral(
                                         "--mem takes a number greater than 0 and at most 1048576, "
                                         "not 'lots'");
        QTest::newRow("negative instances")
            << apps(launch + QStringList { QStringLiteral("--instances"), QStringLiteral("-2") })
            << QStringLiteral("--instances takes a whole number from 0 to 100000, not '-2'");
        QTest::newRow("port out of range")
            << apps(launch + QStringList { QStringLiteral("--port"), QStringLiteral("70000") })
            << QStringLiteral("--port takes a port from 0 to 65535, not '70000'");
    }
    void numbersAreCheckedWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QStringList before = appIds();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: mesos-console-cli apps ")), qPrintable(r.err));
        QCOMPARE(appIds(), before); // nothing was sent
    }

    void dryRunPrintsTheSeedRequest()
    {
        const Run r = cli({ QStringLiteral("apps"), QStringLiteral("launch"), QStringLiteral("--dry-run"),
                            QStringLiteral("--id"), QStringLiteral("/seed/web"), QStringLiteral("--image"),
                            QStringLiteral("nginx:1.25"), QStringLiteral("--instances"), QStringLiteral("4"),
                            QStringLiteral("--cpus"), QStringLiteral("0.25"), QStringLiteral("--mem"),
                            QStringLiteral("512"), QStringLiteral("--port"), QStringLiteral("0") },
                          false);
        QCOMPARE(r.exitCode, 0);
        QFile expected(mc::test::fixturePath(QStringLiteral("apps/seed-web.v15.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(),
                 QJsonDocument::fromJson(expected.readAll()).object());
    }
};

QTEST_GUILESS_MAIN(TestAppsCommand)
#include "tst_AppsCommand.moc"
