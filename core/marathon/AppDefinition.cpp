#include "core/marathon/AppDefinition.h"

#include "core/util/UnifiedDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

namespace mc::marathon {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::marathon::AppDefinition)
};

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

const QStringList kKnownKeys
    = { str("id"),     str("cmd"),         str("args"),         str("instances"),
        str("cpus"),   str("mem"),         str("disk"),         str("env"),
        str("labels"), str("constraints"), str("container"),    str("portDefinitions"),
        str("ports"),  str("networks"),    str("healthChecks"), str("upgradeStrategy"),
        str("fetch"),  str("uris"),        str("ipAddress") };

// Fields Marathon adds to answers; they must not go back in a request.
const QStringList kResponseOnlyKeys = {
    str("version"),         str("versionInfo"),           str("tasksStaged"), str("tasksRunning"),
    str("tasksHealthy"),    str("tasksUnhealthy"),        str("deployments"), str("tasks"),
    str("lastTaskFailure"), str("readinessCheckResults"), str("taskStats"),   str("tasksStats"),
};

const QStringList kConstraintOperators = { str("UNIQUE"), str("CLUSTER"), str("GROUP_BY"), str("LIKE"),
                                           str("UNLIKE"), str("MAX_PER"), str("IS") };
const QStringList kHealthProtocols = { str("HTTP"),       str("HTTPS"),       str("TCP"),      str("COMMAND"),
                                       str("MESOS_HTTP"), str("MESOS_HTTPS"), str("MESOS_TCP") };

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &k : keys)
        object.remove(k);
    return object;
}

QList<QPair<QString, QString>> pairsFrom(const QJsonObject &object)
{
    QList<QPair<QString, QString>> pairs;
    for (auto it = object.begin(); it != object.end(); ++it)
        pairs.append({ it.key(),
                       it.value().isString() ? it.value().toString()
                                             : QString::fromUtf8(QJsonDocument(QJsonArray { it.value() })
                                                                     .toJson(QJsonDocument::Compact)
                                                                     .mid(1)
                                                                     .chopped(1)) });
    return pairs;
}

QJsonObject objectFrom(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject object;
    for (const auto &[k, v] : pairs)
        object.insert(k, v);
    return object;
}

PortMapping portMappingFrom(const QJsonObject &o)
{
    PortMapping p;
    p.containerPort = o.value(str("containerPort")).toInt();
    p.hostPort = o.value(str("hostPort")).toInt();
    p.servicePort = o.value(str("servicePort")).toInt();
    p.protocol = o.value(str("protocol")).toString(str("tcp"));
    p.name = o.value(str("name")).toString();
    return p;
}

QJsonObject portMappingJson(const PortMapping &p)
{
    QJsonObject o { { str("containerPort"), p.containerPort }, { str("hostPort"), p.hostPort } };
    if (p.servicePort != 0)
        o.insert(str("servicePort"), p.servicePort);
    o.insert(str("protocol"), p.protocol);
    if (!p.name.isEmpty())
        o.insert(str("name"), p.name);
    return o;
}

NetworkMode networkFromDocker(const QString &network)
{
    if (network.compare(str("BRIDGE"), Qt::CaseInsensitive) == 0)
        return NetworkMode::Bridge;
    if (network.compare(str("USER"), Qt::CaseInsensitive) == 0)
        return NetworkMode::User;
    return NetworkMode::Host;
}

QString dockerNetworkName(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::Bridge:
        return str("BRIDGE");
    case NetworkMode::User:
        return str("USER");
    case NetworkMode::Host:
        break;
    }
    return str("HOST");
}

} // namespace

AppDialect dialectForVersion(const QString &version)
{
    if (version.trimmed().isEmpty())
        return AppDialect::V06;
    const QVersionNumber v = QVersionNumber::fromString(version.trimmed());
    if (v.isNull())
        return AppDialect::V15;
    if (v < QVersionNumber(0, 7))
        return AppDialect::V06;
    if (v < QVersionNumber(1, 0))
        return AppDialect::V07;
    if (v < QVersionNumber(1, 5))
        return AppDialect::V10;
    return AppDialect::V15;
}

