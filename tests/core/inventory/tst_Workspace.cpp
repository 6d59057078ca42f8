#include "core/inventory/AnsibleJson.h"
#include "core/inventory/InventoryImporter.h"
#include "core/inventory/Workspace.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::inventory;

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void readsSampleWorkspace();
    void exposesHostsWithConnectionInfo();
    void resolvesHostPatterns_data();
    void resolvesHostPatterns();
    void derivesEndpointsUnlessOverridden();
    void savesAndLoadsBackEqual();
    void aGroupDeclaredBeforeAllReadsBackEqual();
    void keepsVarsFilesLayer();
    void autosaveIsOfferedUntilSaved();
    void rejectsBadWorkspaces_data();
    void rejectsBadWorkspaces();
    void neverWritesAPassword();

private:
    static Workspace sample();
};

Workspace tst_Workspace::sample()
{
    auto ws = Workspace::load(mc::test::fixturePath(QStringLiteral("workspaces/sample.mcw.yaml")));
    return ws.ok() ? ws.value() : Workspace();
}

void tst_Workspace::readsSampleWorkspace()
{
    auto ws = Workspace::load(mc::test::fixturePath(QStringLiteral("workspaces/sample.mcw.yaml")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws->profile().name, QStringLiteral("lab"));
    QCOMPARE(ws->profile().ssh.user, QStringLiteral("ubuntu"));
    QCOMPARE(ws->profile().ssh.keyPath, QStringLiteral("~/.ssh/id_ed25519"));
    QCOMPARE(ws->profile().haproxyDomain, QStringLiteral("apps.lab.example.com"));
    QCOMPARE(ws->profile().httpUser, QStringLiteral("admin"));
    QCOMPARE(ws->inventory().hosts().size(), 7);
    QVERIFY(ws->validate().isEmpty());
}

void tst_Workspace::exposesHostsWithConnectionInfo()
{
    const Workspace ws = sample();
    const QList<HostEntry> masters = ws.masters();
    QCOMPARE(masters.size(), 3);
    QCOMPARE(masters.at(2).name, QStringLiteral("master3.lab.example.com"));
    QCOMPARE(masters.at(2).address, QStringLiteral("192.0.2.13"));
    QCOMPARE(masters.at(2).port, 2222);
    QCOMPARE(masters.at(2).user, QStringLiteral("ubuntu"));
    QCOMPARE(masters.at(2).zooId, 3);
    QVERIFY(masters.at(2).master && !masters.at(2).agent);
    const QList<HostEntry> agents = ws.agents();
    QCOMPARE(agents.size(), 4);
    QCOMPARE(agents.at(0).address, QStringLiteral("agent1.lab.example.com"));
    QCOMPARE(agents.at(0).port, 22);
    QCOMPARE(agents.at(2).user, QStringLiteral("core"));
    QCOMPARE(agents.at(2).zooId, -1);
    QCOMPARE(ws.zooId(QStringLiteral("master2.lab.example.com")), 2);
    QCOMPARE(ws.zooId(QStringLiteral("agent1.lab.example.com")), -1);
    QCOMPARE(ws.zookeeperConnectString(), QStringLiteral("192.0.2.11:2181,192.0.2.12:2181,192.0.2.13:2181"));
}

void tst_Workspace::resolvesHostPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("hosts");
    QTest::newRow("group") << QStringLiteral("masters")
                           << QStringList { QStringLiteral("master1.lab.example.com"),
                                            QStringLiteral("master2.lab.example.com"),
                                            QStringLiteral("master3.lab.example.com") };
    QTest::newRow("host") << QStringLiteral("agent2.lab.example.com")
                          << QStringList { QStringLiteral("agent2.lab.example.com") };
    QTest::newRow("union") << QStringLiteral("master1.lab.example.com:gpu1.lab.example.com")
                           << QStringList { QStringLiteral("master1.lab.example.com"),
                                            QStringLiteral("gpu1.lab.example.com") };
    QTest::newRow("exclusion") << QStringLiteral("agents:!agent1.lab.example.com:!gpu*")
                               << QStringList { QStringLiteral("agent2.lab.example.com"),
                                                QStringLiteral("agent3.lab.example.com") };
    QTest::newRow("intersection") << QStringLiteral("all:&agent3*")
                                  << QStringList { QStringLiteral("agent3.lab.example.com") };
    QTest::newRow("all") << QStringLiteral("all") << QStringList {};
}

