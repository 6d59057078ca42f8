// Every HTTP command of mesos-console-cli takes the same authentication options and they work:
// the real executable against a localcluster with HTTP authentication on (401 and a Basic
// challenge without credentials, as Mesos and Marathon with authentication).
#include "tests/support/CliRun.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = mc::test::CliRun;

const QString kUser = QStringLiteral("ops");
const QString kPassword = QStringLiteral("s3cret");

} // namespace

class tst_CliHttpAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyHttpCommandTakesTheSameCredentials_data();
    void everyHttpCommandTakesTheSameCredentials();
    void appVerbsTakeTheSameCredentials();
    void oldSpellingsStillWorkWithANote();

private:
    Run cli(const QStringList &args, const QList<QPair<QString, QString>> &environment = {}) const;
    QString runningTask() const;

    mc::test::LocalClusterProcess m_cluster { { QStringLiteral("--agents"), QStringLiteral("1"),
                                                QStringLiteral("--demo-apps") } };
};

Run tst_CliHttpAuth::cli(const QStringList &args, const QList<QPair<QString, QString>> &environment) const
{
    return mc::test::runCli(args, environment);
}

void tst_CliHttpAuth::initTestCase()
{
    m_cluster.setEnvironmentVariable(QStringLiteral("LOCALCLUSTER_HTTP_CREDENTIALS"),
                                     kUser + u':' + kPassword);
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QCOMPARE(mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps")).status, 401);
}

// A running task of /demo/ticker, read with credentials.
QString tst_CliHttpAuth::runningTask() const
{
    QString id;
    (void)QTest::qWaitFor(
        [&] {
            const Run tasks
                = cli({ QStringLiteral("tasks"), QStringLiteral("--master"), m_cluster.leaderUrl(),
                        QStringLiteral("--json"), QStringLiteral("--http-user"), kUser },
                      { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword } });
            const QJsonArray rows = QJsonDocument::fromJson(tasks.out.toUtf8()).array();
            for (const QJsonValue &row : rows) {
                if (row.toObject().value(u"state").toString() == u"TASK_RUNNING"
                    && row.toObject().value(u"id").toString().startsWith(QLatin1String("demo_ticker")))
                    id = row.toObject().value(u"id").toString();
            }
            return !id.isEmpty();
        },
        15000);
    return id;
}

void tst_CliHttpAuth::everyHttpCommandTakesTheSameCredentials_data()
{
    QTest::addColumn<QStringList>("args");
    const QString master = m_cluster.leaderUrl();
    const QString marathon = m_cluster.marathonUrl();
    const QString masterFlag = QStringLiteral("--master");
    const QString marathonFlag = QStringLiteral("--marathon");
    QTest::newRow("leader") << QStringList { QStringLiteral("leader"), masterFlag, master };
    QTest::newRow("agents") << QStringList { QStringLiteral("agents"), masterFlag, master };
    QTest::newRow("frameworks") << QStringList { QStringLiteral("frameworks"), masterFlag, master };
    QTest::newRow("apps") << QStringList { QStringLiteral("apps"), marathonFlag, marathon };
    QTest::newRow("tasks") << QStringList { QStringLiteral("tasks"), masterFlag, master, marathonFlag,
                                            marathon };
    QTest::newRow("haproxy render") << QStringList {
        QStringLiteral("haproxy"),  QStringLiteral("render"),        marathonFlag, marathon,
        QStringLiteral("--domain"), QStringLiteral("demo.localhost")
    };
    QTest::newRow("logs") << QStringList { QStringLiteral("logs"), QStringLiteral("TASK"), masterFlag,
                                           master };
}

// With --http-user and the password in $MC_HTTP_PASSWORD, or in the variable that
// --http-password-env names: answers. Without: exit 1 and the 401 named.
void tst_CliHttpAuth::everyHttpCommandTakesTheSameCredentials()
{
    QFETCH(QStringList, args);
    if (args.contains(QStringLiteral("TASK"))) {
        const QString task = runningTask();
        QVERIFY(!task.isEmpty());
        args.replace(args.indexOf(QStringLiteral("TASK")), task);
    }
    const Run denied = cli(args);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(QStringLiteral("401")), qPrintable(denied.err));

    const Run withDefault = cli(args + QStringList { QStringLiteral("--http-user"), kUser },
                                { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword } });
    QVERIFY2(withDefault.exitCode == 0, qPrintable(withDefault.err));
    QVERIFY(!withDefault.out.isEmpty());

    const Run withNamed
        = cli(args
                  + QStringList { QStringLiteral("--http-user"), kUser, QStringLiteral("--http-password-env"),
                                  QStringLiteral("OPS_PW") },
              { { QStringLiteral("OPS_PW"), kPassword } });
    QVERIFY2(withNamed.exitCode == 0, qPrintable(withNamed.err));

    const Run wrong = cli(args + QStringList { QStringLiteral("--http-user"), kUser },
                          { { QStringLiteral("MC_HTTP_PASSWORD"), QStringLiteral("wrong") } });
    QCOMPARE(wrong.exitCode, 1);
}

