#include "core/logs/FileDownload.h"

#include "core/http/HttpClient.h"
#include "core/util/Numbers.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>

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
    m_replacing = QFileInfo::exists(m_localPath);
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
        if (!write(m_reply->readAll())) {
            m_reply->abort();
            return;
        }
        Q_EMIT progress(m_received, m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        onFinished(reply);
    });
}

void FileDownload::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

bool FileDownload::write(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return true;
    if (m_file->write(chunk) != chunk.size()) {
        m_writeError = m_file->errorString();
        return false;
    }
    m_received += chunk.size();
    return true;
}

QString FileDownload::fileName() const
{
    const QString remote = QUrlQuery(m_url).queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    return remote.isEmpty() ? m_url.toDisplayString(QUrl::RemoveUserInfo) : remote.section(u'/', -1);
}

QString FileDownload::untouched() const
{
    return m_replacing ? tr("%1 was left as it was.").arg(m_localPath)
                       : tr("Nothing was saved to %1.").arg(m_localPath);
}

void FileDownload::onFinished(QNetworkReply *reply)
{
    const QString where = m_url.toDisplayString(QUrl::RemoveUserInfo);
    if (!m_writeError.isEmpty()) {
        done(Error { tr("Cannot write %1: %2").arg(m_localPath, m_writeError), where });
        return;
    }
    if (m_cancelled) {
        done(Error { tr("The download of %1 was cancelled. %2").arg(fileName(), untouched()), where });
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool stalled = reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError; // the transfer timeout; a cancel returned above
    const QString seconds = QString::number(m_http->options().timeoutMs / 1000.0);
    if (status == 0 && stalled) {
        done(m_http->explain(Error { tr("%1 did not answer the download of %2 within %3 s. %4")
                                         .arg(where, fileName(), seconds, untouched()),
                                     QStringLiteral("timeout") }));
        return;
    }
    if (status == 0) {
        Error error = m_http->explain(http::HttpClient::transportError(reply, {}));
        error.message = tr("%1 %2").arg(error.message, untouched());
        done(error);
        return;
    }
    if (status != 200) {
        done(Error { tr("The agent answered %1 to the download of %2. %3")
                         .arg(QString::number(status), fileName(), untouched()),
                     QString::fromUtf8(reply->readAll().left(200)) });
        return;
    }
    // HTTP 200, then the body: a reset or a stall after the headers is an error
    // too, and so is a body shorter than its Content-Length.
    if (reply->error() == QNetworkReply::NoError && !write(reply->readAll())) {
        done(Error { tr("Cannot write %1: %2").arg(m_localPath, m_writeError), where });
        return;
    }
    const QVariant lengthHeader = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 expected = lengthHeader.isValid() ? lengthHeader.toLongLong() : -1;
    const QString got = expected >= 0
        ? tr("%1 of %2 bytes").arg(util::grouped(m_received), util::grouped(expected))
        : tr("%1 bytes").arg(util::grouped(m_received));
    if (stalled) {
        done(Error { tr("The download of %1 stalled after %2: no data for %3 s. %4")
                         .arg(fileName(), got, seconds, untouched()),
                     where });
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        done(Error { tr("The download of %1 broke off after %2: %3. %4")
                         .arg(fileName(), got, reply->errorString(), untouched()),
                     where });
        return;
    }
    if (expected >= 0 && m_received != expected) {
        done(Error { tr("The download of %1 ended after %2. %3").arg(fileName(), got, untouched()), where });
        return;
    }
    if (!m_file->commit()) {
        done(Error { tr("Cannot write %1: %2").arg(m_localPath, m_file->errorString()), {} });
        return;
    }
    done(Status {});
}

void FileDownload::done(Status status)
{
    if (m_file && !status.ok()) {
        m_file->cancelWriting();
        m_file.reset(); // removes the temporary file now: no half file next to the destination
    }
    Q_EMIT finished(status);
}

} // namespace mc::logs
