#include "localcluster/AppDefinition.h"

#include <QRegularExpression>
#include <QStringList>

namespace mc::localcluster {

namespace {
const QString kIdPattern = QStringLiteral(
    "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$");

void expectNumber(QJsonArray &details, const QJsonObject &d, const char *key, double minimum)
{
    const QJsonValue v = d.value(QLatin1String(key));
    const QString path = QLatin1Char('/') + QLatin1String(key);
    if (v.isUndefined())
        return;
    if (!v.isDouble()) {
        AppDefinition::addError(details, path, QStringLiteral("error.expected.jsnumber"));
        return;
    }
    if (v.toDouble() < minimum) {
        AppDefinition::addError(details, path,
                                QStringLiteral("got %1, expected %2 or more").arg(v.toDouble()).arg(minimum));
    }
}

void expectType(QJsonArray &details, const QJsonObject &d, const char *key, QJsonValue::Type type,
                const char *name)
{
    const QJsonValue v = d.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull() && v.type() != type)
        AppDefinition::addError(details, QLatin1Char('/') + QLatin1String(key),
                                QStringLiteral("error.expected.%1").arg(QLatin1String(name)));
}

// Marathon's default for `key` where the definition has none (or null).
void setDefault(QJsonObject &d, const char *key, const QJsonValue &value)
{
    if (!d.contains(QLatin1String(key)) || d.value(QLatin1String(key)).isNull())
        d.insert(QLatin1String(key), value);
}

// The top-level defaults, and the null fields Marathon drops.
void setTopLevelDefaults(QJsonObject &d)
{
    setDefault(d, "instances", 1);
    setDefault(d, "cpus", 1);
    setDefault(d, "mem", 128);
    setDefault(d, "disk", 0);
    setDefault(d, "gpus", 0);
    setDefault(d, "env", QJsonObject());
    setDefault(d, "labels", QJsonObject());
    setDefault(d, "constraints", QJsonArray());
    setDefault(d, "backoffSeconds", 1);
    setDefault(d, "backoffFactor", 1.15);
    setDefault(d, "maxLaunchDelaySeconds", 300);
    setDefault(d, "executor", QString());
    setDefault(d, "requirePorts", false);
    setDefault(d, "dependencies", QJsonArray());
    setDefault(d, "fetch", QJsonArray());
    setDefault(d, "killSelection", QStringLiteral("YOUNGEST_FIRST"));
    setDefault(d, "upgradeStrategy",
               QJsonObject { { QStringLiteral("minimumHealthCapacity"), 1 },
                             { QStringLiteral("maximumOverCapacity"), 1 } });
    setDefault(d, "unreachableStrategy",
               QJsonObject { { QStringLiteral("inactiveAfterSeconds"), 0 },
                             { QStringLiteral("expungeAfterSeconds"), 0 } });
    for (const char *nullable : { "cmd", "args", "user", "container", "uris", "acceptedResourceRoles" }) {
        if (d.value(QLatin1String(nullable)).isNull())
            d.remove(QLatin1String(nullable));
    }
}

// 1.5+: legacy docker.network/portMappings become networks + container.portMappings.
void normalizeContainer(QJsonObject &d)
{
    QJsonObject container = d.value(QLatin1String("container")).toObject();
    if (container.isEmpty())
        return;
    if (!container.contains(QLatin1String("type")))
        container.insert(QStringLiteral("type"), QStringLiteral("DOCKER"));
    QJsonObject docker = container.value(QLatin1String("docker")).toObject();
    const QString network = docker.take(QLatin1String("network")).toString();
    const QJsonArray legacyMappings = docker.take(QLatin1String("portMappings")).toArray();
    if (!legacyMappings.isEmpty() && !container.contains(QLatin1String("portMappings")))
        container.insert(QStringLiteral("portMappings"), legacyMappings);
    if (!docker.isEmpty()) {
        if (!docker.contains(QLatin1String("forcePullImage")))
            docker.insert(QStringLiteral("forcePullImage"), false);
        if (!docker.contains(QLatin1String("privileged")))
            docker.insert(QStringLiteral("privileged"), false);
        if (!docker.contains(QLatin1String("parameters")))
            docker.insert(QStringLiteral("parameters"), QJsonArray());
        container.insert(QStringLiteral("docker"), docker);
    }
    if (!container.contains(QLatin1String("volumes")))
        container.insert(QStringLiteral("volumes"), QJsonArray());
    if (!d.contains(QLatin1String("networks")) && !network.isEmpty()) {
        const QString mode = network == QLatin1String("BRIDGE") ? QStringLiteral("container/bridge")
            : network == QLatin1String("USER")                  ? QStringLiteral("container")
                                                                : QStringLiteral("host");
        d.insert(QStringLiteral("networks"), QJsonArray { QJsonObject { { QStringLiteral("mode"), mode } } });
    }
    QJsonArray mappings = container.value(QLatin1String("portMappings")).toArray();
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        QJsonObject m = mappings[i].toObject();
        if (!m.contains(QLatin1String("protocol")))
            m.insert(QStringLiteral("protocol"), QStringLiteral("tcp"));
        if (!m.contains(QLatin1String("hostPort")))
            m.insert(QStringLiteral("hostPort"), 0);
        if (!m.contains(QLatin1String("servicePort")))
            m.insert(QStringLiteral("servicePort"), 0);
        mappings[i] = m;
    }
    if (container.contains(QLatin1String("portMappings")))
        container.insert(QStringLiteral("portMappings"), mappings);
    d.insert(QStringLiteral("container"), container);
}

