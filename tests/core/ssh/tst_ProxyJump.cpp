#include "core/ssh/JumpTransport.h"

#include <QTest>

using namespace mc::ssh;

// Reading ProxyJump values and the ProxyCommand libssh 0.10 makes of them
// (checked against the installed libssh in tst_SshSession's ProxyJump tests).
class TestProxyJump : public QObject
{
    Q_OBJECT

    static QString describe(const QList<HostSpec> &hops)
    {
        QStringList parts;
        for (const HostSpec &h : hops)
            parts << QStringLiteral("%1@%2:%3").arg(h.user, h.name).arg(h.port);
        return parts.join(u',');
    }

private slots:
    void parsesEntries_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hops");
        QTest::newRow("alias") << QStringLiteral("bastion") << QStringLiteral("@bastion:0");
        QTest::newRow("user host port")
            << QStringLiteral("ops@b.example.com:2222") << QStringLiteral("ops@b.example.com:2222");
        QTest::newRow("chain") << QStringLiteral("a,ops@b:23") << QStringLiteral("@a:0,ops@b:23");
        QTest::newRow("ipv6 bracketed") << QStringLiteral("[fe80::1]:22") << QStringLiteral("@fe80::1:22");
        QTest::newRow("ipv6 bare") << QStringLiteral("fe80::1") << QStringLiteral("@fe80::1:0");
    }
    void parsesEntries()
    {
        QFETCH(QString, value);
        QFETCH(QString, hops);
        const auto parsed = parseProxyJump(value);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(describe(*parsed), hops);
    }

    void refusesMalformedEntries_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("bad port") << QStringLiteral("host:99999");
        QTest::newRow("not a port") << QStringLiteral("host:ssh");
        QTest::newRow("empty user") << QStringLiteral("@host");
        QTest::newRow("empty entry") << QStringLiteral("a,,b");
        QTest::newRow("open bracket") << QStringLiteral("[fe80::1");
    }
    void refusesMalformedEntries()
    {
        QFETCH(QString, value);
        const auto parsed = parseProxyJump(value);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(u"ProxyJump"), qPrintable(parsed.error().message));
    }

    void readsLibsshProxyCommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("hops"); // empty: not a ProxyJump
        // As Debian's libssh 0.10.6 writes them (quoted -W), and upstream's (unquoted).
        QTest::newRow("debian") << QStringLiteral("ssh -l ops -p 2222 -W '[%h]:%p' bastion")
                                << QStringLiteral("ops@bastion:2222");
        QTest::newRow("upstream") << QStringLiteral("ssh -W [%h]:%p bastion") << QStringLiteral("@bastion:0");
        QTest::newRow("chain") << QStringLiteral("ssh -J b:23 -W '[%h]:%p' a")
                               << QStringLiteral("@a:0,@b:23");
        QTest::newRow("own netcat") << QStringLiteral("nc -X connect -x proxy:8080 %h %p") << QString();
        QTest::newRow("own ssh") << QStringLiteral("ssh -q -W %h:%p bastion") << QString();
    }
    void readsLibsshProxyCommands()
    {
        QFETCH(QString, command);
        QFETCH(QString, hops);
        const auto read = proxyJumpHops(command);
        QCOMPARE(read.has_value(), !hops.isEmpty());
        if (read)
            QCOMPARE(describe(*read), hops);
    }
};

QTEST_GUILESS_MAIN(TestProxyJump)
#include "tst_ProxyJump.moc"
