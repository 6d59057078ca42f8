// localcluster's own HTTP/1.1 server, spoken to over a raw socket.

#include "localcluster/HttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace mc::localcluster;

namespace {

// Sends raw bytes and collects the answer until the server closes or `until` shows up.
QByteArray exchange(quint16 port, const QByteArray &raw, const QByteArray &until = {}, int timeoutMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(raw);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!until.isEmpty() && answer.contains(until))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        QTest::qWait(10);
        answer += socket.readAll();
    }
    return answer;
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersKeepAliveRequestsInOrder();
    void closesWhenTheClientAsks();
    void headAnswersWithoutBody();
    void readsTheBodyByContentLength();
    void sendsContinueWhenTheClientExpectsIt();
    void rejectsAMalformedRequestLine();
    void answersLaterWhenTheHandlerDefers();
    void streamsUntilClosed();
    void closingTheServerRefusesConnections();

private:
    HttpServer *m_server = nullptr;
    QList<HttpRequest> m_seen;
};

void tst_HttpServer::init()
{
    m_seen.clear();
    m_server = new HttpServer([this](const HttpRequest &r, HttpConnection *c) {
        m_seen.append(r);
        if (r.path == QLatin1String("/later")) {
            QPointer<HttpConnection> guard(c);
            QTimer::singleShot(200, c, [guard] {
                if (guard)
                    guard->respond(HttpResponse::text("late\n"));
            });
        } else if (r.path == QLatin1String("/stream")) {
            c->beginStream(200, { { "Content-Type", "text/event-stream" } });
            c->write("event: a\r\n\r\n");
            QTimer::singleShot(100, c, [c] {
                c->write("event: b\r\n\r\n");
                c->close();
            });
        } else {
            c->respond(HttpResponse::text(r.method + ' ' + r.path.toUtf8() + ' ' + r.body));
        }
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void tst_HttpServer::cleanup()
{
    delete m_server;
}

void tst_HttpServer::answersKeepAliveRequestsInOrder()
{
    const QByteArray answer
        = exchange(m_server->port(),
                   "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b?x=%2Fy HTTP/1.1\r\nHost: x\r\n\r\n", "GET /b ");
    QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(answer.indexOf("GET /a ") < answer.indexOf("GET /b "));
    QVERIFY(answer.contains("Connection: keep-alive"));
    QCOMPARE(m_seen.size(), 2);
    QCOMPARE(m_seen[1].queryValue(QStringLiteral("x")), QStringLiteral("/y"));
}

void tst_HttpServer::closesWhenTheClientAsks()
{
    const QByteArray answer = exchange(m_server->port(), "GET /a HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(answer.contains("Connection: close"));
}

void tst_HttpServer::headAnswersWithoutBody()
{
    const QByteArray answer = exchange(m_server->port(), "HEAD /a HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(answer.contains("Content-Length: 8\r\n"));
    QVERIFY(answer.endsWith("\r\n\r\n"));
}

void tst_HttpServer::readsTheBodyByContentLength()
{
    const QByteArray answer = exchange(
        m_server->port(), "POST /p HTTP/1.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    QVERIFY(answer.endsWith("POST /p hello"));
}

void tst_HttpServer::sendsContinueWhenTheClientExpectsIt()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(
        "POST /p HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("100 Continue");
        },
        2000));
    socket.write("ok");
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.endsWith("POST /p ok");
        },
        2000));
}

void tst_HttpServer::rejectsAMalformedRequestLine()
{
    const QByteArray answer = exchange(m_server->port(), "NONSENSE\r\n\r\n");
    QVERIFY(answer.startsWith("HTTP/1.1 400 Bad Request"));
    QVERIFY(m_seen.isEmpty());
}

void tst_HttpServer::answersLaterWhenTheHandlerDefers()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = exchange(m_server->port(), "GET /later HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(answer.endsWith("late\n"));
    QVERIFY(timer.elapsed() >= 180);
}

void tst_HttpServer::streamsUntilClosed()
{
    const QByteArray answer = exchange(m_server->port(), "GET /stream HTTP/1.1\r\n\r\n");
    QVERIFY(
        answer.startsWith("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"));
    QVERIFY(answer.endsWith("event: a\r\n\r\nevent: b\r\n\r\n"));
    QVERIFY(!answer.contains("Content-Length"));
}

void tst_HttpServer::closingTheServerRefusesConnections()
{
    const quint16 port = m_server->port();
    m_server->close();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000));
    QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
    QVERIFY(exchange(port, "GET /again HTTP/1.1\r\nConnection: close\r\n\r\n").endsWith("GET /again "));
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_HttpServer.moc"
