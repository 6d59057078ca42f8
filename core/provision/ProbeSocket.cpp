#include "core/provision/ProbeSocket.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QTcpSocket>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::ProbeSocket)
};

} // namespace

ProbeSocket::Exchange ProbeSocket::exchange(const QString &address, quint16 port, const QByteArray &request,
                                            int timeoutMs)
{
    Exchange x;
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        x.error
            = deadline.hasExpired() ? Tr::tr("no answer within %1 ms").arg(timeoutMs) : socket.errorString();
        return x;
    }
    x.connected = true;
    socket.write(request);
    socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            x.answer += socket.readAll();
    }
    x.answer += socket.readAll();
    if (x.answer.isEmpty())
        x.error = deadline.hasExpired() ? Tr::tr("connected, but no answer within %1 ms").arg(timeoutMs)
                                        : Tr::tr("connected, but it closed without answering");
    return x;
}

ProbeSocket::HttpAnswer ProbeSocket::get(const QString &address, quint16 port, const QByteArray &path,
                                         int timeoutMs)
{
    HttpAnswer a;
    const Exchange x = exchange(address, port,
                                "GET " + path + " HTTP/1.0\r\nHost: " + address.toUtf8() + ':'
                                    + QByteArray::number(port) + "\r\nConnection: close\r\n\r\n",
                                timeoutMs);
    if (x.answer.isEmpty()) {
        a.error = x.error;
        return a;
    }
    const qsizetype headEnd = x.answer.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? x.answer : x.answer.left(headEnd);
    a.body = headEnd < 0 ? QByteArray() : x.answer.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray status = lines.value(0).trimmed();
    if (!status.startsWith("HTTP/1.") || status.size() < 12) {
        a.error = Tr::tr("not an HTTP answer: %1").arg(QString::fromLatin1(status.left(80)));
        return a;
    }
    a.reached = true;
    a.status = status.mid(9, 3).toInt();
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("location:"))
            a.location = line.mid(9).trimmed();
    }
    return a;
}

} // namespace mc::provision
