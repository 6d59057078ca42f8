#include "core/inventory/AnsibleJson.h"
#include "core/inventory/InventoryImporter.h"
#include "core/inventory/TextFile.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::inventory;

// Every inventory fixture: what we import must print exactly what
// `ansible-inventory --list` (and --export) printed for it.
class tst_InventoryImport : public QObject
{
    Q_OBJECT

private slots:
    void reproducesAnsibleInventoryList_data();
    void reproducesAnsibleInventoryList();
    void reproducesAnsibleInventoryExport_data();
    void reproducesAnsibleInventoryExport();
    void warnsLikeAnsible();
    void rejectsWhatAnsibleRejectsWithPosition_data();
    void rejectsWhatAnsibleRejectsWithPosition();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsBinaryGarbageWithPosition();
    void rejectsFiftyMegabyteFile();
    void survivesRandomBytes();
    void mapsRolesOfMhamrahInventory();

private:
    static void addFixtureRows();
    static QByteArray readFile(const QString &path);
};

QByteArray tst_InventoryImport::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void tst_InventoryImport::addFixtureRows()
{
    QTest::addColumn<QString>("inventory");
    QTest::addColumn<QString>("expectedBase");
    const QString root = mc::test::fixturePath(QStringLiteral("inventories/"));
    const QList<std::pair<const char *, const char *>> cases {
        { "own/01-ini-groups-children-ranges.ini", "own/01-ini-groups-children-ranges" },
        { "own/02-ini-inline-host-vars.ini", "own/02-ini-inline-host-vars" },
        { "own/03-yaml-nested-children.yml", "own/03-yaml-nested-children" },
        { "own/04-vars-dirs/hosts", "own/04-vars-dirs" },
        { "upstream/dcos-ansible/inventory.example", "upstream/dcos-ansible/inventory.example" },
        { "upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18",
          "upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18" },
        { "upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-06",
          "upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-06" },
        { "upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-11",
          "upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-11" },
    };
    for (const auto &[inv, base] : cases)
        QTest::newRow(inv) << root + QLatin1String(inv) << root + QLatin1String(base);
}

void tst_InventoryImport::reproducesAnsibleInventoryList_data()
{
    addFixtureRows();
}

void tst_InventoryImport::reproducesAnsibleInventoryList()
{
    QFETCH(QString, inventory);
    QFETCH(QString, expectedBase);
    const auto imported = InventoryImporter::importFile(inventory);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QByteArray expected = readFile(expectedBase + QStringLiteral(".expected.json"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(imported->inventory)), QString::fromUtf8(expected));
}

void tst_InventoryImport::reproducesAnsibleInventoryExport_data()
{
    addFixtureRows();
}

void tst_InventoryImport::reproducesAnsibleInventoryExport()
{
    QFETCH(QString, inventory);
    QFETCH(QString, expectedBase);
    const auto imported = InventoryImporter::importFile(inventory);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QByteArray expected = readFile(expectedBase + QStringLiteral(".expected.export.json"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(imported->inventory, AnsibleJson::Mode::Export)),
             QString::fromUtf8(expected));
}

void tst_InventoryImport::warnsLikeAnsible()
{
    const auto ini = InventoryImporter::importFile(
        mc::test::fixturePath(QStringLiteral("inventories/own/01-ini-groups-children-ranges.ini")));
    QVERIFY(ini.ok());
    QCOMPARE(ini->warnings.size(), 1);
    QVERIFY2(ini->warnings.first().contains(QStringLiteral(":47:2: the group name \"mesos-ops\"")),
             qPrintable(ini->warnings.first()));

    const auto yaml = InventoryImporter::importFile(
        mc::test::fixturePath(QStringLiteral("inventories/own/03-yaml-nested-children.yml")));
    QVERIFY(yaml.ok());
    QCOMPARE(yaml->warnings.size(), 1);
    QVERIFY2(yaml->warnings.first().contains(QStringLiteral(":24:15: skipping the key \"description\" in the "
                                                            "group \"masters\"")),
             qPrintable(yaml->warnings.first()));
}

void tst_InventoryImport::rejectsWhatAnsibleRejectsWithPosition_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("text");
    QTest::newRow("children names an undefined group")
        << QStringLiteral("e1-children-undefined-group.ini") << QStringLiteral(":4:1: ")
        << QStringLiteral("section [mesos:children] includes the group \"masters\", which is never defined");
    QTest::newRow("vars for an undefined group")
        << QStringLiteral("e2-vars-for-undefined-group.ini") << QStringLiteral(":3:1: ")
        << QStringLiteral("section [ghost:vars] is for a group that is never defined");
    QTest::newRow("range with unequal padding")
        << QStringLiteral("e3-range-unequal-padding.ini") << QStringLiteral(":4:5: ")
        << QStringLiteral(
               "host range [01:5] must specify equal-length begin and end formats (zero-padded: write "
               "[01:05])");
    QTest::newRow("space in a section name")
        << QStringLiteral("e4-space-in-section.ini") << QStringLiteral(":2:1: ")
        << QStringLiteral("invalid section header [my group]");
}

