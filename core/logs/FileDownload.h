#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace mc::http {
class HttpClient;
}

namespace mc::logs {

// Saves a whole sandbox file (/files/download) to a local file, streaming:
// a 1 GB log never sits in memory. The local file appears only when the
// download is complete and whole (QSaveFile): a transfer that fails, stalls,
// is cancelled or ends short of its Content-Length leaves the destination as
// it was and says why.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    FileDownload(http::HttpClient *http, QUrl url, QString localPath, QObject *parent = nullptr);
    ~FileDownload() override;

    void start();
    void cancel();
    [[nodiscard]] qint64 received() const { return m_received; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(mc::Status status);

private:
    bool write(const QByteArray &chunk);
    void onFinished(QNetworkReply *reply);
    void done(Status status);
    [[nodiscard]] QString fileName() const; // the remote file's name, for messages
    [[nodiscard]] QString untouched() const; // what became of the destination

    http::HttpClient *m_http;
    QUrl m_url;
    QString m_localPath;
    std::unique_ptr<QSaveFile> m_file;
    QNetworkReply *m_reply = nullptr;
    qint64 m_received = 0;
    QString m_writeError;
    bool m_replacing = false; // the destination existed before
    bool m_cancelled = false;
};

} // namespace mc::logs