namespace {
// The container of an app definition (Docker, 0.6 Deimos or Mesos) into `d`; its port mappings.
QJsonArray readContainer(const QJsonObject &container, AppDefinition &d)
{
    const QJsonObject docker = container.value(str("docker")).toObject();
    QJsonArray mappings;
    if (!docker.isEmpty()) {
        d.image = docker.value(str("image")).toString();
        d.forcePullImage = docker.value(str("forcePullImage")).toBool();
        if (docker.contains(str("network")))
            d.network = networkFromDocker(docker.value(str("network")).toString());
        mappings = docker.value(str("portMappings")).toArray();
        d.dockerExtra
            = without(docker, { str("image"), str("forcePullImage"), str("network"), str("portMappings") });
        d.containerExtra = without(container, { str("docker"), str("portMappings"), str("volumes") });
        if (d.containerExtra.value(str("type")).toString() == str("DOCKER"))
            d.containerExtra.remove(str("type")); // the default for an image; MESOS (UCR) is kept
    } else if (container.value(str("image")).isString()) {
        // 0.6 Deimos: {"image":"docker:///owner/img:tag","options":[...]}
        d.image = container.value(str("image")).toString();
        if (d.image.startsWith(str("docker:///")))
            d.image = d.image.mid(10);
        d.containerExtra = without(container, { str("image") });
    } else {
        d.containerExtra = without(container, { str("portMappings"), str("volumes") });
    }
    if (container.contains(str("portMappings")))
        mappings = container.value(str("portMappings")).toArray();
    for (const QJsonArray items = container.value(str("volumes")).toArray(); const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        d.volumes.append({ o.value(str("containerPath")).toString(), o.value(str("hostPath")).toString(),
                           o.value(str("mode")).toString(str("RW")) });
    }
    return mappings;
}

// portDefinitions (or 0.x ports) on the host network, else the container's mappings.
void readPorts(const QJsonObject &object, const QJsonArray &mappings, AppDefinition &d)
{
    if (d.network == NetworkMode::Host) {
        if (object.contains(str("portDefinitions"))) {
            for (const QJsonArray items = object.value(str("portDefinitions")).toArray();
                 const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                PortMapping p;
                p.servicePort = o.value(str("port")).toInt();
                p.protocol = o.value(str("protocol")).toString(str("tcp"));
                p.name = o.value(str("name")).toString();
                d.ports.append(p);
            }
        } else {
            for (const QJsonArray items = object.value(str("ports")).toArray(); const QJsonValue &v : items) {
                PortMapping p;
                p.servicePort = v.toInt();
                d.ports.append(p);
            }
        }
    } else {
        for (const QJsonValue &v : std::as_const(mappings))
            d.ports.append(portMappingFrom(v.toObject()));
    }
}

HealthCheck healthCheckFrom(const QJsonObject &o)
{
    HealthCheck h;
    h.protocol = o.value(str("protocol")).toString(str("HTTP"));
    h.path = o.value(str("path")).toString(h.protocol.contains(str("HTTP")) ? str("/") : QString());
    h.portIndex = o.value(str("portIndex")).toInt();
    h.command = o.value(str("command")).toObject().value(str("value")).toString();
    h.gracePeriodSeconds = o.value(str("gracePeriodSeconds")).toInt(300);
    h.intervalSeconds = o.value(str("intervalSeconds")).toInt(60);
    h.timeoutSeconds = o.value(str("timeoutSeconds")).toInt(20);
    h.maxConsecutiveFailures = o.value(str("maxConsecutiveFailures")).toInt(3);
    h.extra
        = without(o,
                  { str("protocol"), str("path"), str("portIndex"), str("command"), str("gracePeriodSeconds"),
                    str("intervalSeconds"), str("timeoutSeconds"), str("maxConsecutiveFailures") });
    return h;
}
} // namespace

