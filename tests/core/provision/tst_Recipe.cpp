#include "core/inventory/InventoryImporter.h"
#include "core/provision/Planner.h"
#include "core/provision/Preflight.h"
#include "core/provision/RecipeLoader.h"
#include "core/provision/StepExecutor.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mc::provision;

namespace {

ProvisionTarget target(const QString &ini)
{
    auto imported = mc::inventory::InventoryImporter::importText(ini, QStringLiteral("hosts"));
    if (!imported)
        qFatal("inventory: %s", qPrintable(imported.error().message));
    ProvisionTarget t;
    t.inventory = imported->inventory;
    return t;
}

const QString kCluster = QStringLiteral("[masters]\n"
                                        "m1 ansible_host=10.0.0.1 zoo_id=1\n"
                                        "m2 ansible_host=10.0.0.2 zoo_id=2\n"
                                        "m3 ansible_host=10.0.0.3 zoo_id=3\n"
                                        "[agents]\n"
                                        "a1 ansible_host=10.0.0.11\n"
                                        "a2 ip=10.0.0.12\n");

QString fileOf(const HostPlan &host, const QString &dest)
{
    for (const RolePlan &r : host.roles) {
        for (const PlannedStep &s : r.steps) {
            if (s.args.value(QStringLiteral("dest")).toString() == dest)
                return QString::fromUtf8(s.content);
        }
    }
    return QStringLiteral("<no step writes %1>").arg(dest);
}

mc::Result<Recipe> parse(const QString &text, const QString &dir = {})
{
    return RecipeLoader::parse(text, QStringLiteral("bad.yaml"), dir);
}

} // namespace

