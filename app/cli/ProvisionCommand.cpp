#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/SshCliOptions.h"

#include "core/mesos/MesosOperator.h"
#include "core/provision/AgentIdentity.h"
#include "core/provision/Drift.h"
#include "core/provision/Planner.h"
#include "core/provision/Postflight.h"
#include "core/provision/Preflight.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "core/provision/RunJournal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <memory>
#include <optional>

namespace {

using namespace mc::cli;
using namespace mc::provision;

mc::provision::ProvisionRunner *g_runner = nullptr;

void onInterrupt(int)
{
    if (g_runner)
        g_runner->cancel(); // running steps finish; nothing new starts
}

QVariant typedValue(const QString &text)
{
    if (text == u"true" || text == u"True")
        return true;
    if (text == u"false" || text == u"False")
        return false;
    bool isInt = false;
    const int n = text.toInt(&isInt);
    if (isInt && !text.startsWith(u'0'))
        return n;
    return text;
}

// Runs `plan`, printing each step as it ends unless `quiet`; SIGINT cancels.
// A run that changes hosts passes `gate`; its refusal goes to `refused` (nothing runs).
RunSummary runPlan(const Plan &plan, const RunOptions &options, const mc::ssh::SessionOptions &session,
                   bool showDiff, bool quiet, const std::shared_ptr<const mc::audit::ActionGate> &gate = {},
                   std::optional<mc::Error> *refused = nullptr)
{
    ProvisionRunner runner(session);
    runner.setGate(gate);
    if (!quiet) {
        QObject::connect(&runner, &ProvisionRunner::phaseStarted,
                         [](const QString &role, const QStringList &hosts) {
                             const auto lock = lockOutput();
                             out() << "\nROLE " << role << " [" << hosts.join(QStringLiteral(", ")) << "]\n";
                             out().flush();
                         });
        QObject::connect(&runner, &ProvisionRunner::stepFinished, [showDiff](const StepResult &r) {
            const auto lock = lockOutput();
            out() << r.host << " | " << (r.handler ? "handler: " : "") << r.step << " | "
                  << stepStateName(r.state).toUpper();
            if (!r.message.isEmpty() && (r.state != StepState::Ok || r.kind == StepKind::WaitFor))
                out() << " | " << r.message;
            out() << '\n';
            if (!r.warning.isEmpty())
                out() << r.host << " | WARNING: " << r.warning << '\n';
            if (showDiff && !r.diff.isEmpty())
                out() << r.diff;
            out().flush();
        });
        QObject::connect(&runner, &ProvisionRunner::notice, [](const QString &host, const QString &text) {
            const auto lock = lockOutput();
            out() << host << " | " << text << '\n';
            out().flush();
        });
        QObject::connect(
            &runner, &ProvisionRunner::hostRoleFinished,
            [](const QString &host, const QString &role, const QString &state, const QString &reason) {
                const auto lock = lockOutput();
                if (state == u"ok")
                    return;
                out() << host << " | " << role << " | " << state.toUpper() << " | " << reason << '\n';
                out().flush();
            });
    }
    g_runner = &runner;
    std::signal(SIGINT, onInterrupt);
    if (mc::Status started = runner.start(plan, options); !started) {
        if (refused)
            *refused = started.error();
        std::signal(SIGINT, SIG_DFL);
        g_runner = nullptr;
        return runner.summary();
    }
    runner.waitForFinished();
    std::signal(SIGINT, SIG_DFL);
    g_runner = nullptr;
    return runner.summary();
}

// Asks the cluster until it is sound or `waitSeconds` passed; prints the last answer.
bool postflight(const Plan &plan, int waitSeconds)
{
    const PostflightTargets targets = PostflightTargets::fromPlan(plan);
    if (targets.zooKeeper.isEmpty() && targets.mesosMasters.isEmpty() && targets.marathons.isEmpty()) {
        out() << "\nPOSTFLIGHT: the recipe runs none of ZooKeeper, Mesos masters, Marathon; nothing to ask\n";
        out().flush();
        return true;
    }
    const QDeadlineTimer deadline(qint64(waitSeconds) * 1000);
    PostflightReport report;
    for (;;) {
        report = Postflight::run(targets, 3000);
        if (report.ok() || deadline.hasExpired())
            break;
        QThread::msleep(1000);
    }
    out() << "\nPOSTFLIGHT\n" << report.text();
    out().flush();
    return report.ok();
}

// A recipe given by name (configure-only) or by path.
QString recipePathFor(const QString &given)
{
    if (!given.contains(u'/') && !given.endsWith(QStringLiteral(".yaml")) && !QFileInfo::exists(given))
        return QStringLiteral(":/recipes/%1.yaml").arg(given);
    return given;
}

// --export-recipe: the recipe and the templates it uses, copied into `folder` to edit. An existing
// file there is never replaced.
int exportRecipeTo(const QString &given, const QString &folder)
{
    const QString path = recipePathFor(given);
    const auto loaded = RecipeLoader::loadFile(path);
    if (!loaded) {
        err() << "provision: " << loaded.error().message << '\n';
        return ExitFailure;
    }
    QList<std::pair<QString, QString>> copies { { path, QFileInfo(path).fileName() } };
    for (const Role &role : loaded->roles) {
        for (const QList<Step> *steps : { &role.steps, &role.handlers }) {
            for (const Step &step : *steps) {
                const QString src = step.args.value(QStringLiteral("src")).toString();
                if (step.kind != StepKind::Template || src.isEmpty() || QFileInfo(src).isAbsolute())
                    continue;
                const std::pair<QString, QString> copy { RecipeLoader::resolveTemplate(*loaded, src), src };
                if (!copies.contains(copy))
                    copies << copy;
            }
        }
    }
    const QDir dir(folder);
    for (const auto &[from, to] : std::as_const(copies)) {
        if (QFileInfo::exists(dir.filePath(to))) {
            err() << "provision: " << QDir::toNativeSeparators(dir.filePath(to))
                  << " exists already; nothing was written. Choose an empty folder or move it away.\n";
            return ExitFailure;
        }
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        err() << "provision: cannot create the folder " << QDir::toNativeSeparators(folder) << '\n';
        return ExitFailure;
    }
    for (const auto &[from, to] : std::as_const(copies)) {
        QFile source(from);
        QSaveFile target(dir.filePath(to));
        if (!source.open(QIODevice::ReadOnly) || !dir.mkpath(QFileInfo(to).path())
            || !target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0 || !target.commit()) {
            err() << "provision: cannot write " << QDir::toNativeSeparators(dir.filePath(to)) << ": "
                  << target.errorString() << '\n';
            return ExitFailure;
        }
        out() << "wrote " << QDir::toNativeSeparators(dir.filePath(to)) << '\n';
    }
    out() << "edit it, then: mesos-console-cli provision -w WORKSPACE --recipe "
          << QDir::toNativeSeparators(dir.filePath(copies.first().second)) << '\n';
    out().flush();
    return ExitOk;
}

// A private key (OpenSSH, PEM or PuTTY), as opposed to an inventory.
bool looksLikePrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64);
    return head.startsWith("-----BEGIN ") || head.startsWith("PuTTY-User-Key-File");
}

