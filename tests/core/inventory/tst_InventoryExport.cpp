#include "core/inventory/AnsibleJson.h"
#include "core/inventory/IniExporter.h"
#include "core/inventory/InventoryExporter.h"
#include "core/inventory/InventoryImporter.h"
#include "core/inventory/YamlExporter.h"
#include "tests/support/TestPaths.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mc::inventory;

// Export, import again with our own importer: the same JSON as the original.
// (tests/integration/inventory checks the exports with the real ansible-inventory.)
class tst_InventoryExport : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsFixtures_data();
    void roundTripsFixtures();
    void roundTripsAwkwardValues_data();
    void roundTripsAwkwardValues();
    void keepsGroupOrderAndSharedChildren();
    void roundTripsNamesYamlCannotTakeAsPlainKeys();
    void refusesWhatIniCannotHold();
    void writesVarsFilesBesideTheInventory();
};

void tst_InventoryExport::roundTripsFixtures_data()
{
    QTest::addColumn<QString>("inventory");
    QTest::addColumn<int>("format");
    const QStringList files {
        QStringLiteral("own/01-ini-groups-children-ranges.ini"),
        QStringLiteral("own/02-ini-inline-host-vars.ini"),
        QStringLiteral("own/03-yaml-nested-children.yml"),
        QStringLiteral("own/04-vars-dirs/hosts"),
        QStringLiteral("upstream/dcos-ansible/inventory.example"),
        QStringLiteral("upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18"),
        QStringLiteral("upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-11"),
    };
    for (const QString &f : files) {
        for (const InventoryFormat format : { InventoryFormat::Ini, InventoryFormat::Yaml }) {
            QTest::addRow("%s as %s", qPrintable(f), format == InventoryFormat::Ini ? "ini" : "yaml")
                << mc::test::fixturePath(QStringLiteral("inventories/") + f) << int(format);
        }
    }
}

void tst_InventoryExport::roundTripsFixtures()
{
    QFETCH(QString, inventory);
    QFETCH(int, format);
    const auto original = InventoryImporter::importFile(inventory);
    QVERIFY(original.ok());
    QTemporaryDir dir;
    const QString out = dir.filePath(format == int(InventoryFormat::Ini) ? QStringLiteral("inventory.ini")
                                                                         : QStringLiteral("inventory.yml"));
    const auto written = InventoryExporter::writeFile(original->inventory, out, InventoryFormat(format));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const auto again = InventoryImporter::importFile(out);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory)),
             QString::fromUtf8(AnsibleJson::toJson(original->inventory)));
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory, AnsibleJson::Mode::Export)),
             QString::fromUtf8(AnsibleJson::toJson(original->inventory, AnsibleJson::Mode::Export)));
}

void tst_InventoryExport::roundTripsAwkwardValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("yes as text") << QVariant(QStringLiteral("yes"));
    QTest::newRow("True as text") << QVariant(QStringLiteral("True"));
    QTest::newRow("number as text") << QVariant(QStringLiteral("2"));
    QTest::newRow("octal-looking text") << QVariant(QStringLiteral("0755"));
    QTest::newRow("1.10 as text") << QVariant(QStringLiteral("1.10"));
    QTest::newRow("empty text") << QVariant(QString());
    QTest::newRow("tilde") << QVariant(QStringLiteral("~"));
    QTest::newRow("spaces and hash") << QVariant(QStringLiteral(" a # b "));
    QTest::newRow("quotes") << QVariant(QStringLiteral("it's \"quoted\""));
    QTest::newRow("backslash") << QVariant(QStringLiteral("C:\\path\\n"));
    QTest::newRow("newline") << QVariant(QStringLiteral("two\nlines"));
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zürich ☃"));
    QTest::newRow("shell metacharacters") << QVariant(QStringLiteral("$(rm -rf /); `x` | y & z"));
    QTest::newRow("list syntax as text") << QVariant(QStringLiteral("[1,2,three]"));
    QTest::newRow("int") << QVariant(qlonglong(-42));
    QTest::newRow("float") << QVariant(1.1);
    QTest::newRow("big float") << QVariant(1e16);
    QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("null") << QVariant();
    QTest::newRow("list") << QVariant(
        QVariantList { qlonglong(1), QStringLiteral("two"), QVariant(), false });
    QTest::newRow("map") << QVariant(
        QVariantMap { { QStringLiteral("rack"), QStringLiteral("r1") },
                      { QStringLiteral("yes"), QVariantList {} },
                      { QStringLiteral("nested"), QVariantMap { { QStringLiteral("a"), 1.5 } } } });
}

