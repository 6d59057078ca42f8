// localcluster: Mesos masters, agents and Marathon on one machine, with real
// tasks. See localcluster/README.md.

#include "localcluster/Cluster.h"
#include "localcluster/Fault.h"
#include "localcluster/Logging.h"
#include "localcluster/Marathon.h"
#include "localcluster/StandInServer.h"
#include "localcluster/ZooKeeperContender.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace {

// With --zk, how long --print-endpoints waits for the first leader before it prints without one.
constexpr int kFirstElectionWaitMs = 20000;

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        app.quit();
    });
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

bool parseScale(const QString &text, mc::localcluster::ScaleSpec &scale, QString *error)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int value = part.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (!ok || value < 0) {
            *error = QStringLiteral("--scale: '%1' is not key=number").arg(part);
            return false;
        }
        if (key == QLatin1String("agents"))
            scale.agents = value;
        else if (key == QLatin1String("apps"))
            scale.apps = value;
        else if (key == QLatin1String("tasks"))
            scale.tasks = value;
        else if (key == QLatin1String("churn"))
            scale.churn = value;
        else {
            *error = QStringLiteral("--scale: unknown key '%1' (agents, apps, tasks, churn)").arg(key);
            return false;
        }
    }
    return true;
}

int serveHttp(QCoreApplication &app, const QString &portText, const QString &taskId)
{
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port <= 0 || port > 65535) {
        printErr(QStringLiteral("localcluster --serve-http: '%1' is not a port").arg(portText));
        return 2;
    }
    mc::localcluster::StandInServer server(taskId.isEmpty() ? QStringLiteral("localcluster-stand-in")
                                                            : taskId);
    QString error;
    if (!server.listen(quint16(port), &error)) {
        printErr(QStringLiteral("localcluster --serve-http: cannot listen on %1: %2").arg(port).arg(error));
        return 1;
    }
    std::printf("serving HTTP on port %d as %s\n", port, qPrintable(taskId));
    std::fflush(stdout);
    return app.exec();
}