// provision's own options, in the order --help lists them (the SSH, gate and HTTP ones come
// from their helpers).
struct ProvisionOptions
{
    const QCommandLineOption inventory {
        QStringLiteral("inventory"),
        QStringLiteral("Ansible inventory (INI or YAML, with group_vars/host_vars); -w takes one too."),
        QStringLiteral("file")
    };
    const QCommandLineOption check { { QStringLiteral("C"), QStringLiteral("check") },
                                     QStringLiteral("Change nothing: show what would change (with diffs).") };
    const QCommandLineOption diff { { QStringLiteral("D"), QStringLiteral("diff") },
                                    QStringLiteral("Print unified diffs of files that change.") };
    const QCommandLineOption limit { { QStringLiteral("l"), QStringLiteral("limit") },
                                     QStringLiteral("Only these hosts or groups (comma-separated)."),
                                     QStringLiteral("hosts") };
    const QCommandLineOption serial {
        QStringLiteral("serial"),
        QStringLiteral("Rolling: this many hosts of a role at a time (default all)."), QStringLiteral("n")
    };
    const QCommandLineOption recipe { QStringLiteral("recipe"),
                                      QStringLiteral(
                                          "Recipe file, or a shipped one: configure-only, distro-packages, "
                                          "docker-containers (default configure-only)."),
                                      QStringLiteral("file"), QStringLiteral("configure-only") };
    const QCommandLineOption extra { { QStringLiteral("e"), QStringLiteral("extra-var") },
                                     QStringLiteral("Set a recipe variable (name=value); repeatable."),
                                     QStringLiteral("name=value") };
    const QCommandLineOption logDir {
        QStringLiteral("log-dir"),
        QStringLiteral("Where run logs go (default: provision-runs/ beside the inventory)."),
        QStringLiteral("dir")
    };
    const QCommandLineOption skipHostChecks {
        QStringLiteral("skip-host-checks"), QStringLiteral("Do not run the per-host checks over SSH first.")
    };
    const QCommandLineOption postflight {
        QStringLiteral("postflight"),
        QStringLiteral("After the run, check the cluster: ZooKeeper one leader and the rest followers, "
                       "Mesos a leader elected, Marathon /ping. Exits 1 when it is not sound.")
    };
    const QCommandLineOption postflightOnly { QStringLiteral("postflight-only"),
                                              QStringLiteral("Only check the cluster (no run).") };
    const QCommandLineOption postflightWait {
        QStringLiteral("postflight-wait"),
        QStringLiteral("Seconds (0-3600) to wait for a sound cluster (default 60 after a run, 0 alone)."),
        QStringLiteral("s")
    };
    const QCommandLineOption drift {
        QStringLiteral("drift"),
        QStringLiteral("Show per host what differs from the recipe (files with diffs, running Mesos flags "
                       "from /master/flags and /slave(1)/flags); changes nothing. Exits 1 when a host "
                       "drifted.")
    };
    const QCommandLineOption converge {
        QStringLiteral("converge"), QStringLiteral("With --drift: run the recipe on the drifted hosts.")
    };
    const QCommandLineOption exportRecipe {
        QStringLiteral("export-recipe"),
        QStringLiteral("Copy the --recipe (a shipped one by name) and the templates it uses into this "
                       "folder, to edit and run with --recipe FOLDER/NAME.yaml; nothing else happens."),
        QStringLiteral("folder")
    };
    const QCommandLineOption history {
        QStringLiteral("history"),
        QStringLiteral("Print the run journal of a host (step timings, history) and the time profile of "
                       "its last run over every host."),
        QStringLiteral("host")
    };
    const QCommandLineOption acceptAgentId {
        QStringLiteral("accept-new-agent-id"),
        QStringLiteral("Go on although agent attributes/resources change (those agents need "
                       "`rm -f /var/lib/mesos/meta/slaves/latest` and get a new agent id).")
    };
    const QCommandLineOption drainFirst {
        QStringLiteral("drain-first"),
        QStringLiteral("Agents whose attributes/resources would change are drained first (Mesos 1.9+ "
                       "DRAIN_AGENT; waits until DRAINED), their agent id removed, the recipe applied "
                       "(its restart registers a new id) and the agent reactivated. With --check: says "
                       "what it would drain.")
    };
    const QCommandLineOption master {
        QStringLiteral("master"),
        QStringLiteral("With --drain-first: the Mesos master(s) to drain through, http://host:5050 "
                       "(comma-separated or repeated; default: the inventory's masters at "
                       "mesos_master_port)."),
        QStringLiteral("url")
    };
    const QCommandLineOption drainTimeout {
        QStringLiteral("drain-timeout"),
        QStringLiteral("With --drain-first: seconds (1-86400) to wait for an agent to be DRAINED "
                       "(default 600)."),
        QStringLiteral("s")
    };
    const QCommandLineOption drainGrace {
        QStringLiteral("drain-grace"),
        QStringLiteral("With --drain-first: at most this many seconds (0-86400) between SIGTERM and "
                       "SIGKILL of each task (default: each task's own)."),
        QStringLiteral("s")
    };

