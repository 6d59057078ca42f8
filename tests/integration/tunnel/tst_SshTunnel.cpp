#include "core/cluster/ClusterWatcher.h"
#include "core/http/EventStreamReader.h"
#include "core/http/HttpClient.h"
#include "core/logs/LogTail.h"
#include "core/logs/TaskLogSource.h"
#include "core/ssh/SshSocksProxy.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace mc;

// localcluster runs inside an sshd test host bound to that host's 127.0.0.1:
// the test process cannot reach it; through the host as SSH jump host it can.
const QString kFarName = QStringLiteral("mesos-leader.cluster.internal");

class TestSshTunnel : public QObject
{
    Q_OBJECT

private:
    test::SshTestHosts m_hosts;
    QJsonObject m_endpoints;

    bool startClusterInHost(QString *error)
    {
        return test::startLocalClusterInHost(m_hosts, 0,
                                             { QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                               QStringLiteral("--base-port"), QStringLiteral("0"),
                                               QStringLiteral("--masters"), QStringLiteral("1"),
                                               QStringLiteral("--agents"), QStringLiteral("1") },
                                             &m_endpoints, error);
    }

    QUrl masterUrl(const QString &path, bool farName) const
    {
        QUrl url(m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString() + path);
        if (farName)
            url.setHost(kFarName); // only the jump host's /etc/hosts knows it
        return url;
    }