// localcluster's options. --help lists them in the order addTo() adds them.
struct CliOptions
{
    const QCommandLineOption masters { QStringLiteral("masters"), QStringLiteral("Number of masters (1-9)."),
                                       QStringLiteral("n"), QStringLiteral("1") };
    const QCommandLineOption agents { QStringLiteral("agents"), QStringLiteral("Number of agents."),
                                      QStringLiteral("n"), QStringLiteral("1") };
    const QCommandLineOption address { QStringLiteral("address"),
                                       QStringLiteral("Address to bind (loopback)."), QStringLiteral("ip"),
                                       QStringLiteral("127.0.0.1") };
    const QCommandLineOption basePort {
        QStringLiteral("base-port"),
        QStringLiteral("First port: masters, then agents, then Marathon. 0 = free ports."),
        QStringLiteral("port"), QStringLiteral("0")
    };
    const QCommandLineOption taskPortBase {
        QStringLiteral("task-port-base"),
        QStringLiteral(
            "First port of the agents' task port ranges (1000 per agent). 0 = random in 20000-29999."),
        QStringLiteral("port"), QStringLiteral("0")
    };
    const QCommandLineOption workDir {
        QStringLiteral("work-dir"),
        QStringLiteral("Directory for sandboxes (default: a temporary one, removed on exit)."),
        QStringLiteral("dir")
    };
    const QCommandLineOption printEndpoints {
        QStringLiteral("print-endpoints"),
        QStringLiteral("Print the endpoints as one JSON line on stdout once listening.")
    };
    const QCommandLineOption demoApps {
        QStringLiteral("demo-apps"),
        QStringLiteral("Start the sample apps (/demo/web, /demo/ticker, /demo/flaky).")
    };
    const QCommandLineOption scale {
        QStringLiteral("scale"),
        QStringLiteral(
            "Synthesize a large cluster without processes, e.g. agents=2000,apps=10000,tasks=100000; "
            "churn=N ends (and Marathon replaces) N tasks per second."),
        QStringLiteral("spec")
    };
    const QCommandLineOption fault {
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault: target[:index]:/path=slow[:ms]|error|malformed|drop|missing (repeatable)."),
        QStringLiteral("spec")
    };
    const QCommandLineOption standIn { QStringLiteral("docker-stand-in"),
                                       QStringLiteral(
                                           "Command run for a Docker image: IMAGE=COMMAND (repeatable)."),
                                       QStringLiteral("image=command") };
    const QCommandLineOption electionDelay { QStringLiteral("election-delay"),
                                             QStringLiteral("Milliseconds until a standby takes over."),
                                             QStringLiteral("ms"), QStringLiteral("1500") };
    const QCommandLineOption zk {
        QStringLiteral("zk"),
        QStringLiteral("Register the masters in ZooKeeper as Mesos does (json.info_<seq> nodes) and elect "
                       "the leader there, e.g. zk://127.0.0.1:2181/mesos."),
        QStringLiteral("url")
    };
    const QCommandLineOption zkSessionTimeout { QStringLiteral("zk-session-timeout"),
                                                QStringLiteral("ZooKeeper session timeout of each master."),
                                                QStringLiteral("ms"), QStringLiteral("10000") };
    const QCommandLineOption killGrace { QStringLiteral("kill-grace"),
                                         QStringLiteral("Milliseconds between SIGTERM and SIGKILL."),
                                         QStringLiteral("ms"), QStringLiteral("3000") };
    const QCommandLineOption heartbeat { QStringLiteral("sse-heartbeat"),
                                         QStringLiteral("Milliseconds between /v2/events heartbeats."),
                                         QStringLiteral("ms"), QStringLiteral("10000") };
    const QCommandLineOption operatorHeartbeat {
        QStringLiteral("operator-heartbeat"),
        QStringLiteral("Milliseconds between v1 SUBSCRIBE heartbeats (Mesos: 15000)."), QStringLiteral("ms"),
        QStringLiteral("15000")
    };
    const QCommandLineOption killLeaderAfter {
        QStringLiteral("kill-leader-after"),
        QStringLiteral("Kill the leading master after this many milliseconds."), QStringLiteral("ms")
    };
    const QCommandLineOption loseAgentAfter {
        QStringLiteral("lose-agent-after"),
        QStringLiteral("Lose the last agent after this many milliseconds."), QStringLiteral("ms")
    };
    const QCommandLineOption dropEventsAfter {
        QStringLiteral("drop-events-after"),
        QStringLiteral("Drop every /v2/events connection after this many milliseconds."), QStringLiteral("ms")
    };
    const QCommandLineOption exitWithParent {
        QStringLiteral("exit-with-parent"),
        QStringLiteral("Stop (and stop every task) when the parent process dies.")
    };
    const QCommandLineOption serve {
        QStringLiteral("serve-http"),
        QStringLiteral("Stand-in mode: serve HTTP on this port, answering with the task id."),
        QStringLiteral("port")
    };
    const QCommandLineOption taskId { QStringLiteral("task-id"),
                                      QStringLiteral("Task id the stand-in answers with."),
                                      QStringLiteral("id") };
    const QCommandLineOption mesosVersion {
        QStringLiteral("mesos-version"),
        QStringLiteral("The Mesos version masters and agents claim; calls it lacks are refused (e.g. 1.4.3: "
                       "no DRAIN_AGENT, no MARK_AGENT_GONE)."),
        QStringLiteral("version"), QStringLiteral("1.11.0")
    };
    const QCommandLineOption agentHostnames {
        QStringLiteral("agent-hostnames"),
        QStringLiteral("Comma-separated hostnames the agents advertise (as each agent's --hostname); "
                       "maintenance machines are (hostname, IP)."),
        QStringLiteral("names")
    };
    const QCommandLineOption secondFramework {
        QStringLiteral("second-framework"),
        QStringLiteral("Register a second framework (batch, role analytics) running this many tasks."),
        QStringLiteral("tasks"), QStringLiteral("0")
    };
    const QCommandLineOption verbose {
        QStringLiteral("verbose"),
        QStringLiteral("Log elections, masters and agents lost, refused credentials and injected faults on "
                       "stderr (the mc.localcluster category).")
    };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(verbose);
        parser.addOption(secondFramework);
        parser.addOption(mesosVersion);
        parser.addOption(agentHostnames);
        parser.addOptions({ masters,
                            agents,
                            address,
                            basePort,
                            taskPortBase,
                            workDir,
                            printEndpoints,
                            demoApps,
                            scale,
                            fault,
                            standIn,
                            electionDelay,
                            killGrace,
                            heartbeat,
                            killLeaderAfter,
                            loseAgentAfter,
                            dropEventsAfter,
                            exitWithParent,
                            serve,
                            taskId,
                            zk,
                            zkSessionTimeout,
                            operatorHeartbeat });
    }
};

