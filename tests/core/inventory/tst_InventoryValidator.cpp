#include "core/inventory/IniImporter.h"
#include "core/inventory/InventoryValidator.h"

#include <QTest>

using namespace mc::inventory;
using Severity = ValidationIssue::Severity;

class tst_InventoryValidator : public QObject
{
    Q_OBJECT

private slots:
    void findsProblems_data();
    void findsProblems();
    void acceptsAProperCluster();
    void mapsRoleGroupsConfigurably();

private:
    static Inventory parse(const char *ini);
};

Inventory tst_InventoryValidator::parse(const char *ini)
{
    auto r = IniImporter::parse(QString::fromUtf8(ini), QStringLiteral("t.ini"));
    return r.ok() ? r->inventory : Inventory();
}

void tst_InventoryValidator::findsProblems_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("message");
    QTest::newRow("no masters") << QByteArray("[agents]\na1\n") << int(Severity::Error) << QString()
                                << QString()
                                << QStringLiteral(
                                       "There are no masters. Put 3 hosts into a group named \"masters\"");
    QTest::newRow("even masters") << QByteArray("[masters]\nm1 zoo_id=1\nm2 zoo_id=2\n[agents]\na1\n")
                                  << int(Severity::Error) << QString() << QString()
                                  << QStringLiteral("There are 2 masters. ZooKeeper needs an odd number");
    QTest::newRow("single master warns")
        << QByteArray("[masters]\nm1 zoo_id=1\n[agents]\na1\n") << int(Severity::Warning) << QString()
        << QString() << QStringLiteral("A single master has no failover");
    QTest::newRow("missing zoo_id") << QByteArray("[masters]\nm1 zoo_id=1\nm2\nm3 zoo_id=3\n[agents]\na\n")
                                    << int(Severity::Error) << QStringLiteral("m2")
                                    << QStringLiteral("zoo_id")
                                    << QStringLiteral("The master m2 has no zoo_id.");
    QTest::newRow("zoo_id out of range")
        << QByteArray("[masters]\nm1 zoo_id=1\nm2 zoo_id=256\nm3 zoo_id=3\n[agents]\na\n")
        << int(Severity::Error) << QStringLiteral("m2") << QStringLiteral("zoo_id")
        << QStringLiteral("The zoo_id of m2 is 256; it must be a whole number from 1 to 255.");
    QTest::newRow("zoo_id not a number")
        << QByteArray("[masters]\nm1 zoo_id=1\nm2 zoo_id=two\nm3 zoo_id=3\n[agents]\na\n")
        << int(Severity::Error) << QStringLiteral("m2") << QStringLiteral("zoo_id")
        << QStringLiteral("The zoo_id of m2 is two;");
    QTest::newRow("duplicate zoo_id")
        << QByteArray("[masters]\nm1 zoo_id=1\nm2 zoo_id=1\nm3 zoo_id=3\n[agents]\na\n")
        << int(Severity::Error) << QStringLiteral("m2") << QStringLiteral("zoo_id")
        << QStringLiteral("The zoo_id 1 of m2 is already used by m1");
    QTest::newRow("master and agent")
        << QByteArray("[masters]\nm1 zoo_id=1\nm2 zoo_id=2\nm3 zoo_id=3\n[agents]\nm3\n")
        << int(Severity::Info) << QStringLiteral("m3") << QString()
        << QStringLiteral("m3 is both a master and an agent. That is allowed");
    QTest::newRow("bad host name") << QByteArray("[agents]\nbad!name\n[masters]\nm zoo_id=1\n")
                                   << int(Severity::Error) << QStringLiteral("bad!name") << QString()
                                   << QStringLiteral(
                                          "\"bad!name\" is neither an IP address nor a host name.");
    QTest::newRow("bad ansible_host")
        << QByteArray("[agents]\na1 ansible_host='10.0.0.1; rm'\n[masters]\nm zoo_id=1\n")
        << int(Severity::Error) << QStringLiteral("a1") << QStringLiteral("ansible_host")
        << QStringLiteral("ansible_host \"10.0.0.1; rm\" of a1 is neither");
    QTest::newRow("underscore warns")
        << QByteArray("[agents]\nmy_agent\n[masters]\nm zoo_id=1\n") << int(Severity::Warning)
        << QStringLiteral("my_agent") << QString() << QStringLiteral("\"my_agent\" contains '_'");
    QTest::newRow("same address") << QByteArray(
        "[agents]\na1 ansible_host=10.0.0.9\na2 ansible_host=10.0.0.9\n"
        "[masters]\nm zoo_id=1\n") << int(Severity::Warning)
                                  << QStringLiteral("a2") << QStringLiteral("ansible_host")
                                  << QStringLiteral("a1 and a2 both connect to 10.0.0.9.");
    QTest::newRow("bad port") << QByteArray("[agents]\na1:70000\n[masters]\nm zoo_id=1\n")
                              << int(Severity::Error) << QStringLiteral("a1")
                              << QStringLiteral("ansible_port")
                              << QStringLiteral(
                                     "ansible_port of a1 is \"70000\"; use a port from 1 to 65535");
    QTest::newRow("no agents") << QByteArray("[masters]\nm zoo_id=1\n") << int(Severity::Warning) << QString()
                               << QString() << QStringLiteral("There are no agents");
}

void tst_InventoryValidator::findsProblems()
{
    QFETCH(QByteArray, ini);
    QFETCH(int, severity);
    QFETCH(QString, host);
    QFETCH(QString, variable);
    QFETCH(QString, message);
    const ValidationIssues issues = InventoryValidator::validate(parse(ini.constData()));
    QStringList seen;
    for (const ValidationIssue &i : issues) {
        seen << i.message;
        if (int(i.severity) == severity && i.host == host && i.variable == variable
            && i.message.startsWith(message))
            return;
    }
    QFAIL(qPrintable(QStringLiteral("not found; issues were:\n") + seen.join(u'\n')));
}

void tst_InventoryValidator::acceptsAProperCluster()
{
    const Inventory inv
        = parse("[mesos_masters]\n10.0.0.1 zoo_id=1\n10.0.0.2 zoo_id=\"2\"\n10.0.0.3 zoo_id=3\n"
                "[mesos_slaves]\nagent-1.example.com\n[2001:db8::1]:2222\n");
    const ValidationIssues issues = InventoryValidator::validate(inv);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    QCOMPARE(InventoryValidator::zooId(inv, QStringLiteral("10.0.0.2")), 2);
    QCOMPARE(InventoryValidator::address(inv, QStringLiteral("10.0.0.2")), QStringLiteral("10.0.0.2"));
}

void tst_InventoryValidator::mapsRoleGroupsConfigurably()
{
    const Inventory inv = parse("[control]\nc1 zoo_id=1\n[masters]\nm1\n[workers]\nw1\n");
    RoleMapping roles;
    QCOMPARE(roles.masters(inv), QStringList { QStringLiteral("m1") });
    roles.masterGroups = QStringList { QStringLiteral("control") };
    roles.agentGroups = QStringList { QStringLiteral("workers") };
    QCOMPARE(roles.masters(inv), QStringList { QStringLiteral("c1") });
    QCOMPARE(roles.agents(inv), QStringList { QStringLiteral("w1") });
    QVERIFY(!InventoryValidator::hasErrors(InventoryValidator::validate(inv, roles)));
}

QTEST_GUILESS_MAIN(tst_InventoryValidator)
#include "tst_InventoryValidator.moc"