AppDefinition AppDefinition::fromJson(const QJsonObject &object)
{
    AppDefinition d;
    d.id = object.value(str("id")).toString();
    d.cmd = object.value(str("cmd")).toString();
    for (const QJsonArray items = object.value(str("args")).toArray(); const QJsonValue &a : items)
        d.args.append(a.toString());
    d.instances = object.value(str("instances")).toInt(1);
    // 0.x tolerated numbers as strings ("cpus":"0.1").
    auto number = [&](const char *key, double fallback) {
        const QJsonValue v = object.value(str(key));
        if (v.isString()) {
            bool ok = false;
            const double n = v.toString().toDouble(&ok);
            return ok ? n : fallback;
        }
        return v.toDouble(fallback);
    };
    d.cpus = number("cpus", 1);
    d.mem = number("mem", 128);
    d.disk = number("disk", 0);
    d.env = pairsFrom(object.value(str("env")).toObject());
    d.labels = pairsFrom(object.value(str("labels")).toObject());
    for (const QJsonArray items = object.value(str("constraints")).toArray(); const QJsonValue &c : items) {
        const QJsonArray a = c.toArray();
        d.constraints.append({ a.at(0).toString(), a.at(1).toString(), a.at(2).toString() });
    }

    const QJsonArray mappings = readContainer(object.value(str("container")).toObject(), d);

    const QJsonArray networks = object.value(str("networks")).toArray();
    if (!networks.isEmpty()) {
        const QJsonObject n = networks.first().toObject();
        const QString mode = n.value(str("mode")).toString();
        if (mode == str("container/bridge"))
            d.network = NetworkMode::Bridge;
        else if (mode == str("container")) {
            d.network = NetworkMode::User;
            d.networkName = n.value(str("name")).toString();
        } else
            d.network = NetworkMode::Host;
    }
    if (object.value(str("ipAddress")).isObject()) {
        const QString name = object.value(str("ipAddress")).toObject().value(str("networkName")).toString();
        if (!name.isEmpty())
            d.networkName = name;
    }

    readPorts(object, mappings, d);

    for (const QJsonArray items = object.value(str("healthChecks")).toArray(); const QJsonValue &v : items)
        d.healthChecks.append(healthCheckFrom(v.toObject()));
    if (object.value(str("upgradeStrategy")).isObject()) {
        const QJsonObject u = object.value(str("upgradeStrategy")).toObject();
        d.upgradeStrategy = UpgradeStrategy { u.value(str("minimumHealthCapacity")).toDouble(1),
                                              u.value(str("maximumOverCapacity")).toDouble(1) };
    }
    for (const QJsonArray items = object.value(str("fetch")).toArray(); const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        d.fetch.append({ o.value(str("uri")).toString(), o.value(str("executable")).toBool(),
                         o.value(str("extract")).toBool(true), o.value(str("cache")).toBool() });
    }
    if (!object.contains(str("fetch")))
        for (const QJsonArray items = object.value(str("uris")).toArray(); const QJsonValue &v : items)
            d.fetch.append({ v.toString(), false, true, false });

    QJsonObject extra = without(object, kKnownKeys);
    d.extra = without(extra, kResponseOnlyKeys);
    // Explicit nulls (answers up to 1.4) carry nothing.
    for (auto it = d.extra.begin(); it != d.extra.end();)
        it = it.value().isNull() ? d.extra.erase(it) : it + 1;
    return d;
}

Result<AppDefinition> AppDefinition::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error { Tr::tr("The app definition is not valid JSON: %1 at offset %2.")
                           .arg(error.errorString())
                           .arg(error.offset),
                       {} };
    if (!doc.isObject())
        return Error { Tr::tr("The app definition must be a JSON object ({\"id\": ...})."), {} };
    QJsonObject object = doc.object();
    // GET /v2/apps/{id} answers {"app":{...}}; accept that too.
    if (object.size() == 1 && object.value(str("app")).isObject())
        object = object.value(str("app")).toObject();
    return fromJson(object);
}

