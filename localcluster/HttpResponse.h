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
        return { status, "application/json", {}, std::move(body) };
    }
    static HttpResponse text(QByteArray body, int status = 200)
    {
        return { status, "text/plain; charset=utf-8", {}, std::move(body) };
    }
    static HttpResponse empty(int status) { return { status, {}, {}, {} }; }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({ name, value });
        return *this;
    }
};

} // namespace mc::localcluster
