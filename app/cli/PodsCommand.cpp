// mesos-console-cli pods list|show|create|update|scale|restart|destroy|kill-instance:
// Marathon 1.4+ pods, one MarathonClient call each (see MarathonSession.h), optionally
// waiting until the deployment it started is finished.
#include "app/cli/MarathonSession.h"

#include "core/marathon/MarathonClient.h"
#include "core/marathon/Pod.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace {

using namespace mc::cli;
using namespace mc::marathon;

const QString kNoPods
    = QStringLiteral("this Marathon has no pods (GET /v2/pods answered 404): pods came with Marathon 1.4");

// "web:31002" for each endpoint with a host port, else its name.
QString endpointsOf(const PodContainerStatus &c)
{
    QStringList list;
    for (const PodEndpoint &e : c.endpoints)
        list.append(e.allocatedHostPort > 0 ? QStringLiteral("%1:%2").arg(e.name).arg(e.allocatedHostPort)
                                            : e.name);
    return list.join(u',');
}

// The pods and their statuses, or the exit code (with the reason printed).
std::variant<std::vector<PodStatus>, int> readPods(Session &session)
{
    const auto answer
        = session.read<PodsAnswer>([&](QObject *ctx, auto done) { session.client().fetchPods(ctx, done); });
    if (!answer)
        return int(ExitFailure);
    if (!answer->supported)
        return failure(kNoPods);
    return answer->pods;
}

