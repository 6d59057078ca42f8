#include "core/http/HttpClient.h"

#include "core/util/Logging.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <utility>

namespace mc::http {

namespace {
constexpr int kBodySnippetChars = 200;

QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(qsizetype(kBodySnippetChars) * 2)).simplified();
    if (text.size() > kBodySnippetChars)
        text = text.left(kBodySnippetChars) + QStringLiteral("…");
    return text;
}

// 1-based line and column of a byte offset, for JSON error messages.
QPair<int, int> lineAndColumn(const QByteArray &body, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < body.size(); ++i) {
        if (body.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Pending
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    std::function<void(QByteArray)> sink; // getStreamed(): where a 2xx body goes
    int redirects = 0;

    void finish(Result<HttpResponse> result)
    {
        if (hasContext && !context)
            return;
        if (callback)
            callback(std::move(result));
    }
};

namespace {
QNetworkProxy &defaultProxy();
std::function<QString()> &defaultProxyProblem();
} // namespace

HttpClient::HttpClient(HttpOptions options, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    if (defaultProxy().type() != QNetworkProxy::DefaultProxy)
        setProxy(defaultProxy(), defaultProxyProblem());
    setOptions(std::move(options));
}

HttpClient::~HttpClient() = default;

void HttpClient::setOptions(HttpOptions options)
{
    m_options = std::move(options);
    m_configStatus = {};
    m_ssl = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    if (auto certificates = caCertificates(m_options.caFile))
        m_ssl->addCaCertificates(certificates.value());
    else
        m_configStatus = certificates.error();
}

Result<QList<QSslCertificate>> HttpClient::caCertificates(const QString &caFile)
{
    if (caFile.isEmpty())
        return QList<QSslCertificate> {};
    QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certificates.isEmpty()) {
        return Error { tr("Cannot use the CA file %1: it is missing, unreadable or holds no PEM "
                          "certificate. Choose a PEM file with the cluster's CA certificate.")
                           .arg(caFile),
                       {} };
    }
    return certificates;
}

Status HttpClient::checkOptions(const HttpOptions &options)
{
    if (!options.password.isEmpty() && options.user.isEmpty())
        return Error { tr("A password needs a user name (HTTP Basic authentication)."), {} };
    if (auto certificates = caCertificates(options.caFile); !certificates)
        return certificates.error();
    return {};
}

QNetworkRequest HttpClient::prepareRequest(const QUrl &url,
                                           const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_options.token.isEmpty()) {
        request.setRawHeader("Authorization", "token=" + m_options.token.toUtf8());
    } else if (!m_options.user.isEmpty()) {
        request.setRawHeader("Authorization",
                             "Basic " + (m_options.user + u':' + m_options.password).toUtf8().toBase64());
    }
    if (url.scheme() == u"https")
        request.setSslConfiguration(*m_ssl);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

void HttpClient::get(const QUrl &url, QObject *context, Callback callback,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    send("GET", url, {}, context, std::move(callback), headers);
}

void HttpClient::getStreamed(const QUrl &url, QObject *context, std::function<void(QByteArray)> sink,
                             Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->method = "GET";
    pending->url = url;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->callback = std::move(callback);
    pending->sink = std::move(sink);
    start(std::move(pending));
}

void HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
                      Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->url = url;
    pending->body = body;
    pending->headers = headers;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->callback = std::move(callback);
    start(std::move(pending));
}