    void addTo(CommandParser &parser) const
    {
        parser.addOptions({ inventory,      check,          diff,       limit,          serial,
                            recipe,         extra,          logDir,     skipHostChecks, postflight,
                            postflightOnly, postflightWait, drift,      converge,       history,
                            acceptAgentId,  exportRecipe,   drainFirst, master,         drainTimeout,
                            drainGrace });
    }
};

// The numbers the options give, each within its range, and the masters given to drain through.
struct ProvisionNumbers
{
    int serial = 0;
    int waitSeconds = 0;
    int drainTimeoutSeconds = 0;
    int drainGraceSeconds = 0;
    QList<QUrl> drainMasters;
};

// The error is a usage error.
mc::Result<ProvisionNumbers> checkNumbers(const CommandParser &parser, const ProvisionOptions &o)
{
    ProvisionNumbers numbers;
    const auto serialCount = wholeNumber(parser, o.serial, 0, 10000, 0);
    if (!serialCount)
        return serialCount.error();
    numbers.serial = *serialCount;
    const auto waitSeconds
        = wholeNumber(parser, o.postflightWait, 0, 3600, parser.isSet(o.postflightOnly) ? 0 : 60);
    if (!waitSeconds)
        return waitSeconds.error();
    numbers.waitSeconds = *waitSeconds;
    const auto drainTimeoutSeconds = wholeNumber(parser, o.drainTimeout, 1, 86400, 600);
    if (!drainTimeoutSeconds)
        return drainTimeoutSeconds.error();
    numbers.drainTimeoutSeconds = *drainTimeoutSeconds;
    const auto drainGraceSeconds = wholeNumber(parser, o.drainGrace, 0, 86400, -1);
    if (!drainGraceSeconds)
        return drainGraceSeconds.error();
    numbers.drainGraceSeconds = *drainGraceSeconds;
    for (const QCommandLineOption *option : { &o.master, &o.drainTimeout, &o.drainGrace }) {
        if (parser.isSet(*option) && !parser.isSet(o.drainFirst))
            return mc::Error {
                QStringLiteral("--%1 goes with --drain-first").arg(option->names().constFirst()), {}
            };
    }
    for (const QString &given : parser.values(o.master)) {
        for (const QString &text : given.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<QUrl> url = mc::mesos::MesosOperator::masterUrl(text);
            if (!url)
                return mc::Error { QStringLiteral("\"%1\" is not a master URL (http://host:5050)").arg(text),
                                   {} };
            numbers.drainMasters << *url;
        }
    }
    return numbers;
}