void tst_Workspace::resolvesHostPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, hosts);
    const auto r = sample().hostsOf(pattern);
    QVERIFY(r.ok());
    QStringList names;
    for (const HostEntry &e : r.value())
        names << e.name;
    if (pattern == QLatin1String("all"))
        QCOMPARE(names.size(), 7);
    else
        QCOMPARE(names, hosts);
    const auto unknown = sample().hostsOf(QStringLiteral("nosuch"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("\"nosuch\" is neither a group nor a host")));
}

void tst_Workspace::derivesEndpointsUnlessOverridden()
{
    Workspace ws = sample();
    QCOMPARE(ws.mesosEndpoints(),
             QStringList({ QStringLiteral("http://192.0.2.11:5050"), QStringLiteral("http://192.0.2.12:5050"),
                           QStringLiteral("http://192.0.2.13:5050") }));
    QCOMPARE(ws.marathonEndpoints().constFirst(), QStringLiteral("http://192.0.2.11:8080"));
    ws.profile().marathonUrl = QStringLiteral("https://marathon.example.com");
    QCOMPARE(ws.marathonEndpoints(), QStringList { QStringLiteral("https://marathon.example.com") });

    // An IPv6 master in brackets; a zone id's "%2" is part of the address, not a place for the port.
    Workspace v6 = sample();
    const QString first = v6.masters().constFirst().name;
    v6.inventory().setVariable(first, QStringLiteral("ansible_host"), QStringLiteral("fe80::1%2"));
    QCOMPARE(v6.mesosEndpoints().constFirst(), QStringLiteral("http://[fe80::1%2]:5050"));
}

// Found by fuzz_workspace: a group declared at the top before `all` names its children is
// written back in the tree's order (all: ungrouped, o, s); the same workspace, declared in
// another order. What the groups hold, and the order of each one's children, still count.
void tst_Workspace::aGroupDeclaredBeforeAllReadsBackEqual()
{
    const auto ws
        = Workspace::fromText(QStringLiteral("mesos_console_workspace: 1\ninventory:\n  s:\n  all:\n"
                                             "    children:\n      o:\n"),
                              QStringLiteral("x.mcw.yaml"));
    QVERIFY(ws.ok());
    const auto text = ws->toText();
    QVERIFY(text.ok());
    const auto again = Workspace::fromText(text.value(), QStringLiteral("y.mcw.yaml"));
    QVERIFY(again.ok());
    QVERIFY(again.value() == ws.value());

    Workspace other = again.value();
    other.inventory().setVariable(QStringLiteral("o"), QStringLiteral("rack"), QStringLiteral("r1"));
    QVERIFY(!(other == ws.value()));
    const auto reordered
        = Workspace::fromText(QStringLiteral("mesos_console_workspace: 1\ninventory:\n  all:\n"
                                             "    children:\n      s:\n      o:\n"),
                              QStringLiteral("z.mcw.yaml"));
    QVERIFY(reordered.ok());
    QVERIFY(!(reordered.value() == ws.value())); // all's children in another order
}

void tst_Workspace::savesAndLoadsBackEqual()
{
    Workspace ws = sample();
    ws.profile().ssh.become = false;
    ws.profile().ssh.port = 2200;
    ws.profile().mesosUrl = QStringLiteral("http://leader.example.com:5050");
    ws.profile().roles.masterGroups = QStringList { QStringLiteral("masters"), QStringLiteral("control") };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.mcw.yaml"));
    const auto saved = ws.save(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    const auto again = Workspace::load(path);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->profile(), ws.profile());
    QCOMPARE(AnsibleJson::toJson(again->inventory()), AnsibleJson::toJson(ws.inventory()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("lab.mcw.yaml") });
}

