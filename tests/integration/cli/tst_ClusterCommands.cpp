// mesos-console-cli leader | agents | frameworks | apps | tasks, run as a real
// process against localcluster.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
    process.waitForFinished(30000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

using namespace Qt::StringLiterals;

class tst_ClusterCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leaderNamesLeaderAndStandbys();
    void leaderAsJson();
    void agentsAndFrameworksAsTables();
    void agentsAsJson();
    void agentsAndFrameworksWithoutStateSummary();
    void appsAndTasksShowTheDemoApps();
    void usageErrors_data();
    void usageErrors();
    void unreachableMasterFails();
    void watchStreamsANewTask();

private:
    QString masters() const { return m_cluster->masterUrls().join(u','); }
    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
};

void tst_ClusterCommands::initTestCase()
{
    m_cluster = std::make_unique<mc::test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("2"), QStringLiteral("--agents"),
                      QStringLiteral("2"), QStringLiteral("--demo-apps") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

void tst_ClusterCommands::leaderNamesLeaderAndStandbys()
{
    const Run run = cli({ QStringLiteral("leader"), QStringLiteral("--master"), masters() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString leader = QUrl(m_cluster->leaderUrl()).authority();
    QVERIFY2(run.out.contains(QStringLiteral("Leader: ") + leader), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("leader")));
    QVERIFY(run.out.contains(QStringLiteral("standby")));
}

void tst_ClusterCommands::leaderAsJson()
{
    const Run run
        = cli({ QStringLiteral("leader"), QStringLiteral("--master"), masters(), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(doc.value(u"electing").toBool(true), false);
    QCOMPARE(doc.value(u"leader").toObject().value(u"port").toInt(), QUrl(m_cluster->leaderUrl()).port());
    QCOMPARE(doc.value(u"masters").toArray().size(), 2);

    // A password given in a master's URL never reaches the output (scripts log it).
    QStringList withPassword;
    for (const QString &master : m_cluster->masterUrls())
        withPassword << QString(master).replace(u"http://"_s, u"http://ops:s3cret-json@"_s);
    const Run secret
        = cli({ QStringLiteral("leader"), QStringLiteral("--master"), withPassword.join(u','), QStringLiteral("--json") });
    QCOMPARE(secret.exitCode, 0);
    QVERIFY2(secret.out.contains(u"127.0.0.1"_s) && !secret.out.contains(u"s3cret"_s), qPrintable(secret.out));
}

void tst_ClusterCommands::agentsAndFrameworksAsTables()
{
    const Run agents = cli({ QStringLiteral("agents"), QStringLiteral("--master"), masters() });
    QCOMPARE(agents.exitCode, 0);
    const QStringList lines = agents.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3); // header + two agents
    QVERIFY(lines[0].startsWith(QStringLiteral("HOST")));
    QVERIFY(lines[1].contains(QStringLiteral("/4")));
    const Run frameworks = cli({ QStringLiteral("frameworks"), QStringLiteral("--master"), masters() });
    QCOMPARE(frameworks.exitCode, 0);
    QVERIFY(frameworks.out.contains(QStringLiteral("marathon")));
}

void tst_ClusterCommands::agentsAsJson()
{
    const Run run
        = cli({ QStringLiteral("agents"), QStringLiteral("--master"), masters(), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray agents = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents[0].toObject().value(u"cpusTotal").toDouble(), 4.0);
    QVERIFY(!agents[0].toObject().value(u"id").toString().isEmpty());
}

// Masters that answer 404 on /master/state-summary (Mesos before 0.24 has none): the full
// state is read instead, as the GUI reads it. The masters 404 through localcluster's
// "missing" fault.
void tst_ClusterCommands::agentsAndFrameworksWithoutStateSummary()
{
    const auto added
        = mc::test::httpRequest("POST", m_cluster->leaderUrl() + QStringLiteral("/__admin/faults"),
                                R"({"target":"master","path":"/master/state-summary","mode":"missing"})",
                                { { "Content-Type", "application/json" } });
    QCOMPARE(added.status, 201);
    const auto clear = qScopeGuard([&] {
        mc::test::httpRequest("DELETE", m_cluster->leaderUrl() + QStringLiteral("/__admin/faults"), {}, {});
    });
    for (const QString &master : m_cluster->masterUrls())
        QCOMPARE(mc::test::httpGet(master + QStringLiteral("/master/state-summary")).status, 404);

    const Run agents
        = cli({ QStringLiteral("agents"), QStringLiteral("--master"), masters(), QStringLiteral("--json") });
    QVERIFY2(agents.exitCode == 0, qPrintable(agents.err));
    const QJsonArray rows = QJsonDocument::fromJson(agents.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(u"cpusTotal").toDouble(), 4.0);
    // Active tasks are counted from the full state's task list.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Run again = cli({ QStringLiteral("agents"), QStringLiteral("--master"), masters(),
                                    QStringLiteral("--json") });
            int tasks = 0;
            const QJsonArray rows = QJsonDocument::fromJson(again.out.toUtf8()).array();
            for (const QJsonValue &row : rows)
                tasks += row.toObject().value(u"activeTasks").toInt();
            return tasks >= 4;
        },
        15000));

    const Run frameworks = cli({ QStringLiteral("frameworks"), QStringLiteral("--master"), masters() });
    QVERIFY2(frameworks.exitCode == 0, qPrintable(frameworks.err));
    QVERIFY2(frameworks.out.contains(QStringLiteral("marathon")), qPrintable(frameworks.out));
}