namespace {
QJsonObject containerJson(const AppDefinition &app, AppDialect dialect, bool hostNetwork)
{
    QJsonArray mappings;
    if (!hostNetwork)
        for (const PortMapping &p : app.ports)
            mappings.append(portMappingJson(p));
    QJsonObject container = app.containerExtra;
    if (dialect == AppDialect::V06) {
        container.insert(str("image"), QString(str("docker:///") + app.image));
    } else {
        if (!app.image.isEmpty()) {
            container.insert(str("type"), container.value(str("type")).toString(str("DOCKER")));
            QJsonObject docker = app.dockerExtra;
            docker.insert(str("image"), app.image);
            if (app.forcePullImage)
                docker.insert(str("forcePullImage"), true);
            if (dialect != AppDialect::V15) {
                docker.insert(str("network"), dockerNetworkName(app.network));
                if (!hostNetwork)
                    docker.insert(str("portMappings"), mappings);
            }
            container.insert(str("docker"), docker);
        }
        if (dialect == AppDialect::V15 && !hostNetwork)
            container.insert(str("portMappings"), mappings);
        if (!app.volumes.isEmpty()) {
            QJsonArray a;
            for (const Volume &v : app.volumes)
                a.append(QJsonObject { { str("containerPath"), v.containerPath },
                                       { str("hostPath"), v.hostPath },
                                       { str("mode"), v.mode } });
            container.insert(str("volumes"), a);
        }
    }
    return container;
}

// Marathon 1.5's "networks" entry.
QJsonObject networkJson(NetworkMode network, const QString &networkName)
{
    QJsonObject n;
    switch (network) {
    case NetworkMode::Host:
        n.insert(str("mode"), str("host"));
        break;
    case NetworkMode::Bridge:
        n.insert(str("mode"), str("container/bridge"));
        break;
    case NetworkMode::User:
        n.insert(str("mode"), str("container"));
        if (!networkName.isEmpty())
            n.insert(str("name"), networkName);
        break;
    }
    return n;
}

QJsonObject healthCheckJson(const HealthCheck &h)
{
    QJsonObject c = h.extra;
    c.insert(str("protocol"), h.protocol);
    if (h.protocol == str("COMMAND")) {
        c.insert(str("command"), QJsonObject { { str("value"), h.command } });
    } else {
        if (h.protocol.contains(str("HTTP")))
            c.insert(str("path"), h.path);
        c.insert(str("portIndex"), h.portIndex);
    }
    c.insert(str("gracePeriodSeconds"), h.gracePeriodSeconds);
    c.insert(str("intervalSeconds"), h.intervalSeconds);
    c.insert(str("timeoutSeconds"), h.timeoutSeconds);
    c.insert(str("maxConsecutiveFailures"), h.maxConsecutiveFailures);
    return c;
}
} // namespace

