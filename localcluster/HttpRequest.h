#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

namespace mc::localcluster {

// One parsed HTTP/1.1 request. Header names are lower-cased.
struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded path, no query
    QByteArray target; // request target as sent (path + query)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    bool keepAlive = true;

    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    [[nodiscard]] bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    [[nodiscard]] QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    [[nodiscard]] QStringList queryValues(const QString &key) const
    {
        return query.allQueryItemValues(key, QUrl::FullyDecoded);
    }
    // true for ?key, ?key=true, ?key=1
    [[nodiscard]] bool queryFlag(const QString &key, bool fallback = false) const
    {
        if (!query.hasQueryItem(key))
            return fallback;
        const QString v = queryValue(key).toLower();
        return v.isEmpty() || v == QLatin1String("true") || v == QLatin1String("1");
    }
    // Query string as sent (for redirects), with the leading '?', or empty.
    [[nodiscard]] QByteArray rawQuerySuffix() const
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? QByteArray() : target.mid(q);
    }
};

} // namespace mc::localcluster