int list(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods list"));
    parser.setApplicationDescription(QStringLiteral("Marathon's pods: instances stable/wanted, status, "
                                                    "containers and the host ports of their endpoints."));
    Connection c;
    c.addTo(parser, false, false);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("The pods' definitions as JSON."));
    parser.addOption(json);
    if (const auto exit = prepare(parser, c, args, 0, QStringLiteral("pods list --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const auto pods = readPods(session);
    if (std::holds_alternative<int>(pods))
        return std::get<int>(pods);
    const auto &statuses = std::get<std::vector<PodStatus>>(pods);
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const PodStatus &p : statuses) {
            const auto definition = session.read<QJsonObject>(
                [&](QObject *ctx, auto done) { session.client().fetchPod(p.id(), ctx, done); });
            if (!definition)
                return ExitFailure;
            all.append(*definition);
        }
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (statuses.empty()) {
        out() << "no pods\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const PodStatus &p : statuses) {
        QStringList containers;
        QStringList endpoints;
        for (const PodContainer &pc : p.spec.containers)
            containers.append(pc.name);
        for (const PodInstanceStatus &i : p.instances) {
            for (const PodContainerStatus &cs : i.containers) {
                const QString e = endpointsOf(cs);
                if (!e.isEmpty())
                    endpoints.append(e);
            }
        }
        rows.append({ p.id(), QStringLiteral("%1/%2").arg(p.stableInstances()).arg(p.spec.instances),
                      p.status, containers.join(u','),
                      endpoints.isEmpty() ? QStringLiteral("-") : endpoints.join(u' ') });
    }
    printColumns({ QStringLiteral("ID"), QStringLiteral("STABLE/WANTED"), QStringLiteral("STATUS"),
                   QStringLiteral("CONTAINERS"), QStringLiteral("ENDPOINTS") },
                 rows);
    return ExitOk;
}

int show(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods show"));
    parser.setApplicationDescription(QStringLiteral(
        "One pod: its status, each instance with its agent and each container with its Mesos task id, "
        "state and endpoints; --json prints the definition as Marathon has it."));
    Connection c;
    c.addTo(parser, false, false);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("The definition as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Pod id."), QStringLiteral("ID"));
    if (const auto exit
        = prepare(parser, c, args, 1, QStringLiteral("pods show /prod/cache --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    if (parser.isSet(json)) {
        const auto definition = session.read<QJsonObject>(
            [&](QObject *ctx, auto done) { session.client().fetchPod(id, ctx, done); });
        if (!definition)
            return ExitFailure;
        out() << QJsonDocument(*definition).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const auto status = session.read<PodStatus>(
        [&](QObject *ctx, auto done) { session.client().fetchPodStatus(id, ctx, done); });
    if (!status)
        return ExitFailure;
    out() << status->id() << "  " << status->status << "  " << status->stableInstances() << '/'
          << status->spec.instances << " stable  version " << status->spec.version << '\n';
    QList<QStringList> rows;
    for (const PodInstanceStatus &i : status->instances) {
        for (const PodContainerStatus &cs : i.containers) {
            rows.append({ i.id, i.status, i.agentHostname, cs.name, cs.containerId, cs.status,
                          endpointsOf(cs).isEmpty() ? QStringLiteral("-") : endpointsOf(cs) });
        }
    }
    if (rows.isEmpty()) {
        out() << "no instances\n";
        return ExitOk;
    }
    printColumns({ QStringLiteral("INSTANCE"), QStringLiteral("STATUS"), QStringLiteral("AGENT"),
                   QStringLiteral("CONTAINER"), QStringLiteral("TASK"), QStringLiteral("STATE"),
                   QStringLiteral("ENDPOINTS") },
                 rows);
    return ExitOk;
}

// The JSON object of a definition file, or nullopt with the reason printed.
std::optional<QJsonObject> readDefinition(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failure(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        failure(
            QStringLiteral("%1 is not JSON: %2 at byte %3").arg(path, error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failure(
            QStringLiteral("%1 holds no pod definition (a JSON object with id and containers)").arg(path));
        return std::nullopt;
    }
    return doc.object();
}

int create(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods create"));
    parser.setApplicationDescription(QStringLiteral(
        "Create a pod from a JSON definition (Marathon's pod format, as GET /v2/pods/ID has it)."));
    Connection c;
    c.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Pod definition (.json)."),
                                 QStringLiteral("FILE.json"));
    int waitSeconds = 0;
    if (const auto exit
        = prepare(parser, c, args, 1, QStringLiteral("pods create cache.json --marathon http://m1:8080"),
                  &waitSeconds))
        return *exit;
    const auto pod = readDefinition(parser.positionalArguments().at(0));
    if (!pod)
        return ExitFailure;
    Session session(c, parser, waitSeconds);
    return session.change([&](QObject *ctx, auto done) { session.client().createPod(*pod, ctx, done); });
}

int update(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods update"));
    parser.setApplicationDescription(QStringLiteral(
        "Replace a pod's definition with FILE.json: a new version whose instances replace the running ones "
        "(only scaling.instances changed: a scale)."));
    Connection c;
    c.addTo(parser);
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Pod id."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Pod definition (.json)."),
                                 QStringLiteral("FILE.json"));
    int waitSeconds = 0;
    if (const auto exit = prepare(
            parser, c, args, 2,
            QStringLiteral("pods update /prod/cache cache.json --marathon http://m1:8080"), &waitSeconds))
        return *exit;
    const QString id = absoluteId(parser.positionalArguments().at(0));
    auto pod = readDefinition(parser.positionalArguments().at(1));
    if (!pod)
        return ExitFailure;
    const QString given = pod->value(QStringLiteral("id")).toString();
    if (!given.isEmpty() && absoluteId(given) != id)
        return failure(
            QStringLiteral("%1 defines pod %2, not %3").arg(parser.positionalArguments().at(1), given, id));
    pod->insert(QStringLiteral("id"), id);
    Session session(c, parser, waitSeconds);
    if (!session.podExists(id))
        return ExitFailure;
    return session.change(
        [&](QObject *ctx, auto done) { session.client().updatePod(*pod, parser.isSet(force), ctx, done); });
}

int scale(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods scale"));
    parser.setApplicationDescription(QStringLiteral("Scale a pod to N instances."));
    return runScale(parser, args, QStringLiteral("Pod"),
                    QStringLiteral("pods scale /prod/cache 3 --marathon http://m1:8080"), &Session::podExists,
                    &MarathonClient::scalePod);
}

// restart, destroy: ID only.
int simple(const QString &verb, const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods ") + verb);
    parser.setApplicationDescription(
        verb == u"restart" ? QStringLiteral("Restart a pod: the same definition as a new version, "
                                            "every instance replaced.")
                           : QStringLiteral("Destroy a pod and its instances."));
    return runById(parser, args, QStringLiteral("Pod"),
                   parser.command() + QStringLiteral(" /prod/cache --marathon http://m1:8080"), true,
                   &Session::podExists,
                   [&verb](MarathonClient &client, const QString &id, bool force, QObject *ctx,
                           MarathonClient::Callback done) {
                       if (verb == u"restart")
                           client.restartPod(id, force, ctx, done);
                       else
                           client.destroyPod(id, force, ctx, done);
                   });
}

int killInstance(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pods kill-instance"));
    parser.setApplicationDescription(
        QStringLiteral("Kill one instance of a pod (all its containers); Marathon launches a replacement."));
    Connection c;
    c.addTo(parser, false);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Pod id."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("instance"), QStringLiteral("Instance id (see pods show)."),
                                 QStringLiteral("INSTANCE"));
    if (const auto exit
        = prepare(parser, c, args, 2,
                  QStringLiteral(
                      "pods kill-instance /prod/cache prod_cache.instance-1a2b --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    const QString instance = parser.positionalArguments().at(1);
    return session.change(
        [&](QObject *ctx, auto done) { session.client().killPodInstance(id, instance, ctx, done); });
}

const Registration listVerb({ QStringLiteral("pods list"),
                              QStringLiteral("Pods: instances, status, containers, endpoints."), list });
const Registration showVerb({ QStringLiteral("pods show"),
                              QStringLiteral("One pod's instances and containers (--json: its definition)."),
                              show });
const Registration createVerb({ QStringLiteral("pods create"), QStringLiteral("Create a pod from FILE.json."),
                                create });
const Registration updateVerb({ QStringLiteral("pods update"),
                                QStringLiteral("Replace a pod's definition: ID FILE.json."), update });
const Registration scaleVerb({ QStringLiteral("pods scale"), QStringLiteral("Scale a pod: ID N."), scale });
const Registration restartVerb({ QStringLiteral("pods restart"),
                                 QStringLiteral("Replace every instance of a pod."),
                                 [](const QStringList &a) { return simple(QStringLiteral("restart"), a); } });
const Registration destroyVerb({ QStringLiteral("pods destroy"), QStringLiteral("Destroy a pod."),
                                 [](const QStringList &a) { return simple(QStringLiteral("destroy"), a); } });
const Registration killInstanceVerb({ QStringLiteral("pods kill-instance"),
                                      QStringLiteral("Kill one instance of a pod (it is replaced)."),
                                      killInstance });

} // namespace
