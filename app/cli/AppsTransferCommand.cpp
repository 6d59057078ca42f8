// mesos-console-cli apps export|import|compare: every app and pod definition of a cluster (or
// of a group) to files without the fields Marathon manages, a plan of what an import changes
// (create, update with its diff, unchanged, conflict) applied per group or per app, and the
// drift between two clusters (core/marathon/AppExport, ImportPlan, ImportApplier).
#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"

#include "core/http/HttpClient.h"
#include "core/marathon/AppExport.h"
#include "core/marathon/ImportApplier.h"
#include "core/marathon/ImportPlan.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/MarathonParser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {

using namespace mc::cli;
using namespace mc::marathon;

const QCommandLineOption kMarathon { QStringLiteral("marathon"),
                                     QStringLiteral("Marathon URL, e.g. http://m1:8080."),
                                     QStringLiteral("url") };
const QCommandLineOption kGroup { QStringLiteral("group"),
                                  QStringLiteral("Only the apps of this group, e.g. /prod (default: all)."),
                                  QStringLiteral("id") };

// One Marathon to read (and write) through the command's HTTP options.
class Cluster
{
public:
    Cluster(const mc::http::HttpOptions &options, const QUrl &url)
        : m_http(std::make_unique<mc::http::HttpClient>(options))
        , m_client(std::make_unique<MarathonClient>(m_http.get(), url))
    { }

    MarathonClient &client() { return *m_client; }

    // GET /v2/groups[/{id}], or nullopt with the reason printed.
    std::optional<QJsonObject> group(const QString &groupId)
    {
        const auto r = await<mc::Result<QJsonObject>>([&](auto done) {
            m_client->fetchGroup(groupId, &m_context, [done](mc::Result<QJsonObject> g) { done(g); });
        });
        if (!r->ok()) {
            failure(QStringLiteral("cannot read %1 from %2: %3")
                        .arg(groupId == u"/" ? QStringLiteral("the apps")
                                             : QStringLiteral("the group ") + groupId,
                             m_client->baseUrl().toDisplayString(), r->error().message));
            return std::nullopt;
        }
        return r->value();
    }

    // Waits until none of `deployments` is running; false (printed) after `seconds`.
    bool waitFor(QStringList deployments, int seconds)
    {
        QDeadlineTimer deadline(qint64(seconds) * 1000);
        QUrl url = m_client->baseUrl();
        url.setPath(url.path() + QStringLiteral("/v2/deployments"));
        while (!deployments.isEmpty()) {
            const auto r = await<mc::Result<mc::http::HttpResponse>>([&](auto done) {
                m_http->get(url, &m_context, [done](mc::Result<mc::http::HttpResponse> x) { done(x); });
            });
            if (r->ok() && (*r)->isSuccess()) {
                if (const auto running = MarathonParser::parseDeployments((*r)->body); running.ok())
                    deployments.removeIf([&](const QString &id) {
                        return std::none_of(running->begin(), running->end(),
                                            [&](const Deployment &d) { return d.id == id; });
                    });
            }
            if (deployments.isEmpty())
                break;
            if (deadline.hasExpired()) {
                err() << deployments.size() << " deployment(s) still running after " << seconds
                      << " s; follow them with 'mesos-console-cli apps --marathon URL'.\n";
                return false;
            }
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
        }
        out() << "deployments finished\n";
        return true;
    }

private:
    QObject m_context;
    std::unique_ptr<mc::http::HttpClient> m_http;
    std::unique_ptr<MarathonClient> m_client;
};

QString groupOption(const CommandParser &parser)
{
    const QString g = parser.value(kGroup);
    return g.isEmpty() ? QStringLiteral("/")
                       : QLatin1Char('/') + g.split(u'/', Qt::SkipEmptyParts).join(u'/');
}

QString kindOf(const PlanItem &item)
{
    return item.pod ? QStringLiteral("pod") : QStringLiteral("app");
}

void printPlan(const ImportPlan &plan, bool withDiffs)
{
    QList<QStringList> rows;
    for (const PlanItem &item : plan.items) {
        QString detail = item.reason;
        if (item.action == PlanAction::Update)
            detail = item.changedFields.join(QStringLiteral(", "));
        rows.append({ ImportPlan::actionName(item.action), item.id, kindOf(item), detail });
    }
    printColumns(
        { QStringLiteral("ACTION"), QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("DETAIL") },
        rows);
    if (withDiffs) {
        for (const PlanItem &item : plan.items) {
            if (item.action == PlanAction::Update
                || (item.action == PlanAction::Conflict && !item.diff.isEmpty()))
                out() << '\n' << item.diff;
        }
    }
}