// On the host network: ports become portDefinitions, each with its protocol; on any other, a
// task has no port definitions.
void normalizePortDefinitions(QJsonObject &d)
{
    const bool hostNetwork = d.value(QLatin1String("networks"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("mode"))
                                 .toString()
        == QLatin1String("host");
    if (hostNetwork) {
        if (d.contains(QLatin1String("ports")) && !d.contains(QLatin1String("portDefinitions"))) {
            QJsonArray defs;
            for (const QJsonArray items = d.value(QLatin1String("ports")).toArray();
                 const QJsonValue &p : items)
                defs.append(QJsonObject { { QStringLiteral("port"), p.toInt() },
                                          { QStringLiteral("protocol"), QStringLiteral("tcp") } });
            d.insert(QStringLiteral("portDefinitions"), defs);
        }
        d.remove(QStringLiteral("ports"));
        setDefault(d, "portDefinitions",
                   QJsonArray { QJsonObject { { QStringLiteral("port"), 0 },
                                              { QStringLiteral("protocol"), QStringLiteral("tcp") },
                                              { QStringLiteral("name"), QStringLiteral("default") } } });
        QJsonArray defs = d.value(QLatin1String("portDefinitions")).toArray();
        for (qsizetype i = 0; i < defs.size(); ++i) {
            QJsonObject p = defs[i].toObject();
            if (!p.contains(QLatin1String("protocol")))
                p.insert(QStringLiteral("protocol"), QStringLiteral("tcp"));
            defs[i] = p;
        }
        d.insert(QStringLiteral("portDefinitions"), defs);
    } else {
        d.remove(QStringLiteral("ports"));
        d.remove(QStringLiteral("portDefinitions"));
    }
}

// Each health check with Marathon's defaults for its protocol.
QJsonArray normalizedHealthChecks(QJsonArray checks)
{
    for (qsizetype i = 0; i < checks.size(); ++i) {
        QJsonObject c = checks[i].toObject();
        auto def = [&c](const char *k, const QJsonValue &v) {
            if (!c.contains(QLatin1String(k)))
                c.insert(QLatin1String(k), v);
        };
        def("protocol", QStringLiteral("HTTP"));
        def("gracePeriodSeconds", 300);
        def("intervalSeconds", 60);
        def("timeoutSeconds", 20);
        def("maxConsecutiveFailures", 3);
        def("delaySeconds", 15);
        const QString protocol = c.value(QLatin1String("protocol")).toString();
        if (!protocol.endsWith(QLatin1String("COMMAND")) && !c.contains(QLatin1String("port")))
            def("portIndex", 0);
        if (protocol.contains(QLatin1String("HTTP"))) {
            def("path", QStringLiteral("/"));
            def("ignoreHttp1xx", false);
        }
        checks[i] = c;
    }
    return checks;
}
} // namespace

