// The CLI's changes pass the gate (core/audit/ActionGate): --read-only refuses every
// verb that changes Marathon before anything is sent, and each change, refused or
// not, is one line of the audit log that `mesos-console-cli audit` reads back.
// Real processes: the CLI and localcluster.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyRefusesEveryChangeVerb();
    void changesAreLoggedWithTheirOutcome();
    void auditFiltersAndJson();
    void theWorkspaceModeHolds();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    // The verbs of NOUN that `mesos-console-cli --help` lists ("scale", "kill", …).
    QStringList verbsOf(const QString &noun) const;
    // What Marathon served that is not a read (method and path -> count), since the last call.
    QJsonObject changesServed() const;
    QString appFile() const;
    QString podFile() const;

    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
};

tst_CliAudit::Run tst_CliAudit::cli(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MESOS_CONSOLE_AUDIT_LOG"_s, m_log);
    process.setProcessEnvironment(env);
    process.start(mc::test::executablePath(u"mesos-console-cli"_s), args);
    process.waitForFinished(60000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QStringList tst_CliAudit::verbsOf(const QString &noun) const
{
    // "  apps scale         Scale an app: ID N." in the command list of --help.
    const Run r = cli({ u"--help"_s });
    QStringList verbs;
    const QRegularExpression verb(u"^  %1 ([a-z-]+) "_s.arg(noun));
    for (const QString &line : r.out.split(u'\n')) {
        if (const auto m = verb.match(line); m.hasMatch())
            verbs << m.captured(1);
    }
    return verbs;
}

QJsonObject tst_CliAudit::changesServed() const
{
    const auto counts
        = mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/__admin/requests"_s).json().object();
    QJsonObject changes;
    const QJsonObject requests = counts.value(u"requests"_s).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!it.key().startsWith(u"GET "_s) && !it.key().startsWith(u"HEAD "_s))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QString tst_CliAudit::appFile() const
{
    return m_dir.filePath(u"app.json"_s);
}

QString tst_CliAudit::podFile() const
{
    return m_dir.filePath(u"pod.json"_s);
}

void tst_CliAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(u"audit/audit.jsonl"_s);
    QFile app(appFile());
    QVERIFY(app.open(QIODevice::WriteOnly));
    app.write(R"({"id":"/audit/new","cmd":"sleep 1000","cpus":0.1,"mem":32,"instances":1})");
    app.close();
    QFile pod(podFile());
    QVERIFY(pod.open(QIODevice::WriteOnly));
    pod.write(R"({"id":"/audit/pod","scaling":{"instances":1},"containers":[{"name":"c1","resources":{"cpus":0.1,"mem":16},"exec":{"command":{"shell":"sleep 1000"}}}]})");
    pod.close();
    m_cluster = std::make_unique<mc::test::LocalClusterProcess>(
        QStringList { u"--masters"_s, u"1"_s, u"--agents"_s, u"2"_s, u"--demo-apps"_s });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    // A running task of the ticker to kill.
    QTRY_VERIFY_WITH_TIMEOUT(!mc::test::httpGet(m_cluster->marathonUrl() + u"/v2/apps/demo/ticker/tasks"_s)
                                  .json()
                                  .object()
                                  .value(u"tasks"_s)
                                  .toArray()
                                  .isEmpty(),
                             30000);
    // The demo apps' first deployments are over (a change would be refused with 409).
    // A pod for the pods verbs to read and be refused on.
    QFile podDefinition(podFile());
    QVERIFY(podDefinition.open(QIODevice::ReadOnly));
    QCOMPARE(mc::test::httpRequest("POST", m_cluster->marathonUrl() + u"/v2/pods"_s, podDefinition.readAll(),
                                   { { "Content-Type", "application/json" } })
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(
        mc::test::httpGet(m_cluster->marathonUrl() + u"/v2/deployments"_s).json().array().isEmpty(), 60000);
}

void tst_CliAudit::readOnlyRefusesEveryChangeVerb()
{
    const QString taskId = mc::test::httpGet(m_cluster->marathonUrl() + u"/v2/apps/demo/ticker/tasks"_s)
                               .json()
                               .object()
                               .value(u"tasks"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
    QVERIFY(!taskId.isEmpty());
    // The arguments each positional word of a usage line takes here.
    // apps import reads what apps export wrote.
    const QString exported = m_dir.filePath(u"exported-apps"_s);
    QCOMPARE(cli({ u"apps"_s, u"export"_s, exported, u"--marathon"_s, m_cluster->marathonUrl() }).exitCode, 0);
    const QHash<QString, QString> values { { u"ID"_s, u"/demo/ticker"_s },
                                           { u"N"_s, u"3"_s },
                                           { u"FILE.json"_s, appFile() },
                                           { u"TASKID..."_s, taskId },
                                           { u"OUT"_s, m_dir.filePath(u"export-check"_s) },
                                           { u"IN"_s, exported } };
    // The pods verbs take a pod where the apps verbs take an app.
    const QHash<QString, QString> podValues { { u"ID"_s, u"/audit/pod"_s },
                                              { u"FILE.json"_s, podFile() },
                                              { u"INSTANCE"_s, u"audit_pod.instance-1"_s } };
    QStringList verbs;
    for (const QString &noun : { u"apps"_s, u"tasks"_s, u"pods"_s }) {
        for (const QString &verb : verbsOf(noun)) {
            if (noun + u' ' + verb == u"tasks usage"_s) // a read (agents' statistics): nothing to refuse
                continue;
            if (noun + u' ' + verb != u"tasks exec"_s) // reaches the task's host over SSH: below
                verbs << noun + u' ' + verb;
        }
    }
    // Every verb of apps and tasks changes something, but the reads (queue, why, versions, diff),
    // which have no --read-only and send nothing but GETs.
    QVERIFY2(verbs.size() >= 6, qPrintable(verbs.join(u", ")));
    const QString version = mc::test::httpGet(m_cluster->marathonUrl() + u"/v2/apps/demo/ticker/versions"_s)
                                .json()
                                .object()
                                .value(u"versions"_s)
                                .toArray()
                                .first()
                                .toString();
    (void)changesServed();
    QStringList reads;
    for (const QString &command : QStringList(verbs)) {
        const Run help = cli(command.split(u' ') << u"--help"_s);
        const QString usage = help.out.section(u'\n', 0, 0);
        const bool read = !help.out.contains(u"--read-only"_s);
        QStringList args = command.split(u' ');
        const QStringList words = usage.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words.mid(words.indexOf(u"[options]"_s) + 1)) {
            if (read && word.startsWith(u'['))
                continue;
            const QString bare = QString(word).remove(u'[').remove(u']');
            const auto &given = command.startsWith(u"pods "_s) && podValues.contains(bare) ? podValues : values;
            QVERIFY2(given.contains(bare), qPrintable(command + u": no value for "_s + word));
            args << given.value(bare);
        }
        if (help.out.contains(u"--to <version>"_s))
            args << u"--to"_s << version;
        if (help.out.contains(u"--other <url>"_s)) // apps compare: the cluster with itself
            args << u"--other"_s << m_cluster->marathonUrl();
        if (help.out.contains(u"--prefix <"_s)) // apps import: copies, so that there is something to change
            args << u"--prefix"_s << u"/copy"_s;
        args << u"--marathon"_s << m_cluster->marathonUrl();
        if (read) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(command + u": "_s + QString::number(r.exitCode) + r.err));
            reads << command;
            verbs.removeOne(command);
            continue;
        }
        args << u"--read-only"_s << u"--cluster"_s << u"lab"_s;
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(command + u": "_s + QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(command + u": "_s + r.err));
    }
    QCOMPARE(reads, (QStringList { u"apps compare"_s, u"apps diff"_s, u"apps export"_s, u"apps queue"_s,
                                   u"apps versions"_s, u"apps why"_s, u"pods list"_s, u"pods show"_s }));
    QCOMPARE(changesServed(), QJsonObject());
    // The verbs that reach hosts over SSH: refused before any connection (port 1 answers nobody).
    const QStringList on { u"--on"_s, u"127.0.0.1:1,127.0.0.2:1"_s, u"--read-only"_s, u"--cluster"_s,
                           u"lab"_s };
    // Provision apply and HAProxy sync too (their inventory's hosts have no SSH either).
    const QString inventory = m_dir.filePath(u"read-only-hosts.ini"_s);
    {
        QFile file(inventory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[masters]\n127.0.0.1 ansible_port=1 zoo_id=1 ip=127.0.0.1\n[agents]\n127.0.0.2 "
                   "ansible_port=1 ip=127.0.0.2\n");
    }
    for (const QStringList &args :
         { QStringList { u"services"_s, u"restart"_s, u"zookeeper"_s } + on,
           QStringList { u"run"_s } + on + QStringList { u"--"_s, u"uptime"_s },
           QStringList { u"tasks"_s, u"exec"_s, taskId, u"--master"_s, m_cluster->masterUrls().value(0),
                         u"--on"_s, u"127.0.0.1:1"_s, u"--read-only"_s, u"--cluster"_s, u"lab"_s, u"--"_s,
                         u"uptime"_s },
           QStringList { u"haproxy"_s, u"sync"_s, u"--marathon"_s, m_cluster->marathonUrl(), u"--domain"_s,
                         u"apps.test.localhost"_s }
               + on,
           QStringList { u"provision"_s, u"--inventory"_s, inventory, u"--read-only"_s, u"--cluster"_s,
                         u"lab"_s } }) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"UNREACHABLE"_s), qPrintable(r.out));
        verbs << args.first();
    }

    const Run audit = cli({ u"audit"_s, u"--json"_s, u"--result"_s, u"refused"_s });
    QCOMPARE(audit.exitCode, 0);
    const QStringList lines = audit.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), verbs.size());
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(o.value(u"cluster"_s).toString(), u"lab"_s);
        QCOMPARE(o.value(u"front_end"_s).toString(), u"cli"_s);
        QVERIFY(o.value(u"error"_s).toString().contains(u"read-only"_s));
    }
}