// Parses a verb that takes --marathon and one path, and applies the HTTP options. nullopt: go on.
std::optional<int> parseWithPath(CommandParser &parser, const QStringList &args, const HttpCliOptions &http,
                                 const QString &example)
{
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(kMarathon))
        return usageError(QStringLiteral("--marathon URL is required, e.g. '%1'").arg(example));
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("expected e.g. '%1'").arg(example));
    return http.apply(parser);
}

int exportApps(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps export"));
    parser.setApplicationDescription(QStringLiteral(
        "Write every app and pod definition of a Marathon (or of one group) without the fields Marathon "
        "manages (version, versionInfo, tasks*, deployments, lastTaskFailure, a pod's status and "
        "instances, ...), so they can be imported elsewhere: OUT ending in .json is one group document "
        "(pods in each group's \"pods\"), anything else a new or empty folder with one file per app and "
        "pod (ids as paths, /prod/web -> prod/web.json, the pod /prod/cache -> prod/cache.pod.json)."));
    HttpCliOptions http;
    parser.addOptions({ kMarathon, kGroup });
    http.addTo(parser, true);
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("A folder, or a .json file."),
                                 QStringLiteral("OUT"));
    if (const auto exit
        = parseWithPath(parser, args, http,
                        QStringLiteral("apps export --marathon http://m1:8080 --group /prod prod-apps/")))
        return *exit;
    const QString groupId = groupOption(parser);
    Cluster cluster(http.options(), QUrl(parser.value(kMarathon)));
    const auto group = cluster.group(groupId);
    if (!group)
        return ExitFailure;
    const GroupNode tree = AppExport::groupFromJson(*group);
    const QString target = parser.positionalArguments().constFirst();
    const auto written = AppExport::write(tree, target);
    if (!written)
        return failure(written.error().message);
    out() << "exported " << tree.allApps().size() << " app(s) and " << tree.allPods().size() << " pod(s) to "
          << QDir::toNativeSeparators(target) << '\n';
    return ExitOk;
}

// apps import's own options, in the order --help lists them (after --marathon).
struct ImportCliOptions
{
    const QCommandLineOption prefix { QStringLiteral("prefix"),
                                      QStringLiteral("Move every id below this group, e.g. /staging."),
                                      QStringLiteral("group") };
    const QCommandLineOption dryRun { QStringLiteral("dry-run"),
                                      QStringLiteral("Print the plan and the diffs, change nothing.") };
    const QCommandLineOption instances {
        QStringLiteral("instances"),
        QStringLiteral("0: new apps and pods start with 0 instances (existing ones keep theirs)."),
        QStringLiteral("n")
    };
    const QCommandLineOption skipExisting {
        QStringLiteral("skip-existing"), QStringLiteral("Leave the apps and pods the target has as they are.")
    };
    const QCommandLineOption perApp {
        QStringLiteral("per-app"),
        QStringLiteral("One deployment per app (PUT /v2/apps/{id}) instead of per group.")
    };
    const QCommandLineOption force {
        QStringLiteral("force"),
        QStringLiteral("Update apps and pods that are being deployed (cancels those deployments).")
    };
    const QCommandLineOption wait {
        QStringLiteral("wait"), QStringLiteral("Wait up to this many seconds (0-86400) for the deployments."),
        QStringLiteral("s")
    };
};

// The plan's options from the command line. The error is a usage error.
mc::Result<ImportOptions> importOptions(const CommandParser &parser, const ImportCliOptions &o)
{
    ImportOptions options;
    if (parser.isSet(o.prefix)) {
        options.prefix = parser.value(o.prefix);
        const QString probe = ImportPlan::prefixed(QStringLiteral("x"), options.prefix);
        if (!AppDefinition::isValidId(probe) || options.prefix.trimmed().isEmpty())
            return mc::Error { QStringLiteral(
                                   "--prefix '%1' is not a Marathon group id (lower-case a-z, 0-9, '-' "
                                   "and '.' between slashes, e.g. /staging)")
                                   .arg(options.prefix),
                               {} };
    }
    options.zeroInstances = parser.isSet(o.instances);
    options.skipExisting = parser.isSet(o.skipExisting);
    options.force = parser.isSet(o.force);
    return options;
}