// The inventory given with -w or --inventory, and the SSH key. Before, provision's -i was
// Ansible's inventory; it is the SSH key now, as in ssh and the other commands. Given without
// -w/--inventory, a file after -i that is no key is an inventory given the old way
// (`-i INVENTORY --identity KEY` as well): taken, with a note.
QString inventoryAndKey(const CommandParser &parser, const SshCliOptions &ssh, const ProvisionOptions &o,
                        QString *keyPath)
{
    const QCommandLineOption &workspace = ssh.workspaceOption();
    QString inventoryPath = parser.isSet(workspace) ? parser.value(workspace) : parser.value(o.inventory);
    for (const QString &given : parser.values(ssh.identityOption())) {
        if (inventoryPath.isEmpty() && !looksLikePrivateKey(given)) {
            deprecated(
                QStringLiteral("-i INVENTORY (-i is the SSH identity file in every command, as in ssh)"),
                QStringLiteral("--inventory INVENTORY or -w"));
            inventoryPath = given;
        } else {
            *keyPath = given;
        }
    }
    return inventoryPath;
}

// --history HOST: the host's run journal and the time profile of its last run.
int printHistory(const QString &runLogDir, const QString &host)
{
    const auto runs = RunJournal::read(runLogDir, host);
    if (runs.isEmpty())
        return failure(QStringLiteral("no journal for %1 in %2 (hosts with one: %3)")
                           .arg(host, runLogDir, RunJournal::hosts(runLogDir).join(QStringLiteral(", "))));
    out() << RunJournal::text(runs);
    // Where the time of its last run went, on every host of that run.
    const RunProfile profile = RunJournal::profile(RunJournal::readRun(runLogDir, runs.last().run));
    if (!profile.isEmpty())
        out() << QStringLiteral("\n%1, every host of it:\n").arg(runs.last().run) << profile.text();
    out().flush();
    return ExitOk;
}

