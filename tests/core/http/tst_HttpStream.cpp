// HttpStream against real sockets: a scripted server that answers with exactly the bytes a
// test gives it (in pieces, so every framing is also read across piece boundaries), a TLS
// server, and a sender that must wait while nothing is read.
#include "core/http/HttpClient.h"
#include "core/http/HttpStream.h"
#include "tests/support/TinyHttpServer.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using mc::http::HttpClient;
using mc::http::HttpOptions;
using mc::http::HttpStream;

namespace {
constexpr qint64 kBufferBytes = qint64(4) * 1024 * 1024;

// Takes one request, keeps it, and answers with `pieces`, one per event-loop turn; closes
// after the last when `close` is set.
class ScriptedServer : public QObject
{
public:
    QList<QByteArray> pieces;
    bool close = true;
    QByteArray request;
    QPointer<QTcpSocket> socket;

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this] {
                request += socket->readAll();
                if (request.contains("\r\n\r\n") && !m_answering) {
                    m_answering = true;
                    QTimer::singleShot(0, this, [this] { next(); });
                }
            });
        });
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_server.serverPort()));
    }

private:
    void next()
    {
        if (!socket)
            return;
        if (pieces.isEmpty()) {
            if (close)
                socket->disconnectFromHost();
            return;
        }
        socket->write(pieces.takeFirst());
        QTimer::singleShot(1, this, [this] { next(); });
    }
    QTcpServer m_server;
    bool m_answering = false;
};

// `bytes` cut into pieces of `size`.
QList<QByteArray> cut(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        out << bytes.mid(i, size);
    return out;
}

struct Outcome
{
    int status = 0;
    QByteArray body;
    std::optional<mc::Error> error;
    bool finished = false;
};

// Posts to `url` and reads the whole answer as it comes.
Outcome readAll(HttpStream &stream, const QUrl &url)
{
    Outcome outcome;
    QObject::connect(&stream, &HttpStream::readyRead, &stream, [&] {
        char buffer[7]; // small on purpose: reads end inside chunks and framing
        for (qint64 n; (n = stream.read(buffer, sizeof buffer)) > 0;)
            outcome.body.append(buffer, n);
    });
    QSignalSpy finished(&stream, &HttpStream::finished);
    stream.post(url, R"({"type":"SUBSCRIBE"})", { { "Content-Type", "application/json" } });
    finished.wait(10000);
    outcome.finished = finished.count() == 1;
    outcome.status = stream.status();
    outcome.error = stream.error();
    return outcome;
}
} // namespace

class tst_HttpStream : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFraming_data();
    void readsEveryFraming();
    void brokenAnswersFail_data();
    void brokenAnswersFail();
    void sendsTheClientsCredentialsAndNoInjectedHeader();
    void theSenderWaitsWhileNothingIsRead_data();
    void theSenderWaitsWhileNothingIsRead();
    void aReaderThatPausesGetsEveryByteInOrder();
    void tlsIsVerified();
    void refusedConnectionIsSaid();
};

void tst_HttpStream::readsEveryFraming_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("close");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("chunked, with an extension and trailers") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        "5;name=value\r\nhello\r\n6\r\n world\r\nA\r\n, 10 bytes\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                                             << false << QByteArray("hello world, 10 bytes");
    QTest::newRow("chunked, LF only")
        << QByteArray("HTTP/1.1 200 OK\ntransfer-encoding: Chunked\n\n3\nabc\n0\n\n") << false
        << QByteArray("abc");
    QTest::newRow("Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world")
                                    << false << QByteArray("hello world");
    QTest::newRow("up to the close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nuntil the end") << true
                                     << QByteArray("until the end");
    QTest::newRow("100 Continue first")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << false
        << QByteArray("ok");
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false
                                << QByteArray();
}

void tst_HttpStream::readsEveryFraming()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, close);
    QFETCH(QByteArray, body);
    for (const qsizetype pieceSize : { qsizetype(1), qsizetype(3), answer.size() }) {
        ScriptedServer server;
        server.pieces = cut(answer, pieceSize);
        server.close = close;
        HttpClient client;
        HttpStream stream(&client, kBufferBytes);
        const Outcome outcome = readAll(stream, server.url());
        QVERIFY2(outcome.finished, qPrintable(QStringLiteral("pieces of %1").arg(pieceSize)));
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.body, body);
    }
}