QJsonObject AppDefinition::toJson(AppDialect dialect) const
{
    QJsonObject o = extra;
    o.insert(str("id"), id);
    if (!cmd.isEmpty())
        o.insert(str("cmd"), cmd);
    if (!args.isEmpty())
        o.insert(str("args"), QJsonArray::fromStringList(args));
    o.insert(str("instances"), instances);
    o.insert(str("cpus"), cpus);
    o.insert(str("mem"), mem);
    if (disk != 0)
        o.insert(str("disk"), disk);
    if (!env.isEmpty())
        o.insert(str("env"), objectFrom(env));
    if (!labels.isEmpty() && dialect != AppDialect::V06)
        o.insert(str("labels"), objectFrom(labels));
    if (!constraints.isEmpty()) {
        QJsonArray a;
        for (const Constraint &c : constraints) {
            QJsonArray row { c.field, c.op };
            if (!c.value.isEmpty())
                row.append(c.value);
            a.append(row);
        }
        o.insert(str("constraints"), a);
    }

    const bool hostNetwork = network == NetworkMode::Host || dialect == AppDialect::V06;
    if (!image.isEmpty() || !containerExtra.isEmpty() || !volumes.isEmpty())
        o.insert(str("container"), containerJson(*this, dialect, hostNetwork));

    if (dialect == AppDialect::V15) {
        o.insert(str("networks"), QJsonArray { networkJson(network, networkName) });
    } else if (network == NetworkMode::User && !networkName.isEmpty() && dialect != AppDialect::V06) {
        o.insert(str("ipAddress"), QJsonObject { { str("networkName"), networkName } });
    }

    if (hostNetwork && !ports.isEmpty()) {
        if (dialect == AppDialect::V06 || dialect == AppDialect::V07) {
            QJsonArray a;
            for (const PortMapping &p : ports)
                a.append(p.servicePort);
            o.insert(str("ports"), a);
        } else {
            QJsonArray a;
            for (const PortMapping &p : ports) {
                QJsonObject d { { str("port"), p.servicePort }, { str("protocol"), p.protocol } };
                if (!p.name.isEmpty())
                    d.insert(str("name"), p.name);
                a.append(d);
            }
            o.insert(str("portDefinitions"), a);
        }
    }

    if (!healthChecks.isEmpty()) {
        QJsonArray a;
        for (const HealthCheck &h : healthChecks)
            a.append(healthCheckJson(h));
        o.insert(str("healthChecks"), a);
    }
    if (upgradeStrategy && dialect != AppDialect::V06)
        o.insert(str("upgradeStrategy"),
                 QJsonObject { { str("minimumHealthCapacity"), upgradeStrategy->minimumHealthCapacity },
                               { str("maximumOverCapacity"), upgradeStrategy->maximumOverCapacity } });
    if (!fetch.isEmpty()) {
        if (dialect == AppDialect::V06 || dialect == AppDialect::V07) {
            QJsonArray a;
            for (const FetchUri &f : fetch)
                a.append(f.uri);
            o.insert(str("uris"), a);
        } else {
            QJsonArray a;
            for (const FetchUri &f : fetch)
                a.append(QJsonObject { { str("uri"), f.uri },
                                       { str("executable"), f.executable },
                                       { str("extract"), f.extract },
                                       { str("cache"), f.cache } });
            o.insert(str("fetch"), a);
        }
    }
    return o;
}

QByteArray AppDefinition::toJsonBytes(AppDialect dialect) const
{
    return QJsonDocument(toJson(dialect)).toJson(QJsonDocument::Indented);
}

QString AppDefinition::absoluteId() const
{
    return id.startsWith(QLatin1Char('/')) ? id : QLatin1Char('/') + id;
}

bool AppDefinition::isValidId(const QString &id)
{
    // Marathon's PathId: segments of lowercase letters, digits, '-' and '.',
    // starting and ending with a letter or digit ("." and ".." are relative).
    static const QRegularExpression segment(QStringLiteral(
        "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\z"));
    QString path = id;
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (!segment.match(p).hasMatch())
            return false;
    return true;
}

