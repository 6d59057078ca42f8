#include "core/inventory/AnsibleJson.h"
#include "core/inventory/InventoryExporter.h"
#include "core/inventory/InventoryImporter.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace mc::inventory;

// Our INI and YAML exports, read by the real `ansible-inventory --list`
// (Debian's ansible-core 2.14), must print exactly the JSON our model
// prints for the original. Runs the ansible-inventory calls in parallel.
class tst_AnsibleInventoryRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ansibleReadsOurExportsAsTheOriginal();

private:
    struct Case
    {
        QString name;
        QString exportPath;
        QByteArray expected;
        std::unique_ptr<QProcess> process;
    };
    static Inventory awkwardInventory();
    QString m_ansibleInventory;
};

void tst_AnsibleInventoryRoundTrip::initTestCase()
{
    m_ansibleInventory = QStandardPaths::findExecutable(QStringLiteral("ansible-inventory"));
    if (m_ansibleInventory.isEmpty())
        QFAIL("ansible-inventory is not installed (Debian package ansible; scripts/install-deps.sh installs "
              "it)");
}

Inventory tst_AnsibleInventoryRoundTrip::awkwardInventory()
{
    Inventory inv;
    inv.addGroup(QStringLiteral("masters"));
    inv.addGroup(QStringLiteral("agents"));
    inv.addHost(QStringLiteral("m1.example.com"), QStringLiteral("masters"), 2222);
    inv.addHost(QStringLiteral("10.0.0.7"), QStringLiteral("agents"));
    inv.addHost(QStringLiteral("2001:db8::20"), QStringLiteral("agents"));
    const QVariantMap values {
        { QStringLiteral("yes_text"), QStringLiteral("yes") },
        { QStringLiteral("true_text"), QStringLiteral("True") },
        { QStringLiteral("int_text"), QStringLiteral("2") },
        { QStringLiteral("octal_text"), QStringLiteral("0755") },
        { QStringLiteral("version_text"), QStringLiteral("1.10") },
        { QStringLiteral("empty"), QString() },
        { QStringLiteral("tilde"), QStringLiteral("~") },
        { QStringLiteral("hash"), QStringLiteral(" a # b ") },
        { QStringLiteral("quotes"), QStringLiteral("it's \"quoted\"") },
        { QStringLiteral("backslash"), QStringLiteral("C:\\path\\n") },
        { QStringLiteral("newline"), QStringLiteral("two\nlines") },
        { QStringLiteral("unicode"), QStringLiteral("Zürich ☃") },
        { QStringLiteral("shell"), QStringLiteral("$(rm -rf /); `x` | y & z") },
        { QStringLiteral("list_text"), QStringLiteral("[1,2,three]") },
        { QStringLiteral("int"), qlonglong(-42) },
        { QStringLiteral("float"), 1.1 },
        { QStringLiteral("big_float"), 1e16 },
        { QStringLiteral("inf"), std::numeric_limits<double>::infinity() },
        { QStringLiteral("bool"), true },
        { QStringLiteral("null"), QVariant() },
        { QStringLiteral("list"), QVariantList { qlonglong(1), QStringLiteral("two"), QVariant(), false } },
        { QStringLiteral("map"),
          QVariantMap { { QStringLiteral("rack"), QStringLiteral("r1") },
                        { QStringLiteral("yes"), QVariantList {} } } },
        // YAML reads no plain key over 1,024 characters: written as explicit keys.
        { QStringLiteral("long_key"), QVariantMap { { QString(1100, u'k'), qlonglong(1) } } },
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        inv.setVariable(QStringLiteral("m1.example.com"), it.key(), it.value());
        inv.setVariable(QStringLiteral("agents"), it.key(), it.value());
    }
    const QString longGroup = QStringLiteral("racks_") + QString(1100, u'r');
    inv.addGroup(longGroup);
    inv.addHost(QStringLiteral("h") + QString(1100, u'h') + QStringLiteral(".example.com"), longGroup);
    inv.setVariable(longGroup, QStringLiteral("rack"), QString(1100, u'v'));
    inv.setVariable(QStringLiteral("all"), QStringLiteral("ansible_user"), QStringLiteral("core"));
    inv.setGroupPriority(QStringLiteral("agents"), 5);
    inv.reconcile();
    return inv;
}