void tst_HttpStream::brokenAnswersFail_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("said");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                              << QStringLiteral("did not answer in HTTP");
    QTest::newRow("a header without a colon")
        << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << QStringLiteral("did not answer in HTTP");
    QTest::newRow("no chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n")
                                   << QStringLiteral("is no chunk size");
    QTest::newRow("a chunk longer than its size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
        << QStringLiteral("longer than its size");
    QTest::newRow("closed inside a chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
        << QStringLiteral("inside its answer");
    QTest::newRow("closed inside a chunk-size line")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1")
        << QStringLiteral("inside its answer");
    QTest::newRow("closed before the Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")
        << QStringLiteral("inside its answer");
    QTest::newRow("closed inside the head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le")
                                            << QStringLiteral("closed the connection before answering");
    QTest::newRow("closed at once") << QByteArray()
                                    << QStringLiteral("closed the connection before answering");
    QTest::newRow("a header line of 9 KB")
        << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(qsizetype(9) * 1024, 'x') + "\r\n\r\n")
        << QStringLiteral("a line of more than 8 KB");
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 3000; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": some value\r\n";
    QTest::newRow("81 KB of headers") << many << QStringLiteral("more than 64 KB of HTTP headers");
    QTest::newRow("a lying Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n")
                                            << QStringLiteral("did not answer in HTTP");
}

void tst_HttpStream::brokenAnswersFail()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, said);
    ScriptedServer server;
    server.pieces = cut(answer, 4096);
    HttpClient client;
    HttpStream stream(&client, kBufferBytes);
    const Outcome outcome = readAll(stream, server.url());
    QVERIFY(outcome.finished);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->message.contains(said), qPrintable(outcome.error->message));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("127.0.0.1")),
             qPrintable(outcome.error->message));
}