void tst_CliAudit::changesAreLoggedWithTheirOutcome()
{
    const QString marathon = m_cluster->marathonUrl();
    const Run scaled = cli({ u"apps"_s, u"scale"_s, u"/demo/ticker"_s, u"3"_s, u"--marathon"_s, marathon });
    QVERIFY2(scaled.exitCode == 0, qPrintable(scaled.err));
    QCOMPARE(changesServed().value(u"PUT /v2/apps/demo/ticker"_s).toInt(), 1);

    // A change Marathon answers with 500: logged as failed, with Marathon's reason.
    const auto fault
        = mc::test::httpRequest("POST", marathon + u"/__admin/faults"_s,
                                R"({"target":"marathon","path":"/v2/tasks/delete","mode":"error","count":1})",
                                { { "Content-Type", "application/json" } });
    QCOMPARE(fault.status, 201);
    const Run killed = cli({ u"tasks"_s, u"kill"_s, u"no-such-task.1"_s, u"--marathon"_s, marathon });
    QCOMPARE(killed.exitCode, 1);

    const Run audit = cli({ u"audit"_s, u"--json"_s, u"--since"_s, u"10m"_s });
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    QJsonObject scale;
    QJsonObject kill;
    for (const QString &line : audit.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(u"result"_s) == u"refused"_s)
            continue;
        if (o.value(u"action"_s) == u"app.scale"_s)
            scale = o;
        else if (o.value(u"action"_s) == u"task.kill"_s)
            kill = o;
    }
    QCOMPARE(scale.value(u"result"_s).toString(), u"ok"_s);
    QCOMPARE(scale.value(u"targets"_s).toArray(), QJsonArray { u"/demo/ticker"_s });
    QCOMPARE(scale.value(u"parameters"_s).toObject().value(u"instances"_s).toInt(), 3);
    QCOMPARE(scale.value(u"cluster"_s).toString(), QUrl(marathon).host()); // no --cluster: the URL's host
    QVERIFY(!scale.value(u"user"_s).toString().isEmpty());
    QVERIFY(scale.value(u"duration_ms"_s).toInt() >= 0);
    QCOMPARE(kill.value(u"result"_s).toString(), u"failed"_s);
    QCOMPARE(kill.value(u"targets"_s).toArray(), QJsonArray { u"no-such-task.1"_s });
    QVERIFY2(kill.value(u"error"_s).toString().contains(u"500"_s),
             qPrintable(kill.value(u"error"_s).toString()));
}

