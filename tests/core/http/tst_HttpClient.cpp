#include "core/http/EventStreamReader.h"
#include "core/http/HttpClient.h"
#include "tests/support/TinyHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mc::http::HttpClient;
using mc::http::HttpOptions;
using mc::http::HttpResponse;
using mc::test::TinyHttpServer;

namespace {
mc::Result<HttpResponse> fetch(HttpClient &client, const QUrl &url, const QByteArray &method = "GET",
                               const QByteArray &body = {})
{
    std::optional<mc::Result<HttpResponse>> result;
    client.send(method, url, body, &client, [&](mc::Result<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result.has_value() && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!result.has_value())
        return mc::Error { QStringLiteral("test: no answer within 10 s"), {} };
    return std::move(*result);
}

QByteArray gzip(const QByteArray &data)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
    process.waitForStarted();
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished();
    return process.readAllStandardOutput();
}
} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private slots:
    void returnsStatusBodyAndHeaders();
    void followsProtocolRelative307ReplayingMethodAndBody();
    void reportsRedirectLoop();
    void timesOutWhenServerHangs();
    void sendsBasicAuthentication();
    void tokenWinsOverBasic();
    void decompressesGzip();
    void reportsRefusedConnection();
    void expectSuccessNamesStatusAndBody();
    void parseJsonSaysWhereItBroke();
    void missingCaFileIsAnError();
    void untrustedCertificateIsReportedAndUserCaFixesIt();
    void parsesServerSentEventsWithCrlfAndLf();
    void eventStreamFollowsRedirectAndReconnectsAfterDrop();
    void eventStreamMessagesKeepAPercentEncodedUrl();
    void streamedGetHandsTheBodyOverInPieces();
    void streamedGetKeepsAnErrorsBody();
    void bodyBrokenOffIsAnError();
};

void tst_HttpClient::returnsStatusBodyAndHeaders()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.json("/v2/info", R"({"version":"1.10.26"})");
    HttpClient client;
    const auto result = fetch(client, server.url(QStringLiteral("/v2/info")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray(R"({"version":"1.10.26"})"));
    QCOMPARE(result->header("content-type"), QByteArray("application/json"));
}

void tst_HttpClient::followsProtocolRelative307ReplayingMethodAndBody()
{
    TinyHttpServer standby;
    TinyHttpServer leader;
    QVERIFY(standby.listen());
    QVERIFY(leader.listen());
    const QByteArray location = "//" + leader.hostPort().toUtf8() + "/api/v1";
    standby.route("/api/v1", [location](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 307;
        reply.headers = { { "Location", location } };
        return reply;
    });
    leader.route("/api/v1", [](const TinyHttpServer::Request &request) {
        return TinyHttpServer::jsonReply("{\"got\":\"" + request.method + ' ' + request.body + "\"}");
    });
    HttpClient client;
    const auto result = fetch(client, standby.url(QStringLiteral("/api/v1")), "POST", "GET_STATE");
    QVERIFY(result.ok());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray(R"({"got":"POST GET_STATE"})"));
    QCOMPARE(result->url.port(), int(leader.port()));
}

void tst_HttpClient::reportsRedirectLoop()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.route("/loop", [](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 307;
        reply.headers = { { "Location", "/loop" } };
        return reply;
    });
    HttpOptions options;
    options.maxRedirects = 3;
    HttpClient client(options);
    const auto result = fetch(client, server.url(QStringLiteral("/loop")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("Too many redirects")),
             qPrintable(result.error().message));
    QCOMPARE(server.count("/loop"), 4);
}

void tst_HttpClient::timesOutWhenServerHangs()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.route("/slow", [](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.hang = true;
        return reply;
    });
    HttpOptions options;
    options.timeoutMs = 300;
    HttpClient client(options);
    QElapsedTimer timer;
    timer.start();
    // A percent-encoded query (as /files/read?path=%2F… has) stays as it is in the message.
    const auto result = fetch(client, server.url(QStringLiteral("/slow?path=%2Fvar%2Flog")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("did not answer within 0.3 s")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("/slow?path=%2Fvar%2Flog did not")),
             qPrintable(result.error().message));
    QVERIFY(timer.elapsed() < 3000);
}

