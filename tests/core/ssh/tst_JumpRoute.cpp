// The workspace profile's "reach the cluster through": stored in the workspace
// file (never a password), resolved against the inventory, bad values refused
// with a message that says what to fix.
#include "core/inventory/Workspace.h"
#include "core/ssh/JumpRoute.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using inventory::JumpHostSettings;
using inventory::Workspace;

namespace {
const char *kBase = R"(mesos_console_workspace: 1
profile:
  name: lab
  ssh: {user: ubuntu, port: 2200, key: ~/.ssh/lab}
%1
inventory:
  all:
    children:
      masters:
        hosts:
          m1: {ansible_host: 192.0.2.11, ansible_user: admin, ansible_port: 2022, zoo_id: 1}
          m2: {ansible_host: 192.0.2.12, zoo_id: 2}
)";

Result<Workspace> parse(const QString &jumpYaml)
{
    return Workspace::fromText(QString::fromUtf8(kBase).arg(jumpYaml), QStringLiteral("test.mcw.yaml"));
}
} // namespace

class tst_JumpRoute : public QObject
{
    Q_OBJECT

private slots:
    void withoutJumpHostTheRouteIsDirect()
    {
        const auto ws = parse({});
        QVERIFY(ws);
        QVERIFY(ws->profile().jump.isDirect());
        const auto route = ssh::jumpRouteFor(*ws);
        QVERIFY(route);
        QVERIFY(!route->has_value());
        // a direct profile writes no jump_host key
        QVERIFY(!ws->toText()->contains(QLatin1String("jump_host")));
    }

    void inventoryHostTakesItsAddressUserPortAndProfileKey()
    {
        const auto ws = parse(QStringLiteral("  jump_host: {via: host, host: m1}"));
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        const auto route = ssh::jumpRouteFor(*ws);
        QVERIFY2(route, qPrintable(route ? QString() : route.error().message));
        QVERIFY(route->has_value());
        const ssh::JumpRoute &r = **route;
        QCOMPARE(r.host.name, QStringLiteral("m1"));
        QCOMPARE(r.host.address, QStringLiteral("192.0.2.11"));
        QCOMPARE(r.host.user, QStringLiteral("admin"));
        QCOMPARE(r.host.port, quint16(2022));
        QCOMPARE(r.host.keyPath, QDir::homePath() + QStringLiteral("/.ssh/lab"));
        QCOMPARE(r.describe(), QStringLiteral("via SSH admin@192.0.2.11:2022"));
        QVERIFY(r.host.password.isEmpty());
    }

    void bastionHasItsOwnUserPortKeyAndKnownHosts()
    {
        const auto ws
            = parse(QStringLiteral("  jump_host: {via: bastion, host: bastion.example.com, user: ops, "
                                   "port: 2222, key: /keys/ops, known_hosts: ~/lab_known_hosts}"));
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        const auto route = ssh::jumpRouteFor(*ws);
        QVERIFY(route && route->has_value());
        const ssh::JumpRoute &r = **route;
        QCOMPARE(r.host.effectiveAddress(), QStringLiteral("bastion.example.com"));
        QCOMPARE(r.host.user, QStringLiteral("ops"));
        QCOMPARE(r.host.port, quint16(2222));
        QCOMPARE(r.host.keyPath, QStringLiteral("/keys/ops"));
        QCOMPARE(r.options.knownHostsPath, QDir::homePath() + QStringLiteral("/lab_known_hosts"));
        QCOMPARE(r.describe(), QStringLiteral("via SSH ops@bastion.example.com:2222"));
        // without its own values a bastion takes the profile's SSH user, port and key
        const auto plain = ssh::jumpRouteFor(*parse(QStringLiteral("  jump_host: {via: bastion, host: b1}")));
        QVERIFY(plain && plain->has_value());
        QCOMPARE((*plain)->describe(), QStringLiteral("via SSH ubuntu@b1:2200"));
    }