void tst_CliAudit::auditFiltersAndJson()
{
    const Run table = cli({ u"audit"_s, u"--action"_s, u"app.scale"_s, u"--result"_s, u"ok"_s });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the one scale
    QVERIFY(lines.at(0).startsWith(u"TIME (UTC)"_s));
    QVERIFY(lines.at(1).contains(u"/demo/ticker"_s));
    QVERIFY(lines.at(1).contains(u" ok "_s));

    QCOMPARE(cli({ u"audit"_s, u"--since"_s, u"tomorrow"_s }).exitCode, 2);
    QCOMPARE(cli({ u"audit"_s, u"--result"_s, u"maybe"_s }).exitCode, 2);
    const Run none = cli({ u"audit"_s, u"--cluster"_s, u"nowhere"_s });
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.split(u'\n', Qt::SkipEmptyParts).size(), 1); // the header only
}

// A workspace's mode holds for the CLI too (-w): read-only refuses, protected wants the
// cluster's name (--confirm-cluster); the lines name the workspace's cluster.
void tst_CliAudit::theWorkspaceModeHolds()
{
    const auto workspace = [this](const QString &mode) {
        QString path = m_dir.filePath(mode + u".mcw.yaml"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(u"mesos_console_workspace: 1\nprofile:\n  name: production\n  mode: %1\n"
                       "inventory:\n  all:\n    hosts:\n      127.0.0.1: {ansible_port: 1}\n"_s.arg(mode)
                           .toUtf8());
        return path;
    };
    const QStringList command { u"--on"_s, u"all"_s, u"--"_s, u"uptime"_s };
    const Run readOnly = cli(QStringList { u"run"_s, u"-w"_s, workspace(u"read-only"_s) } + command);
    QCOMPARE(readOnly.exitCode, 1);
    QVERIFY2(readOnly.err.contains(u"\"production\" is read-only"_s), qPrintable(readOnly.err));
    const QString protectedWs = workspace(u"protected"_s);
    for (const QStringList &confirm : { QStringList {}, QStringList { u"--confirm-cluster"_s, u"staging"_s } }) {
        const Run r = cli(QStringList { u"run"_s, u"-w"_s, protectedWs } + confirm + command);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"protected"_s), qPrintable(r.err));
        // It says how to go ahead.
        QVERIFY2(r.err.contains(u"--confirm-cluster production"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"UNREACHABLE"_s), qPrintable(r.out)); // nothing was tried
    }
    const Run confirmed = cli(QStringList { u"run"_s, u"-w"_s, protectedWs, u"--confirm-cluster"_s,
                                            u"production"_s }
                              + command);
    QVERIFY2(confirmed.out.contains(u"UNREACHABLE"_s), qPrintable(confirmed.out + confirmed.err));
    const Run audit = cli({ u"audit"_s, u"--json"_s, u"--cluster"_s, u"production"_s });
    const QStringList lines = audit.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QStringList results { u"refused"_s, u"refused"_s, u"refused"_s, u"failed"_s };
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        QCOMPARE(o.value(u"result"_s).toString(), results.at(i));
        QCOMPARE(o.value(u"action"_s).toString(), u"host.run"_s);
        QVERIFY(o.value(u"workspace"_s).toString().endsWith(u".mcw.yaml"_s));
    }
}

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_CliAudit.moc"