void tst_HttpClient::sendsBasicAuthentication()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.json("/x", "{}");
    HttpOptions options;
    options.user = QStringLiteral("admin");
    options.password = QStringLiteral("s3cret");
    HttpClient client(options);
    QVERIFY(fetch(client, server.url(QStringLiteral("/x"))).ok());
    QCOMPARE(server.requests().constLast().headers.value("authorization"),
             "Basic " + QByteArray("admin:s3cret").toBase64());
}

void tst_HttpClient::tokenWinsOverBasic()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.json("/x", "{}");
    HttpOptions options;
    options.user = QStringLiteral("admin");
    options.token = QStringLiteral("eyJhbGciOi");
    HttpClient client(options);
    QVERIFY(fetch(client, server.url(QStringLiteral("/x"))).ok());
    QCOMPARE(server.requests().constLast().headers.value("authorization"), QByteArray("token=eyJhbGciOi"));
}

void tst_HttpClient::decompressesGzip()
{
    const QByteArray plain = QByteArray(R"({"slaves":[)") + QByteArray(4000, ' ') + "]}";
    const QByteArray packed = gzip(plain);
    QVERIFY(!packed.isEmpty());
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.route("/master/state", [packed](const TinyHttpServer::Request &request) {
        TinyHttpServer::Reply reply = TinyHttpServer::jsonReply(packed);
        if (request.headers.value("accept-encoding").contains("gzip"))
            reply.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        return reply;
    });
    HttpClient client;
    const auto result = fetch(client, server.url(QStringLiteral("/master/state")));
    QVERIFY(result.ok());
    QCOMPARE(result->body, plain);
}

void tst_HttpClient::reportsRefusedConnection()
{
    quint16 port = 0;
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        port = server.port();
    }
    HttpClient client;
    const auto result = fetch(client, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("refused")), qPrintable(result.error().message));
}

void tst_HttpClient::expectSuccessNamesStatusAndBody()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.json("/boom", "Internal failure in registrar", 500);
    HttpClient client;
    const auto result = HttpClient::expectSuccess(fetch(client, server.url(QStringLiteral("/boom"))));
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("HTTP 500")));
    QVERIFY(result.error().message.contains(QStringLiteral("Internal failure in registrar")));
}

void tst_HttpClient::parseJsonSaysWhereItBroke()
{
    const auto result
        = HttpClient::parseJson("{\n  \"a\": 1,\n  \"b\": ]\n}", QStringLiteral("The master state"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(QStringLiteral("The master state is not valid JSON")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("line 3")), qPrintable(result.error().message));
    QVERIFY(!HttpClient::parseJson("", QStringLiteral("x")).ok());
    QVERIFY(HttpClient::parseJson(R"({"ok":true})", QStringLiteral("x")).ok());
}

void tst_HttpClient::missingCaFileIsAnError()
{
    HttpOptions options;
    options.caFile = QStringLiteral("/nonexistent/ca.pem");
    HttpClient client(options);
    QVERIFY(!client.configurationStatus().ok());
    const auto result = fetch(client, QUrl(QStringLiteral("https://127.0.0.1:1/")));
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("CA file")));
}

void tst_HttpClient::untrustedCertificateIsReportedAndUserCaFixesIt()
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    QVERIFY(TinyHttpServer::makeSelfSignedCertificate(dir.path(), &cert, &key));
    TinyHttpServer server;
    QVERIFY(server.listenTls(cert, key));
    server.json("/v2/info", R"({"version":"1.10"})");

    HttpClient untrusting;
    const auto refused = fetch(untrusting, server.url(QStringLiteral("/v2/info")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("not trusted")),
             qPrintable(refused.error().message));

    TinyHttpServer second; // a fresh server: the refused handshake above leaves nothing behind
    QVERIFY(second.listenTls(cert, key));
    second.json("/v2/info", R"({"version":"1.10"})");
    HttpOptions options;
    options.caFile = cert;
    HttpClient trusting(options);
    const auto accepted = fetch(trusting, second.url(QStringLiteral("/v2/info")));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    QCOMPARE(accepted->status, 200);
}