// The numeric options into `options`; false with the reason printed.
bool readNumbers(const QCommandLineParser &parser, const CliOptions &o, mc::localcluster::Options &options)
{
    auto number = [&](const QCommandLineOption &option, int &out) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < 0) {
            printErr(QStringLiteral("localcluster: --%1 needs a non-negative number, got '%2'")
                         .arg(option.names().constFirst(), parser.value(option)));
            return false;
        }
        out = v;
        return true;
    };
    int base = 0;
    if (!number(o.masters, options.masters) || !number(o.agents, options.agents) || !number(o.basePort, base)
        || !number(o.taskPortBase, options.taskPortBase) || !number(o.electionDelay, options.electionDelayMs)
        || !number(o.killGrace, options.killGracePeriodMs) || !number(o.heartbeat, options.sseHeartbeatMs)
        || !number(o.zkSessionTimeout, options.zkSessionTimeoutMs)
        || !number(o.operatorHeartbeat, options.operatorHeartbeatMs)
        || !number(o.secondFramework, options.secondFrameworkTasks))
        return false;
    if (options.operatorHeartbeatMs < 1) {
        printErr(QStringLiteral("localcluster: --operator-heartbeat must be at least 1 ms"));
        return false;
    }
    options.zkUrl = parser.value(o.zk);
    if (mc::localcluster::ZkAddress parsed; parser.isSet(o.zk)) {
        QString error;
        if (!mc::localcluster::ZkAddress::parse(options.zkUrl, &parsed, &error)) {
            printErr(QStringLiteral("localcluster: ") + error);
            return false;
        }
    }
    if (options.masters < 1 || options.masters > 9) {
        printErr(QStringLiteral("localcluster: --masters must be 1 to 9"));
        return false;
    }
    options.basePort = quint16(base);
    return true;
}

// The other options (and the credentials from the environment) into `options`; false with
// the reason printed.
bool readSettings(const QCommandLineParser &parser, const CliOptions &o, mc::localcluster::Options &options)
{
    options.address = QHostAddress(parser.value(o.address));
    if (options.address.isNull()) {
        printErr(
            QStringLiteral("localcluster: --address '%1' is not an IP address").arg(parser.value(o.address)));
        return false;
    }
    options.workDir = parser.value(o.workDir);
    // Secrets from the environment, never from the command line (ps shows it).
    options.httpCredentials = qgetenv("LOCALCLUSTER_HTTP_CREDENTIALS");
    options.httpToken = qgetenv("LOCALCLUSTER_HTTP_TOKEN");
    if (!options.httpCredentials.isEmpty() && !options.httpCredentials.contains(':')) {
        printErr(QStringLiteral("localcluster: LOCALCLUSTER_HTTP_CREDENTIALS must be USER:PASSWORD"));
        return false;
    }
    options.demoApps = parser.isSet(o.demoApps);
    options.mesosVersion = parser.value(o.mesosVersion);
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    if (!version.match(options.mesosVersion).hasMatch()) {
        printErr(QStringLiteral("localcluster: --mesos-version '%1' is not MAJOR.MINOR.PATCH")
                     .arg(options.mesosVersion));
        return false;
    }
    if (parser.isSet(o.agentHostnames))
        options.agentHostnames = parser.value(o.agentHostnames).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.standInExecutable = QCoreApplication::applicationFilePath();
    for (const QString &spec : parser.values(o.standIn)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(QStringLiteral("localcluster: --docker-stand-in '%1' is not IMAGE=COMMAND").arg(spec));
            return false;
        }
        options.dockerStandIns.insert(spec.left(eq), spec.mid(eq + 1));
    }
    if (parser.isSet(o.scale)) {
        QString error;
        if (!parseScale(parser.value(o.scale), options.scale, &error)) {
            printErr(QStringLiteral("localcluster: ") + error);
            return false;
        }
    }
    return true;
}