namespace {
// The sections of AppDefinition::validate(), each adding its errors to `errors`.
void checkPorts(const QList<PortMapping> &ports, NetworkMode network, QList<FieldError> &errors)
{
    auto add = [&](const QString &path, const QString &message) { errors.append({ path, message }); };
    QSet<QString> names;
    for (int i = 0; i < ports.size(); ++i) {
        const PortMapping &p = ports[i];
        const QString base = network == NetworkMode::Host
            ? QStringLiteral("/portDefinitions(%1)").arg(i)
            : QStringLiteral("/container/portMappings(%1)").arg(i);
        auto checkPort = [&](int value, const QString &field, const QString &label) {
            if (value < 0 || value > 65535)
                add(base + field, Tr::tr("%1 must be between 0 and 65535.").arg(label));
        };
        if (network == NetworkMode::Host) {
            checkPort(p.servicePort, str("/port"), Tr::tr("The port"));
        } else {
            checkPort(p.containerPort, str("/containerPort"), Tr::tr("The container port"));
            checkPort(p.hostPort, str("/hostPort"), Tr::tr("The host port"));
            checkPort(p.servicePort, str("/servicePort"), Tr::tr("The service port"));
        }
        const QString protocol = p.protocol.toLower();
        if (protocol != str("tcp") && protocol != str("udp") && protocol != str("udp,tcp")
            && protocol != str("tcp,udp"))
            add(base + str("/protocol"), Tr::tr("The protocol is tcp, udp or udp,tcp."));
        if (!p.name.isEmpty()) {
            static const QRegularExpression portName(QStringLiteral("^[a-z0-9-]+\\z"));
            if (!portName.match(p.name).hasMatch())
                add(base + str("/name"), Tr::tr("A port name uses lowercase letters, digits and '-'."));
            else if (names.contains(p.name))
                add(base + str("/name"), Tr::tr("Port names must be unique."));
            names.insert(p.name);
        }
    }
}

void checkConstraints(const QList<Constraint> &constraints, QList<FieldError> &errors)
{
    auto add = [&](const QString &path, const QString &message) { errors.append({ path, message }); };
    for (int i = 0; i < constraints.size(); ++i) {
        const Constraint &c = constraints[i];
        const QString base = QStringLiteral("/constraints(%1)").arg(i);
        if (c.field.trimmed().isEmpty())
            add(base, Tr::tr("A constraint needs a field (hostname or an agent attribute)."));
        else if (!kConstraintOperators.contains(c.op))
            add(base,
                Tr::tr("Unknown operator '%1'; use one of %2.")
                    .arg(c.op, kConstraintOperators.join(QStringLiteral(", "))));
        else if ((c.op == str("CLUSTER") || c.op == str("LIKE") || c.op == str("UNLIKE") || c.op == str("IS"))
                 && c.value.isEmpty())
            add(base, Tr::tr("The %1 operator needs a value.").arg(c.op));
        else if (c.op == str("MAX_PER") || (c.op == str("GROUP_BY") && !c.value.isEmpty())) {
            bool ok = false;
            const int n = c.value.toInt(&ok);
            if (!ok || n < 1)
                add(base, Tr::tr("The %1 operator needs a whole number of 1 or more.").arg(c.op));
        } else if (c.op == str("LIKE") || c.op == str("UNLIKE")) {
            if (!QRegularExpression(c.value).isValid())
                add(base, Tr::tr("'%1' is not a valid regular expression.").arg(c.value));
        }
    }
}

void checkHealthChecks(const QList<HealthCheck> &healthChecks, qsizetype portCount, QList<FieldError> &errors)
{
    auto add = [&](const QString &path, const QString &message) { errors.append({ path, message }); };
    for (int i = 0; i < healthChecks.size(); ++i) {
        const HealthCheck &h = healthChecks[i];
        const QString base = QStringLiteral("/healthChecks(%1)").arg(i);
        if (!kHealthProtocols.contains(h.protocol)) {
            add(base + str("/protocol"),
                Tr::tr("Use one of %1.").arg(kHealthProtocols.join(QStringLiteral(", "))));
            continue;
        }
        if (h.protocol == str("COMMAND")) {
            if (h.command.trimmed().isEmpty())
                add(base + str("/command"), Tr::tr("A COMMAND health check needs a command."));
        } else {
            if (h.portIndex < 0 || (h.portIndex >= portCount))
                add(base + str("/portIndex"),
                    portCount == 0 ? Tr::tr("This health check needs a port: add one to the port table.")
                                   : Tr::tr("The port index must be between 0 and %1.").arg(portCount - 1));
            if (h.protocol.contains(str("HTTP")) && !h.path.startsWith(QLatin1Char('/')))
                add(base + str("/path"), Tr::tr("The path must start with '/'."));
        }
        if (h.gracePeriodSeconds < 0)
            add(base + str("/gracePeriodSeconds"), Tr::tr("The grace period must be 0 or more seconds."));
        if (h.intervalSeconds < 1)
            add(base + str("/intervalSeconds"), Tr::tr("The interval must be 1 second or more."));
        if (h.timeoutSeconds < 1)
            add(base + str("/timeoutSeconds"), Tr::tr("The timeout must be 1 second or more."));
        else if (h.timeoutSeconds >= h.intervalSeconds && h.intervalSeconds >= 1)
            add(base + str("/timeoutSeconds"), Tr::tr("The timeout must be shorter than the interval."));
        if (h.maxConsecutiveFailures < 0)
            add(base + str("/maxConsecutiveFailures"), Tr::tr("Max consecutive failures must be 0 or more."));
    }
}
} // namespace

