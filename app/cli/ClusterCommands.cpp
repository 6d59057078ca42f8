// mesos-console-cli leader | agents | frameworks | apps | tasks
//   --master URL|zk://... [--marathon URL] [--json] [--watch]
// One ClusterWatcher, as the GUI uses; prints a table (or JSON) of what it
// sees; --watch keeps running and prints the rows that appear (+), go (-) or
// change (~), one line each (JSON: one object per line).
#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"

#include "core/cluster/ClusterWatcher.h"
#include "core/mesos/TaskState.h"
#include "core/util/Numbers.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/util/Logging.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

#include <csignal>

namespace {

using namespace mc::cli;
using mc::cluster::ClusterSnapshot;
using mc::cluster::ConnectionState;

enum class What { Leader, Agents, Frameworks, Apps, Tasks };

struct Row
{
    QString id;
    QStringList cells;
    QJsonObject json;
};

struct Table
{
    QStringList header;
    QList<Row> rows;
};

// For people, in the locale (mc::util): "63,970", "0.25"; sizes "7.5 GiB". --json has the raw numbers.
QString number(double value)
{
    return mc::util::decimal(value, 2);
}

QString count(qint64 value)
{
    return mc::util::grouped(value);
}

QString usage(double used, double total, bool size)
{
    return size ? mc::util::mebibytes(used) + u'/' + mc::util::mebibytes(total)
                : number(used) + u'/' + number(total);
}

QString epoch(double seconds)
{
    return seconds > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC).toString(Qt::ISODate)
                       : QString();
}

QString portsOf(const QString &ranges)
{
    QString text = ranges;
    return text.remove(u'[').remove(u']');
}

Table leaderTable(const ClusterSnapshot &s)
{
    Table table { { QStringLiteral("MASTER"), QStringLiteral("ROLE"), QStringLiteral("VERSION") }, {} };
    for (const mc::cluster::MasterStatus &m : s.masters) {
        const QString role = !m.reachable ? QStringLiteral("down")
            : m.leader                    ? QStringLiteral("leader")
                                          : QStringLiteral("standby");
        table.rows.append({ m.name,
                            { m.name, role, m.version },
                            QJsonObject { { QStringLiteral("master"), m.name },
                                          { QStringLiteral("url"), m.url.toString(QUrl::RemovePassword) },
                                          { QStringLiteral("role"), role },
                                          { QStringLiteral("version"), m.version },
                                          { QStringLiteral("error"), m.error } } });
    }
    for (const mc::zookeeper::ZkServerStatus &z : s.zookeeper) {
        const QString role
            = z.error.isEmpty() ? QStringLiteral("zookeeper ") + z.mode : QStringLiteral("zookeeper down");
        table.rows.append({ z.hostPort,
                            { z.hostPort, role, z.version },
                            QJsonObject { { QStringLiteral("zookeeper"), z.hostPort },
                                          { QStringLiteral("mode"), z.mode },
                                          { QStringLiteral("latencyAvgMs"), z.latencyAvg },
                                          { QStringLiteral("connections"), z.connections },
                                          { QStringLiteral("outstanding"), z.outstanding },
                                          { QStringLiteral("error"), z.error } } });
    }
    return table;
}

Table agentsTable(const ClusterSnapshot &s)
{
    Table table { { QStringLiteral("HOST"), QStringLiteral("CPUS"), QStringLiteral("MEM"),
                    QStringLiteral("DISK"), QStringLiteral("TASKS"), QStringLiteral("STATUS"),
                    QStringLiteral("ID") },
                  {} };
    for (const mc::mesos::Agent &a : *s.agents) {
        int tasks = 0;
        for (int i = 0; i < mc::mesos::kTaskStateCount; ++i)
            tasks += mc::mesos::isActive(mc::mesos::TaskState(i)) ? a.taskCounts[size_t(i)] : 0;
        const QString status = a.deactivated ? QStringLiteral("deactivated")
            : a.active                       ? QStringLiteral("active")
                                             : QStringLiteral("inactive");
        table.rows.append(
            { a.id,
              { a.hostname, usage(a.used.cpus, a.total.cpus, false), usage(a.used.mem, a.total.mem, true),
                usage(a.used.disk, a.total.disk, true), count(tasks), status, a.id },
              QJsonObject { { QStringLiteral("id"), a.id },
                            { QStringLiteral("hostname"), a.hostname },
                            { QStringLiteral("pid"), a.pid },
                            { QStringLiteral("cpusUsed"), a.used.cpus },
                            { QStringLiteral("cpusTotal"), a.total.cpus },
                            { QStringLiteral("memUsedMb"), a.used.mem },
                            { QStringLiteral("memTotalMb"), a.total.mem },
                            { QStringLiteral("diskUsedMb"), a.used.disk },
                            { QStringLiteral("diskTotalMb"), a.total.disk },
                            { QStringLiteral("activeTasks"), tasks },
                            { QStringLiteral("status"), status },
                            { QStringLiteral("attributes"), a.attributesText() },
                            { QStringLiteral("version"), a.version } } });
    }
    return table;
}