void tst_InventoryImport::rejectsWhatAnsibleRejectsWithPosition()
{
    QFETCH(QString, file);
    QFETCH(QString, position);
    QFETCH(QString, text);
    const QString path = mc::test::fixturePath(QStringLiteral("inventories/own/errors/") + file);
    const auto imported = InventoryImporter::importFile(path);
    QVERIFY(!imported.ok());
    const QString message = imported.error().message;
    QVERIFY2(message.startsWith(path + position + text), qPrintable(message));
}

void tst_InventoryImport::rejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("descending range") << QStringLiteral("a.ini") << QByteArray("[agents]\n  node[10:2].x\n")
                                      << QStringLiteral("a.ini:2:7: host range [10:2] is empty");
    QTest::newRow("range of zero step") << QStringLiteral("a.ini") << QByteArray("[agents]\nnode[1:9:0]\n")
                                        << QStringLiteral("a.ini:2:5: host range [1:9:0] needs a positive");
    QTest::newRow("huge range") << QStringLiteral("a.ini") << QByteArray("node[1:99999999]\n")
                                << QStringLiteral("a.ini:1:5: host range [1:99999999] gives more than");
    QTest::newRow("unterminated double quote")
        << QStringLiteral("a.ini") << QByteArray("[m]\nm1 zoo_id=1 note=\"half open\n")
        << QStringLiteral("a.ini:2:18: a quote opened here is never closed");
    QTest::newRow("unterminated single quote")
        << QStringLiteral("a.ini") << QByteArray("m1 a='x\n")
        << QStringLiteral("a.ini:1:6: a quote opened here is never closed");
    QTest::newRow("host var without =")
        << QStringLiteral("a.ini") << QByteArray("[m]\nm1 zoo_id 1\n")
        << QStringLiteral("a.ini:2:4: expected key=value after the host name");
    QTest::newRow("unknown section type")
        << QStringLiteral("a.ini") << QByteArray("[m:nodes]\nm1\n")
        << QStringLiteral("a.ini:1:1: section [m:nodes] has an unknown type");
    QTest::newRow("children line with two names")
        << QStringLiteral("a.ini") << QByteArray("[a]\n[b]\n[p:children]\na b\n")
        << QStringLiteral("a.ini:4:1: expected one group name");
    QTest::newRow("vars line without =") << QStringLiteral("a.ini") << QByteArray("[m]\n[m:vars]\nquorum\n")
                                         << QStringLiteral("a.ini:3:1: expected key=value in [m:vars]");
    QTest::newRow("group loop") << QStringLiteral("a.ini") << QByteArray("[a:children]\nb\n[b:children]\na\n")
                                << QStringLiteral(
                                       "a.ini:4:1: Adding the group \"a\" under \"b\" would make a loop");
    QTest::newRow("malformed yaml") << QStringLiteral("a.yml") << QByteArray("all:\n  hosts: [a, b\n")
                                    << QStringLiteral(
                                           "a.yml:2:10: not valid YAML: while parsing a flow sequence");
    QTest::newRow("yaml list at top") << QStringLiteral("a.yml") << QByteArray("- a\n- b\n")
                                      << QStringLiteral("a.yml:1:1: a YAML inventory must be a mapping");
    QTest::newRow("yaml empty") << QStringLiteral("a.yml") << QByteArray("# nothing\n")
                                << QStringLiteral("a.yml: the YAML file is empty");
    QTest::newRow("yaml integer host") << QStringLiteral("a.yml") << QByteArray("all:\n  hosts:\n    10:\n")
                                       << QStringLiteral("a.yml:3:5: the host pattern 10 must be text");
    QTest::newRow("yaml hosts as a list")
        << QStringLiteral("a.yml") << QByteArray("all:\n  hosts:\n    - a\n")
        << QStringLiteral("a.yml:3:5: \"hosts\" of the group \"all\" must be a "
                          "mapping, not a list");
    QTest::newRow("yaml host vars as a list")
        << QStringLiteral("a.yml") << QByteArray("all:\n  hosts:\n    a: [1]\n")
        << QStringLiteral("a.yml:3:8: the variables of host \"a\" must be a mapping");
    QTest::newRow("yaml descending range")
        << QStringLiteral("a.yml") << QByteArray("all:\n  hosts:\n    n[9:1]:\n")
        << QStringLiteral("a.yml:3:6: host range [9:1] is empty");
    QTest::newRow("yaml plugin config")
        << QStringLiteral("a.yml") << QByteArray("plugin: aws_ec2\n")
        << QStringLiteral("a.yml:1:1: this is an inventory plugin configuration");
    QTest::newRow("yaml unterminated quote")
        << QStringLiteral("a.yml") << QByteArray("all:\n  vars:\n    x: \"abc\n")
        << QStringLiteral(
               "a.yml:3:8: not valid YAML: while scanning a quoted scalar: found unexpected end of "
               "stream at line 4, column 1");
    QTest::newRow("yaml alias bomb")
        << QStringLiteral("a.yml")
        << QByteArray("a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                      "all:\n  vars:\n    boom: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")
        << QStringLiteral("a.yml:1:24: this value expands to more than 100000 values");
    QTest::newRow("yaml two documents")
        << QStringLiteral("a.yml") << QByteArray("all: {}\n---\nall: {}\n")
        << QStringLiteral("a.yml:2:1: the file holds more than one YAML document");
    QTest::newRow("yaml starting with a comma")
        << QStringLiteral("a.yml") << QByteArray(",\n")
        << QStringLiteral("a.yml:1:1: not valid YAML: while parsing a block node");
    QTest::newRow("yaml deep nesting")
        << QStringLiteral("a.yml") << QByteArray(5000, '[') << QStringLiteral("a.yml:2:1: not valid YAML");
}