// Sends the plan through `client`, printing each app's or pod's outcome as it comes.
ApplySummary applyPlan(MarathonClient &client, const ImportPlan &plan, const QJsonObject &target,
                       ApplyMode mode, bool force)
{
    ImportApplier applier(&client);
    QObject::connect(&applier, &ImportApplier::outcome, &applier, [](const ApplyOutcome &o) {
        if (o.ok) {
            out() << (o.action == PlanAction::Create ? "created " : "updated ") << (o.pod ? "pod " : "")
                  << o.id << " (deployment " << o.deploymentId << ")\n";
            return;
        }
        err() << "failed " << (o.pod ? "pod " : "") << o.id << ": " << o.error << '\n';
        for (const FieldError &e : o.fieldErrors)
            err() << "  " << e.path << ": " << e.message << '\n';
    });
    return *await<ApplySummary>([&](auto done) {
        QObject::connect(&applier, &ImportApplier::finished, &applier,
                         [done](const ApplySummary &s) { done(s); });
        applier.apply(plan, target, mode, force);
    });
}

int importApps(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps import"));
    parser.setApplicationDescription(QStringLiteral(
        "Import app and pod definitions (what 'apps export' wrote, a group document, or app and pod JSON "
        "files) into a Marathon. First the plan: each app and pod created, updated (with its diff), "
        "unchanged, or in conflict; then, unless --dry-run or a conflict, one deployment per group (PUT "
        "/v2/groups; the group's other apps stay) or, with --per-app, per app; pods one by one (POST "
        "/v2/pods, PUT /v2/pods/{id}). Apps and pods the target has and the import has not are left "
        "alone."));
    HttpCliOptions http;
    GateCliOptions gate;
    const ImportCliOptions o;
    parser.addOptions(
        { kMarathon, o.prefix, o.dryRun, o.instances, o.skipExisting, o.perApp, o.force, o.wait });
    http.addTo(parser, true);
    gate.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("in"), QStringLiteral("A folder or a .json file."),
                                 QStringLiteral("IN"));
    if (const auto exit
        = parseWithPath(parser, args, http,
                        QStringLiteral("apps import --marathon http://m2:8080 prod-apps/ --prefix /staging")))
        return *exit;
    if (parser.isSet(o.instances) && parser.value(o.instances) != u"0")
        return usageError(QStringLiteral("--instances takes only 0 (new apps start with none), not '%1'")
                              .arg(parser.value(o.instances)));
    const auto waitSeconds = wholeNumber(parser, o.wait, 0, 86400, 0);
    if (!waitSeconds)
        return usageError(waitSeconds.error().message);
    const auto options = importOptions(parser, o);
    if (!options)
        return usageError(options.error().message);

    const auto incoming = AppExport::read(parser.positionalArguments().constFirst());
    if (!incoming)
        return failure(incoming.error().message);
    const QUrl url(parser.value(kMarathon));
    Cluster cluster(http.options(), url);
    const auto target = cluster.group(QStringLiteral("/"));
    if (!target)
        return ExitFailure;
    const ImportPlan plan = ImportPlan::build(*incoming, *target, *options);
    printPlan(plan, true);
    out() << '\n' << plan.summary() << '\n';
    if (plan.hasConflicts())
        return failure(
            QStringLiteral(
                "%1 app(s) or pod(s) in conflict: nothing was changed. Resolve them (the DETAIL column "
                "says how), or import with --prefix, --skip-existing or --force.")
                .arg(plan.count(PlanAction::Conflict)));
    if (parser.isSet(o.dryRun) || plan.changes().isEmpty()) {
        out() << (plan.changes().isEmpty() ? "nothing to change\n" : "dry run: nothing was changed\n");
        return ExitOk;
    }
    cluster.client().setGate(gate.gate(parser, url.host()));
    const ApplySummary summary
        = applyPlan(cluster.client(), plan, *target,
                    parser.isSet(o.perApp) ? ApplyMode::PerApp : ApplyMode::PerGroup, options->force);
    out() << summary.text() << '\n';
    out().flush();
    if (summary.failed() > 0)
        return ExitFailure;
    if (*waitSeconds > 0 && !cluster.waitFor(summary.deployments, *waitSeconds))
        return ExitFailure;
    return ExitOk;
}