void tst_Workspace::keepsVarsFilesLayer()
{
    const auto imported = InventoryImporter::importFile(
        mc::test::fixturePath(QStringLiteral("inventories/own/04-vars-dirs/hosts")));
    QVERIFY(imported.ok());
    const Workspace ws(imported->inventory, ClusterProfile {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.mcw.yaml"));
    QVERIFY(ws.save(path).ok());
    const auto again = Workspace::load(path);
    QVERIFY(again.ok());
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory())),
             QString::fromUtf8(AnsibleJson::toJson(imported->inventory)));
}

void tst_Workspace::autosaveIsOfferedUntilSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.mcw.yaml"));
    Workspace ws = sample();
    QVERIFY(ws.save(path).ok());
    QVERIFY(!Workspace::hasRecoverableAutosave(path));
    ws.inventory().setVariable(QStringLiteral("agents"), QStringLiteral("edited"), QStringLiteral("yes"));
    QVERIFY(ws.saveAutosave(path).ok());
    QCOMPARE(Workspace::autosavePath(path), dir.filePath(QStringLiteral(".lab.mcw.yaml.autosave")));
    QVERIFY(Workspace::hasRecoverableAutosave(path));
    const auto recovered = Workspace::loadAutosave(path);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered->inventory().group(QStringLiteral("agents"))->vars.value(QStringLiteral("edited")),
             QVariant(QStringLiteral("yes")));
    // The workspace itself is untouched until saved.
    QVERIFY(!Workspace::load(path)
                 ->inventory()
                 .group(QStringLiteral("agents"))
                 ->vars.contains(QStringLiteral("edited")));
    QVERIFY(recovered->save(path).ok());
    QVERIFY(!Workspace::hasRecoverableAutosave(path));
    QVERIFY(!QFile::exists(Workspace::autosavePath(path)));
}

void tst_Workspace::rejectsBadWorkspaces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an ansible inventory")
        << QByteArray("all:\n  hosts:\n    a:\n")
        << QStringLiteral("w.mcw.yaml: this is not a Mesos Console workspace (no");
    QTest::newRow("newer format") << QByteArray("mesos_console_workspace: 7\n")
                                  << QStringLiteral("w.mcw.yaml:1:26: this workspace was written by a newer");
    QTest::newRow("bad ssh port")
        << QByteArray("mesos_console_workspace: 1\nprofile:\n  ssh:\n    port: ssh\n")
        << QStringLiteral("w.mcw.yaml:4:11: \"port\" must be a whole number from 1 to 65535");
    QTest::newRow("bad inventory") << QByteArray(
        "mesos_console_workspace: 1\ninventory:\n  all:\n    hosts:\n      n[3:1]:\n")
                                   << QStringLiteral("w.mcw.yaml:5:8: host range [3:1] is empty");
    QTest::newRow("broken yaml") << QByteArray("mesos_console_workspace: 1\nprofile: {name: \"x}\n")
                                 << QStringLiteral("w.mcw.yaml:2:17: not valid YAML");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                            << QStringLiteral("w.mcw.yaml:1:1: this is not UTF-8");
}

void tst_Workspace::rejectsBadWorkspaces()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.mcw.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto ws = Workspace::load(path);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.startsWith(dir.path() + u'/' + expected), qPrintable(ws.error().message));
}

void tst_Workspace::neverWritesAPassword()
{
    const auto ws
        = Workspace::fromText(QStringLiteral("mesos_console_workspace: 1\nprofile:\n  http_user: admin\n"
                                             "  http_password: secret\n"),
                              QStringLiteral("w.mcw.yaml"));
    QVERIFY(ws.ok());
    const auto text = ws->toText();
    QVERIFY(text.ok());
    QVERIFY(text->contains(QStringLiteral("http_user: admin")));
    QVERIFY(!text->contains(QStringLiteral("secret")));
    QVERIFY(!text->contains(QStringLiteral("password:")));
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_Workspace.moc"