void AppDefinition::addError(QJsonArray &details, const QString &path, const QString &error)
{
    for (qsizetype i = 0; i < details.size(); ++i) {
        QJsonObject d = details[i].toObject();
        if (d.value(QLatin1String("path")).toString() == path) {
            QJsonArray errors = d.value(QLatin1String("errors")).toArray();
            errors.append(error);
            d.insert(QStringLiteral("errors"), errors);
            details[i] = d;
            return;
        }
    }
    details.append(
        QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("errors"), QJsonArray { error } } });
}

QString AppDefinition::idPatternMessage()
{
    return QStringLiteral("must fully match regular expression '%1'").arg(kIdPattern);
}

QString AppDefinition::absoluteId(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

bool AppDefinition::isValidId(const QString &absolute)
{
    // Marathon's pattern must match the whole segment: anchor the alternation.
    static const QRegularExpression segment(QRegularExpression::anchoredPattern(QStringLiteral(
        "(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])")));
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &p : parts) {
        if (!segment.match(p).hasMatch() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    }
    return true;
}

QJsonArray AppDefinition::validate(const QJsonObject &d)
{
    QJsonArray details;
    const QJsonValue id = d.value(QLatin1String("id"));
    if (!id.isString()) {
        addError(details, QStringLiteral("/id"),
                 id.isUndefined() ? QStringLiteral("error.path.missing")
                                  : QStringLiteral("error.expected.jsstring"));
    } else if (!isValidId(absoluteId(id.toString())) || id.toString().contains(QLatin1String("//"))) {
        addError(details, QStringLiteral("/id"), idPatternMessage());
    }
    expectNumber(details, d, "instances", 0);
    expectNumber(details, d, "cpus", 0);
    expectNumber(details, d, "mem", 0);
    expectNumber(details, d, "disk", 0);
    expectNumber(details, d, "gpus", 0);
    expectNumber(details, d, "backoffSeconds", 0);
    expectNumber(details, d, "backoffFactor", 1);
    expectNumber(details, d, "maxLaunchDelaySeconds", 0);
    expectNumber(details, d, "taskKillGracePeriodSeconds", 0);
    expectType(details, d, "cmd", QJsonValue::String, "jsstring");
    expectType(details, d, "args", QJsonValue::Array, "jsarray");
    expectType(details, d, "env", QJsonValue::Object, "jsobject");
    expectType(details, d, "labels", QJsonValue::Object, "jsobject");
    expectType(details, d, "container", QJsonValue::Object, "jsobject");
    expectType(details, d, "healthChecks", QJsonValue::Array, "jsarray");
    expectType(details, d, "portDefinitions", QJsonValue::Array, "jsarray");
    expectType(details, d, "constraints", QJsonValue::Array, "jsarray");

    const bool hasCmd
        = d.value(QLatin1String("cmd")).isString() && !d.value(QLatin1String("cmd")).toString().isEmpty();
    const bool hasArgs
        = d.value(QLatin1String("args")).isArray() && !d.value(QLatin1String("args")).toArray().isEmpty();
    const QJsonObject container = d.value(QLatin1String("container")).toObject();
    const bool hasContainer = !container.isEmpty();
    if (!hasCmd && !hasArgs && !hasContainer)
        addError(details, QStringLiteral("/"),
                 QStringLiteral(
                     "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."));
    if (hasCmd && hasArgs)
        addError(details, QStringLiteral("/"),
                 QStringLiteral("AppDefinition must either contain a 'cmd' or a 'args', but not both."));
    if (hasContainer) {
        const QString type = container.value(QLatin1String("type")).toString(QStringLiteral("DOCKER"));
        if (type != QLatin1String("DOCKER") && type != QLatin1String("MESOS"))
            addError(details, QStringLiteral("/container/type"), QStringLiteral("error.expected.enum"));
        const QJsonObject docker = container.value(QLatin1String("docker")).toObject();
        if (type == QLatin1String("DOCKER") && docker.value(QLatin1String("image")).toString().isEmpty())
            addError(details, QStringLiteral("/container/docker/image"), QStringLiteral("must not be empty"));
    }
    const QJsonObject upgrade = d.value(QLatin1String("upgradeStrategy")).toObject();
    for (const char *k : { "minimumHealthCapacity", "maximumOverCapacity" }) {
        const QJsonValue v = upgrade.value(QLatin1String(k));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1))
            addError(details, QStringLiteral("/upgradeStrategy/%1").arg(QLatin1String(k)),
                     v.toDouble() > 1 ? QStringLiteral("is greater than 1")
                                      : QStringLiteral("is less than 0"));
    }
    const QJsonArray checks = d.value(QLatin1String("healthChecks")).toArray();
    static const QStringList protocols
        = { QStringLiteral("HTTP"),     QStringLiteral("HTTPS"),      QStringLiteral("TCP"),
            QStringLiteral("COMMAND"),  QStringLiteral("MESOS_HTTP"), QStringLiteral("MESOS_HTTPS"),
            QStringLiteral("MESOS_TCP") };
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks[i].toObject();
        const QString protocol = c.value(QLatin1String("protocol")).toString(QStringLiteral("HTTP"));
        if (!protocols.contains(protocol))
            addError(details, QStringLiteral("/healthChecks(%1)/protocol").arg(i),
                     QStringLiteral("error.expected.enum"));
        if (protocol == QLatin1String("COMMAND")
            && c.value(QLatin1String("command"))
                   .toObject()
                   .value(QLatin1String("value"))
                   .toString()
                   .isEmpty())
            addError(details, QStringLiteral("/healthChecks(%1)/command").arg(i),
                     QStringLiteral("is required"));
    }
    const QJsonArray portDefs = d.value(QLatin1String("portDefinitions")).toArray();
    for (qsizetype i = 0; i < portDefs.size(); ++i) {
        const int port = portDefs[i].toObject().value(QLatin1String("port")).toInt(0);
        if (port < 0 || port > 65535)
            addError(details, QStringLiteral("/portDefinitions(%1)/port").arg(i),
                     QStringLiteral("error.range"));
    }
    return details;
}