// --fault specs into the cluster's faults; false with the reason printed.
bool addFaults(mc::localcluster::Cluster &cluster, const QStringList &specs)
{
    for (const QString &spec : specs) {
        QString error;
        const auto f = mc::localcluster::Fault::parse(spec, &error);
        if (!f) {
            printErr(QStringLiteral("localcluster: ") + error);
            return false;
        }
        cluster.faults().add(*f);
    }
    return true;
}

// --kill-leader-after, --lose-agent-after, --drop-events-after.
void scheduleMishaps(mc::localcluster::Cluster &cluster, const QCommandLineParser &parser,
                     const CliOptions &o)
{
    if (parser.isSet(o.killLeaderAfter)) {
        QTimer::singleShot(parser.value(o.killLeaderAfter).toInt(), &cluster,
                           [&cluster] { cluster.killMaster(cluster.leader()); });
    }
    if (parser.isSet(o.loseAgentAfter)) {
        QTimer::singleShot(parser.value(o.loseAgentAfter).toInt(), &cluster,
                           [&cluster] { cluster.loseAgent(int(cluster.options().agents) - 1); });
    }
    if (parser.isSet(o.dropEventsAfter)) {
        QTimer::singleShot(parser.value(o.dropEventsAfter).toInt(), &cluster,
                           [&cluster] { cluster.marathon()->dropEventStreams(); });
    }
}

// The endpoints as one JSON line: on stdout with --print-endpoints, else on stderr. With
// ZooKeeper they name the leader: after its first election, but not for ever.
void announceEndpoints(mc::localcluster::Cluster &cluster, bool print, const QString &zkUrl)
{
    const auto announce = [&cluster, print] {
        const QByteArray endpoints = QJsonDocument(cluster.endpoints()).toJson(QJsonDocument::Compact);
        if (print) {
            std::fwrite(endpoints.constData(), 1, size_t(endpoints.size()), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        } else {
            printErr(QStringLiteral("localcluster running: ") + QString::fromUtf8(endpoints));
        }
    };
    if (zkUrl.isEmpty()) {
        announce();
        return;
    }
    auto announced = std::make_shared<bool>(false);
    const auto once = [announce, announced] {
        if (!std::exchange(*announced, true))
            announce();
    };
    QObject::connect(&cluster, &mc::localcluster::Cluster::firstLeaderElected, &cluster, once);
    QTimer::singleShot(kFirstElectionWaitMs, &cluster, [&cluster, once, announced, zkUrl] {
        if (*announced)
            return;
        const QString problem = cluster.zooKeeperProblem();
        printErr(QStringLiteral("localcluster: no master elected after %1 s: ZooKeeper at %2 %3; the "
                                "masters keep trying and answer 503 until one is")
                     .arg(kFirstElectionWaitMs / 1000)
                     .arg(zkUrl, problem.isEmpty() ? QStringLiteral("does not answer") : problem));
        once();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("localcluster"));
    quitOnSignals(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A single-machine stand-in for a Mesos + Marathon cluster: Mesos 1.x masters (one "
                       "leader) and agents, "
                       "Marathon 1.x, tasks as real processes. Documented in localcluster/README.md."));
    parser.addHelpOption();
    const CliOptions o;
    o.addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(QStringLiteral("localcluster: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    mc::localcluster::applyLogRules(parser.isSet(o.verbose));
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("localcluster: unexpected argument '%1'")
                     .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    if (parser.isSet(o.exitWithParent)) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() == 1)
            return 1;
    }
    if (parser.isSet(o.serve))
        return serveHttp(app, parser.value(o.serve), parser.value(o.taskId));

    mc::localcluster::Options options;
    if (!readNumbers(parser, o, options) || !readSettings(parser, o, options))
        return 2;
    mc::localcluster::Cluster cluster(options);
    if (!addFaults(cluster, parser.values(o.fault)))
        return 2;
    QString error;
    if (!cluster.start(&error)) {
        printErr(QStringLiteral("localcluster: ") + error);
        return 1;
    }
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &cluster, [&cluster] { cluster.shutdown(); });
    scheduleMishaps(cluster, parser, o);
    announceEndpoints(cluster, parser.isSet(o.printEndpoints), options.zkUrl);
    return app.exec();
}
