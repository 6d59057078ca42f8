#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

namespace mc::test {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection refused, dropped, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A real HTTP round trip with QNetworkAccessManager, waiting in a local event
// loop (the server under test keeps running on the same loop). Redirects are
// not followed, so 307/302 stay visible.
HttpResult httpRequest(const QByteArray &method, const QString &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
inline HttpResult httpGet(const QString &url, int timeoutMs = 10000)
{
    return httpRequest("GET", url, {}, {}, timeoutMs);
}

} // namespace mc::test