void tst_InventoryImport::rejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto imported = InventoryImporter::importFile(path);
    QVERIFY(!imported.ok());
    const QString message = imported.error().message;
    QVERIFY2(message.startsWith(dir.path() + u'/' + expected), qPrintable(message));
}

void tst_InventoryImport::rejectsBinaryGarbageWithPosition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[masters]\nm1\xff\xfe garbage\n");
    f.close();
    const auto imported = InventoryImporter::importFile(path);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.startsWith(path + QStringLiteral(":2:3: this is not UTF-8 text")),
             qPrintable(imported.error().message));

    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x7f"
                       "ELF\x02\x01\x01\0\0\0",
                       10));
    f.close();
    const auto elf = InventoryImporter::importFile(path);
    QVERIFY(!elf.ok());
    QVERIFY2(elf.error().message.startsWith(path + QStringLiteral(":1:8: this is not a text file")),
             qPrintable(elf.error().message));
}

void tst_InventoryImport::rejectsFiftyMegabyteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray line("node.example.com zoo_id=1\n");
    const QByteArray block = line.repeated(40000);
    while (f.size() < qint64(50) * 1000 * 1000)
        f.write(block);
    f.close();
    const auto imported = InventoryImporter::importFile(path);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.startsWith(path + QStringLiteral(": the file is 5")),
             qPrintable(imported.error().message));
    QVERIFY(imported.error().message.contains(QStringLiteral("files over 16 MB are not read")));
}

void tst_InventoryImport::survivesRandomBytes()
{
    // Random printable text and random bytes: an error or an inventory, never a crash.
    QRandomGenerator rng(42);
    const QByteArray alphabet("[]:=#;'\"\\ \n\tabc019-_.{}~&*!|>%@`,?");
    for (int round = 0; round < 300; ++round) {
        QByteArray text;
        const int len = int(rng.bounded(200));
        for (int i = 0; i < len; ++i)
            text.append(alphabet.at(int(rng.bounded(alphabet.size()))));
        for (const char *name : { "x.ini", "x.yml", "hosts" }) {
            const auto r = InventoryImporter::importText(QString::fromUtf8(text), QLatin1String(name));
            if (!r.ok())
                QVERIFY(!r.error().message.isEmpty());
        }
        QByteArray bytes;
        for (int i = 0; i < len; ++i)
            bytes.append(char(rng.bounded(256)));
        const auto decoded = TextFile::decode(bytes, QStringLiteral("b"));
        if (decoded.ok())
            (void)InventoryImporter::importText(decoded.value(), QStringLiteral("b.yml"));
    }
}

void tst_InventoryImport::mapsRolesOfMhamrahInventory()
{
    const auto imported = InventoryImporter::importFile(mc::test::fixturePath(
        QStringLiteral("inventories/upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18")));
    QVERIFY(imported.ok());
    const Inventory &inv = imported->inventory;
    QCOMPARE(inv.group(QStringLiteral("mesos_masters"))->hosts,
             QStringList({ QStringLiteral("10.196.10.89"), QStringLiteral("10.196.10.90"),
                           QStringLiteral("10.196.10.91") }));
    QCOMPARE(inv.host(QStringLiteral("10.196.10.90"))->vars.value(QStringLiteral("zoo_id")),
             QVariant(qlonglong(2)));
}

QTEST_GUILESS_MAIN(tst_InventoryImport)
#include "tst_InventoryImport.moc"