void tst_HttpStream::sendsTheClientsCredentialsAndNoInjectedHeader()
{
    ScriptedServer server;
    server.pieces = { "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" };
    HttpOptions options;
    options.user = QStringLiteral("ops");
    options.password = QStringLiteral("s3cret");
    HttpClient client(options);
    HttpStream stream(&client, kBufferBytes);
    const Outcome outcome = readAll(stream, server.url());
    QVERIFY(!outcome.error);
    QVERIFY2(server.request.startsWith("POST /api/v1 HTTP/1.1\r\n"), server.request.constData());
    const QByteArray port = QByteArray::number(server.url().port());
    QVERIFY(server.request.contains(QByteArray("\r\nHost: 127.0.0.1:" + port + "\r\n")));
    const QByteArray authorization
        = "\r\nAuthorization: Basic " + QByteArray("ops:s3cret").toBase64() + "\r\n";
    QVERIFY(server.request.contains(authorization));
    QVERIFY(server.request.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(server.request.contains("\r\nContent-Length: 20\r\n"));
    QVERIFY(server.request.endsWith("\r\n\r\n{\"type\":\"SUBSCRIBE\"}"));

    // A token with a line break would smuggle a header in: nothing is sent.
    ScriptedServer other;
    HttpOptions injecting;
    injecting.token = QStringLiteral("abc\r\nX-Injected: yes");
    HttpClient injectingClient(injecting);
    HttpStream refused(&injectingClient, kBufferBytes);
    const Outcome said = readAll(refused, other.url());
    QVERIFY(said.finished);
    QVERIFY(said.error);
    QVERIFY2(said.error->message.contains(QStringLiteral("line break")), qPrintable(said.error->message));
    QVERIFY(other.request.isEmpty());
}

// The point of HttpStream: while the reader takes nothing, the server cannot write much more
// than the socket buffers hold (4 MB here, and the kernel's); QNetworkAccessManager took it all.
void tst_HttpStream::theSenderWaitsWhileNothingIsRead_data()
{
    QTest::addColumn<bool>("untilClose");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("up to the close") << true;
}

void tst_HttpStream::theSenderWaitsWhileNothingIsRead()
{
    QFETCH(bool, untilClose);
    constexpr qint64 kTotal = qint64(64) * 1024 * 1024;
    QByteArray body(kTotal, Qt::Uninitialized);
    for (qint64 i = 0; i < kTotal; ++i)
        body[i] = char('a' + i % 23);
    const QByteArray expected = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    ScriptedServer server;
    server.pieces
        = { untilClose ? QByteArray("HTTP/1.0 200 OK\r\n\r\n")
                       : "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kTotal) + "\r\n\r\n",
            body };
    body = QByteArray();
    HttpClient client;
    HttpStream stream(&client, kBufferBytes);
    QSignalSpy headers(&stream, &HttpStream::headersReceived);
    stream.post(server.url(), "{}", {});
    QVERIFY(headers.wait(10000));
    QTest::qWait(1500); // the server writes what it can meanwhile
    QVERIFY(server.socket);
    const qint64 waiting = server.socket->bytesToWrite();
    QVERIFY2(waiting > kTotal / 2,
             qPrintable(QStringLiteral("only %1 MB still wait at the server").arg(waiting >> 20)));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QSignalSpy finished(&stream, &HttpStream::finished);
    QByteArray buffer(qsizetype(1024) * 1024, Qt::Uninitialized);
    auto drain = [&] {
        for (qint64 n; (n = stream.read(buffer.data(), buffer.size())) > 0;) {
            hash.addData(QByteArrayView(buffer.constData(), n));
            total += n;
        }
    };
    connect(&stream, &HttpStream::readyRead, this, drain);
    drain();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QVERIFY(!stream.error());
    QCOMPARE(total, kTotal);
    QCOMPARE(hash.result(), expected);
}

// The server closes while most of the body still waits in the socket; the reader takes 1 MB
// at a time with pauses between (as the console does while its parse catches up). Every
// byte comes out once and in order, and the end only after the last.
void tst_HttpStream::aReaderThatPausesGetsEveryByteInOrder()
{
    constexpr qint64 kTotal = qint64(16) * 1024 * 1024;
    QByteArray body(kTotal, Qt::Uninitialized);
    for (qint64 i = 0; i < kTotal; ++i)
        body[i] = char('a' + i * 7919 % 26);
    const QByteArray expected = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    ScriptedServer server;
    server.pieces = { "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + body };
    body = QByteArray();
    HttpClient client;
    HttpStream stream(&client, kBufferBytes);
    QObject scope; // the pauses' timers and these connections end with the test
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    int finishedAt = -1;
    QByteArray buffer(qsizetype(1024) * 1024, Qt::Uninitialized);
    bool pausing = false;
    std::function<void()> readSome = [&] {
        if (pausing)
            return;
        const qint64 n = stream.read(buffer.data(), buffer.size());
        if (n <= 0)
            return;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
        pausing = true;
        QTimer::singleShot(20, &scope, [&] {
            pausing = false;
            readSome();
        });
    };
    connect(&stream, &HttpStream::readyRead, &scope, [&] { readSome(); });
    connect(&stream, &HttpStream::finished, &scope, [&] { finishedAt = int(total >> 20); });
    stream.post(server.url(), "{}", {});
    QTRY_VERIFY_WITH_TIMEOUT(finishedAt >= 0, 60000);
    QVERIFY(!stream.error());
    QCOMPARE(total, kTotal);
    QCOMPARE(finishedAt, 16);
    QCOMPARE(hash.result(), expected);
}

void tst_HttpStream::tlsIsVerified()
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    QVERIFY(mc::test::TinyHttpServer::makeSelfSignedCertificate(dir.path(), &cert, &key));

    mc::test::TinyHttpServer untrusted;
    QVERIFY(untrusted.listenTls(cert, key));
    untrusted.json("/api/v1", R"({"type":"SUBSCRIBED"})");
    HttpClient untrusting;
    HttpStream refused(&untrusting, kBufferBytes);
    const Outcome no = readAll(refused, untrusted.url(QStringLiteral("/api/v1")));
    QVERIFY(no.finished);
    QVERIFY(no.error);
    QVERIFY2(no.error->message.contains(QStringLiteral("not trusted")), qPrintable(no.error->message));
    QCOMPARE(no.status, 0);

    mc::test::TinyHttpServer trusted;
    QVERIFY(trusted.listenTls(cert, key));
    trusted.json("/api/v1", R"({"type":"SUBSCRIBED"})");
    HttpOptions options;
    options.caFile = cert;
    HttpClient trusting(options);
    HttpStream accepted(&trusting, kBufferBytes);
    const Outcome yes = readAll(accepted, trusted.url(QStringLiteral("/api/v1")));
    QVERIFY2(!yes.error, qPrintable(yes.error ? yes.error->message : QString()));
    QCOMPARE(yes.status, 200);
    QCOMPARE(yes.body, QByteArray(R"({"type":"SUBSCRIBED"})"));
}

void tst_HttpStream::refusedConnectionIsSaid()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    HttpClient client;
    HttpStream stream(&client, kBufferBytes);
    const Outcome outcome = readAll(stream, QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    QVERIFY(outcome.finished);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("refused the connection")),
             qPrintable(outcome.error->message));
}

QTEST_MAIN(tst_HttpStream)
#include "tst_HttpStream.moc"