void tst_AnsibleInventoryRoundTrip::ansibleReadsOurExportsAsTheOriginal()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString home = work.filePath(QStringLiteral("home"));
    const QString cwd = work.filePath(QStringLiteral("cwd"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(cwd));

    QList<std::pair<QString, Inventory>> sources;
    const QStringList fixtures {
        QStringLiteral("own/01-ini-groups-children-ranges.ini"),
        QStringLiteral("own/02-ini-inline-host-vars.ini"),
        QStringLiteral("own/03-yaml-nested-children.yml"),
        QStringLiteral("own/04-vars-dirs/hosts"),
        QStringLiteral("upstream/dcos-ansible/inventory.example"),
        QStringLiteral("upstream/mhamrah-ansible-mesos-playbook/hosts.2014-06-18"),
        QStringLiteral("upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-06"),
        QStringLiteral("upstream/mhamrah-ansible-mesos-playbook/hosts.sample.2014-11"),
    };
    for (const QString &f : fixtures) {
        const auto imported
            = InventoryImporter::importFile(mc::test::fixturePath(QStringLiteral("inventories/") + f));
        QVERIFY2(imported.ok(), qPrintable(f));
        sources.append({ f, imported->inventory });
    }
    sources.append({ QStringLiteral("awkward values"), awkwardInventory() });

    QList<std::shared_ptr<Case>> cases;
    int n = 0;
    for (const auto &[name, inventory] : sources) {
        for (const InventoryFormat format : { InventoryFormat::Ini, InventoryFormat::Yaml }) {
            const QString dir = work.filePath(QStringLiteral("case%1").arg(++n));
            QVERIFY(QDir().mkpath(dir));
            const QString path = dir
                + (format == InventoryFormat::Ini ? QStringLiteral("/inventory.ini")
                                                  : QStringLiteral("/inventory.yml"));
            const auto written = InventoryExporter::writeFile(inventory, path, format);
            QVERIFY2(written.ok(),
                     qPrintable(name + u':' + (written.ok() ? QString() : written.error().message)));
            auto c = std::make_shared<Case>();
            c->name = name
                + (format == InventoryFormat::Ini ? QStringLiteral(" (ini)") : QStringLiteral(" (yaml)"));
            c->exportPath = path;
            c->expected = AnsibleJson::toJson(inventory);
            cases.append(c);
        }
    }

    // Our importer on its own against Ansible, for a rule no fixture pins
    // down: group_vars/all outranks a group's variables written in the
    // inventory file (Ansible's default VARIABLE_PRECEDENCE).
    {
        const QString dir = work.filePath(QStringLiteral("precedence"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/group_vars")));
        QFile hosts(dir + QStringLiteral("/hosts.ini"));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.write("[g]\nh1\n[p:children]\ng\n[g:vars]\nx=from_g_inventory\ny=from_g_inventory\n"
                    "[p:vars]\ny=from_p_inventory\n");
        hosts.close();
        QFile all(dir + QStringLiteral("/group_vars/all.yml"));
        QVERIFY(all.open(QIODevice::WriteOnly));
        all.write("x: from_group_vars_all\ny: from_group_vars_all\n");
        all.close();
        QFile p(dir + QStringLiteral("/group_vars/p"));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("{\"z\": 1}\n");
        p.close();
        const auto imported = InventoryImporter::importFile(hosts.fileName());
        QVERIFY(imported.ok());
        QVERIFY(AnsibleJson::toJson(imported->inventory).contains("\"x\": \"from_group_vars_all\""));
        auto c = std::make_shared<Case>();
        c->name = QStringLiteral("group_vars/all precedence (import)");
        c->exportPath = hosts.fileName();
        c->expected = AnsibleJson::toJson(imported->inventory);
        cases.append(c);
    }

    // As in tests/fixtures/inventories/SOURCES.md: empty HOME and working
    // directory, no ansible.cfg, no ANSIBLE_* variables.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("ANSIBLE_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QElapsedTimer timer;
    timer.start();
    constexpr int kParallel = 4;
    qsizetype next = 0;
    QList<std::shared_ptr<Case>> running;
    const auto stopAll = qScopeGuard([&] {
        for (const auto &r : std::as_const(running)) {
            r->process->kill();
            r->process->waitForFinished(5000);
        }
    });
    while (next < cases.size() || !running.isEmpty()) {
        while (running.size() < kParallel && next < cases.size()) {
            const auto &c = cases.at(next++);
            c->process = std::make_unique<QProcess>();
            c->process->setProcessEnvironment(env);
            c->process->setWorkingDirectory(cwd);
            c->process->start(m_ansibleInventory,
                              { QStringLiteral("-i"), c->exportPath, QStringLiteral("--list") });
            running.append(c);
        }
        auto c = running.takeFirst();
        QVERIFY2(c->process->waitForFinished(60000),
                 qPrintable(c->name + QStringLiteral(": ansible-inventory hung")));
        const QByteArray out = c->process->readAllStandardOutput();
        // The one warning the fixtures provoke on purpose (group "mesos-ops").
        QByteArray err = c->process->readAllStandardError();
        err.replace(
            "[WARNING]: Invalid characters were found in group names but not replaced, use\n-vvvv to see "
            "details\n",
            "");
        QVERIFY2(c->process->exitCode() == 0, qPrintable(c->name + u'\n' + QString::fromUtf8(err)));
        QVERIFY2(!err.contains("WARNING"), qPrintable(c->name + u'\n' + QString::fromUtf8(err)));
        if (out != c->expected) {
            QFile exported(c->exportPath);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            qWarning().noquote() << c->name << "export:\n" << QString::fromUtf8(exported.readAll());
        }
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(c->expected));
    }
    qInfo("%lld ansible-inventory runs took %lld ms", qlonglong(cases.size()), qlonglong(timer.elapsed()));
}

QTEST_GUILESS_MAIN(tst_AnsibleInventoryRoundTrip)
#include "tst_AnsibleInventoryRoundTrip.moc"
