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
    const QCommandLineOption inventory(
        QStringLiteral("inventory"),
        QStringLiteral("Ansible inventory (INI or YAML, with group_vars/host_vars); -w takes one too."),
        QStringLiteral("file"));
    const QCommandLineOption check({ QStringLiteral("C"), QStringLiteral("check") },
                                   QStringLiteral("Change nothing: show what would change (with diffs)."));
    const QCommandLineOption diff({ QStringLiteral("D"), QStringLiteral("diff") },
                                  QStringLiteral("Print unified diffs of files that change."));
    const QCommandLineOption limit({ QStringLiteral("l"), QStringLiteral("limit") },
                                   QStringLiteral("Only these hosts or groups (comma-separated)."),
                                   QStringLiteral("hosts"));
    const QCommandLineOption serial(
        QStringLiteral("serial"),
        QStringLiteral("Rolling: this many hosts of a role at a time (default all)."), QStringLiteral("n"));
    const QCommandLineOption recipe(
        QStringLiteral("recipe"),
        QStringLiteral("Recipe file, or a shipped one: configure-only, distro-packages, "
                       "docker-containers (default configure-only)."),
        QStringLiteral("file"), QStringLiteral("configure-only"));
    const QCommandLineOption extra({ QStringLiteral("e"), QStringLiteral("extra-var") },
                                   QStringLiteral("Set a recipe variable (name=value); repeatable."),
                                   QStringLiteral("name=value"));
    const QCommandLineOption logDir(
        QStringLiteral("log-dir"),
        QStringLiteral("Where run logs go (default: provision-runs/ beside the inventory)."),
        QStringLiteral("dir"));
    const QCommandLineOption skipHostChecks(QStringLiteral("skip-host-checks"),
                                            QStringLiteral("Do not run the per-host checks over SSH first."));
    const QCommandLineOption postflightOpt(
        QStringLiteral("postflight"),
        QStringLiteral("After the run, check the cluster: ZooKeeper one leader and the rest followers, "
                       "Mesos a leader elected, Marathon /ping. Exits 1 when it is not sound."));
    const QCommandLineOption postflightOnly(QStringLiteral("postflight-only"),
                                            QStringLiteral("Only check the cluster (no run)."));
    const QCommandLineOption postflightWait(
        QStringLiteral("postflight-wait"),
        QStringLiteral("Seconds (0-3600) to wait for a sound cluster (default 60 after a run, 0 alone)."),
        QStringLiteral("s"));
    const QCommandLineOption drift(
        QStringLiteral("drift"),
        QStringLiteral("Show per host what differs from the recipe (files with diffs, running Mesos flags "
                       "from /master/flags and /slave(1)/flags); changes nothing. Exits 1 when a host "
                       "drifted."));
    const QCommandLineOption converge(QStringLiteral("converge"),
                                      QStringLiteral("With --drift: run the recipe on the drifted hosts."));
    const QCommandLineOption exportRecipe(
        QStringLiteral("export-recipe"),
        QStringLiteral("Copy the --recipe (a shipped one by name) and the templates it uses into this "
                       "folder, to edit and run with --recipe FOLDER/NAME.yaml; nothing else happens."),
        QStringLiteral("folder"));
    const QCommandLineOption history(
        QStringLiteral("history"), QStringLiteral("Print the run journal of a host (step timings, history) and the time profile of "
                       "its last run over every host."),
        QStringLiteral("host"));
    const QCommandLineOption acceptAgentId(
        QStringLiteral("accept-new-agent-id"),
        QStringLiteral("Go on although agent attributes/resources change (those agents need "
                       "`rm -f /var/lib/mesos/meta/slaves/latest` and get a new agent id)."));
    const QCommandLineOption drainFirst(
        QStringLiteral("drain-first"),
        QStringLiteral("Agents whose attributes/resources would change are drained first (Mesos 1.9+ "
                       "DRAIN_AGENT; waits until DRAINED), their agent id removed, the recipe applied "
                       "(its restart registers a new id) and the agent reactivated. With --check: says "
                       "what it would drain."));
    const QCommandLineOption master(
        QStringLiteral("master"),
        QStringLiteral("With --drain-first: the Mesos master(s) to drain through, http://host:5050 "
                       "(comma-separated or repeated; default: the inventory's masters at "
                       "mesos_master_port)."),
        QStringLiteral("url"));
    const QCommandLineOption drainTimeout(
        QStringLiteral("drain-timeout"),
        QStringLiteral("With --drain-first: seconds (1-86400) to wait for an agent to be DRAINED "
                       "(default 600)."),
        QStringLiteral("s"));
    const QCommandLineOption drainGrace(
        QStringLiteral("drain-grace"),
        QStringLiteral("With --drain-first: at most this many seconds (0-86400) between SIGTERM and "
                       "SIGKILL of each task (default: each task's own)."),
        QStringLiteral("s"));
    parser.addOptions({ inventory, check, diff, limit, serial, recipe, extra, logDir, skipHostChecks,
                        postflightOpt, postflightOnly, postflightWait, drift, converge, history,
                        acceptAgentId, exportRecipe, drainFirst, master, drainTimeout, drainGrace });
    GateCliOptions gate;
    gate.addTo(parser);
    HttpCliOptions http; // the master's, with --drain-first
    http.addTo(parser, false);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = ssh.check(parser))
        return *exit;
    const auto serialCount = wholeNumber(parser, serial, 0, 10000, 0);
    if (!serialCount)
        return usageError(serialCount.error().message);
    const auto waitSeconds
        = wholeNumber(parser, postflightWait, 0, 3600, parser.isSet(postflightOnly) ? 0 : 60);
    if (!waitSeconds)
        return usageError(waitSeconds.error().message);
    const auto drainTimeoutSeconds = wholeNumber(parser, drainTimeout, 1, 86400, 600);
    if (!drainTimeoutSeconds)
        return usageError(drainTimeoutSeconds.error().message);
    const auto drainGraceSeconds = wholeNumber(parser, drainGrace, 0, 86400, -1);
    if (!drainGraceSeconds)
        return usageError(drainGraceSeconds.error().message);
    for (const QCommandLineOption *o : { &master, &drainTimeout, &drainGrace }) {
        if (parser.isSet(*o) && !parser.isSet(drainFirst))
            return usageError(QStringLiteral("--%1 goes with --drain-first").arg(o->names().constFirst()));
    }
    QList<QUrl> drainMasters;
    for (const QString &given : parser.values(master)) {
        for (const QString &text : given.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<QUrl> url = mc::mesos::MesosOperator::masterUrl(text);
            if (!url)
                return usageError(QStringLiteral("\"%1\" is not a master URL (http://host:5050)").arg(text));
            drainMasters << *url;
        }
    }

    if (parser.isSet(exportRecipe))
        return exportRecipeTo(parser.value(recipe), parser.value(exportRecipe));
    const QCommandLineOption &workspace = ssh.workspaceOption();
    QString inventoryPath = parser.isSet(workspace) ? parser.value(workspace) : parser.value(inventory);
    // Before, provision's -i was Ansible's inventory; it is the SSH key now, as in ssh and the
    // other commands. Given without -w/--inventory, a file after -i that is no key is an
    // inventory given the old way (`-i INVENTORY --identity KEY` as well): taken, with a note.
    QString keyPath;
    for (const QString &given : parser.values(ssh.identityOption())) {
        if (inventoryPath.isEmpty() && !looksLikePrivateKey(given)) {
            deprecated(
                QStringLiteral("-i INVENTORY (-i is the SSH identity file in every command, as in ssh)"),
                QStringLiteral("--inventory INVENTORY or -w"));
            inventoryPath = given;
        } else {
            keyPath = given;
        }
    }
    if (inventoryPath.isEmpty() || (parser.isSet(workspace) && parser.isSet(inventory)))
        return usageError(QStringLiteral("give -w WORKSPACE or --inventory INVENTORY (one of them)"));
    QStringList warnings;
    const auto opened = ProvisionTarget::open(inventoryPath, &warnings);
    if (!opened)
        return failure(opened.error().message);
    for (const QString &w : warnings)
        err() << "warning: " << w << '\n';
    const QString runLogDir = parser.isSet(logDir)
        ? parser.value(logDir)
        : QFileInfo(inventoryPath).absoluteDir().filePath(QStringLiteral("provision-runs"));
    if (parser.isSet(history)) {
        const QString host = parser.value(history);
        const auto runs = RunJournal::read(runLogDir, host);
        if (runs.isEmpty())
            return failure(
                QStringLiteral("no journal for %1 in %2 (hosts with one: %3)")
                    .arg(host, runLogDir, RunJournal::hosts(runLogDir).join(QStringLiteral(", "))));
        out() << RunJournal::text(runs);
        // Where the time of its last run went, on every host of that run.
        const RunProfile profile = RunJournal::profile(RunJournal::readRun(runLogDir, runs.last().run));
        if (!profile.isEmpty())
            out() << QStringLiteral("\n%1, every host of it:\n").arg(runs.last().run) << profile.text();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(converge) && !parser.isSet(drift))
        return usageError(QStringLiteral("--converge goes with --drift"));
    if (parser.isSet(drift) && parser.isSet(check))
        return usageError(QStringLiteral("--drift is a check already; leave out --check"));

    const QString recipePath = recipePathFor(parser.value(recipe));
    const auto loaded = RecipeLoader::loadFile(recipePath);
    if (!loaded)
        return failure(loaded.error().message);

    ProvisionTarget target = *opened;
    if (parser.isSet(ssh.userOption()))
        target.sshUser = parser.value(ssh.userOption());
    if (!keyPath.isEmpty())
        target.keyPath = keyPath;
    target.become = ssh.become(parser, target.become);
    for (const QString &kv : parser.values(extra)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usageError(QStringLiteral("-e wants name=value, not '%1'").arg(kv));
        target.variables.insert(kv.left(eq), typedValue(kv.mid(eq + 1)));
    }
    target.sshPassword = ssh.password(parser);
    target.becomePassword = ssh.becomePassword(parser);

    QStringList limits;
    if (parser.isSet(limit))
        limits << parser.value(limit);

    const mc::ssh::SessionOptions session = ssh.sessionOptions(parser);
    const int forkCount = ssh.forks(parser);

    // Hosts whose inventory address is a name: Mesos' `ip` is asked of them
    // (of every host when the postflight plans the whole cluster).
    {
        QStringList hosts = target.roles.masters(target.inventory);
        for (const QString &a : target.roles.agents(target.inventory)) {
            if (!hosts.contains(a))
                hosts << a;
        }
        if (!limits.isEmpty() && !parser.isSet(postflightOnly) && !parser.isSet(postflightOpt)) {
            if (const auto selected = Planner::resolveLimit(target, limits)) {
                QStringList kept;
                for (const QString &h : hosts) {
                    if (selected->contains(h))
                        kept << h;
                }
                hosts = kept;
            }
        }
        const QStringList unknown = Planner::hostsNeedingAddress(*loaded, target, hosts);
        if (!unknown.isEmpty()) {
            QStringList errors;
            target.hostAddresses = Preflight::learnAddresses(target, unknown, session, forkCount, &errors);
            for (const QString &e : errors)
                err() << "warning: " << e << '\n';
            err().flush();
        }
    }

    const auto plan = Planner::build(*loaded, target, limits);
    if (!plan)
        return failure(plan.error().message);

    const auto issues = Preflight::checkInventory(*loaded, target);
    for (const PreflightIssue &i : issues)
        err() << i.text() << '\n';
    err().flush();
    if (Preflight::hasErrors(issues))
        return failure(QStringLiteral("the inventory does not make a sound cluster; nothing was changed"));

    if (parser.isSet(postflightOnly)) {
        const auto whole = Planner::build(*loaded, target); // the whole cluster, whatever --limit says
        if (!whole)
            return failure(whole.error().message);
        return postflight(*whole, *waitSeconds) ? ExitOk : ExitFailure;
    }

    out() << "recipe " << loaded->name << ": " << plan->hosts.size() << " hosts, " << plan->stepCount()
          << " steps" << (parser.isSet(check) ? " (check mode: nothing will change)" : "") << '\n';
    out().flush();
    const auto changeGate = gate.gate(parser, QString(), ssh.workspacePath(parser));
    const bool changes = !parser.isSet(check) && !(parser.isSet(drift) && !parser.isSet(converge));
    if (changes && changeGate->scope().mode == mc::audit::ClusterMode::ReadOnly) {
        // Refused (and logged) before any host is asked anything.
        RunOptions refusedRun;
        refusedRun.serial = *serialCount;
        return failure(changeGate->admit(ProvisionRunner::applyAction(*plan, refusedRun)).error().message);
    }
    if (!parser.isSet(skipHostChecks)) {
        const auto hostIssues = Preflight::checkHosts(*plan, session, forkCount, target.become);
        for (const PreflightIssue &i : hostIssues)
            err() << i.text() << '\n';
        err().flush();
        if (Preflight::hasErrors(hostIssues))
            return failure(QStringLiteral("host checks failed; nothing was changed"));
    }

    RunOptions options;
    options.check = parser.isSet(check);
    options.diff = parser.isSet(diff);
    options.become = target.become;
    options.forks = forkCount;
    options.serial = *serialCount;
    options.logDir = runLogDir;
    options.drainFirst = parser.isSet(drainFirst);
    options.drain.timeoutSeconds = *drainTimeoutSeconds;
    options.drain.maxGraceSeconds = *drainGraceSeconds;
    options.drain.masters = drainMasters;
    if (options.drainFirst) {
        if (const auto exit = http.apply(parser))
            return *exit;
        options.drain.http = http.options();
    }
    if (options.drainFirst && drainMasters.isEmpty()) {
        const auto whole = Planner::build(*loaded, target); // the masters, whatever --limit says
        if (!whole)
            return failure(whole.error().message);
        options.drain.masters = DrainOptions::mastersOf(*whole);
    }
    const bool showDiff = parser.isSet(diff);

    Plan runPlanned = *plan;
    if (parser.isSet(drift)) {
        RunOptions checkOptions = options;
        checkOptions.check = true;
        checkOptions.diff = true;
        const RunSummary checked = runPlan(*plan, checkOptions, session, false, true);
        DriftReport report = Drift::fromCheckRun(*plan, checked);
        Drift::addRunningFlags(&report, *plan, 3000);
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
        if (!parser.isSet(converge) || drifted.isEmpty())
            return ExitFailure;
        const auto limited = Planner::build(*loaded, target, { drifted.join(u',') });
        if (!limited)
            return failure(limited.error().message);
        runPlanned = *limited;
        out() << "\nCONVERGE " << drifted.join(QStringLiteral(", ")) << '\n';
        out().flush();
    }

    // Agent identity: changed attributes/resources force a new agent id; say so before.
    const QStringList identityAgents = AgentIdentity::agentsWithIdentitySteps(runPlanned);
    if (!options.check && !options.drainFirst && !identityAgents.isEmpty()) {
        const auto only = Planner::build(*loaded, target, { identityAgents.join(u',') });
        if (!only)
            return failure(only.error().message);
        RunOptions checkOptions = options;
        checkOptions.check = true;
        checkOptions.logDir.clear();
        const RunSummary checked = runPlan(*only, checkOptions, session, false, true);
        const QStringList identityWarnings = AgentIdentity::warnings(checked.steps);
        for (const QString &w : identityWarnings)
            err() << "WARNING: " << w << '\n';
        err().flush();
        if (!identityWarnings.isEmpty() && !parser.isSet(acceptAgentId))
            return failure(QStringLiteral("agent attributes/resources would change (see above); nothing was "
                                          "changed. Pass --drain-first to drain those agents first, or --accept-new-agent-id to go on."));
    }

    std::optional<mc::Error> refused;
    const RunSummary summary = runPlan(runPlanned, options, session, showDiff, false, changeGate, &refused);
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
    if (parser.isSet(postflightOpt) && !options.check) {
        const auto whole = Planner::build(*loaded, target);
        if (!whole)
            return failure(whole.error().message);
        if (!postflight(*whole, *waitSeconds))
            return ExitFailure;
    }
    return ExitOk;
}

const Registration
    reg({ QStringLiteral("provision"),
          QStringLiteral("Set up a cluster from a recipe over SSH (check mode, diffs, recap)."),
          provisionCommand });

} // namespace
