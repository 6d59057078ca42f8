#include "core/logs/FileDownload.h"

#include "core/http/HttpClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace mc::logs {

FileDownload::FileDownload(http::HttpClient *http, QUrl url, QString localPath, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_url(std::move(url))
    , m_localPath(std::move(localPath))
{ }

FileDownload::~FileDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileDownload::start()
{
    m_file = std::make_unique<QSaveFile>(m_localPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        done(Error { tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()), {} });
        return;
    }
    QNetworkRequest request = m_http->prepareRequest(m_url, {});
    request.setTransferTimeout(m_http->options().timeoutMs);
    m_reply = m_http->network()->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return; // the error body is read in finished
        const QByteArray chunk = m_reply->readAll();
        if (m_file->write(chunk) != chunk.size()) {
            m_reply->abort();
            return;
        }
        m_received += chunk.size();
        Q_EMIT progress(m_received, m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(m_http->explain(http::HttpClient::transportError(reply, {})));
            return;
        }
        if (status != 200) {
            done(Error { tr("The agent answered %1 to the download.").arg(status),
                         QString::fromUtf8(reply->readAll().left(200)) });
            return;
        }
        const QByteArray rest = reply->readAll();
        m_file->write(rest);
        m_received += rest.size();
        if (!m_file->commit()) {
            done(Error { tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()), {} });
            return;
        }
        done(Status {});
    });
}

void FileDownload::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void FileDownload::done(Status status)
{
    if (m_file && !status.ok())
        m_file->cancelWriting();
    Q_EMIT finished(status);
}

} // namespace mc::logs