// The inventory's target with what the command line says over it (user, key, become, -e
// variables, passwords). The error is a usage error.
mc::Result<ProvisionTarget> targetFor(const CommandParser &parser, const SshCliOptions &ssh,
                                      const ProvisionOptions &o, ProvisionTarget target,
                                      const QString &keyPath)
{
    if (parser.isSet(ssh.userOption()))
        target.sshUser = parser.value(ssh.userOption());
    if (!keyPath.isEmpty())
        target.keyPath = keyPath;
    target.become = ssh.become(parser, target.become);
    for (const QString &kv : parser.values(o.extra)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return mc::Error { QStringLiteral("-e wants name=value, not '%1'").arg(kv), {} };
        target.variables.insert(kv.left(eq), typedValue(kv.mid(eq + 1)));
    }
    target.sshPassword = ssh.password(parser);
    target.becomePassword = ssh.becomePassword(parser);
    return target;
}

// Hosts whose inventory address is a name: Mesos' `ip` is asked of them (of every host when
// `wholeCluster`, as the postflight plans the whole cluster).
void learnHostAddresses(const Recipe &recipe, ProvisionTarget *target, const QStringList &limits,
                        bool wholeCluster, const mc::ssh::SessionOptions &session, int forkCount)
{
    QStringList hosts = target->roles.masters(target->inventory);
    for (const QString &a : target->roles.agents(target->inventory)) {
        if (!hosts.contains(a))
            hosts << a;
    }
    if (!limits.isEmpty() && !wholeCluster) {
        if (const auto selected = Planner::resolveLimit(*target, limits)) {
            QStringList kept;
            for (const QString &h : hosts) {
                if (selected->contains(h))
                    kept << h;
            }
            hosts = kept;
        }
    }
    const QStringList unknown = Planner::hostsNeedingAddress(recipe, *target, hosts);
    if (!unknown.isEmpty()) {
        QStringList errors;
        target->hostAddresses = Preflight::learnAddresses(*target, unknown, session, forkCount, &errors);
        for (const QString &e : errors)
            err() << "warning: " << e << '\n';
        err().flush();
    }
}

// Prints the issues on stderr; true when one of them is an error.
bool reportIssues(const QList<PreflightIssue> &issues)
{
    for (const PreflightIssue &i : issues)
        err() << i.text() << '\n';
    err().flush();
    return Preflight::hasErrors(issues);
}

// One provisioning run once the options are read: the recipe, the target and how to reach it.
class Provisioning
{
public:
    Provisioning(const CommandParser &parser, const ProvisionOptions &o, const Recipe &recipe,
                 const ProvisionTarget &target, const mc::ssh::SessionOptions &session)
        : m_parser(parser)
        , m_o(o)
        , m_recipe(recipe)
        , m_target(target)
        , m_session(session)
    { }