void tst_HttpClient::parsesServerSentEventsWithCrlfAndLf()
{
    mc::http::ServerSentEventParser parser;
    auto events = parser.feed("event: status_update_event\r\ndata: {\"a\":");
    QVERIFY(events.isEmpty());
    events = parser.feed("1}\r\n\r\n\r\n: comment\n\nevent: x\ndata: one\ndata: two\n\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, QStringLiteral("status_update_event"));
    QCOMPARE(events[0].data, QByteArray(R"({"a":1})"));
    QCOMPARE(events[1].type, QStringLiteral("x"));
    QCOMPARE(events[1].data, QByteArray("one\ntwo"));
}

void tst_HttpClient::eventStreamFollowsRedirectAndReconnectsAfterDrop()
{
    TinyHttpServer standby;
    TinyHttpServer leader;
    QVERIFY(standby.listen());
    QVERIFY(leader.listen());
    const QByteArray location = leader.url(QStringLiteral("/v2/events")).toEncoded();
    standby.route("/v2/events", [location](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 302;
        reply.headers = { { "Location", location } };
        return reply;
    });
    leader.route("/v2/events", [](const TinyHttpServer::Request &request) {
        TinyHttpServer::Reply reply;
        if (request.headers.value("accept") != "text/event-stream") {
            reply.status = 405;
            return reply;
        }
        reply.stream = true;
        reply.headers = { { "Content-Type", "text/event-stream;charset=UTF-8" } };
        reply.body = "event: event_stream_attached\r\ndata: {\"remoteAddress\":\"127.0.0.1\"}\r\n\r\n";
        return reply;
    });

    HttpClient client;
    mc::http::EventStreamReader reader(&client);
    reader.setBackoff(50, 200);
    QList<bool> connects;
    QStringList types;
    connect(&reader, &mc::http::EventStreamReader::connected, this,
            [&](bool afterDrop) { connects << afterDrop; });
    connect(&reader, &mc::http::EventStreamReader::eventReceived, this,
            [&](const mc::http::ServerSentEvent &e) { types << e.type; });
    reader.start(standby.url(QStringLiteral("/v2/events")));
    QTRY_COMPARE(types.size(), 1);
    QCOMPARE(connects, QList<bool> { false });
    leader.pushToStreams("event: status_update_event\r\ndata: {\"taskId\":\"t1\"}\r\n\r\n");
    QTRY_COMPARE(types.size(), 2);
    QCOMPARE(types[1], QStringLiteral("status_update_event"));

    leader.closeStreams();
    QTRY_COMPARE(connects.size(), 2);
    QCOMPARE(connects[1], true);
    QTRY_COMPARE(types.size(), 3);
    QCOMPARE(standby.count("/v2/events"), 2);
    reader.stop();
}

// A refused or silent stream's message names the URL as it is: its %2F is not
// taken for a place marker of the status or the seconds.
void tst_HttpClient::eventStreamMessagesKeepAPercentEncodedUrl()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.route("/refused", [](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 403;
        return reply;
    });
    server.route("/silent", [](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.stream = true;
        reply.headers = { { "Content-Type", "text/event-stream;charset=UTF-8" } };
        reply.body = ": hello\r\n\r\n";
        return reply;
    });
    HttpClient client;
    const QList<std::pair<QString, QString>> cases {
        { QStringLiteral("/refused?path=%2Fvar%2Flog"), QStringLiteral(" was refused with HTTP 403.") },
        { QStringLiteral("/silent?path=%2Fvar%2Flog"),
          QStringLiteral(" went silent for 1 s; reconnecting.") },
    };
    for (const auto &[path, says] : cases) {
        mc::http::EventStreamReader reader(&client);
        reader.setBackoff(60000, 60000);
        reader.setIdleTimeout(1000);
        QStringList reasons;
        connect(&reader, &mc::http::EventStreamReader::disconnected, this,
                [&](const mc::Error &reason) { reasons << reason.message; });
        reader.start(server.url(path));
        QTRY_VERIFY_WITH_TIMEOUT(!reasons.isEmpty(), 10000);
        QVERIFY2(reasons.first().endsWith(path + says), qPrintable(reasons.first()));
        reader.stop();
    }
}