void HttpClient::start(std::shared_ptr<Pending> pending)
{
    if (!m_configStatus.ok()) {
        auto error = m_configStatus.error();
        QTimer::singleShot(0, this, [pending, error] { pending->finish(error); });
        return;
    }
    if (!pending->url.isValid() || pending->url.host().isEmpty()
        || (pending->url.scheme() != u"http" && pending->url.scheme() != u"https")) {
        const Error error { tr("Cannot request \"%1\": not an http:// or https:// URL with a host.")
                                .arg(pending->url.toString()),
                            {} };
        QTimer::singleShot(0, this, [pending, error] { pending->finish(error); });
        return;
    }

    const QNetworkRequest request = prepareRequest(pending->url, pending->headers);
    QNetworkReply *reply = m_network->sendCustomRequest(request, pending->method, pending->body);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_options.timeoutMs);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, timer, [timer] { timer->start(); });
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    timer->start();

    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });

    // The body is taken as it arrives: Qt's buffer stays small, and a 150 MB
    // state is not held twice (Qt's copy and ours) when the reply finishes. A streamed
    // request's 2xx body goes to its sink instead, never held whole here.
    auto received = std::make_shared<QByteArray>();
    const auto take = [reply, received, pending] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (pending->sink && status >= 200 && status < 300) {
            if (QByteArray piece = reply->readAll();
                !piece.isEmpty() && (!pending->hasContext || pending->context))
                pending->sink(std::move(piece));
        } else {
            received->append(reply->readAll());
        }
    };
    connect(reply, &QIODevice::readyRead, reply, take);

    connect(
        reply, &QNetworkReply::finished, this, [this, reply, pending, timedOut, sslErrors, received, take] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (*timedOut) {
                qCDebug(lcHttp).noquote() << pending->method << logging::shown(pending->url)
                                          << "timed out after" << m_options.timeoutMs << "ms";
                pending->finish(
                    explain(Error { tr("%1 did not answer within %2 s. The server may be overloaded "
                                       "or unreachable; check it is running, or raise the timeout.")
                                        .arg(pending->url.toDisplayString(QUrl::RemoveUserInfo),
                                             QString::number(m_options.timeoutMs / 1000.0)),
                                    QStringLiteral("timeout") }));
                return;
            }
            // A 2xx whose body broke off (the connection dropped mid-body) is no answer either.
            const bool brokenOff = status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError;
            if (status == 0 || brokenOff
                || (reply->error() != QNetworkReply::NoError && !sslErrors->isEmpty())) {
                qCDebug(lcHttp).noquote()
                    << pending->method << logging::shown(pending->url) << "failed:" << reply->errorString()
                    << sslErrors->join(QStringLiteral("; "));
                pending->finish(explain(transportError(reply, sslErrors->join(QStringLiteral("; ")))));
                return;
            }
            HttpResponse response;
            response.status = status;
            take();
            response.body = std::move(*received);
            response.url = pending->url;
            response.headers = reply->rawHeaderPairs();

            if (isRedirect(status) && !response.header("Location").isEmpty() && m_options.maxRedirects > 0) {
                redirect(pending, response);
                return;
            }
            pending->finish(std::move(response));
        });
}

// Sends `pending` again where the redirect `response` points, or fails it after too many.
void HttpClient::redirect(const std::shared_ptr<Pending> &pending, const HttpResponse &response)
{
    if (pending->redirects >= m_options.maxRedirects) {
        qCWarning(lcHttp).noquote() << "Too many redirects from" << logging::shown(pending->url);
        pending->finish(Error { tr("Too many redirects from %1 (more than %2): the servers send the "
                                   "request in a loop.")
                                    .arg(pending->url.toDisplayString(QUrl::RemoveUserInfo),
                                         QString::number(m_options.maxRedirects)),
                                QString::fromUtf8(response.header("Location")) });
        return;
    }
    ++pending->redirects;
    const QUrl from = std::exchange(pending->url, resolveLocation(pending->url, response.header("Location")));
    qCDebug(lcHttp).noquote() << "HTTP" << response.status << "from" << logging::shown(from) << "redirects to"
                              << logging::shown(pending->url);
    const int status = response.status;
    if (status == 303 || ((status == 301 || status == 302) && pending->method != "GET")) {
        pending->method = "GET";
        pending->body.clear();
    }
    start(pending);
}

