#include "localcluster/PodDefinition.h"

#include "localcluster/AppDefinition.h"

#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace mc::localcluster {

namespace {
// Container and endpoint names (Marathon's NamingValidation for pods: a DNS label).
const QString kNamePattern = QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

void addError(QJsonArray &details, const QString &path, const QString &error)
{
    AppDefinition::addError(details, path, error);
}

bool isName(const QString &name)
{
    static const QRegularExpression re(kNamePattern);
    return name.size() <= 63 && re.match(name).hasMatch();
}

void checkNumber(QJsonArray &details, const QJsonObject &o, const char *key, const QString &path,
                 double minimum)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return;
    const QString at = path + QLatin1Char('/') + QLatin1String(key);
    if (!v.isDouble())
        addError(details, at, QStringLiteral("error.expected.jsnumber"));
    else if (v.toDouble() < minimum)
        addError(details, at, QStringLiteral("got %1, expected %2 or more").arg(v.toDouble()).arg(minimum));
}

void validateContainer(QJsonArray &details, const QJsonValue &value, const QString &at)
{
    if (!value.isObject()) {
        addError(details, at, QStringLiteral("error.expected.jsobject"));
        return;
    }
    const QJsonObject c = value.toObject();
    const QJsonValue name = c.value(QLatin1String("name"));
    if (!name.isString())
        addError(details, at + QStringLiteral("/name"),
                 name.isUndefined() ? QStringLiteral("error.path.missing")
                                    : QStringLiteral("error.expected.jsstring"));
    else if (!isName(name.toString()))
        addError(details, at + QStringLiteral("/name"),
                 QStringLiteral("must fully match regular expression '%1'").arg(kNamePattern));
    const QJsonValue resources = c.value(QLatin1String("resources"));
    if (!resources.isObject()) {
        addError(details, at + QStringLiteral("/resources"),
                 resources.isUndefined() ? QStringLiteral("error.path.missing")
                                         : QStringLiteral("error.expected.jsobject"));
    } else {
        const QJsonObject r = resources.toObject();
        for (const char *key : { "cpus", "mem", "disk", "gpus" })
            checkNumber(details, r, key, at + QStringLiteral("/resources"), 0);
    }
    const QJsonObject exec = c.value(QLatin1String("exec")).toObject();
    const QJsonObject command = exec.value(QLatin1String("command")).toObject();
    const bool hasShell = command.value(QLatin1String("shell")).isString()
        && !command.value(QLatin1String("shell")).toString().isEmpty();
    const bool hasArgv = !command.value(QLatin1String("argv")).toArray().isEmpty();
    if (c.contains(QLatin1String("exec")) && !hasShell && !hasArgv)
        addError(details, at + QStringLiteral("/exec/command"),
                 QStringLiteral("a command needs either 'shell' or 'argv'"));
    if (!c.contains(QLatin1String("exec")) && !c.value(QLatin1String("image")).isObject())
        addError(details, at, QStringLiteral("a container needs an 'exec' command or an 'image'"));
    if (c.contains(QLatin1String("image"))) {
        const QJsonObject image = c.value(QLatin1String("image")).toObject();
        const QString kind = image.value(QLatin1String("kind")).toString();
        if (kind != QLatin1String("DOCKER") && kind != QLatin1String("APPC"))
            addError(details, at + QStringLiteral("/image/kind"), QStringLiteral("error.expected.enum"));
        if (image.value(QLatin1String("id")).toString().isEmpty())
            addError(details, at + QStringLiteral("/image/id"), QStringLiteral("error.path.missing"));
    }
    const QJsonArray endpoints = c.value(QLatin1String("endpoints")).toArray();
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const QString e = at + QStringLiteral("/endpoints(%1)").arg(i);
        const QJsonObject ep = endpoints[i].toObject();
        if (!isName(ep.value(QLatin1String("name")).toString()))
            addError(details, e + QStringLiteral("/name"),
                     QStringLiteral("must fully match regular expression '%1'").arg(kNamePattern));
        checkNumber(details, ep, "hostPort", e, 0);
        checkNumber(details, ep, "containerPort", e, 0);
    }
}
} // namespace