namespace {
struct Streamed
{
    std::optional<mc::Result<HttpResponse>> result;
    QList<QByteArray> pieces;
};

Streamed fetchStreamed(HttpClient &client, const QUrl &url)
{
    Streamed streamed;
    client.getStreamed(
        url, &client, [&](QByteArray piece) { streamed.pieces.append(std::move(piece)); },
        [&](mc::Result<HttpResponse> r) { streamed.result = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!streamed.result.has_value() && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!streamed.result.has_value())
        streamed.result = mc::Error { QStringLiteral("test: no answer within 10 s"), {} };
    return streamed;
}
} // namespace

// A 2xx body (here behind a standby's 307) reaches the sink as it arrives, in pieces, every
// byte in order; the response holds none of it.
void tst_HttpClient::streamedGetHandsTheBodyOverInPieces()
{
    TinyHttpServer standby;
    TinyHttpServer leader;
    QVERIFY(standby.listen());
    QVERIFY(leader.listen());
    const QByteArray location = "//" + leader.hostPort().toUtf8() + "/master/state";
    standby.route("/master/state", [location](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 307;
        reply.headers = { { "Location", location } };
        reply.body = "redirecting";
        return reply;
    });
    QByteArray body;
    for (int i = 0; body.size() < qsizetype(8) * 1024 * 1024; ++i)
        body += "{\"id\":\"task-" + QByteArray::number(i) + "\"},";
    leader.json("/master/state", body);
    HttpClient client;
    const Streamed streamed = fetchStreamed(client, standby.url(QStringLiteral("/master/state")));
    QVERIFY2(streamed.result->ok(),
             qPrintable(streamed.result->ok() ? QString() : streamed.result->error().message));
    QCOMPARE(streamed.result->value().status, 200);
    QCOMPARE(streamed.result->value().url.port(), int(leader.port()));
    QVERIFY(streamed.result->value().body.isEmpty());
    QVERIFY2(streamed.pieces.size() > 1, qPrintable(QString::number(streamed.pieces.size())));
    QVERIFY(streamed.pieces.join() == body);
}

// Any other status's body is the response's, for the message; the sink sees nothing.
void tst_HttpClient::streamedGetKeepsAnErrorsBody()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.json("/master/state", R"({"message":"no leader"})", 503);
    HttpClient client;
    const Streamed streamed = fetchStreamed(client, server.url(QStringLiteral("/master/state")));
    QVERIFY(streamed.result->ok());
    QCOMPARE(streamed.result->value().status, 503);
    QCOMPARE(streamed.result->value().body, QByteArray(R"({"message":"no leader"})"));
    QVERIFY(streamed.pieces.isEmpty());
}

// A 200 whose connection drops before the Content-Length is reached is an error, streamed
// or not: what arrived is not the answer.
void tst_HttpClient::bodyBrokenOffIsAnError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                "{\"frameworks\":[");
            socket->flush();
            socket->disconnectFromHost();
        });
    });
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/master/state").arg(server.serverPort()));
    HttpClient client;
    const Streamed streamed = fetchStreamed(client, url);
    QVERIFY(!streamed.result->ok());
    QVERIFY2(streamed.result->error().message.contains(QStringLiteral("closed the connection")),
             qPrintable(streamed.result->error().message));
    const auto whole = fetch(client, url);
    QVERIFY(!whole.ok());
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_HttpClient.moc"