Error HttpClient::transportError(QNetworkReply *reply, const QString &sslErrors)
{
    const QString where = reply->request().url().toDisplayString(QUrl::RemoveUserInfo);
    if (!sslErrors.isEmpty()) {
        return { tr("The TLS certificate of %1 is not trusted: %2. Add the cluster's CA certificate file "
                    "in File > Connect to Cluster….")
                     .arg(where, sslErrors),
                 reply->errorString() };
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return { tr("%1 refused the connection: nothing listens there. Check the host and port and that "
                    "the service runs.")
                     .arg(where),
                 reply->errorString() };
    case QNetworkReply::HostNotFoundError:
        return { tr("The host of %1 is unknown: check the name, or use an IP address.").arg(where),
                 reply->errorString() };
    case QNetworkReply::RemoteHostClosedError:
        return { tr("%1 closed the connection before answering.").arg(where), reply->errorString() };
    case QNetworkReply::SslHandshakeFailedError:
        return { tr("The TLS handshake with %1 failed.").arg(where), reply->errorString() };
    default:
        return { tr("Request to %1 failed: %2").arg(where, reply->errorString()), reply->errorString() };
    }
}

QUrl HttpClient::resolveLocation(const QUrl &requestUrl, const QByteArray &location)
{
    return requestUrl.resolved(QUrl::fromEncoded(location.trimmed()));
}

bool HttpClient::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

Result<HttpResponse> HttpClient::expectSuccess(Result<HttpResponse> response)
{
    if (!response.ok() || response->isSuccess())
        return response;
    const HttpResponse &r = response.value();
    const QString where = r.url.toDisplayString(QUrl::RemoveUserInfo);
    QString message;
    switch (r.status) {
    case 401:
        message = tr("%1 asks for credentials (HTTP 401). Enter the user and password, or the token, in "
                     "File > Connect to Cluster….")
                      .arg(where);
        break;
    case 403:
        message = tr("%1 refused access (HTTP 403): the user may not see this.").arg(where);
        break;
    case 404:
        message = tr("%1 does not exist on this server (HTTP 404).").arg(where);
        break;
    case 503:
        message = tr("%1 is unavailable (HTTP 503): %2").arg(where, snippet(r.body));
        break;
    default:
        message = tr("%1 answered HTTP %2: %3").arg(where).arg(r.status).arg(snippet(r.body));
    }
    return Error { message, QString::fromUtf8(r.body.left(4096)) };
}

Result<QJsonDocument> HttpClient::parseJson(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return document;
    if (body.trimmed().isEmpty())
        return Error { tr("%1 came back empty where JSON was expected.").arg(what), {} };
    const auto [line, column] = lineAndColumn(body, error.offset);
    return Error { tr("%1 is not valid JSON: %2 at line %3, column %4.")
                       .arg(what, error.errorString(), QString::number(line), QString::number(column)),
                   snippet(body.mid(qMax<qsizetype>(0, error.offset - 40), 120)) };
}

} // namespace mc::http

namespace mc::http {

namespace {
QNetworkProxy &defaultProxy()
{
    static QNetworkProxy proxy(QNetworkProxy::DefaultProxy);
    return proxy;
}
std::function<QString()> &defaultProxyProblem()
{
    static std::function<QString()> problem;
    return problem;
}
} // namespace

void HttpClient::setDefaultProxy(const QNetworkProxy &proxy, std::function<QString()> whyUnreachable)
{
    defaultProxy() = proxy;
    defaultProxyProblem() = std::move(whyUnreachable);
}

void HttpClient::setProxy(const QNetworkProxy &proxy)
{
    m_network->setProxy(proxy);
    m_proxyProblem = {};
}

void HttpClient::setProxy(const QNetworkProxy &proxy, std::function<QString()> whyUnreachable)
{
    qCDebug(lcHttp) << "Requests go through the proxy" << proxy.hostName() << proxy.port();
    m_network->setProxy(proxy);
    m_proxyProblem = std::move(whyUnreachable);
}

Error HttpClient::explain(Error error) const
{
    const QString problem = m_proxyProblem ? m_proxyProblem() : QString();
    if (problem.isEmpty())
        return error;
    // The proxy's reason (e.g. "SSH jump host bastion unreachable: ...") is what a person can act on.
    error.detail
        = error.message + (error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail));
    error.message = problem;
    return error;
}

QNetworkProxy HttpClient::socks5Proxy(quint16 port)
{
    QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port);
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

} // namespace mc::http