    // --postflight-only: the whole cluster, whatever --limit says.
    int postflightOnly(int waitSeconds) const;
    // The run's options; nullopt with `exit` set when the HTTP options are wrong or the masters
    // cannot be planned.
    std::optional<RunOptions> runOptions(HttpCliOptions &http, const ProvisionNumbers &numbers, int forkCount,
                                         const QString &runLogDir, int *exit) const;
    // --drift: checks `plan` and prints what differs. With --converge and drifted hosts: the plan
    // limited to them in `converge`, nullopt; else the exit code.
    std::optional<int> drift(const Plan &plan, const RunOptions &options, Plan *converge) const;
    // Agent identity: changed attributes/resources force a new agent id; say so before. nullopt:
    // go on; otherwise the exit code.
    std::optional<int> checkAgentIdentity(const Plan &plan, const RunOptions &options) const;
    // Runs `plan` through `gate`, prints the recap, then the postflight when asked.
    int run(const Plan &plan, const RunOptions &options, int waitSeconds,
            const std::shared_ptr<const mc::audit::ActionGate> &gate) const;

private:
    const CommandParser &m_parser;
    const ProvisionOptions &m_o;
    const Recipe &m_recipe;
    const ProvisionTarget &m_target;
    const mc::ssh::SessionOptions &m_session;
};

int Provisioning::postflightOnly(int waitSeconds) const
{
    const auto whole = Planner::build(m_recipe, m_target);
    if (!whole)
        return failure(whole.error().message);
    return postflight(*whole, waitSeconds) ? ExitOk : ExitFailure;
}

std::optional<RunOptions> Provisioning::runOptions(HttpCliOptions &http, const ProvisionNumbers &numbers,
                                                   int forkCount, const QString &runLogDir, int *exit) const
{
    RunOptions options;
    options.check = m_parser.isSet(m_o.check);
    options.diff = m_parser.isSet(m_o.diff);
    options.become = m_target.become;
    options.forks = forkCount;
    options.serial = numbers.serial;
    options.logDir = runLogDir;
    options.drainFirst = m_parser.isSet(m_o.drainFirst);
    options.drain.timeoutSeconds = numbers.drainTimeoutSeconds;
    options.drain.maxGraceSeconds = numbers.drainGraceSeconds;
    options.drain.masters = numbers.drainMasters;
    if (options.drainFirst) {
        if (const auto httpExit = http.apply(m_parser)) {
            *exit = *httpExit;
            return std::nullopt;
        }
        options.drain.http = http.options();
    }
    if (options.drainFirst && numbers.drainMasters.isEmpty()) {
        const auto whole = Planner::build(m_recipe, m_target); // the masters, whatever --limit says
        if (!whole) {
            *exit = failure(whole.error().message);
            return std::nullopt;
        }
        options.drain.masters = DrainOptions::mastersOf(*whole);
    }
    return options;
}

std::optional<int> Provisioning::drift(const Plan &plan, const RunOptions &options, Plan *converge) const
{
    RunOptions checkOptions = options;
    checkOptions.check = true;
    checkOptions.diff = true;
    const RunSummary checked = runPlan(plan, checkOptions, m_session, false, true);
    DriftReport report = Drift::fromCheckRun(plan, checked);
    Drift::addRunningFlags(&report, plan, 3000);
    out() << "\nDRIFT (nothing was changed)\n" << report.text(true);
    QStringList drifted;
    QStringList unchecked;
    for (const HostDrift &h : report.hosts) {
        if (!h.reachable)
            unchecked << h.host;
        else if (h.drifted())
            drifted << h.host;
    }
    if (drifted.isEmpty() && unchecked.isEmpty()) {
        out() << "every host is as the recipe would make it\n";
        out().flush();
        return ExitOk;
    }
    if (!drifted.isEmpty())
        out() << "drifted: " << drifted.join(u',') << "  (converge: --drift --converge, or --limit "
              << drifted.join(u',') << ")\n";
    if (!unchecked.isEmpty())
        out() << "not checked: " << unchecked.join(u',') << '\n';
    out().flush();
    if (!m_parser.isSet(m_o.converge) || drifted.isEmpty())
        return ExitFailure;
    const auto limited = Planner::build(m_recipe, m_target, { drifted.join(u',') });
    if (!limited)
        return failure(limited.error().message);
    *converge = *limited;
    out() << "\nCONVERGE " << drifted.join(QStringLiteral(", ")) << '\n';
    out().flush();
    return std::nullopt;
}