int compareApps(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps compare"));
    parser.setApplicationDescription(QStringLiteral(
        "The drift between two Marathons (staging and production): the apps and pods that differ, with "
        "the diff of their definitions, and those only one of them has. Changes neither. Exit 0 when they "
        "match, 1 when they differ."));
    HttpCliOptions http;
    const QCommandLineOption other(QStringLiteral("other"), QStringLiteral("The other Marathon's URL."),
                                   QStringLiteral("url"));
    parser.addOptions({ kMarathon, other, kGroup });
    http.addTo(parser, true);
    const QString example
        = QStringLiteral("apps compare --marathon http://staging:8080 --other http://prod:8080");
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(kMarathon) || !parser.isSet(other))
        return usageError(
            QStringLiteral("--marathon URL and --other URL are required, e.g. '%1'").arg(example));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("expected e.g. '%1'").arg(example));
    if (const auto exit = http.apply(parser))
        return *exit;
    const QString groupId = groupOption(parser);
    Cluster first(http.options(), QUrl(parser.value(kMarathon)));
    Cluster second(http.options(), QUrl(parser.value(other)));
    const auto a = first.group(groupId);
    if (!a)
        return ExitFailure;
    const auto b = second.group(QStringLiteral("/"));
    if (!b)
        return ExitFailure;
    ImportOptions asTheyAre;
    asTheyAre.force = true; // a running deployment is no conflict here: only the definitions count
    const ImportPlan drift = ImportPlan::build(AppExport::groupFromJson(*a), *b, asTheyAre);
    const QString nameA = parser.value(kMarathon), nameB = parser.value(other);
    QList<QStringList> rows;
    for (const PlanItem &item : drift.items) {
        if (item.action == PlanAction::Update)
            rows.append({ QStringLiteral("differs"), item.id, kindOf(item),
                          item.changedFields.join(QStringLiteral(", ")) });
        else if (item.action == PlanAction::Create)
            rows.append({ QStringLiteral("only in %1").arg(nameA), item.id, kindOf(item), QString() });
        else if (item.action == PlanAction::Conflict)
            rows.append({ QStringLiteral("conflict"), item.id, kindOf(item), item.reason });
    }
    // Every app and pod of the other below the group, not only below the first one's.
    const QString scope = groupId == u"/" ? groupId : groupId + u'/';
    QSet<QString> compared;
    for (const PlanItem &item : drift.items)
        compared.insert(item.id);
    const GroupNode theirs = AppExport::groupFromJson(*b);
    for (const auto &[definitions, kind] : { std::pair { theirs.allApps(), QStringLiteral("app") },
                                             std::pair { theirs.allPods(), QStringLiteral("pod") } }) {
        for (const QJsonObject &definition : definitions) {
            const QString id = definition.value(QLatin1String("id")).toString();
            if (id.startsWith(scope) && !compared.contains(id))
                rows.append({ QStringLiteral("only in %1").arg(nameB), id, kind, QString() });
        }
    }
    if (rows.isEmpty()) {
        out() << "no drift: " << drift.count(PlanAction::Unchanged, false) << " app(s) and "
              << drift.count(PlanAction::Unchanged, true) << " pod(s) are the same in both\n";
        return ExitOk;
    }
    printColumns(
        { QStringLiteral("DRIFT"), QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("FIELDS") },
        rows);
    for (const PlanItem &item : drift.items) {
        if (!item.diff.isEmpty())
            out() << '\n' << item.diff;
    }
    return ExitFailure;
}

const Registration exportVerb({ QStringLiteral("apps export"),
                                QStringLiteral("Write app definitions to files, ready to import elsewhere."),
                                exportApps });
const Registration importVerb({ QStringLiteral("apps import"),
                                QStringLiteral("Import app definitions: plan, then apply per group or app."),
                                importApps });
const Registration compareVerb({ QStringLiteral("apps compare"),
                                 QStringLiteral("The drift between the apps of two Marathons."),
                                 compareApps });

} // namespace