Table frameworksTable(const ClusterSnapshot &s)
{
    Table table { { QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("TASKS"),
                    QStringLiteral("CPUS"), QStringLiteral("MEM"), QStringLiteral("ROLES"),
                    QStringLiteral("ID") },
                  {} };
    for (const mc::mesos::Framework &f : *s.frameworks) {
        const QString status = f.completed ? QStringLiteral("completed")
            : !f.connected                 ? QStringLiteral("disconnected")
            : f.active                     ? QStringLiteral("active")
                                           : QStringLiteral("inactive");
        table.rows.append({ f.id,
                            { f.name, status, count(f.activeTasks()), number(f.used.cpus),
                              mc::util::mebibytes(f.used.mem), f.roles.join(u','), f.id },
                            QJsonObject { { QStringLiteral("id"), f.id },
                                          { QStringLiteral("name"), f.name },
                                          { QStringLiteral("status"), status },
                                          { QStringLiteral("activeTasks"), f.activeTasks() },
                                          { QStringLiteral("cpusUsed"), f.used.cpus },
                                          { QStringLiteral("memUsedMb"), f.used.mem },
                                          { QStringLiteral("roles"), QJsonArray::fromStringList(f.roles) },
                                          { QStringLiteral("webuiUrl"), f.webuiUrl } } });
    }
    return table;
}

Table appsTable(const ClusterSnapshot &s)
{
    Table table { { QStringLiteral("APP"), QStringLiteral("INSTANCES"), QStringLiteral("RUNNING"),
                    QStringLiteral("STAGED"), QStringLiteral("HEALTHY"), QStringLiteral("UNHEALTHY"),
                    QStringLiteral("DEPLOYING"), QStringLiteral("IMAGE/CMD") },
                  {} };
    for (const mc::marathon::App &a : *s.apps) {
        QJsonObject json { { QStringLiteral("id"), a.id },
                           { QStringLiteral("instances"), a.instances },
                           { QStringLiteral("tasksRunning"), a.tasksRunning },
                           { QStringLiteral("tasksStaged"), a.tasksStaged },
                           { QStringLiteral("tasksHealthy"), a.tasksHealthy },
                           { QStringLiteral("tasksUnhealthy"), a.tasksUnhealthy },
                           { QStringLiteral("deployments"), QJsonArray::fromStringList(a.deploymentIds) },
                           { QStringLiteral("image"), a.image },
                           { QStringLiteral("cmd"), a.cmd } };
        if (a.lastTaskFailure)
            json.insert(QStringLiteral("lastTaskFailure"), a.lastTaskFailure->message);
        table.rows.append(
            { a.id,
              { a.id, count(a.instances), count(a.tasksRunning), count(a.tasksStaged), count(a.tasksHealthy),
                count(a.tasksUnhealthy), count(a.deploymentIds.size()), a.image.isEmpty() ? a.cmd : a.image },
              json });
    }
    return table;
}

