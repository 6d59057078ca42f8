#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real mesos-console-cli inventory subcommands as a user would.
class tst_InventoryCli : public QObject
{
    Q_OBJECT

private slots:
    void showJsonMatchesAnsibleInventoryList_data();
    void showJsonMatchesAnsibleInventoryList();
    void showListsRolesAndMergedVariables();
    void convertsIniToYamlToWorkspaceAndBack();
    void checkExitsOneOnErrors();
    void reportsParseErrorsWithPosition();
    void usageErrorsExitTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args);
    static QString fixture(const QString &relative) { return mc::test::fixturePath(relative); }
};

tst_InventoryCli::Run tst_InventoryCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")),
            QStringList { QStringLiteral("inventory") } + args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void tst_InventoryCli::showJsonMatchesAnsibleInventoryList_data()
{
    QTest::addColumn<QString>("inventory");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("exportMode");
    QTest::newRow("yaml --list") << QStringLiteral("inventories/own/03-yaml-nested-children.yml")
                                 << QStringLiteral("inventories/own/03-yaml-nested-children.expected.json")
                                 << false;
    QTest::newRow("vars dirs --list")
        << QStringLiteral("inventories/own/04-vars-dirs/hosts")
        << QStringLiteral("inventories/own/04-vars-dirs.expected.json") << false;
    QTest::newRow("dcos --export")
        << QStringLiteral("inventories/upstream/dcos-ansible/inventory.example")
        << QStringLiteral("inventories/upstream/dcos-ansible/inventory.example.expected.export.json") << true;
}

void tst_InventoryCli::showJsonMatchesAnsibleInventoryList()
{
    QFETCH(QString, inventory);
    QFETCH(QString, expected);
    QFETCH(bool, exportMode);
    QStringList args { QStringLiteral("show"), QStringLiteral("--json"), fixture(inventory) };
    if (exportMode)
        args << QStringLiteral("--export");
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QFile f(fixture(expected));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, QString::fromUtf8(f.readAll()));
}

void tst_InventoryCli::showListsRolesAndMergedVariables()
{
    const Run r = cli({ QStringLiteral("show"), fixture(QStringLiteral("workspaces/sample.mcw.yaml")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 QStringLiteral("Masters (3):\n  master1.lab.example.com  ubuntu@192.0.2.11:22  zoo_id=1\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  master3.lab.example.com  ubuntu@192.0.2.13:2222  zoo_id=3\n")));
    QVERIFY(r.out.contains(QStringLiteral("Agents (4):\n")));
    QVERIFY(r.out.contains(QStringLiteral("  agent3.lab.example.com  core@agent3.lab.example.com:22\n")));
    QVERIFY(r.out.contains(QStringLiteral("    mesos_containerizers = docker,mesos\n")));
}

void tst_InventoryCli::convertsIniToYamlToWorkspaceAndBack()
{
    QTemporaryDir dir;
    const QString source = fixture(QStringLiteral("inventories/own/01-ini-groups-children-ranges.ini"));
    const QString yaml = dir.filePath(QStringLiteral("a.yml"));
    const QString workspace = dir.filePath(QStringLiteral("b.mcw.yaml"));
    const QString ini = dir.filePath(QStringLiteral("c.ini"));
    QCOMPARE(cli({ QStringLiteral("convert"), source, yaml }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("convert"), yaml, workspace }).exitCode, 0);
    const Run last = cli({ QStringLiteral("convert"), workspace, ini });
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(last.out, QStringLiteral("wrote %1\n").arg(ini));
    const Run original = cli({ QStringLiteral("show"), QStringLiteral("--json"), source });
    for (const QString &f : { yaml, workspace, ini }) {
        const Run r = cli({ QStringLiteral("show"), QStringLiteral("--json"), f });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, original.out);
    }
}

void tst_InventoryCli::checkExitsOneOnErrors()
{
    const Run ok = cli({ QStringLiteral("check"), fixture(QStringLiteral("workspaces/sample.mcw.yaml")) });
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, QStringLiteral("3 masters, 4 agents: 0 errors, 0 warnings\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("even.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[mesos_masters]\nm1 zoo_id=1\nm2 zoo_id=1\n[mesos_slaves]\na1\n");
    f.close();
    const Run bad = cli({ QStringLiteral("check"), path });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("error: There are 2 masters. ZooKeeper needs an odd number")),
             qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("error: The zoo_id 1 of m2 is already used by m1")));
    QCOMPARE(bad.out, QStringLiteral("2 masters, 1 agents: 2 errors, 0 warnings\n"));
}

void tst_InventoryCli::reportsParseErrorsWithPosition()
{
    const QString path = fixture(QStringLiteral("inventories/own/errors/e4-space-in-section.ini"));
    const Run r = cli({ QStringLiteral("check"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(
                 QStringLiteral("mesos-console-cli inventory: %1:2:1: invalid section header").arg(path)),
             qPrintable(r.err));
}

void tst_InventoryCli::usageErrorsExitTwo()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("frob") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("show") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("convert"), QStringLiteral("x.ini") }).exitCode, 2);
    const Run help = cli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("inventory convert [options] IN OUT")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(tst_InventoryCli)
#include "tst_InventoryCli.moc"
