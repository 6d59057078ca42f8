#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace mc::localcluster {

// A complete response; HttpConnection adds Content-Length and Connection.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(QByteArray body, int status = 200)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = "application/json";
        r.body = std::move(body);
        return r;
    }
    static HttpResponse text(QByteArray body, int status = 200)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = "text/plain; charset=utf-8";
        r.body = std::move(body);
        return r;
    }
    static HttpResponse empty(int status)
    {
        HttpResponse r;
        r.status = status;
        return r;
    }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({ name, value });
        return *this;
    }
};

} // namespace mc::localcluster