Table tasksTable(const ClusterSnapshot &s)
{
    Table table { { QStringLiteral("TASK"), QStringLiteral("APP"), QStringLiteral("STATE"),
                    QStringLiteral("HOST"), QStringLiteral("PORTS"), QStringLiteral("STARTED") },
                  {} };
    QHash<QString, QString> hosts;
    for (const mc::mesos::Agent &a : *s.agents)
        hosts.insert(a.id, a.hostname);
    QHash<QString, QString> apps;
    for (const mc::marathon::MarathonTask &t : *s.marathonTasks)
        apps.insert(t.id, t.appId);
    const auto add = [&](const QString &id, const QString &app, const QString &state, const QString &host,
                         const QString &ports, const QString &started) {
        table.rows.append({ id,
                            { id, app, state, host, ports, started },
                            QJsonObject { { QStringLiteral("id"), id },
                                          { QStringLiteral("app"), app },
                                          { QStringLiteral("state"), state },
                                          { QStringLiteral("host"), host },
                                          { QStringLiteral("ports"), ports },
                                          { QStringLiteral("started"), started } } });
    };
    if (s.hasTaskList) {
        for (const mc::mesos::Task &t : *s.tasks) {
            if (!t.completed)
                add(t.id, apps.value(t.id), mc::mesos::taskStateName(t.state), hosts.value(t.agentId),
                    portsOf(t.resources.ports), epoch(t.startedAt));
        }
        return table;
    }
    for (const mc::marathon::MarathonTask &t : *s.marathonTasks) {
        QStringList ports;
        for (int p : t.ports)
            ports << QString::number(p);
        add(t.id, t.appId, t.state, t.host, ports.join(QStringLiteral(", ")), t.startedAt);
    }
    return table;
}

Table tableOf(What what, const ClusterSnapshot &s)
{
    switch (what) {
    case What::Leader:
        return leaderTable(s);
    case What::Agents:
        return agentsTable(s);
    case What::Frameworks:
        return frameworksTable(s);
    case What::Apps:
        return appsTable(s);
    case What::Tasks:
        return tasksTable(s);
    }
    return {};
}

void printTable(const Table &table)
{
    QList<qsizetype> widths;
    for (const QString &h : table.header)
        widths << h.size();
    for (const Row &row : table.rows) {
        for (qsizetype c = 0; c < row.cells.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.cells[c].size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells[c].leftJustified(widths[c] + 2) : cells[c];
        out() << text.trimmed() << '\n';
    };
    line(table.header);
    for (const Row &row : table.rows)
        line(row.cells);
    out().flush();
}

QJsonDocument jsonOf(What what, const ClusterSnapshot &s, const Table &table)
{
    QJsonArray rows;
    for (const Row &row : table.rows)
        rows.append(row.json);
    if (what != What::Leader)
        return QJsonDocument(rows);
    QJsonObject object { { QStringLiteral("electing"), s.electing }, { QStringLiteral("masters"), rows } };
    if (s.leader) {
        object.insert(QStringLiteral("leader"),
                      QJsonObject { { QStringLiteral("hostname"), s.leader->hostname },
                                    { QStringLiteral("ip"), s.leader->ip },
                                    { QStringLiteral("port"), s.leader->port },
                                    { QStringLiteral("id"), s.leader->id },
                                    { QStringLiteral("pid"), s.leader->pid },
                                    { QStringLiteral("version"), s.leader->version } });
    }
    if (!s.clusterName.isEmpty())
        object.insert(QStringLiteral("cluster"), s.clusterName);
    QJsonArray known;
    for (const QUrl &master : s.watch.masters)
        known.append(master.toString(QUrl::RemovePassword)); // never a secret on stdout
    object.insert(QStringLiteral("watch"),
                  QJsonObject { { QStringLiteral("via"), mc::cluster::ClusterWatcher::describeWatch(s.watch) },
                                { QStringLiteral("zk"), mc::logging::redact(s.watch.zkUrl) },
                                { QStringLiteral("masters"), known },
                                { QStringLiteral("reason"), s.watch.reason } });
    return QJsonDocument(object);
}

// The source a command reads: Marathon for apps (and tasks without masters), Mesos otherwise.
const ConnectionState &sourceOf(What what, const ClusterSnapshot &s, bool hasMasters)
{
    return what == What::Apps || (what == What::Tasks && !hasMasters) ? s.marathon : s.mesos;
}

bool answered(const ConnectionState &state)
{
    return state.kind == ConnectionState::Kind::Live || state.kind == ConnectionState::Kind::Error;
}

volatile std::sig_atomic_t g_stop = 0;

// The watcher's configuration from --master and --marathon: what `what` reads and nothing
// else. The error is a usage error.
mc::Result<mc::cluster::WatcherConfig> configFor(What what, const QStringList &masterValues,
                                                 const QStringList &marathonValues)
{
    mc::cluster::WatcherConfig config;
    QStringList masters;
    for (const QString &value : masterValues)
        masters << (mc::zookeeper::ZkUrl::looksLikeZk(value) ? QStringList { value }
                                                             : value.split(u',', Qt::SkipEmptyParts));
    for (const QString &value : std::as_const(masters)) {
        if (mc::zookeeper::ZkUrl::looksLikeZk(value)) {
            const auto zk = mc::zookeeper::ZkUrl::parse(value);
            if (!zk)
                return zk.error();
            config.zkUrl = value;
            continue;
        }
        const QUrl url(value.contains(u"://") ? value : QStringLiteral("http://") + value);
        if (!url.isValid() || url.host().isEmpty())
            return mc::Error {
                QStringLiteral("\"%1\" is not a master URL (http://host:5050 or zk://...)").arg(value), {}
            };
        config.masters << url;
    }
    for (const QString &value : marathonValues) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            config.marathons << QUrl(part.contains(u"://") ? part : QStringLiteral("http://") + part);
    }
    const bool hasMasters = !config.masters.isEmpty() || !config.zkUrl.isEmpty();
    const bool needsMarathon = what == What::Apps;
    if ((needsMarathon && config.marathons.isEmpty())
        || (!needsMarathon && !hasMasters
            && !((what == What::Tasks || what == What::Leader) && !config.marathons.isEmpty()))) {
        return mc::Error { needsMarathon ? QStringLiteral("give --marathon URL")
                                         : QStringLiteral("give --master URL (or zk://...)"),
                           {} };
    }
    // The leader alone from Marathon: its /v2/info names the masters (WatcherConfig::discover).
    if (what != What::Apps && what != What::Tasks && !(what == What::Leader && !hasMasters))
        config.marathons.clear(); // not needed
    if (what == What::Apps) {
        config.masters.clear();
        config.zkUrl.clear();
    }
    config.fullState = what == What::Tasks;
    return config;
}