QList<FieldError> AppDefinition::validate() const
{
    QList<FieldError> errors;
    auto add = [&](const QString &path, const QString &message) { errors.append({ path, message }); };
    if (id.trimmed().isEmpty())
        add(str("/id"), Tr::tr("Give the app an id, e.g. /prod/web."));
    else if (!isValidId(id))
        add(str("/id"),
            Tr::tr("Use lowercase letters, digits, '-' and '.' in path segments separated by '/', "
                   "each starting and ending with a letter or digit (e.g. /prod/web-1)."));
    if (!(cpus >= 0))
        add(str("/cpus"), Tr::tr("CPUs must be 0 or more."));
    if (!(mem >= 0))
        add(str("/mem"), Tr::tr("Memory must be 0 MiB or more."));
    if (!(disk >= 0))
        add(str("/disk"), Tr::tr("Disk must be 0 MiB or more."));
    if (instances < 0)
        add(str("/instances"), Tr::tr("Instances must be 0 or more."));
    if (image.isEmpty() && cmd.trimmed().isEmpty() && args.isEmpty())
        add(str("/cmd"), Tr::tr("Give a Docker image or a command (cmd or args)."));
    if (!cmd.trimmed().isEmpty() && !args.isEmpty())
        add(str("/args"), Tr::tr("Use either a command or arguments, not both."));
    if (network == NetworkMode::User && networkName.trimmed().isEmpty() && !image.isEmpty())
        add(str("/networks(0)/name"), Tr::tr("User networking needs the name of the network."));
    if (network != NetworkMode::Host && image.isEmpty())
        add(str("/networks(0)/mode"), Tr::tr("Bridge and user networking need a Docker image."));

    checkPorts(ports, network, errors);

    for (int i = 0; i < env.size(); ++i)
        if (env[i].first.trimmed().isEmpty())
            add(QStringLiteral("/env(%1)").arg(i), Tr::tr("An environment variable needs a name."));
    for (int i = 0; i < labels.size(); ++i)
        if (labels[i].first.trimmed().isEmpty())
            add(QStringLiteral("/labels(%1)").arg(i), Tr::tr("A label needs a name."));

    checkConstraints(constraints, errors);

    checkHealthChecks(healthChecks, ports.size(), errors);

    for (int i = 0; i < volumes.size(); ++i) {
        const Volume &v = volumes[i];
        const QString base = QStringLiteral("/container/volumes(%1)").arg(i);
        if (v.containerPath.trimmed().isEmpty())
            add(base + str("/containerPath"), Tr::tr("A volume needs a container path."));
        if (v.mode != str("RW") && v.mode != str("RO"))
            add(base + str("/mode"), Tr::tr("The mode is RW or RO."));
    }
    for (int i = 0; i < fetch.size(); ++i)
        if (fetch[i].uri.trimmed().isEmpty())
            add(QStringLiteral("/fetch(%1)/uri").arg(i), Tr::tr("A fetch entry needs a URI."));

    if (upgradeStrategy) {
        if (!(upgradeStrategy->minimumHealthCapacity >= 0 && upgradeStrategy->minimumHealthCapacity <= 1))
            add(str("/upgradeStrategy/minimumHealthCapacity"), Tr::tr("A fraction between 0 and 1."));
        if (!(upgradeStrategy->maximumOverCapacity >= 0 && upgradeStrategy->maximumOverCapacity <= 1))
            add(str("/upgradeStrategy/maximumOverCapacity"), Tr::tr("A fraction between 0 and 1."));
    }
    return errors;
}

