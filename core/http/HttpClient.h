#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;
class QSslCertificate;
class QSslConfiguration;

namespace mc::http {

// How to reach one service: credentials, trust and limits apply to every request.
struct HttpOptions
{
    int timeoutMs = 10000; // no byte for this long -> the request fails
    QString user; // HTTP Basic when not empty
    QString password;
    QString token; // DC/OS style: "Authorization: token=<token>" (wins over Basic)
    QString caFile; // extra PEM CA certificates trusted besides the system ones
    int maxRedirects = 5; // 0: hand 3xx answers to the caller
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QUrl url; // the URL that finally answered (after redirects)
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

// An asynchronous HTTP client over QNetworkAccessManager. Redirects are
// followed by hand: Mesos standbys answer 307 with a protocol-relative
// Location ("//host:5050/master/state") and a 307 must replay method and body.
// Transport failures (refused, timeout, TLS) are errors; any HTTP status is a
// response the caller judges (see expectSuccess()).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(HttpOptions options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    [[nodiscard]] const HttpOptions &options() const { return m_options; }
    void setOptions(HttpOptions options);
    // A CA file that could not be read is reported here and on every request.
    [[nodiscard]] Status configurationStatus() const { return m_configStatus; }
    // What configurationStatus() would say of `options`, and a password without a user (for a
    // settings dialog, before anything is sent).
    [[nodiscard]] static Status checkOptions(const HttpOptions &options);

    // `context` guards the callback: when it is destroyed, the callback is not called.
    void get(const QUrl &url, QObject *context, Callback callback,
             const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
              Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A GET whose 2xx body goes to `sink` a piece at a time as it arrives, never held whole (the
    // response's body is then empty): a 150 MB /master/state parsed while it comes in. Any other
    // status's body is the response's, as with get(). A failure after some pieces (the
    // connection dropped) is the callback's error: the pieces were not the whole body.
    void getStreamed(const QUrl &url, QObject *context, std::function<void(QByteArray)> sink,
                     Callback callback);

    // Builds a request with auth, TLS trust, timeout and manual redirects, for
    // callers that stream (the SSE reader).
    [[nodiscard]] QNetworkRequest prepareRequest(const QUrl &url,
                                                 const QList<QPair<QByteArray, QByteArray>> &headers) const;
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    // Routes every request (and the SSE reader's, which uses network()) through
    // `proxy`. socks5Proxy() builds one for a local SOCKS port that resolves names
    // on the far side (SshSocksProxy). QNetworkProxy::NoProxy: direct.
    void setProxy(const QNetworkProxy &proxy);
    // Same, and when a request fails while `whyUnreachable` returns a reason
    // (the jump host is down), that reason is the error's message.
    void setProxy(const QNetworkProxy &proxy, std::function<QString()> whyUnreachable);
    // A transport error of this client, with the proxy's reason if it has one.
    [[nodiscard]] Error explain(Error error) const;
    [[nodiscard]] static QNetworkProxy socks5Proxy(quint16 port);
    // The proxy every HttpClient created afterwards starts with (the CLI's --via).
    // Unlike QNetworkProxy::setApplicationProxy it also applies to loopback
    // addresses (a master listening on the jump host's 127.0.0.1).
    // `whyUnreachable` as for setProxy().
    static void setDefaultProxy(const QNetworkProxy &proxy, std::function<QString()> whyUnreachable = {});

    // The message for a failed reply (timeout, refused, TLS errors...).
    [[nodiscard]] static Error transportError(QNetworkReply *reply, const QString &sslErrors);
    // Resolves a Location header (absolute, protocol-relative or path-only) against the request URL.
    [[nodiscard]] static QUrl resolveLocation(const QUrl &requestUrl, const QByteArray &location);
    [[nodiscard]] static bool isRedirect(int status);

    // 2xx -> the response, else an error naming the status and the start of the body.
    [[nodiscard]] static Result<HttpResponse> expectSuccess(Result<HttpResponse> response);
    // JSON body -> document, or an error saying where and why the JSON is broken.
    [[nodiscard]] static Result<QJsonDocument> parseJson(const QByteArray &body, const QString &what);

private:
    struct Pending;
    void start(std::shared_ptr<Pending> pending);
    void redirect(const std::shared_ptr<Pending> &pending, const HttpResponse &response);
    // The PEM certificates of `caFile` (none for an empty path), or why they cannot be used.
    static Result<QList<QSslCertificate>> caCertificates(const QString &caFile);

    HttpOptions m_options;
    Status m_configStatus;
    QNetworkAccessManager *m_network;
    std::unique_ptr<QSslConfiguration> m_ssl;
    std::function<QString()> m_proxyProblem;
};

} // namespace mc::http