// --watch: prints the rows that appear (+), go (-) or change (~) since the last table.
class ChangePrinter
{
public:
    explicit ChangePrinter(bool asJson)
        : m_asJson(asJson)
    { }

    void print(const Table &table)
    {
        QMap<QString, Row> now;
        for (const Row &row : table.rows)
            now.insert(row.id, row);
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
            if (!now.contains(it.key()))
                printRow('-', it.value(), stamp);
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto before = m_shown.constFind(it.key());
            if (before == m_shown.cend())
                printRow('+', it.value(), stamp);
            else if (before->cells != it->cells)
                printRow('~', it.value(), stamp);
        }
        out().flush();
        m_shown = now;
    }

private:
    void printRow(char mark, const Row &row, const QString &stamp) const
    {
        if (m_asJson) {
            QJsonObject change { { QStringLiteral("change"), QString(QLatin1Char(mark)) },
                                 { QStringLiteral("time"), stamp },
                                 { QStringLiteral("row"), row.json } };
            out() << QJsonDocument(change).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out() << stamp << ' ' << mark << ' ' << row.cells.join(QStringLiteral("  ")) << '\n';
        }
    }

    bool m_asJson;
    QMap<QString, Row> m_shown;
};

// The lines `leader` prints above its table.
void printLeaderHeading(const ClusterSnapshot &s)
{
    out() << (s.leader ? QStringLiteral("Leader: %1").arg(s.leader->displayName())
                       : QStringLiteral("No leader: the masters are electing one."))
          << '\n';
    if (const QString via = mc::cluster::ClusterWatcher::describeWatch(s.watch); !via.isEmpty())
        out() << QStringLiteral("Watching %1").arg(via) << '\n';
    if (!s.watch.reason.isEmpty())
        out() << s.watch.reason << '\n';
}

// Runs `loop` until it quits or SIGINT / SIGTERM (--watch runs until interrupted).
void runUntilInterrupted(QEventLoop &loop)
{
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (g_stop)
            loop.quit();
    });
    stopCheck.start(100);
    loop.exec();
}

