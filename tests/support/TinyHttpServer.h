#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace mc::test {

// A real HTTP/1.1 server on 127.0.0.1 (free port) for client tests: routes
// by path, can hang (timeouts), redirect, send any body, and hold streams
// open (Server-Sent Events). Every answer closes the connection.
class TinyHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path + query as sent
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // never answer
        bool stream = false; // send headers + body, keep the connection open
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit TinyHttpServer(QObject *parent = nullptr);
    ~TinyHttpServer() override;

    bool listen(); // 127.0.0.1, port chosen by the system
    // HTTPS with the given PEM certificate and key.
    bool listenTls(const QString &certificateFile, const QString &keyFile);
    // A self-signed certificate for 127.0.0.1 (openssl) as cert.pem and key.pem in `directory`;
    // false when openssl failed.
    static bool makeSelfSignedCertificate(const QString &directory, QString *certificateFile,
                                          QString *keyFile);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url(const QString &path = {}) const;
    [[nodiscard]] QString hostPort() const;

    void route(const QByteArray &path, Handler handler);
    void json(const QByteArray &path, const QByteArray &body, int status = 200);
    static Reply jsonReply(const QByteArray &body, int status = 200);

    void pushToStreams(const QByteArray &bytes);
    void closeStreams();
    [[nodiscard]] int streamCount() const;
    void close(); // stop listening and drop every connection

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &path) const;

private:
    void attach(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_streams;
    QList<QPointer<QTcpSocket>> m_hanging;
    QList<Request> m_requests;
    bool m_tls = false;
};

} // namespace mc::test