void tst_CliHttpAuth::appVerbsTakeTheSameCredentials()
{
    const QStringList auth { QStringLiteral("--marathon"), m_cluster.marathonUrl(),
                             QStringLiteral("--http-user"), kUser };
    const QList<QPair<QString, QString>> env { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword } };
    Run r
        = cli(QStringList { QStringLiteral("apps"), QStringLiteral("launch"), QStringLiteral("--id"),
                            QStringLiteral("/auth/app"), QStringLiteral("--cmd"),
                            QStringLiteral("exec sleep 600"), QStringLiteral("--cpus"), QStringLiteral("0.1"),
                            QStringLiteral("--mem"), QStringLiteral("16"), QStringLiteral("--instances"),
                            QStringLiteral("1"), QStringLiteral("--wait"), QStringLiteral("20") }
                  + auth,
              env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QStringList &verb :
         { QStringList { QStringLiteral("scale"), QStringLiteral("/auth/app"), QStringLiteral("2"),
                         QStringLiteral("--force") },
           QStringList { QStringLiteral("restart"), QStringLiteral("/auth/app"), QStringLiteral("--force") },
           QStringList { QStringLiteral("suspend"), QStringLiteral("/auth/app"), QStringLiteral("--force") },
           QStringList { QStringLiteral("destroy"), QStringLiteral("/auth/app") } }) {
        const Run denied = cli(QStringList { QStringLiteral("apps") } + verb
                               + QStringList { QStringLiteral("--marathon"), m_cluster.marathonUrl() });
        QVERIFY2(denied.exitCode == 1 && denied.err.contains(QStringLiteral("401")),
                 qPrintable(verb.first() + denied.err));
        r = cli(QStringList { QStringLiteral("apps") } + verb + auth, env);
        QVERIFY2(r.exitCode == 0, qPrintable(verb.first() + r.err));
    }
    // The app is gone: every verb says so, with credentials as without a missing app.
    r = cli(QStringList { QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("/auth/app"),
                          QStringLiteral("1") }
                + auth,
            env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no app /auth/app")), qPrintable(r.err));
}

// --user and --password-env (the listings' and the app verbs' old spellings) and $MC_PASSWORD
// still work for one release, each with a note on stderr.
void tst_CliHttpAuth::oldSpellingsStillWorkWithANote()
{
    const Run listing = cli({ QStringLiteral("apps"), QStringLiteral("--marathon"), m_cluster.marathonUrl(),
                              QStringLiteral("--user"), kUser },
                            { { QStringLiteral("MC_PASSWORD"), kPassword } });
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.err));
    QVERIFY2(listing.err.contains(QStringLiteral("--user is deprecated"))
                 && listing.err.contains(QStringLiteral("--http-user instead"))
                 && listing.err.contains(QStringLiteral("$MC_PASSWORD is deprecated")),
             qPrintable(listing.err));
    const Run verb
        = cli({ QStringLiteral("apps"), QStringLiteral("restart"), QStringLiteral("/demo/ticker"),
                QStringLiteral("--marathon"), m_cluster.marathonUrl(), QStringLiteral("--user"), kUser,
                QStringLiteral("--password-env"), QStringLiteral("OPS_PW"), QStringLiteral("--force") },
              { { QStringLiteral("OPS_PW"), kPassword } });
    QVERIFY2(verb.exitCode == 0, qPrintable(verb.err));
    QVERIFY2(verb.err.contains(QStringLiteral("--password-env is deprecated")), qPrintable(verb.err));
}

QTEST_GUILESS_MAIN(tst_CliHttpAuth)
#include "tst_CliHttpAuth.moc"