    void profileRoundTripsThroughTheFile()
    {
        const auto ws
            = parse(QStringLiteral("  jump_host: {via: bastion, host: b.example.com, user: ops, port: "
                                   "2222, key: /keys/ops, known_hosts: /etc/mc/known_hosts}"));
        QVERIFY(ws);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.mcw.yaml"));
        QVERIFY(ws->save(path));
        const auto back = Workspace::load(path);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->profile().jump, ws->profile().jump);
        QCOMPARE(back->profile().jump.mode, JumpHostSettings::Mode::Bastion);
        QCOMPARE(*back, *ws);
        // each mode survives a save
        for (const auto mode : { JumpHostSettings::Mode::Direct, JumpHostSettings::Mode::InventoryHost }) {
            Workspace copy = *ws;
            copy.profile().jump = {};
            copy.profile().jump.mode = mode;
            if (mode != JumpHostSettings::Mode::Direct)
                copy.profile().jump.host = QStringLiteral("m2");
            QVERIFY(copy.save(path));
            QCOMPARE(Workspace::load(path)->profile().jump, copy.profile().jump);
        }
    }

    void noPasswordIsEverWritten()
    {
        auto ws = parse(QStringLiteral("  jump_host: {via: host, host: m1, password: hunter2}"));
        QVERIFY(ws);
        QVERIFY(!ws->toText()->contains(QLatin1String("hunter2")));
        QVERIFY(!ws->toText()->contains(QLatin1String("password")));
    }

    void badValuesInTheFileAreRefused_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown via") << QStringLiteral("  jump_host: {via: vpn, host: m1}")
                                     << QStringLiteral("must be direct, host (an inventory host) or bastion");
        QTest::newRow("port too big") << QStringLiteral("  jump_host: {via: bastion, host: b, port: 70000}")
                                      << QStringLiteral("\"port\" must be a whole number from 0 to 65535");
        QTest::newRow("port not a number")
            << QStringLiteral("  jump_host: {via: bastion, host: b, port: ssh}")
            << QStringLiteral("\"port\" must be a whole number");
        QTest::newRow("no host") << QStringLiteral("  jump_host: {via: host}")
                                 << QStringLiteral("names no host");
        QTest::newRow("not a mapping")
            << QStringLiteral("  jump_host: m1") << QStringLiteral("must be a mapping");
    }

    void badValuesInTheFileAreRefused()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const auto ws = parse(yaml);
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(expected), qPrintable(ws.error().message));
        QVERIFY2(ws.error().message.contains(QLatin1String("test.mcw.yaml")), qPrintable(ws.error().message));
    }

    void badJumpHostsAreClearErrors_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown inventory host")
            << QStringLiteral("  jump_host: {via: host, host: m9}")
            << QStringLiteral("\"m9\" is not a host of this workspace's inventory");
        QTest::newRow("bastion with a port in the name")
            << QStringLiteral("  jump_host: {via: bastion, host: \"b.example.com:22\"}")
            << QStringLiteral("is not a host name or IP address");
        QTest::newRow("bastion with user@") << QStringLiteral("  jump_host: {via: bastion, host: ops@b}")
                                            << QStringLiteral("is not a host name or IP address");
        QTest::newRow("bastion with spaces")
            << QStringLiteral("  jump_host: {via: bastion, host: \"b; rm -rf\"}")
            << QStringLiteral("is not a host name or IP address");
    }

    void badJumpHostsAreClearErrors()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const auto ws = parse(yaml);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message)); // the workspace still opens
        const auto route = ssh::jumpRouteFor(*ws);
        QVERIFY(!route);
        QVERIFY2(route.error().message.contains(expected), qPrintable(route.error().message));
    }

    void ipv6BastionIsAccepted()
    {
        JumpHostSettings jump;
        jump.mode = JumpHostSettings::Mode::Bastion;
        jump.host = QStringLiteral("2001:db8::1");
        QVERIFY(ssh::checkJumpHost(jump, {}));
        jump.host = QStringLiteral("10.0.0.1");
        QVERIFY(ssh::checkJumpHost(jump, {}));
    }
};

QTEST_GUILESS_MAIN(tst_JumpRoute)
#include "tst_JumpRoute.moc"
