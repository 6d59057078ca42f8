#include "tests/support/HttpIdServer.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TinyHttpServer.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using mc::test::HttpIdServer;
using mc::test::SshTestHosts;
using mc::test::TinyHttpServer;

namespace {
const QString kDir = QStringLiteral("/run/mc-haproxy");
const QString kConfig = kDir + QStringLiteral("/haproxy.cfg");
const QString kPidFile = kDir + QStringLiteral("/pid");
} // namespace

// `mesos-console-cli haproxy sync -w WORKSPACE` as a real process: Marathon
// answers from this test, the masters are real sshd test hosts (own network
// and mount namespaces) running real HAProxy, the apps' tasks are HTTP servers
// that answer with their id.
class tst_HaproxySyncCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkPrintsTheDiffAndChangesNothing();
    void syncWritesOnlyTheMastersAndRoutes();
    void secondSyncChangesNothing();
    void unreachableMarathonFailsBeforeAnyHost();
    void missingDomainIsUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &extra, bool withDomain = true);
    void serveApps(const QList<HttpIdServer *> &tasks);
    QString onHost(int i, const QString &command) const;

    SshTestHosts m_hosts;
    QTemporaryDir m_dir;
    QString m_workspace;
    TinyHttpServer m_marathon;
    QHostAddress m_gateway;
    std::vector<std::unique_ptr<HttpIdServer>> m_www;
};

void tst_HaproxySyncCli::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty())
        QSKIP("haproxy is not installed (scripts/install-deps.sh installs it)");
    QString error;
    QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
    if (!m_hosts.isolated())
        QSKIP("network namespaces are not permitted here: the masters' HAProxy needs its own port 80");
    // Host 0 is a master, host 1 only an agent: sync must leave it alone.
    const auto line = [&](int i, const QString &vars) {
        return QStringLiteral("%1 ansible_host=%2 ansible_port=%3 ansible_user=%4%5\n")
            .arg(m_hosts.host(i).name, m_hosts.host(i).address)
            .arg(m_hosts.host(i).port)
            .arg(m_hosts.user(), vars);
    };
    m_workspace = m_dir.filePath(QStringLiteral("hosts.ini"));
    QFile f(m_workspace);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((QStringLiteral("[masters]\n") + line(0, QStringLiteral(" zoo_id=1"))
             + QStringLiteral("[agents]\n") + line(1, {}))
                .toUtf8());
    f.close();

    m_gateway = QHostAddress(m_hosts.host(0).address.section(u'.', 0, 2) + QStringLiteral(".1"));
    for (int i = 1; i <= 2; ++i)
        m_www.push_back(std::make_unique<HttpIdServer>(QStringLiteral("www.%1").arg(i), m_gateway));
    QVERIFY(m_marathon.listen());
    serveApps({ m_www[0].get(), m_www[1].get() });
}

void tst_HaproxySyncCli::cleanupTestCase()
{
    m_hosts.stop();
}

void tst_HaproxySyncCli::serveApps(const QList<HttpIdServer *> &tasks)
{
    QString list;
    for (HttpIdServer *t : tasks) {
        if (!list.isEmpty())
            list += u',';
        list += QStringLiteral(R"({"id":"%1","appId":"/www","host":"%2","ports":[%3],"state":"TASK_RUNNING",)"
                               R"("startedAt":"2026-11-25T00:00:00.000Z"})")
                    .arg(t->id(), m_gateway.toString())
                    .arg(t->port());
    }
    m_marathon.json("/v2/apps",
                    QStringLiteral(R"({"apps":[{"id":"/www","instances":%1,"tasks":[%2]}]})")
                        .arg(tasks.size())
                        .arg(list)
                        .toUtf8());
}

