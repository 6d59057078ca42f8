#include "tests/support/TestPaths.h"
#include "tests/support/TinyHttpServer.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QTimer>

using mc::test::TinyHttpServer;

// Runs `mesos-console-cli haproxy render` as a real process against a real
// HTTP server that answers as Marathon does.
class tst_HaproxyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersAndChecksConfig();
    void unreachableMarathonFailsWithReason();
    void missingOptionsIsUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);

    TinyHttpServer m_marathon;
};

void tst_HaproxyCli::initTestCase()
{
    QVERIFY(m_marathon.listen());
    m_marathon.json("/v2/apps",
                    R"({"apps":[{"id":"/shop/web","instances":2,"portDefinitions":[{"port":10001}],
        "tasks":[{"id":"t1","appId":"/shop/web","host":"127.0.0.1","ports":[31001],"state":"TASK_RUNNING","startedAt":"x"},
                 {"id":"t2","appId":"/shop/web","host":"127.0.0.1","ports":[31002],"state":"TASK_STAGING"}]}]})");
}

tst_HaproxyCli::Run tst_HaproxyCli::run(const QStringList &args)
{
    QProcess process;
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
    loop.exec(); // the server in this process answers meanwhile
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void tst_HaproxyCli::rendersAndChecksConfig()
{
    const Run r = run({ QStringLiteral("haproxy"), QStringLiteral("render"), QStringLiteral("--marathon"),
                        m_marathon.url().toString(), QStringLiteral("--domain"), QStringLiteral("apps.test"),
                        QStringLiteral("--check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("acl host_shop_web var(txn.host) -m str web.shop.apps.test")));
    QVERIFY(r.out.contains(QStringLiteral("server 127.0.0.1_31001 127.0.0.1:31001 check")));
    QVERIFY2(!r.out.contains(QStringLiteral("31002")), "a staging task must not get traffic");
    QVERIFY(r.out.contains(QStringLiteral("frontend shop_web_10001")));
    QVERIFY(r.err.contains(QStringLiteral("configuration is valid")));
}

void tst_HaproxyCli::unreachableMarathonFailsWithReason()
{
    const Run r = run({ QStringLiteral("haproxy"), QStringLiteral("render"), QStringLiteral("--marathon"),
                        QStringLiteral("http://127.0.0.1:2"), QStringLiteral("--domain"),
                        QStringLiteral("apps.test") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
}

void tst_HaproxyCli::missingOptionsIsUsageError()
{
    const Run r = run({ QStringLiteral("haproxy"), QStringLiteral("render"), QStringLiteral("--domain"),
                        QStringLiteral("x") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--marathon")));
}

QTEST_GUILESS_MAIN(tst_HaproxyCli)
#include "tst_HaproxyCli.moc"