    static Result<http::HttpResponse> fetch(http::HttpClient &client, const QUrl &url)
    {
        std::optional<Result<http::HttpResponse>> result;
        QObject context;
        client.get(url, &context, [&](Result<http::HttpResponse> r) { result = std::move(r); });
        QDeadlineTimer deadline(15000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(10);
        if (!result)
            return Error { QStringLiteral("no answer in 15 s"), {} };
        return *result;
    }

    // The jump host's "machine" comes back after killHost(0): sshd, then the cluster in it.
    void bringJumpHostBack()
    {
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
        QVERIFY2(startClusterInHost(&error), qPrintable(error));
    }

    ssh::HostSpec jumpHost() const { return m_hosts.hostSpec(0); }
    ssh::SessionOptions sessionOptions() const { return m_hosts.sessionOptions(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs network namespaces (root): localcluster must be unreachable directly");
        QVERIFY2(startClusterInHost(&error), qPrintable(error));
        // A name the cluster's network resolves and this machine does not (agent host names
        // inside a cluster): the jump host has it in its own /etc/hosts.
        const auto added = m_hosts.runOnHost(
            0, QStringLiteral("echo '127.0.0.1 %1' >> /etc/hosts && getent hosts %1").arg(kFarName));
        QVERIFY2(added.exitCode == 0, qPrintable(added.output));
        QVERIFY2(QHostInfo::fromName(kFarName).error() != QHostInfo::NoError,
                 "the far-side name resolves here too: the test could not tell where names resolve");
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void directRequestCannotReachTheCluster()
    {
        http::HttpOptions options;
        options.timeoutMs = 3000;
        http::HttpClient client(options);
        const auto r = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY(!r || r->status != 200 || !r->body.contains("\"slaves\""));
    }

    void requestsTravelThroughTheJumpHostAndNamesResolveThere()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QVERIFY2(proxy.start(), "proxy did not start");
        http::HttpOptions options;
        options.timeoutMs = 5000;
        http::HttpClient client(options);
        client.setProxy(proxy.proxy());
        for (const bool farName : { false, true }) {
            const auto r = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), farName));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(r->status, 200);
            QVERIFY(QJsonDocument::fromJson(r->body).object().contains(QLatin1String("slaves")));
        }
        // a port nobody listens on behind the jump host: a clear failure, not a hang
        QUrl closed = masterUrl(QStringLiteral("/"), false);
        closed.setPort(m_hosts.closedPort());
        QVERIFY(!fetch(client, closed));
    }

    // Each row: whether the client first logs in with the proxy's credentials
    // (greeting offering username/password, then RFC 1929 login), what it sends
    // then, what it must get back before the proxy closes the connection, and
    // whether the proxy reports a refused client.
    void badSocksInputIsRefusedAndClosed_data()
    {
        QTest::addColumn<bool>("login");
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("refused");
        QTest::newRow("http instead of socks")
            << false << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("\x05\xff", 2) << true;
        QTest::newRow("plain SOCKS5 client, no authentication")
            << false << QByteArray("\x05\x01\x00", 3) << QByteArray("\x05\xff", 2) << true;
        QTest::newRow("wrong password") << false << QByteArray("\x05\x01\x02\x01\x05mc-xx\x05wrong", 16)
                                        << QByteArray("\x05\x02\x01\x01", 4) << true;
        QTest::newRow("bind instead of connect")
            << true << QByteArray("\x05\x02\x00\x01\x7f\x00\x00\x01\x00\x50", 10) << QByteArray("\x05\x07", 2)
            << false;
        QTest::newRow("unknown address type")
            << true << QByteArray("\x05\x01\x00\x09\x00\x00", 6) << QByteArray("\x05\x08", 2) << false;
    }

    void badSocksInputIsRefusedAndClosed()
    {
        QFETCH(bool, login);
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, answer);
        QFETCH(bool, refused);
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QSignalSpy refusals(&proxy, &ssh::SshSocksProxy::refused);
        QVERIFY(proxy.start());
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(socket.waitForConnected(3000));
        if (login) {
            const QByteArray user = proxy.proxy().user().toLatin1();
            const QByteArray password = proxy.proxy().password().toLatin1();
            socket.write(QByteArray("\x05\x01\x02\x01", 4) + char(user.size()) + user + char(password.size())
                         + password);
            answer.prepend(QByteArray("\x05\x02\x01\x00", 4));
        }
        socket.write(sent);
        QByteArray received;
        QDeadlineTimer deadline(5000);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        received += socket.readAll();
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(received.startsWith(answer), received.toHex().constData());
        QTRY_COMPARE(refusals.size(), refused ? 1 : 0);
        if (refused)
            QVERIFY2(refusals.first().at(0).toString().contains(u"refused"),
                     qPrintable(refusals.first().at(0).toString()));
    }

    // The credentials are the proxy's own: another proxy's (another run's) are refused.
    void anotherRunsCredentialsAreRefused()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        ssh::SshSocksProxy other(jumpHost(), sessionOptions());
        QSignalSpy refusals(&proxy, &ssh::SshSocksProxy::refused);
        QVERIFY(proxy.start());
        QVERIFY(other.start());
        QVERIFY(proxy.proxy().user() != other.proxy().user());
        QVERIFY(proxy.proxy().password() != other.proxy().password());
        QNetworkProxy wrong = proxy.proxy();
        wrong.setUser(other.proxy().user());
        wrong.setPassword(other.proxy().password());
        http::HttpOptions options;
        options.timeoutMs = 5000;
        http::HttpClient client(options);
        client.setProxy(wrong);
        QVERIFY(!fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false)));
        QTRY_VERIFY(refusals.size() >= 1);
        client.setProxy(proxy.proxy());
        const auto r = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->status, 200);
    }

    // Only this machine's loopback: the port is closed on its other addresses.
    void listenerTakesLoopbackOnly()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QVERIFY(proxy.start());
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy::NoProxy);
            socket.connectToHost(address, proxy.port());
            QVERIFY2(!socket.waitForConnected(3000), qPrintable(address.toString()));
            QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
            ++tried;
        }
        QVERIFY2(tried > 0, "no address but loopback to try"); // the test hosts' bridge is one
    }

    // A jump host that stops answering while its TCP connection stays open
    // (its sshd frozen) is declared lost within deadPeerSeconds, with the
    // reason; the next request connects again.
    void frozenJumpHostIsDeclaredLostWithinTheBound()
    {
        ssh::SessionOptions options = sessionOptions();
        options.keepaliveSeconds = 1;
        options.deadPeerSeconds = 4;
        ssh::SshSocksProxy proxy(jumpHost(), options);
        QSignalSpy errors(&proxy, &ssh::SshSocksProxy::error);
        QSignalSpy connects(&proxy, &ssh::SshSocksProxy::connected);
        QVERIFY(proxy.start());
        http::HttpOptions httpOptions;
        httpOptions.timeoutMs = 5000;
        http::HttpClient client(httpOptions);
        client.setProxy(proxy.proxy());
        QVERIFY(fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false)));
        QCOMPARE(connects.size(), 1);
        // Idle longer than the bound first: keepalives answered keep it up.
        QTest::qWait((options.deadPeerSeconds + 2) * 1000);
        QCOMPARE(errors.size(), 0);

        const QList<qint64> frozen = m_hosts.freezeSessions(0);
        const auto end = qScopeGuard([&] { test::SshTestHosts::endFrozenSessions(frozen); });
        QVERIFY(!frozen.isEmpty());
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, (options.deadPeerSeconds + 3) * 1000);
        qInfo("tunnel declared lost %lld ms after the jump host froze (bound %d s)", clock.elapsed(),
              options.deadPeerSeconds);
        const QString reason = errors.first().at(0).toString();
        QVERIFY2(reason.contains(m_hosts.host(0).name) && reason.contains(u"stopped answering"),
                 qPrintable(reason));
        QCOMPARE(proxy.problem(), reason);

        test::SshTestHosts::endFrozenSessions(frozen);
        const auto again = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->status, 200);
        QTRY_COMPARE(connects.size(), 2);
    }

    void marathonEventStreamArrivesThroughTheTunnel()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QVERIFY(proxy.start());
        http::HttpClient client;
        client.setProxy(proxy.proxy());
        QUrl url(m_endpoints.value(QLatin1String("marathon")).toString() + QStringLiteral("/v2/events"));
        QNetworkRequest request = client.prepareRequest(url, { { "Accept", "text/event-stream" } });
        QNetworkReply *reply = client.network()->get(request);
        QByteArray received;
        QObject context; // declared after the captured locals: the connection ends before they do
        connect(reply, &QNetworkReply::readyRead, &context,
                [&received, reply] { // clazy:exclude=lambda-in-connect the context goes first
                    received += reply->readAll();
                });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("event_stream_attached"), 10000);
        reply->abort();
        reply->deleteLater();
    }

    void cliReachesTheClusterWithVia()
    {
        const QString master = m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString();
        const QString via = QStringLiteral("%1@%2:%3")
                                .arg(m_hosts.user(), m_hosts.host(0).address)
                                .arg(m_hosts.host(0).port);
        auto runCli = [](const QStringList &args) {
            QProcess cli;
            cli.start(test::executablePath(QStringLiteral("mesos-console-cli")), args);
            cli.waitForFinished(30000);
            return std::make_pair(
                cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
        };
        const QStringList common
            = { QStringLiteral("agents"), QStringLiteral("--json"),   QStringLiteral("--timeout"),
                QStringLiteral("3"),      QStringLiteral("--master"), master };
        const auto direct = runCli(common);
        QVERIFY2(direct.first != 0, qPrintable(direct.second));
        const auto tunnelled = runCli(
            common
            + QStringList { QStringLiteral("--via"), via, QStringLiteral("--via-identity"), m_hosts.keyPath(),
                            QStringLiteral("--via-known-hosts"), m_hosts.knownHostsPath() });
        QVERIFY2(tunnelled.first == 0, qPrintable(tunnelled.second));
        QVERIFY2(tunnelled.second.contains(QLatin1String("hostname")), qPrintable(tunnelled.second));
        // an unknown host key is refused before anything is sent
        const auto unknownKey
            = runCli(common
                     + QStringList { QStringLiteral("--via"), via, QStringLiteral("--via-identity"),
                                     m_hosts.keyPath(), QStringLiteral("--via-known-hosts"),
                                     m_hosts.newFilePath(QStringLiteral("empty_known_hosts")) });
        QCOMPARE(unknownKey.first, 1);
        QVERIFY2(unknownKey.second.contains(m_hosts.host(0).address), qPrintable(unknownKey.second));
    }

    void taskLogTailsThroughTheTunnel()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QVERIFY(proxy.start());
        http::HttpClient client;
        client.setProxy(proxy.proxy());
        const QString marathon = m_endpoints.value(QLatin1String("marathon")).toString();
        const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/tunnel-log") },
                                { QStringLiteral("cmd"),
                                  QStringLiteral("echo tunnelled-log-line; sleep 60") },
                                { QStringLiteral("instances"), 1 },
                                { QStringLiteral("cpus"), 0.1 },
                                { QStringLiteral("mem"), 16 } };
        std::optional<Result<http::HttpResponse>> created;
        QObject context;
        client.send("POST", QUrl(marathon + QStringLiteral("/v2/apps")), QJsonDocument(app).toJson(),
                    &context, [&](Result<http::HttpResponse> r) { created = std::move(r); },
                    { { "Content-Type", "application/json" } });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY2(*created && (*created)->status == 201,
                 qPrintable(*created ? QString::fromUtf8((*created)->body) : created->error().message));

        logs::TaskRef ref;
        QDeadlineTimer deadline(15000);
        while (ref.taskId.isEmpty() && !deadline.hasExpired()) {
            const auto tasks = fetch(client, masterUrl(QStringLiteral("/master/tasks?limit=100"), false));
            QVERIFY(tasks);
            const QJsonArray taskList
                = QJsonDocument::fromJson(tasks->body).object().value(QLatin1String("tasks")).toArray();
            for (const QJsonValue &t : taskList) {
                const QJsonObject task = t.toObject();
                if (task.value(QLatin1String("id")).toString().startsWith(QLatin1String("tunnel-log."))
                    && task.value(QLatin1String("state")).toString() == QLatin1String("TASK_RUNNING")) {
                    ref.taskId = task.value(QLatin1String("id")).toString();
                    ref.frameworkId = task.value(QLatin1String("framework_id")).toString();
                }
            }
            if (ref.taskId.isEmpty())
                QTest::qWait(100);
        }
        QVERIFY(!ref.taskId.isEmpty());
        const QString agent = m_endpoints.value(QLatin1String("agents"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("url"))
                                  .toString();
        logs::TailOptions options;
        options.fastPollMs = 50;
        options.idlePollMaxMs = 200;
        logs::TaskLogSource source(&client, QUrl(agent), ref, QStringLiteral("stdout"), options);
        QByteArray bytes;
        connect(&source, &logs::LogSource::dataReceived, this,
                [&](qint64, const QByteArray &data) { bytes += data; });
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(bytes.contains("tunnelled-log-line"), 10000);
        source.stop();
    }

    void watcherLiveThroughTheJumpHostSurvivesSshdRestart()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QVERIFY(proxy.start());
        const auto whyUnreachable = [&proxy] { return proxy.problem(); };
        const QString marathon = m_endpoints.value(QLatin1String("marathon")).toString();
        cluster::WatcherConfig config;
        config.masters << masterUrl(QString(), true);
        config.marathons << QUrl(marathon);
        config.pollIntervalMs = 250;
        config.maxPollIntervalMs = 1000;
        config.mesosHttp.timeoutMs = 3000;
        config.marathonHttp.timeoutMs = 3000;
        cluster::ClusterWatcher watcher(config);
        watcher.setProxy(proxy.proxy(), whyUnreachable);

        // Marathon's event stream through the same tunnel: an app launch arrives as events.
        http::HttpClient eventsHttp;
        eventsHttp.setProxy(proxy.proxy(), whyUnreachable);
        http::EventStreamReader events(&eventsHttp);
        QByteArray eventData;
        bool attached = false;
        connect(&events, &http::EventStreamReader::connected, this, [&](bool) { attached = true; });
        connect(&events, &http::EventStreamReader::eventReceived, this,
                [&](const http::ServerSentEvent &e) { eventData += e.type.toUtf8() + ' ' + e.data + '\n'; });
        events.start(QUrl(marathon + QStringLiteral("/v2/events")));
        QElapsedTimer clock;
        clock.start();
        watcher.start();

        const auto live = [&] {
            const cluster::SnapshotPtr s = watcher.snapshot();
            return s && s->mesos.kind == cluster::ConnectionState::Kind::Live && s->leader
                && s->agents->size() == 1 && s->marathon.kind == cluster::ConnectionState::Kind::Live;
        };
        QTRY_VERIFY_WITH_TIMEOUT(live(), 15000);
        qInfo("watcher live through the jump host after %lld ms", clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(attached, 10000);

        http::HttpClient client;
        client.setProxy(proxy.proxy());
        const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/tunnel-watch") },
                                { QStringLiteral("cmd"), QStringLiteral("sleep 60") },
                                { QStringLiteral("instances"), 1 },
                                { QStringLiteral("cpus"), 0.1 },
                                { QStringLiteral("mem"), 16 } };
        std::optional<Result<http::HttpResponse>> created;
        QObject context;
        client.send("POST", QUrl(marathon + QStringLiteral("/v2/apps")), QJsonDocument(app).toJson(),
                    &context, [&](Result<http::HttpResponse> r) { created = std::move(r); },
                    { { "Content-Type", "application/json" } });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY(*created && (*created)->status == 201);
        QTRY_VERIFY_WITH_TIMEOUT(eventData.contains("/tunnel-watch"), 10000);
        QVERIFY2(eventData.contains("api_post_event") || eventData.contains("deployment_info"),
                 eventData.constData());
        // The watcher's snapshot shows the app and its running task.
        const auto seesTask = [&] {
            const cluster::SnapshotPtr s = watcher.snapshot();
            if (!s)
                return false;
            for (const mesos::Task &t : *s->tasks) {
                if (t.id.startsWith(QLatin1String("tunnel-watch.")) && t.state == mesos::TaskState::Running)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seesTask(), 15000);

        // sshd of the jump host dies (the cluster behind it keeps running): an error naming the jump host.
        QVERIFY(m_hosts.killSshd(0));
        clock.restart();
        const auto errorNamingJumpHost = [&] {
            const cluster::SnapshotPtr s = watcher.snapshot();
            return s->mesos.kind == cluster::ConnectionState::Kind::Error
                && s->mesos.reason.contains(m_hosts.host(0).name);
        };
        QTRY_VERIFY_WITH_TIMEOUT(errorNamingJumpHost(), 15000);
        qInfo("error state %lld ms after sshd died: %s", clock.elapsed(),
              qPrintable(watcher.snapshot()->mesos.reason));
        QVERIFY2(watcher.snapshot()->mesos.reason.contains(QLatin1String("SSH jump host")),
                 qPrintable(watcher.snapshot()->mesos.reason));
        QVERIFY(!proxy.problem().isEmpty());

        // sshd returns: the same watcher is live again on its next polls.
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(live(), 15000);
        qInfo("live again %lld ms after sshd returned", clock.elapsed());
        QVERIFY(proxy.problem().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(seesTask(), 10000);
        watcher.stop();
        events.stop();
    }

    void jumpHostGoingAwayIsAnErrorAndItsReturnRecovers()
    {
        ssh::SshSocksProxy proxy(jumpHost(), sessionOptions());
        QSignalSpy errors(&proxy, &ssh::SshSocksProxy::error);
        QSignalSpy connects(&proxy, &ssh::SshSocksProxy::connected);
        QVERIFY(proxy.start());
        http::HttpOptions options;
        options.timeoutMs = 5000;
        http::HttpClient client(options);
        client.setProxy(proxy.proxy());
        QVERIFY(fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false)));
        QCOMPARE(connects.size(), 1);

        QVERIFY(m_hosts.killHost(0)); // sshd and localcluster die with the "machine"
        const auto failed = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY(!failed);
        QTRY_VERIFY(errors.size() >= 1);
        QVERIFY2(errors.last().at(0).toString().contains(m_hosts.host(0).name),
                 qPrintable(errors.last().at(0).toString()));

        bringJumpHostBack();
        if (QTest::currentTestFailed())
            return;
        const auto again = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->status, 200);
        QTRY_COMPARE(connects.size(), 2);
    }

    // What the CLI's --via sets up: every client created afterwards goes through
    // the tunnel and, when the jump host is down, says so (not "host unknown").
    void defaultProxyNamesTheJumpHostThatIsDown()
    {
        ssh::HostSpec jump = jumpHost();
        jump.port = m_hosts.closedPort();
        ssh::SshSocksProxy proxy(jump, sessionOptions());
        QVERIFY(proxy.start()); // listens; logs in at the first request
        const auto restore = qScopeGuard(
            [] { http::HttpClient::setDefaultProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); });
        http::HttpClient::setDefaultProxy(proxy.proxy(), [&proxy] { return proxy.problem(); });
        http::HttpOptions options;
        options.timeoutMs = 5000;
        http::HttpClient client(options);
        const auto failed = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("jump host")),
                 qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(jump.name), qPrintable(failed.error().message));
    }

    // A bastion that takes a password: asked when the tunnel logs in, asked
    // again after a refusal, not asked when the tunnel reconnects after the
    // jump host came back (kept in memory only).
    void passwordJumpHostIsAskedOncePerAcceptedPassword()
    {
        ssh::HostSpec jump = jumpHost();
        jump.keyPath.clear(); // no key of the test hosts: the password it is
        ssh::SessionOptions options = sessionOptions();
        QStringList answers { QStringLiteral("not-the-password"), m_hosts.password() };
        int asked = 0;
        options.prompts.secret = [&](const ssh::SecretRequest &request) -> std::optional<QString> {
            if (request.kind != ssh::SecretKind::Password)
                return std::nullopt;
            ++asked; // worker thread; the test thread reads it between requests
            return answers.isEmpty() ? QString() : answers.takeFirst();
        };
        ssh::SshSocksProxy proxy(jump, options);
        // Logging in at once: the wrong password, refused, named.
        const Status first = proxy.start(true);
        QVERIFY(!first);
        QVERIFY2(first.error().message.contains(QStringLiteral("authentication")),
                 qPrintable(first.error().message));
        QCOMPARE(asked, 1);
        http::HttpOptions httpOptions;
        httpOptions.timeoutMs = 5000;
        http::HttpClient client(httpOptions);
        client.setProxy(proxy.proxy());
        const QUrl url = masterUrl(QStringLiteral("/master/state-summary"), false);
        const auto ok = fetch(client, url); // asked again, the right one
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(asked, 2);

        QVERIFY(m_hosts.killHost(0));
        QVERIFY(!fetch(client, url));
        bringJumpHostBack();
        if (QTest::currentTestFailed())
            return;
        const auto again = fetch(client, masterUrl(QStringLiteral("/master/state-summary"), false));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->status, 200);
        QCOMPARE(asked, 2); // the reconnect used the accepted password
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_SshTunnel.moc"