tst_HaproxySyncCli::Run tst_HaproxySyncCli::cli(const QStringList &extra, bool withDomain)
{
    QStringList args = { QStringLiteral("haproxy"),
                         QStringLiteral("sync"),
                         QStringLiteral("-w"),
                         m_workspace,
                         QStringLiteral("--marathon"),
                         QStringLiteral("http://127.0.0.1:%1").arg(m_marathon.port()),
                         QStringLiteral("--identity"),
                         m_hosts.keyPath(),
                         QStringLiteral("--known-hosts"),
                         m_hosts.knownHostsPath(),
                         QStringLiteral("--ssh-config"),
                         QStringLiteral("none"),
                         QStringLiteral("--config-path"),
                         kConfig,
                         QStringLiteral("--no-service-ports"),
                         QStringLiteral("--stats-bind"),
                         QStringLiteral("127.0.0.1:9090"),
                         QStringLiteral("--reload-command"),
                         QStringLiteral("if [ -s %1 ]; then haproxy -D -p %1 -f %2 -sf $(cat %1); "
                                        "else haproxy -D -p %1 -f %2; fi")
                             .arg(kPidFile, kConfig) };
    if (withDomain)
        args << QStringLiteral("--domain") << QStringLiteral("example.test");
    args += extra;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MC_BECOME_PASSWORD"), m_hosts.password());
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
    loop.exec(); // Marathon in this process answers meanwhile
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString tst_HaproxySyncCli::onHost(int i, const QString &command) const
{
    return m_hosts.runOnHost(i, command).output.trimmed();
}

void tst_HaproxySyncCli::checkPrintsTheDiffAndChangesNothing()
{
    const Run r = cli({ QStringLiteral("--check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(m_hosts.host(0).name + QStringLiteral(" | CHANGED")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("+backend www_http")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("check mode: nothing was changed")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(m_hosts.host(1).name + QStringLiteral(" |")), qPrintable(r.out));
    QCOMPARE(onHost(0, QStringLiteral("cat %1 2>/dev/null || echo MISSING").arg(kConfig)),
             QStringLiteral("MISSING"));
}

void tst_HaproxySyncCli::syncWritesOnlyTheMastersAndRoutes()
{
    const Run r = cli({});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("changed=1")), qPrintable(r.out));
    // The file on the master is the config `haproxy render` prints for the same Marathon.
    const QString config = onHost(0, QStringLiteral("cat ") + kConfig);
    QVERIFY2(config.contains(QStringLiteral("backend www_http")), qPrintable(config));
    QCOMPARE(onHost(1, QStringLiteral("cat %1 2>/dev/null || echo MISSING").arg(kConfig)),
             QStringLiteral("MISSING"));
    const QHostAddress master(m_hosts.host(0).address);
    QSet<QString> answers;
    QTRY_VERIFY_WITH_TIMEOUT(!mc::test::httpGet(master, 80, QStringLiteral("www.example.test")).isEmpty(),
                             5000);
    for (int n = 0; n < 6; ++n)
        answers << mc::test::httpGet(master, 80, QStringLiteral("www.example.test"));
    QCOMPARE(answers, (QSet<QString> { QStringLiteral("200 www.1"), QStringLiteral("200 www.2") }));
}

void tst_HaproxySyncCli::secondSyncChangesNothing()
{
    const QString pidBefore = onHost(0, QStringLiteral("cat ") + kPidFile);
    QVERIFY(!pidBefore.isEmpty());
    Run r = cli({});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("changed=0")), qPrintable(r.out));
    QCOMPARE(onHost(0, QStringLiteral("cat ") + kPidFile), pidBefore); // not reloaded

    // A task goes away in Marathon: the next sync drops its server.
    serveApps({ m_www[1].get() });
    r = cli({ QStringLiteral("--diff") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("changed=1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("-    server ")), qPrintable(r.out));
    const QHostAddress master(m_hosts.host(0).address);
    QTRY_VERIFY_WITH_TIMEOUT(
        mc::test::httpGet(master, 80, QStringLiteral("www.example.test")) == u"200 www.2", 5000);
    for (int n = 0; n < 4; ++n)
        QCOMPARE(mc::test::httpGet(master, 80, QStringLiteral("www.example.test")),
                 QStringLiteral("200 www.2"));
}

void tst_HaproxySyncCli::unreachableMarathonFailsBeforeAnyHost()
{
    const QString before = onHost(0, QStringLiteral("sha256sum ") + kConfig);
    const Run r = cli(
        { QStringLiteral("--marathon"), QStringLiteral("http://127.0.0.1:%1").arg(mc::test::freeTcpPort()) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot read Marathon's apps")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("RECAP")), qPrintable(r.out));
    QCOMPARE(onHost(0, QStringLiteral("sha256sum ") + kConfig), before);
}

void tst_HaproxySyncCli::missingDomainIsUsageError()
{
    const Run r = cli({}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--domain")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_HaproxySyncCli)
#include "tst_HaproxySyncCli.moc"