std::optional<int> Provisioning::checkAgentIdentity(const Plan &plan, const RunOptions &options) const
{
    const QStringList identityAgents = AgentIdentity::agentsWithIdentitySteps(plan);
    if (options.check || options.drainFirst || identityAgents.isEmpty())
        return std::nullopt;
    const auto only = Planner::build(m_recipe, m_target, { identityAgents.join(u',') });
    if (!only)
        return failure(only.error().message);
    RunOptions checkOptions = options;
    checkOptions.check = true;
    checkOptions.logDir.clear();
    const RunSummary checked = runPlan(*only, checkOptions, m_session, false, true);
    const QStringList identityWarnings = AgentIdentity::warnings(checked.steps);
    for (const QString &w : identityWarnings)
        err() << "WARNING: " << w << '\n';
    err().flush();
    if (!identityWarnings.isEmpty() && !m_parser.isSet(m_o.acceptAgentId))
        return failure(QStringLiteral(
            "agent attributes/resources would change (see above); nothing was "
            "changed. Pass --drain-first to drain those agents first, or --accept-new-agent-id to go on."));
    return std::nullopt;
}

int Provisioning::run(const Plan &plan, const RunOptions &options, int waitSeconds,
                      const std::shared_ptr<const mc::audit::ActionGate> &gate) const
{
    std::optional<mc::Error> refused;
    const RunSummary summary
        = runPlan(plan, options, m_session, m_parser.isSet(m_o.diff), false, gate, &refused);
    if (refused)
        return failure(refused->message);
    out() << '\n' << summary.recapText();
    if (!summary.error.isEmpty())
        err() << "provision: " << summary.error << '\n';
    if (!summary.logPath.isEmpty())
        out() << "log: " << summary.logPath << '\n';
    const QStringList identityWarnings = AgentIdentity::warnings(summary.steps);
    for (const QString &w : identityWarnings)
        out() << "WARNING: " << w << '\n';
    if (!summary.badHosts().isEmpty())
        out() << "retry the failed hosts: --limit " << summary.badHosts().join(u',') << '\n';
    out().flush();
    if (!summary.success())
        return ExitFailure;
    if (m_parser.isSet(m_o.postflight) && !options.check) {
        const auto whole = Planner::build(m_recipe, m_target);
        if (!whole)
            return failure(whole.error().message);
        if (!postflight(*whole, waitSeconds))
            return ExitFailure;
    }
    return ExitOk;
}

int provisionCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("provision"));
    parser.setApplicationDescription(QStringLiteral(
        "Provisions a Mesos cluster over SSH from a recipe: ZooKeeper on the masters first, then Mesos "
        "masters, "
        "Marathon, HAProxy, then agents. Prints each step as it ends and an Ansible-like recap; exits 1 when "
        "a "
        "host failed or was unreachable. Checks (zoo ids, odd master count, quorum, ports, loopback host "
        "names) run before any host is touched."));
    SshCliOptions ssh;
    ssh.addTo(parser, { .forks = 20, .become = true, .hostsOn = false });
    const ProvisionOptions o;
    o.addTo(parser);
    GateCliOptions gate;
    gate.addTo(parser);
    HttpCliOptions http; // the master's, with --drain-first
    http.addTo(parser, false);
    if (const auto exit = ssh.parse(parser, args))
        return *exit;
    const auto numbers = checkNumbers(parser, o);
    if (!numbers)
        return usageError(numbers.error().message);

    if (parser.isSet(o.exportRecipe))
        return exportRecipeTo(parser.value(o.recipe), parser.value(o.exportRecipe));
    QString keyPath;
    const QString inventoryPath = inventoryAndKey(parser, ssh, o, &keyPath);
    if (inventoryPath.isEmpty() || (parser.isSet(ssh.workspaceOption()) && parser.isSet(o.inventory)))
        return usageError(QStringLiteral("give -w WORKSPACE or --inventory INVENTORY (one of them)"));
    QStringList warnings;
    const auto opened = ProvisionTarget::open(inventoryPath, &warnings);
    if (!opened)
        return failure(opened.error().message);
    for (const QString &w : warnings)
        err() << "warning: " << w << '\n';
    const QString runLogDir = parser.isSet(o.logDir)
        ? parser.value(o.logDir)
        : QFileInfo(inventoryPath).absoluteDir().filePath(QStringLiteral("provision-runs"));
    if (parser.isSet(o.history))
        return printHistory(runLogDir, parser.value(o.history));
    if (parser.isSet(o.converge) && !parser.isSet(o.drift))
        return usageError(QStringLiteral("--converge goes with --drift"));
    if (parser.isSet(o.drift) && parser.isSet(o.check))
        return usageError(QStringLiteral("--drift is a check already; leave out --check"));

    const auto loaded = RecipeLoader::loadFile(recipePathFor(parser.value(o.recipe)));
    if (!loaded)
        return failure(loaded.error().message);
    auto target = targetFor(parser, ssh, o, *opened, keyPath);
    if (!target)
        return usageError(target.error().message);
    QStringList limits;
    if (parser.isSet(o.limit))
        limits << parser.value(o.limit);
    const mc::ssh::SessionOptions session = ssh.sessionOptions(parser);
    const int forkCount = ssh.forks(parser);
    learnHostAddresses(*loaded, &target.value(), limits,
                       parser.isSet(o.postflightOnly) || parser.isSet(o.postflight), session, forkCount);

    const auto plan = Planner::build(*loaded, *target, limits);
    if (!plan)
        return failure(plan.error().message);
    if (reportIssues(Preflight::checkInventory(*loaded, *target)))
        return failure(QStringLiteral("the inventory does not make a sound cluster; nothing was changed"));
    const Provisioning provisioning(parser, o, *loaded, *target, session);
    if (parser.isSet(o.postflightOnly))
        return provisioning.postflightOnly(numbers->waitSeconds);

    out() << "recipe " << loaded->name << ": " << plan->hosts.size() << " hosts, " << plan->stepCount()
          << " steps" << (parser.isSet(o.check) ? " (check mode: nothing will change)" : "") << '\n';
    out().flush();
    const auto changeGate = gate.gate(parser, QString(), ssh.workspacePath(parser));
    const bool changes = !parser.isSet(o.check) && !(parser.isSet(o.drift) && !parser.isSet(o.converge));
    if (changes && changeGate->scope().mode == mc::audit::ClusterMode::ReadOnly) {
        // Refused (and logged) before any host is asked anything.
        RunOptions refusedRun;
        refusedRun.serial = numbers->serial;
        return failure(changeGate->admit(ProvisionRunner::applyAction(*plan, refusedRun)).error().message);
    }
    if (!parser.isSet(o.skipHostChecks)
        && reportIssues(Preflight::checkHosts(*plan, session, forkCount, target->become)))
        return failure(QStringLiteral("host checks failed; nothing was changed"));

    int exit = ExitOk;
    const auto options = provisioning.runOptions(http, *numbers, forkCount, runLogDir, &exit);
    if (!options)
        return exit;
    Plan runPlanned = *plan;
    if (parser.isSet(o.drift)) {
        if (const auto driftExit = provisioning.drift(*plan, *options, &runPlanned))
            return *driftExit;
    }
    if (const auto identityExit = provisioning.checkAgentIdentity(runPlanned, *options))
        return *identityExit;
    return provisioning.run(runPlanned, *options, numbers->waitSeconds, changeGate);
}

const Registration
    reg({ QStringLiteral("provision"),
          QStringLiteral("Set up a cluster from a recipe over SSH (check mode, diffs, recap)."),
          provisionCommand });

} // namespace
