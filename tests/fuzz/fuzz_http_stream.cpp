// A server's answer as HttpStream reads it (the Mesos event stream's transport): over a real
// loopback socket, the input cut into pieces the input decides, written one per event-loop
// turn, then the connection closed. The stream must tell its end exactly once, after the
// close at the latest, and hand out no more body than the answer held.

#include "FuzzInput.h"

#include "core/http/HttpClient.h"
#include "core/http/HttpStream.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>

using mc::http::HttpClient;
using mc::http::HttpStream;

namespace {
QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "fuzz_http_stream";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    return app;
}

void turn()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}
} // namespace

MC_FUZZ_TARGET(fuzz_http_stream)
{
    application();
    static QTcpServer server;
    static HttpClient client;
    if (!server.isListening() && !server.listen(QHostAddress::LocalHost))
        mc::fuzz::check(false, "a loopback port to listen on");
    const QList<QByteArray> pieces = mc::fuzz::chunks(data, size, 512);

    // 128 KB: above the 64 KB of headers HttpStream takes, small enough to be reached.
    HttpStream stream(&client, 128 * 1024);
    qint64 body = 0;
    int told = 0;
    QObject::connect(&stream, &HttpStream::readyRead, &stream, [&] {
        char buffer[61];
        for (qint64 n; (n = stream.read(buffer, sizeof buffer)) > 0;)
            body += n;
    });
    QObject::connect(&stream, &HttpStream::finished, &stream, [&] { ++told; });
    stream.post(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(server.serverPort())), "{}", {});

    QDeadlineTimer deadline(5000);
    while (!server.hasPendingConnections() && !deadline.hasExpired())
        server.waitForNewConnection(5);
    QTcpSocket *peer = server.nextPendingConnection();
    mc::fuzz::check(peer != nullptr, "the stream connects");
    for (const QByteArray &piece : pieces) {
        if (told)
            break;
        peer->write(piece);
        peer->flush();
        turn();
    }
    peer->disconnectFromHost();
    while (told == 0 && !deadline.hasExpired())
        turn();
    for (int i = 0; i < 3; ++i) // nothing more is told
        turn();
    delete peer;
    mc::fuzz::check(told == 1, "the end is told once, at the latest after the close");
    mc::fuzz::check(body <= qint64(size), "no more body than the answer held");
    mc::fuzz::check(stream.error() || stream.status() >= 200, "a clean end has a final status");
    return 0;
}