void tst_InventoryExport::roundTripsAwkwardValues()
{
    QFETCH(QVariant, value);
    Inventory inv;
    inv.addGroup(QStringLiteral("masters"));
    inv.addHost(QStringLiteral("m1"), QStringLiteral("masters"));
    inv.setVariable(QStringLiteral("m1"), QStringLiteral("v"), value);
    inv.setVariable(QStringLiteral("masters"), QStringLiteral("g"), value);
    inv.reconcile();
    const QByteArray expected = AnsibleJson::toJson(inv, AnsibleJson::Mode::Export);
    for (const InventoryFormat format : { InventoryFormat::Ini, InventoryFormat::Yaml }) {
        const auto text = InventoryExporter::text(inv, format);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        const auto again = InventoryImporter::importText(
            text.value(), format == InventoryFormat::Ini ? QStringLiteral("x.ini") : QStringLiteral("x.yml"));
        QVERIFY2(again.ok(),
                 qPrintable(again.ok() ? QString() : again.error().message + u'\n' + text.value()));
        QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory, AnsibleJson::Mode::Export)),
                 QString::fromUtf8(expected));
    }
}

// YAML reads no plain key over 1,024 characters ("could not find expected ':'"); found by
// fuzz_yaml_inventory. Such names are written as explicit keys ("? name").
void tst_InventoryExport::roundTripsNamesYamlCannotTakeAsPlainKeys()
{
    const QString group = QStringLiteral("g\"") + QString(1100, u'g'); // quoted, too
    const QString host = QString(1030, u'h');
    Inventory inv;
    inv.addGroup(group);
    inv.addHost(host, group);
    inv.setVariable(host, QStringLiteral("nested"), QVariantMap { { QString(1200, u'k'), qlonglong(1) } });
    inv.setVariable(group, QString(1050, u'v'), QStringLiteral("x"));
    inv.reconcile();
    const auto text = InventoryExporter::text(inv, InventoryFormat::Yaml);
    QVERIFY(text.ok());
    QVERIFY(text.value().contains(QStringLiteral("? \"g\\\"")));
    const auto again = InventoryImporter::importText(text.value(), QStringLiteral("x.yml"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory, AnsibleJson::Mode::Export)),
             QString::fromUtf8(AnsibleJson::toJson(inv, AnsibleJson::Mode::Export)));
}

void tst_InventoryExport::keepsGroupOrderAndSharedChildren()
{
    // all.children in an order reconcile() alone would not give, and a
    // group under two parents.
    const auto src
        = InventoryImporter::importText(QStringLiteral("b: {}\nall:\n  children:\n    a:\n      children:\n"
                                                       "        shared:\n          hosts:\n            h1:\n"
                                                       "    b:\n    c:\n      children:\n        shared:\n"),
                                        QStringLiteral("x.yml"));
    QVERIFY(src.ok());
    const QByteArray expected = AnsibleJson::toJson(src->inventory);
    for (const InventoryFormat format : { InventoryFormat::Ini, InventoryFormat::Yaml }) {
        const auto text = InventoryExporter::text(src->inventory, format);
        QVERIFY(text.ok());
        const auto again = InventoryImporter::importText(
            text.value(), format == InventoryFormat::Ini ? QStringLiteral("x.ini") : QStringLiteral("x.yml"));
        QVERIFY(again.ok());
        QCOMPARE(QString::fromUtf8(AnsibleJson::toJson(again->inventory)), QString::fromUtf8(expected));
    }
}

void tst_InventoryExport::refusesWhatIniCannotHold()
{
    Inventory inv;
    inv.addGroup(QStringLiteral("g"));
    inv.addHost(QStringLiteral("h"), QStringLiteral("g"));
    inv.setVariable(QStringLiteral("g"), QStringLiteral("x"), std::nan(""));
    inv.reconcile();
    const auto ini = IniExporter::write(inv);
    QVERIFY(!ini.ok());
    QVERIFY(ini.error().message.contains(QStringLiteral("Export it as YAML instead")));
    QVERIFY(YamlExporter::write(inv).ok());

    Inventory spaced;
    spaced.addGroup(QStringLiteral("my group"));
    spaced.reconcile();
    QVERIFY(!IniExporter::write(spaced).ok());
}

void tst_InventoryExport::writesVarsFilesBesideTheInventory()
{
    const auto original = InventoryImporter::importFile(
        mc::test::fixturePath(QStringLiteral("inventories/own/04-vars-dirs/hosts")));
    QVERIFY(original.ok());
    QTemporaryDir dir;
    const auto written = InventoryExporter::writeFile(
        original->inventory, dir.filePath(QStringLiteral("hosts.ini")), InventoryFormat::Ini);
    QVERIFY(written.ok());
    QStringList relative;
    for (const QString &p : written.value())
        relative << QDir(dir.path()).relativeFilePath(p);
    QCOMPARE(relative,
             QStringList({ QStringLiteral("hosts.ini"), QStringLiteral("group_vars/agents.yml"),
                           QStringLiteral("group_vars/all.yml"), QStringLiteral("group_vars/fast.yml"),
                           QStringLiteral("group_vars/gpu.yml"), QStringLiteral("group_vars/masters.yml"),
                           QStringLiteral("group_vars/mesos.yml"),
                           QStringLiteral("host_vars/master1.example.com.yml") }));
}

QTEST_GUILESS_MAIN(tst_InventoryExport)
#include "tst_InventoryExport.moc"
