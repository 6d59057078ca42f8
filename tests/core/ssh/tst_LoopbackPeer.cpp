// Who is on the other end of a loopback connection (core/ssh/LoopbackPeer.h): the console's own
// user for its own client, another user's uid for theirs (a real process run as `nobody`).

#include "core/ssh/LoopbackPeer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

#include <memory>
#include <vector>

using namespace mc::ssh;

class tst_LoopbackPeer : public QObject
{
    Q_OBJECT

private:
    // A client of this process connects; the server's end finds this user as its owner.
    static void expectOwnClientFound()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QCOMPARE(loopbackPeerUid(*accepted), std::optional<uint>(uint(::getuid())));
        QVERIFY(peerIsThisUser(*accepted));
    }

private slots:
    void ownClientIsThisUser() { expectOwnClientFound(); }

    // A busy machine: the client is listed after hundreds of other sockets (/proc/net/tcp is
    // read past its first 16 KB; atEnd() of a /proc file was true there, and such a client was
    // refused as "could not be found").
    void clientListedAfterManySocketsIsFound()
    {
        QTcpServer crowd;
        QVERIFY(crowd.listen(QHostAddress::LocalHost));
        std::vector<std::unique_ptr<QTcpSocket>> others;
        for (int i = 0; i < 400; ++i) {
            others.push_back(std::make_unique<QTcpSocket>());
            others.back()->connectToHost(QHostAddress::LocalHost, crowd.serverPort());
            QVERIFY(crowd.waitForNewConnection(5000)); // accepted: its end is listed too
            QVERIFY(crowd.nextPendingConnection());
        }
        expectOwnClientFound();
    }

    void anotherUsersClientIsTold()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::getuid() != 0 || setpriv.isEmpty())
            QSKIP("needs root and setpriv to connect as another user");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess other;
        other.start(setpriv,
                    { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral("bash"),
                      QStringLiteral("-c"),
                      QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1; sleep 10").arg(server.serverPort()) });
        QVERIFY(server.waitForNewConnection(10000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QCOMPARE(loopbackPeerUid(*accepted), std::optional<uint>(65534u));
        QVERIFY(!peerIsThisUser(*accepted));
        other.kill();
        other.waitForFinished();
    }

    void goneClientIsNotThisUser()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto *client = new QTcpSocket;
        client->connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        client->abort(); // reset: the kernel forgets the client's socket
        delete client;
        QTRY_VERIFY(!loopbackPeerUid(*accepted).has_value()); // refused, not guessed
        QVERIFY(!peerIsThisUser(*accepted));
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackPeer)
#include "tst_LoopbackPeer.moc"