QString AppDefinition::canonicalPath(const QString &path)
{
    QString p = path.trimmed();
    // "obj.healthChecks[0].path" / "healthChecks[0].path" (older validators) -> "/healthChecks(0)/path"
    static const QRegularExpression bracket(QStringLiteral("\\[(\\d+)\\]"));
    p.replace(bracket, QStringLiteral("(\\1)"));
    if (p.startsWith(str("obj.")))
        p = p.mid(4);
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    p.replace(QLatin1Char('.'), QLatin1Char('/'));
    p.replace(str("/container/docker/portMappings"), str("/container/portMappings"));
    p.replace(str("/container/docker/network"), str("/networks(0)/mode"));
    if (p == str("/container/image"))
        p = str("/container/docker/image");
    static const QRegularExpression legacyPort(QStringLiteral("^/ports\\((\\d+)\\)$"));
    p.replace(legacyPort, QStringLiteral("/portDefinitions(\\1)/port"));
    static const QRegularExpression legacyUri(QStringLiteral("^/uris\\((\\d+)\\)$"));
    p.replace(legacyUri, QStringLiteral("/fetch(\\1)/uri"));
    if (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p;
}

QList<FieldError> AppDefinition::fieldErrorsFrom422(const QByteArray &body)
{
    QList<FieldError> errors;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QJsonArray items = object.value(str("details")).toArray(); const QJsonValue &v : items) {
        const QJsonObject d = v.toObject();
        QStringList messages;
        for (const QJsonArray items = d.value(str("errors")).toArray(); const QJsonValue &e : items)
            messages.append(e.toString());
        errors.append(
            { canonicalPath(d.value(str("path")).toString()), messages.join(QStringLiteral("; ")) });
    }
    // 0.x answered {"errors":[{"attribute","error"}]}.
    for (const QJsonArray items = object.value(str("errors")).toArray(); const QJsonValue &v : items) {
        const QJsonObject d = v.toObject();
        errors.append(
            { canonicalPath(d.value(str("attribute")).toString()), d.value(str("error")).toString() });
    }
    if (errors.isEmpty() && object.contains(str("message")))
        errors.append({ str("/"), object.value(str("message")).toString() });
    return errors;
}

QJsonObject AppDefinition::diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject d;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            d.insert(it.key(), it.value());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.contains(it.key()) || kResponseOnlyKeys.contains(it.key()))
            continue;
        const QJsonValue v = it.value();
        if (v.isArray())
            d.insert(it.key(), QJsonArray {});
        else if (v.isObject())
            d.insert(it.key(), QJsonObject {});
        else if (v.isString())
            d.insert(it.key(), QString());
    }
    d.insert(str("id"),
             after.value(str("id")).isUndefined() ? before.value(str("id")) : after.value(str("id")));
    return d;
}

UpdatePreview AppDefinition::previewUpdate(const QJsonObject &before, const AppDefinition &after,
                                           AppDialect dialect)
{
    // `before` goes through the same model as `after`, so fields neither side changed compare equal.
    const QJsonObject current = fromJson(before).toJson(dialect);
    UpdatePreview preview;
    preview.body = diff(current, after.toJson(dialect));
    QJsonObject now, then;
    for (auto it = preview.body.begin(); it != preview.body.end(); ++it) {
        if (current.value(it.key()) == it.value())
            continue;
        preview.changedFields.append(it.key());
        if (current.contains(it.key()))
            now.insert(it.key(), current.value(it.key()));
        then.insert(it.key(), it.value());
    }
    if (!preview.changedFields.isEmpty()) {
        const QString id = after.absoluteId();
        preview.diff = unifiedDiff(QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Indented)),
                                   QString::fromUtf8(QJsonDocument(then).toJson(QJsonDocument::Indented)),
                                   id + QStringLiteral(" (now)"), id + QStringLiteral(" (after the update)"));
    }
    return preview;
}

} // namespace mc::marathon