void tst_ClusterCommands::appsAndTasksShowTheDemoApps()
{
    const Run apps = cli({ QStringLiteral("apps"), QStringLiteral("--marathon"), m_cluster->marathonUrl() });
    QCOMPARE(apps.exitCode, 0);
    QVERIFY(apps.out.contains(QStringLiteral("/demo/web")));
    QVERIFY(apps.out.contains(QStringLiteral("/demo/ticker")));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Run tasks
                = cli({ QStringLiteral("tasks"), QStringLiteral("--master"), masters(),
                        QStringLiteral("--marathon"), m_cluster->marathonUrl(), QStringLiteral("--json") });
            const QJsonArray rows = QJsonDocument::fromJson(tasks.out.toUtf8()).array();
            int ticker = 0;
            for (const QJsonValue &row : rows)
                ticker += row.toObject().value(u"app").toString() == u"/demo/ticker"
                    && row.toObject().value(u"state").toString() == u"TASK_RUNNING";
            return ticker == 2;
        },
        15000));
}

void tst_ClusterCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("agents without master") << QStringList { QStringLiteral("agents") };
    QTest::newRow("apps without marathon")
        << QStringList { QStringLiteral("apps"), QStringLiteral("--master"),
                         QStringLiteral("http://h:5050") };
    QTest::newRow("bad zk url") << QStringList { QStringLiteral("leader"), QStringLiteral("--master"),
                                                 QStringLiteral("zk://h1:2181") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("tasks"), QStringLiteral("--nope") };
}

void tst_ClusterCommands::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void tst_ClusterCommands::unreachableMasterFails()
{
    const Run run
        = cli({ QStringLiteral("agents"), QStringLiteral("--master"), QStringLiteral("http://127.0.0.1:1"),
                QStringLiteral("--timeout"), QStringLiteral("2") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
}

void tst_ClusterCommands::watchStreamsANewTask()
{
    for (const QString &url : m_cluster->masterUrls())
        mc::test::httpRequest("DELETE", url + QStringLiteral("/__admin/requests"));
    QProcess watch;
    watch.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")),
                { QStringLiteral("tasks"), QStringLiteral("--master"), masters(),
                  QStringLiteral("--marathon"), m_cluster->marathonUrl(), QStringLiteral("--watch"),
                  QStringLiteral("--json") });
    QVERIFY(watch.waitForStarted());
    QByteArray output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += watch.readAllStandardOutput();
            return output.contains("/demo/web");
        },
        15000));
    const auto created = mc::test::httpRequest(
        "POST", m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
        R"({"id":"/cli/watched","cmd":"sleep 300","instances":1,"cpus":0.1,"mem":16})",
        { { "Content-Type", "application/json" } });
    QCOMPARE(created.status, 201);
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += watch.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n')) {
                const QJsonObject change = QJsonDocument::fromJson(line).object();
                if (change.value(u"change").toString() == u"+"
                    && change.value(u"row").toObject().value(u"app").toString() == u"/cli/watched")
                    return true;
            }
            return false;
        },
        60000)); // a busy machine (the suite runs two tests at once) takes its time: this is a bound, not a speed check
    // --watch follows the master's event stream: no master rendered its whole state for it.
    for (const QString &url : m_cluster->masterUrls()) {
        const QJsonObject counts = mc::test::httpGet(url + QStringLiteral("/__admin/requests")).json().object();
        QVERIFY(!counts.value(u"requests").toObject().contains(QStringLiteral("GET /master/state")));
    }
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ClusterCommands)
#include "tst_ClusterCommands.moc"