class tst_Recipe : public QObject
{
    Q_OBJECT

private slots:
    void shippedRecipesLoadAndPlan_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList shipped = RecipeLoader::shippedRecipes();
        QVERIFY(shipped.size() >= 3);
        for (const QString &p : shipped)
            QTest::newRow(qPrintable(p)) << p;
    }
    void shippedRecipesLoadAndPlan()
    {
        QFETCH(QString, path);
        const auto recipe = RecipeLoader::loadFile(path);
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        const auto plan = Planner::build(*recipe, target(kCluster));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->hosts.size(), 5);
        // ZooKeeper before Mesos masters before agents.
        const QStringList order = plan->roleOrder;
        QVERIFY(order.indexOf(QStringLiteral("zookeeper")) < order.indexOf(QStringLiteral("mesos-master")));
        QVERIFY(order.indexOf(QStringLiteral("mesos-master")) < order.indexOf(QStringLiteral("mesos-agent")));
        QVERIFY(plan->host(QStringLiteral("m1"))->role(QStringLiteral("zookeeper")));
        QVERIFY(!plan->host(QStringLiteral("a1"))->role(QStringLiteral("zookeeper")));
        QVERIFY(plan->host(QStringLiteral("a1"))->role(QStringLiteral("mesos-agent")));
    }

    void zooCfgHasOneServerLinePerMasterByZooId()
    {
        auto t = target(
            QStringLiteral("[masters]\nm1 ansible_host=10.0.0.1 zoo_id=3\nm2 ansible_host=10.0.0.2 zoo_id=1\n"
                           "m3 zoo_id=2\n"));
        t.hostAddresses.insert(QStringLiteral("m3"), QStringLiteral("10.0.0.3")); // as m3 reported it
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto plan = Planner::build(*recipe, t);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(fileOf(*plan->host(QStringLiteral("m3")), QStringLiteral("/etc/mesos-master/ip")),
                 QStringLiteral("10.0.0.3\n"));
        QCOMPARE(fileOf(*plan->host(QStringLiteral("m3")), QStringLiteral("/etc/mesos-master/hostname")),
                 QStringLiteral("m3\n"));
        const HostPlan *m2 = plan->host(QStringLiteral("m2"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/etc/zookeeper/conf/zoo.cfg")),
                 QStringLiteral(
                     "# ZooKeeper ensemble of the Mesos masters. Written by Mesos Console; edit the\n"
                     "# recipe's variables or the inventory, not this file.\n"
                     "tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n"
                     "4lw.commands.whitelist=ruok,stat,mntr,srvr\n"
                     "admin.enableServer=false\n"
                     "server.3=10.0.0.1:2888:3888\nserver.1=10.0.0.2:2888:3888\nserver.2=m3:2888:3888\n"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/etc/zookeeper/conf/myid")), QStringLiteral("1\n"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/var/lib/zookeeper/myid")), QStringLiteral("1\n"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/etc/mesos/zk")),
                 QStringLiteral("zk://10.0.0.1:2181,10.0.0.2:2181,m3:2181/mesos\n"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/etc/mesos-master/quorum")), QStringLiteral("2\n"));
        QCOMPARE(fileOf(*m2, QStringLiteral("/etc/mesos-master/ip")), QStringLiteral("10.0.0.2\n"));
        QCOMPARE(
            fileOf(*m2, QStringLiteral("/etc/default/marathon")),
            QStringLiteral(
                "# Marathon >= 1.5 reads its flags from here (MARATHON_<FLAG>). Written by Mesos Console.\n"
                "MARATHON_MASTER=zk://10.0.0.1:2181,10.0.0.2:2181,m3:2181/mesos\n"
                "MARATHON_ZK=zk://10.0.0.1:2181,10.0.0.2:2181,m3:2181/marathon\n"
                "MARATHON_HOSTNAME=10.0.0.2\nMARATHON_HTTP_PORT=8080\nMARATHON_MESOS_USER=root\n"));
        QVERIFY(fileOf(*m2, QStringLiteral("/etc/haproxy/haproxy.cfg")).contains(QStringLiteral("frontend")));
    }

    void quorumIsAMajority_data()
    {
        QTest::addColumn<int>("masters");
        QTest::addColumn<int>("quorum");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("3") << 3 << 2;
        QTest::newRow("5") << 5 << 3;
    }
    void quorumIsAMajority()
    {
        QFETCH(int, masters);
        QFETCH(int, quorum);
        QString ini = QStringLiteral("[masters]\n");
        for (int i = 1; i <= masters; ++i)
            ini += QStringLiteral("m%1 zoo_id=%1\n").arg(i);
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const QVariantMap v = Planner::hostValues(*recipe, target(ini), QStringLiteral("m1"));
        QCOMPARE(v.value(QStringLiteral("quorum")).toInt(), quorum);
        QCOMPARE(v.value(QStringLiteral("masters")).toList().size(), masters);
    }

    void agentFilesForADockerCluster()
    {
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto plan = Planner::build(*recipe, target(kCluster));
        QVERIFY(plan.ok());
        const HostPlan *a1 = plan->host(QStringLiteral("a1"));
        QCOMPARE(fileOf(*a1, QStringLiteral("/etc/mesos-slave/containerizers")),
                 QStringLiteral("docker,mesos\n"));
        QCOMPARE(fileOf(*a1, QStringLiteral("/etc/mesos-slave/executor_registration_timeout")),
                 QStringLiteral("5mins\n"));
        QCOMPARE(fileOf(*a1, QStringLiteral("/etc/mesos-slave/ip")), QStringLiteral("10.0.0.11\n"));
        QCOMPARE(fileOf(*a1, QStringLiteral("/etc/mesos/zk")),
                 QStringLiteral("zk://10.0.0.1:2181,10.0.0.2:2181,10.0.0.3:2181/mesos\n"));
    }

    // Mesos refuses a host name for --ip: `ip` is an IPv4 address or planning
    // fails naming the host.
    void ipIsAnAddressNeverAName_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("learned"); // as the host reported it over SSH
        QTest::addColumn<QString>("ip"); // expected in /etc/mesos-master/ip; empty: the plan fails
        QTest::addColumn<QString>("error");
        QTest::newRow("ansible_host address") << QStringLiteral("m3 ansible_host=10.0.0.3") << QString()
                                              << QStringLiteral("10.0.0.3") << QString();
        QTest::newRow("name only") << QStringLiteral("m3") << QString() << QString()
                                   << QStringLiteral(
                                          "m3: no IPv4 address for ip: its address 'm3' is a name");
        QTest::newRow("ansible_host a name")
            << QStringLiteral("m3 ansible_host=m3.example.com") << QString() << QString()
            << QStringLiteral("m3: no IPv4 address for ip: its address 'm3.example.com' is a name");
        QTest::newRow("learned") << QStringLiteral("m3 ansible_host=m3.example.com")
                                 << QStringLiteral("10.9.8.7") << QStringLiteral("10.9.8.7") << QString();
        QTest::newRow("ip given") << QStringLiteral("m3 ip=10.0.0.33") << QString()
                                  << QStringLiteral("10.0.0.33") << QString();
        QTest::newRow("ip a name") << QStringLiteral("m3 ip=m3") << QStringLiteral("10.9.8.7") << QString()
                                   << QStringLiteral("m3: ip is 'm3', not an IPv4 address");
        QTest::newRow("ip not a quad") << QStringLiteral("m3 ip=10.0.0.256") << QString() << QString()
                                       << QStringLiteral("m3: ip is '10.0.0.256', not an IPv4 address");
    }
    void ipIsAnAddressNeverAName()
    {
        QFETCH(QString, ini);
        QFETCH(QString, learned);
        QFETCH(QString, ip);
        QFETCH(QString, error);
        ProvisionTarget t = target(QStringLiteral("[masters]\nm1 ansible_host=10.0.0.1 zoo_id=1\n"
                                                  "m2 ansible_host=10.0.0.2 zoo_id=2\n%1 zoo_id=3\n")
                                       .arg(ini));
        if (!learned.isEmpty())
            t.hostAddresses.insert(QStringLiteral("m3"), learned);
        QCOMPARE(Planner::hostsNeedingAddress(
                     *RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml")), t,
                     { QStringLiteral("m1"), QStringLiteral("m3") }),
                 ip.isEmpty() && !ini.contains(QStringLiteral("ip=")) ? QStringList { QStringLiteral("m3") }
                                                                      : QStringList());
        for (const QString &path : RecipeLoader::shippedRecipes()) {
            const auto recipe = RecipeLoader::loadFile(path);
            QVERIFY(recipe.ok());
            const auto plan = Planner::build(*recipe, t);
            if (ip.isEmpty()) {
                QVERIFY2(!plan.ok(), qPrintable(path));
                QVERIFY2(plan.error().message.startsWith(error), qPrintable(plan.error().message));
                QVERIFY2(plan.error().message.contains(
                             QStringLiteral("ip=<IPv4 address> for m3 in the inventory")),
                         qPrintable(plan.error().message));
                QVERIFY2(plan.error().message.contains(QStringLiteral("(step '")),
                         qPrintable(plan.error().message));
            } else {
                QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
                QCOMPARE(plan->host(QStringLiteral("m3"))->values.value(QStringLiteral("ip")).toString(), ip);
            }
        }
        // A recipe that never uses `ip` plans whatever the addresses are.
        const auto noIp
            = parse(QStringLiteral("recipe: 1\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n"
                                   "      - copy: { dest: /etc/x, content: \"{{address}}\" }\n"));
        QVERIFY(noIp.ok());
        const auto plan = Planner::build(*noIp, t);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    }

    void limitSelectsHostsAndGroups()
    {
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto plan = Planner::build(*recipe, target(kCluster), { QStringLiteral("m2,agents") });
        QVERIFY(plan.ok());
        QCOMPARE(plan->hosts.size(), 3);
        // Values still see every master.
        QCOMPARE(plan->host(QStringLiteral("m2"))->values.value(QStringLiteral("quorum")).toInt(), 2);
        const auto bad = Planner::build(*recipe, target(kCluster), { QStringLiteral("nope") });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("'nope'")));
    }

    void workspaceProfileGivesGroupsAndSsh()
    {
        auto t = target(QStringLiteral("[zk]\nz1 zoo_id=1\n[workers]\nw1\n"));
        mc::inventory::ClusterProfile profile;
        profile.roles.masterGroups = { QStringLiteral("zk") };
        profile.roles.agentGroups = { QStringLiteral("workers") };
        profile.ssh.user = QStringLiteral("admin");
        profile.ssh.port = 2222;
        profile.haproxyDomain = QStringLiteral("example.com");
        ProvisionTarget fromWs
            = ProvisionTarget::fromWorkspace(mc::inventory::Workspace(t.inventory, profile));
        fromWs.hostAddresses = { { QStringLiteral("z1"), QStringLiteral("10.0.0.1") },
                                 { QStringLiteral("w1"), QStringLiteral("10.0.0.2") } };
        QCOMPARE(fromWs.sshUser, QStringLiteral("admin"));
        QCOMPARE(fromWs.sshPort, quint16(2222));
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto plan = Planner::build(*recipe, fromWs);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->hosts.size(), 2);
        QVERIFY(plan->host(QStringLiteral("z1"))->master);
        QVERIFY(plan->host(QStringLiteral("w1"))->agent);
        QCOMPARE(plan->host(QStringLiteral("z1"))->spec.port, quint16(2222));
    }

    void badRecipesGiveFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString head
            = QStringLiteral("recipe: 1\nname: x\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n");
        QTest::newRow("yaml syntax") << QStringLiteral("recipe: 1\nroles: [a, b\n")
                                     << QStringLiteral("bad.yaml");
        QTest::newRow("unknown top key") << QStringLiteral("recipe: 1\nrolez: {}\n")
                                         << QStringLiteral("bad.yaml:2:1: unknown key 'rolez'");
        QTest::newRow("no version") << QStringLiteral(
            "name: x\napply: { masters: [r] }\nroles: { r: { steps: [] } }\n")
                                    << QStringLiteral("missing 'recipe: 1'");
        QTest::newRow("unknown kind") << head + QStringLiteral("      - name: s\n        shell: ls\n")
                                      << QStringLiteral("bad.yaml:8:9: unknown key 'shell'");
        QTest::newRow("no kind") << head + QStringLiteral("      - name: lonely\n")
                                 << QStringLiteral("has no kind");
        QTest::newRow("two kinds") << head + QStringLiteral("      - command: ls\n        directory: /x\n")
                                   << QStringLiteral("bad.yaml:8:9: a step has one kind");
        QTest::newRow("missing option")
            << head + QStringLiteral("      - template: { src: zoo.cfg.mustache }\n")
            << QStringLiteral("missing option 'dest'");
        QTest::newRow("unknown option")
            << head + QStringLiteral("      - copy: { dest: /x, content: y, colour: red }\n")
            << QStringLiteral("unknown option 'colour'");
        QTest::newRow("bad mode") << head
                + QStringLiteral("      - copy: { dest: /x, content: y, mode: 644x }\n")
                                  << QStringLiteral("mode must be octal");
        QTest::newRow("bad state")
            << head + QStringLiteral("      - service: { name: zk, state: running }\n")
            << QStringLiteral("state must be one of started, stopped, restarted, reloaded, not 'running'");
        QTest::newRow("unknown handler")
            << head + QStringLiteral("      - command: ls\n        notify: restart it\n")
            << QStringLiteral("bad.yaml:7: step 'command (line 7)' notifies 'restart it'");
        QTest::newRow("unknown role in apply")
            << QStringLiteral("recipe: 1\napply: { agents: [ghost] }\nroles: { r: { steps: [] } }\n")
            << QStringLiteral("names role 'ghost'");
        QTest::newRow("missing template")
            << head + QStringLiteral("      - template: { src: nowhere.mustache, dest: /x }\n")
            << QStringLiteral("template 'nowhere.mustache' of step");
        QTest::newRow("wait without target") << head + QStringLiteral("      - wait_for: { timeout: 3 }\n")
                                             << QStringLiteral("give either port or url");
    }
    void badRecipesGiveFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto r = parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    // A recipe's file name is shown as it is: its %2F is no place marker for the line.
    void aPercentInTheFileNameStays()
    {
        const auto r = RecipeLoader::parse(QStringLiteral("recipe: 1\nrolez: {}\n"),
                                           QStringLiteral("dir/a%2Fb.yaml"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("dir/a%2Fb.yaml:2:1: unknown key 'rolez'")),
                 qPrintable(r.error().message));
    }

    void templateErrorsFailThePlanWithTemplateLine()
    {
        QTemporaryDir dir;
        QFile t(dir.filePath(QStringLiteral("x.mustache")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("line one\nvalue={{no_such_variable}}\n");
        t.close();
        const auto recipe
            = parse(QStringLiteral("recipe: 1\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n"
                                   "      - template: { src: x.mustache, dest: /etc/x }\n"),
                    dir.path());
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        const auto plan = Planner::build(*recipe, target(kCluster));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("x.mustache:2:")),
                 qPrintable(plan.error().message));
        QVERIFY2(plan.error().message.contains(QStringLiteral("no_such_variable")),
                 qPrintable(plan.error().message));
    }

    void undefinedVariableInAStepNamesTheRecipeLine()
    {
        const auto recipe
            = parse(QStringLiteral("recipe: 1\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n"
                                   "      - command: echo {{nothing}}\n"));
        QVERIFY(recipe.ok());
        const auto plan = Planner::build(*recipe, target(kCluster));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("bad.yaml:6")),
                 qPrintable(plan.error().message));
    }

    void whenSkipsSteps()
    {
        QVERIFY(Planner::condition({}, {}));
        QVERIFY(Planner::condition(QStringLiteral("a"), { { QStringLiteral("a"), true } }));
        QVERIFY(!Planner::condition(QStringLiteral("a"), { { QStringLiteral("a"), QStringLiteral("") } }));
        QVERIFY(
            Planner::condition(QStringLiteral("!a"), { { QStringLiteral("a"), QStringLiteral("false") } }));
        QVERIFY(!Planner::condition(QStringLiteral("!is_agent"), { { QStringLiteral("is_agent"), true } }));
    }

    void preflightCatchesClusterMistakes_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("check");
        QTest::newRow("even count") << QStringLiteral("[masters]\nm1 zoo_id=1\nm2 zoo_id=2\n")
                                    << QStringLiteral("master_count");
        QTest::newRow("duplicate id") << QStringLiteral("[masters]\nm1 zoo_id=1\nm2 zoo_id=1\nm3 zoo_id=3\n")
                                      << QStringLiteral("zoo_id");
        QTest::newRow("missing id") << QStringLiteral("[masters]\nm1 zoo_id=1\nm2\nm3 zoo_id=3\n")
                                    << QStringLiteral("zoo_id");
        QTest::newRow("id out of range")
            << QStringLiteral("[masters]\nm1 zoo_id=300\n") << QStringLiteral("zoo_id");
        QTest::newRow("quorum not majority") << QStringLiteral(
            "[masters]\nm1 zoo_id=1\nm2 zoo_id=2\nm3 zoo_id=3\n[masters:vars]\nmesos_quorum=1\n")
                                             << QStringLiteral("quorum");
        QTest::newRow("admin server on 8080")
            << QStringLiteral("[masters]\nm1 zoo_id=1 zk_admin_server=True zk_admin_port=8080\n")
            << QStringLiteral("port");
        QTest::newRow("no masters") << QStringLiteral("[agents]\na1\n") << QStringLiteral("master_count");
    }
    void preflightCatchesClusterMistakes()
    {
        QFETCH(QString, ini);
        QFETCH(QString, check);
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto issues = Preflight::checkInventory(*recipe, target(ini));
        bool found = false;
        for (const auto &i : issues)
            found = found || (i.check == check && i.isError());
        QVERIFY2(found, qPrintable(issues.isEmpty() ? QStringLiteral("no issues") : issues.first().text()));
    }
    void preflightPassesAGoodCluster()
    {
        const auto recipe = RecipeLoader::loadFile(QStringLiteral(":/recipes/configure-only.yaml"));
        QVERIFY(recipe.ok());
        const auto issues = Preflight::checkInventory(*recipe, target(kCluster));
        QVERIFY2(!Preflight::hasErrors(issues),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().text()));
    }

    void preflightSeesALoopbackHostName()
    {
        const auto issues = Preflight::judgeHost(
            QStringLiteral("m1"), true, false,
            QStringLiteral(
                "os=Debian GNU/Linux 12 (bookworm)\ninit=systemd\nhostname=m1\n"
                "resolves=127.0.1.1 \ndisk=99999999\n"
                "listen=0.0.0.0:8080 users:((\"python3\",pid=1,fd=3)) python3 -m http.server 8080\n"
                "listen=0.0.0.0:2181 users:((\"java\",pid=2,fd=3)) java -cp /usr/share/java/zookeeper.jar "
                "org.apache.zookeeper.server.quorum.QuorumPeerMain /etc/zookeeper/conf/zoo.cfg\nsudo=ok\n"),
            0);
        QStringList checks;
        for (const auto &i : issues)
            checks << i.check;
        QCOMPARE(checks,
                 (QStringList { QStringLiteral("system"), QStringLiteral("loopback_hostname"),
                                QStringLiteral("port") }));
        QVERIFY(issues.last().message.contains(QStringLiteral("8080")));
    }

    void preflightJudgesPortsByCommandLineAndRoles_data()
    {
        QTest::addColumn<bool>("master");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("warning"); // empty: none
        const QString java = QStringLiteral("users:((\"java\",pid=7,fd=9))");
        QTest::newRow("any java on 8080")
            << true << false << QStringLiteral("0.0.0.0:8080 %1 java -jar app.jar").arg(java)
            << QStringLiteral("port 8080 is already in use by java (pid 7: java -jar app.jar)");
        QTest::newRow("marathon on 8080")
            << true << false
            << QStringLiteral(
                   "0.0.0.0:8080 %1 java -cp /usr/share/marathon/lib/x.jar mesosphere.marathon.Main")
                   .arg(java)
            << QString();
        QTest::newRow("zookeeper admin on 8080")
            << true << false
            << QStringLiteral("0.0.0.0:8080 %1 java org.apache.zookeeper.server.quorum.QuorumPeerMain")
                   .arg(java)
            << QStringLiteral("port 8080 is held by ZooKeeper (its admin server)");
        QTest::newRow("java on 2181")
            << true << false << QStringLiteral("0.0.0.0:2181 %1 java Other").arg(java)
            << QStringLiteral("port 2181 is already in use by java");
        QTest::newRow("5051 on master and agent")
            << true << true << QStringLiteral("10.0.0.1:5051 users:((\"nc\",pid=3,fd=3)) nc -l 5051")
            << QStringLiteral("port 5051 is already in use by nc");
        QTest::newRow("5051 on a master only")
            << true << false << QStringLiteral("10.0.0.1:5051 users:((\"nc\",pid=3,fd=3)) nc -l 5051")
            << QString();
        QTest::newRow("mesos agent on 5051")
            << true << true
            << QStringLiteral("10.0.0.1:5051 users:((\"mesos-agent\",pid=3,fd=3)) /usr/sbin/mesos-agent")
            << QString();
        QTest::newRow("2181 on an agent only")
            << false << true << QStringLiteral("0.0.0.0:2181 %1 java Other").arg(java) << QString();
    }
    void preflightJudgesPortsByCommandLineAndRoles()
    {
        QFETCH(bool, master);
        QFETCH(bool, agent);
        QFETCH(QString, listen);
        QFETCH(QString, warning);
        const auto issues = Preflight::judgeHost(
            QStringLiteral("h"), master, agent,
            QStringLiteral("os=Debian GNU/Linux 12 (bookworm)\ninit=sysv\nlisten=%1\nsudo=ok\n").arg(listen),
            std::nullopt);
        QStringList ports;
        for (const auto &i : issues) {
            if (i.check == u"port")
                ports << i.message;
        }
        if (warning.isEmpty()) {
            QVERIFY2(ports.isEmpty(), qPrintable(ports.join(u'\n')));
        } else {
            QCOMPARE(ports.size(), 1);
            QVERIFY2(ports.first().startsWith(warning), qPrintable(ports.first()));
        }
        // The system is always shown, as information.
        QCOMPARE(issues.first().check, QStringLiteral("system"));
        QCOMPARE(issues.first().severity, PreflightIssue::Severity::Info);
        QCOMPARE(issues.first().message, QStringLiteral("Debian GNU/Linux 12 (bookworm), init system sysv"));
        QVERIFY(issues.first().text().startsWith(QStringLiteral("INFO h: ")));
        QVERIFY(!Preflight::hasErrors(issues));
    }

    void preflightClockSkew()
    {
        auto clock = [](std::optional<qint64> offset) {
            QStringList out;
            for (const auto &i : Preflight::judgeHost(QStringLiteral("h"), true, false,
                                                      QStringLiteral("init=sysv\nsudo=ok\n"), offset)) {
                if (i.check == u"clock")
                    out << i.message;
            }
            return out;
        };
        QVERIFY(clock(std::nullopt).isEmpty());
        QVERIFY(clock(4900).isEmpty());
        QCOMPARE(clock(-7300),
                 QStringList { QStringLiteral(
                     "its clock is -7.3 s off this machine's: run NTP (chrony) everywhere.") });
    }

    void scriptsQuoteEveryValue()
    {
        PlannedStep s;
        s.step.kind = StepKind::Command;
        s.args.insert(QStringLiteral("run"), QStringLiteral("echo 'a b'; touch /tmp/x"));
        s.args.insert(QStringLiteral("creates"), QStringLiteral("/tmp/$(reboot)"));
        const QString script = StepExecutor::commandScript(s, false);
        QVERIFY(script.contains(QStringLiteral("[ -e '/tmp/$(reboot)' ]")));
        QVERIFY(script.contains(QStringLiteral("sh -c 'echo '\\''a b'\\''; touch /tmp/x'")));
    }
};

QTEST_GUILESS_MAIN(tst_Recipe)
#include "tst_Recipe.moc"