QJsonArray PodDefinition::validate(const QJsonObject &d)
{
    QJsonArray details;
    const QJsonValue id = d.value(QLatin1String("id"));
    if (!id.isString())
        addError(details, QStringLiteral("/id"),
                 id.isUndefined() ? QStringLiteral("error.path.missing")
                                  : QStringLiteral("error.expected.jsstring"));
    else if (AppDefinition::absoluteId(id.toString()) == QLatin1String("/"))
        addError(details, QStringLiteral("/id"),
                 QStringLiteral("Path must contain at least one path element"));
    else if (!AppDefinition::isValidId(AppDefinition::absoluteId(id.toString()))
             || id.toString().contains(QLatin1String("//")))
        addError(details, QStringLiteral("/id"), AppDefinition::idPatternMessage());

    const QJsonValue containers = d.value(QLatin1String("containers"));
    if (!containers.isArray() && !containers.isUndefined()) {
        addError(details, QStringLiteral("/containers"), QStringLiteral("error.expected.jsarray"));
    } else if (containers.toArray().isEmpty()) {
        addError(details, QStringLiteral("/containers"), QStringLiteral("must not be empty"));
    } else {
        const QJsonArray list = containers.toArray();
        QSet<QString> names;
        QSet<QString> endpointNames;
        bool namesUnique = true;
        bool endpointsUnique = true;
        for (qsizetype i = 0; i < list.size(); ++i) {
            validateContainer(details, list[i], QStringLiteral("/containers(%1)").arg(i));
            const QString name = list[i].toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty() && names.contains(name))
                namesUnique = false;
            names.insert(name);
            for (const QJsonArray eps = list[i].toObject().value(QLatin1String("endpoints")).toArray();
                 const QJsonValue &ep : eps) {
                const QString en = ep.toObject().value(QLatin1String("name")).toString();
                if (!en.isEmpty() && endpointNames.contains(en))
                    endpointsUnique = false;
                endpointNames.insert(en);
            }
        }
        if (!namesUnique)
            addError(details, QStringLiteral("/containers"), QStringLiteral("container names are unique"));
        if (!endpointsUnique)
            addError(details, QStringLiteral("/containers"), QStringLiteral("endpoint names are unique"));
    }
    const QJsonValue scaling = d.value(QLatin1String("scaling"));
    if (!scaling.isUndefined() && !scaling.isObject()) {
        addError(details, QStringLiteral("/scaling"), QStringLiteral("error.expected.jsobject"));
    } else if (scaling.isObject()) {
        const QJsonObject s = scaling.toObject();
        if (s.contains(QLatin1String("kind"))
            && s.value(QLatin1String("kind")).toString() != QLatin1String("fixed"))
            addError(details, QStringLiteral("/scaling/kind"), QStringLiteral("error.expected.enum"));
        checkNumber(details, s, "instances", QStringLiteral("/scaling"), 0);
        checkNumber(details, s, "maxInstances", QStringLiteral("/scaling"), 0);
    }
    const QJsonValue networks = d.value(QLatin1String("networks"));
    if (!networks.isUndefined() && !networks.isArray())
        addError(details, QStringLiteral("/networks"), QStringLiteral("error.expected.jsarray"));
    for (const QJsonArray list = networks.toArray(); const QJsonValue &n : list) {
        const QString mode = n.toObject().value(QLatin1String("mode")).toString(QStringLiteral("container"));
        if (mode != QLatin1String("host") && mode != QLatin1String("container")
            && mode != QLatin1String("container/bridge"))
            addError(details, QStringLiteral("/networks"), QStringLiteral("error.expected.enum"));
    }
    for (const char *key : { "environment", "labels", "secrets" }) {
        const QJsonValue v = d.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            addError(details, QLatin1Char('/') + QLatin1String(key),
                     QStringLiteral("error.expected.jsobject"));
    }
    return details;
}

QJsonObject PodDefinition::normalize(QJsonObject d)
{
    d.insert(QStringLiteral("id"), AppDefinition::absoluteId(d.value(QLatin1String("id")).toString()));
    d.remove(QStringLiteral("version"));
    QJsonObject scaling = d.value(QLatin1String("scaling")).toObject();
    scaling.insert(QStringLiteral("kind"), QStringLiteral("fixed"));
    if (!scaling.contains(QLatin1String("instances")))
        scaling.insert(QStringLiteral("instances"), 1);
    d.insert(QStringLiteral("scaling"), scaling);
    if (d.value(QLatin1String("networks")).toArray().isEmpty())
        d.insert(QStringLiteral("networks"),
                 QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("host") } } });
    QJsonArray containers = d.value(QLatin1String("containers")).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers[i].toObject();
        QJsonObject r = c.value(QLatin1String("resources")).toObject();
        // Marathon's defaults for a container's resources (raml resources.raml).
        static const std::pair<const char *, double> defaults[]
            = { { "cpus", 1.0 }, { "mem", 128.0 }, { "disk", 0.0 }, { "gpus", 0.0 } };
        for (const auto &[key, value] : defaults) {
            if (!r.contains(QLatin1String(key)))
                r.insert(QLatin1String(key), value);
        }
        c.insert(QStringLiteral("resources"), r);
        containers[i] = c;
    }
    d.insert(QStringLiteral("containers"), containers);
    if (!d.contains(QLatin1String("volumes")))
        d.insert(QStringLiteral("volumes"), QJsonArray());
    if (!d.contains(QLatin1String("executorResources")))
        d.insert(QStringLiteral("executorResources"),
                 QJsonObject { { QStringLiteral("cpus"), 0.1 },
                               { QStringLiteral("mem"), 32 },
                               { QStringLiteral("disk"), 10 } });
    QJsonObject scheduling = d.value(QLatin1String("scheduling")).toObject();
    if (!scheduling.contains(QLatin1String("backoff")))
        scheduling.insert(QStringLiteral("backoff"),
                          QJsonObject { { QStringLiteral("backoff"), 1 },
                                        { QStringLiteral("backoffFactor"), 1.15 },
                                        { QStringLiteral("maxLaunchDelay"), 3600 } });
    if (!scheduling.contains(QLatin1String("upgrade")))
        scheduling.insert(QStringLiteral("upgrade"),
                          QJsonObject { { QStringLiteral("minimumHealthCapacity"), 1 },
                                        { QStringLiteral("maximumOverCapacity"), 1 } });
    if (!scheduling.contains(QLatin1String("killSelection")))
        scheduling.insert(QStringLiteral("killSelection"), QStringLiteral("YOUNGEST_FIRST"));
    d.insert(QStringLiteral("scheduling"), scheduling);
    return d;
}

int PodDefinition::instances(const QJsonObject &normalized)
{
    return normalized.value(QLatin1String("scaling")).toObject().value(QLatin1String("instances")).toInt(1);
}

bool PodDefinition::sameButScaling(const QJsonObject &a, const QJsonObject &b)
{
    QJsonObject x = a;
    QJsonObject y = b;
    x.remove(QStringLiteral("scaling"));
    y.remove(QStringLiteral("scaling"));
    return x == y;
}

} // namespace mc::localcluster