QJsonObject AppDefinition::normalize(QJsonObject d)
{
    d.insert(QStringLiteral("id"), absoluteId(d.value(QLatin1String("id")).toString()));
    setTopLevelDefaults(d);
    normalizeContainer(d);
    setDefault(d, "networks",
               QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("host") } } });
    normalizePortDefinitions(d);
    d.insert(QStringLiteral("healthChecks"),
             normalizedHealthChecks(d.value(QLatin1String("healthChecks")).toArray()));
    return d;
}

int AppDefinition::hostPortCount(const QJsonObject &d)
{
    if (d.contains(QLatin1String("portDefinitions")))
        return int(d.value(QLatin1String("portDefinitions")).toArray().size());
    int count = 0;
    const QJsonArray mappings
        = d.value(QLatin1String("container")).toObject().value(QLatin1String("portMappings")).toArray();
    for (const QJsonValue &m : mappings) {
        if (m.toObject().contains(QLatin1String("hostPort")))
            ++count;
    }
    return count;
}

bool AppDefinition::isDocker(const QJsonObject &d)
{
    return !dockerImage(d).isEmpty();
}

QString AppDefinition::dockerImage(const QJsonObject &d)
{
    return d.value(QLatin1String("container"))
        .toObject()
        .value(QLatin1String("docker"))
        .toObject()
        .value(QLatin1String("image"))
        .toString();
}

} // namespace mc::localcluster