int run(What what, const QString &name, const QStringList &args)
{
    CommandParser parser(name);
    parser.setApplicationDescription(QStringLiteral("Shows the %1 of a Mesos + Marathon cluster.").arg(name));
    const QCommandLineOption master(
        QStringLiteral("master"),
        QStringLiteral("A Mesos master (http://host:5050; repeat or comma-separate for "
                       "several) or zk://h1:2181,h2:2181/mesos. One master is enough: the others are "
                       "learned from its --zk flag (through ZooKeeper, else by asking the masters)."),
        QStringLiteral("URL"));
    const QCommandLineOption marathon(
        QStringLiteral("marathon"),
        QStringLiteral(
            "Marathon (http://host:8080). For leader without --master: the masters Marathon names."),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        QStringLiteral("Keep watching; print rows that appear (+), go (-) or change (~)."));
    parser.addOptions({ master, marathon, json, watch });
    const HttpCliOptions httpOptions;
    httpOptions.addTo(parser, true);
    if (const auto code = parseArguments(parser, args))
        return *code;
    if (const auto code = httpOptions.apply(parser))
        return *code;
    auto configured = configFor(what, parser.values(master), parser.values(marathon));
    if (!configured)
        return usageError(configured.error().message);
    mc::cluster::WatcherConfig config = *configured;
    const bool hasMasters = !config.masters.isEmpty() || !config.zkUrl.isEmpty();
    // --watch follows the event streams (the master's SUBSCRIBE, Marathon's /v2/events); one answer is one
    // read.
    config.marathonEvents = parser.isSet(watch);
    config.mesosEvents = parser.isSet(watch);
    config.mesosHttp = httpOptions.options();
    config.marathonHttp = httpOptions.options();

    mc::cluster::ClusterWatcher watcher(config);
    QEventLoop loop;
    int code = ExitOk;
    bool printedOnce = false;
    const bool asJson = parser.isSet(json);
    ChangePrinter changes(asJson);
    QObject::connect(
        &watcher, &mc::cluster::ClusterWatcher::snapshotChanged, &loop,
        [&](const mc::cluster::SnapshotPtr &s) {
            const ConnectionState &state = sourceOf(what, *s, hasMasters);
            if (!answered(state) && !(what == What::Leader && s->electing))
                return;
            // Tasks from Mesos name their app from Marathon, which answers after Mesos: the
            // first table waits for both (a Marathon that fails leaves the column empty).
            if (!printedOnce && what == What::Tasks && hasMasters && !config.marathons.isEmpty()
                && !answered(s->marathon))
                return;
            if (!printedOnce) {
                printedOnce = true;
                if (state.kind == ConnectionState::Kind::Error && !(what == What::Leader && s->electing)) {
                    err() << name << ": " << state.reason << Qt::endl;
                    if (!parser.isSet(watch)) {
                        code = ExitFailure;
                        loop.quit();
                        return;
                    }
                }
                const Table table = tableOf(what, *s);
                if (parser.isSet(watch)) {
                    changes.print(table);
                    return;
                }
                if (asJson) {
                    out() << jsonOf(what, *s, table).toJson(QJsonDocument::Indented);
                } else {
                    if (what == What::Leader)
                        printLeaderHeading(*s);
                    printTable(table);
                }
                if (what == What::Leader && !s->leader)
                    code = ExitFailure;
                loop.quit();
                return;
            }
            if (state.kind == ConnectionState::Kind::Live || (what == What::Leader && s->electing))
                changes.print(tableOf(what, *s));
        });
    watcher.start();
    runUntilInterrupted(loop);
    watcher.stop();
    out().flush();
    return code;
}

const Registration leader(
    { QStringLiteral("leader"), QStringLiteral("The leading Mesos master, the standbys and ZooKeeper."),
      [](const QStringList &args) { return run(What::Leader, QStringLiteral("leader"), args); } });
const Registration
    agents({ QStringLiteral("agents"), QStringLiteral("Mesos agents and their resources."),
             [](const QStringList &args) { return run(What::Agents, QStringLiteral("agents"), args); } });
const Registration frameworks({ QStringLiteral("frameworks"), QStringLiteral("Mesos frameworks."),
                                [](const QStringList &args) {
                                    return run(What::Frameworks, QStringLiteral("frameworks"), args);
                                } });
const Registration
    apps({ QStringLiteral("apps"), QStringLiteral("Marathon apps: instances, health, deployments."),
           [](const QStringList &args) { return run(What::Apps, QStringLiteral("apps"), args); } });
const Registration
    tasks({ QStringLiteral("tasks"), QStringLiteral("Running tasks: app, state, host, ports."),
            [](const QStringList &args) { return run(What::Tasks, QStringLiteral("tasks"), args); } });

} // namespace
