#include "core/marathon/LaunchQueue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::marathon {

namespace {

QList<DeclinedOfferStep> steps(const QJsonArray &array)
{
    QList<DeclinedOfferStep> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({ o.value(QLatin1String("reason")).toString(), o.value(QLatin1String("declined")).toInt(),
                      o.value(QLatin1String("processed")).toInt() });
    }
    return list;
}

bool boolOf(const QJsonValue &v, bool fallback)
{
    if (v.isString()) // Marathon 0.x transcripts: "overdue": "true"
        return v.toString() == QLatin1String("true");
    return v.toBool(fallback);
}

// A resource's text form as Mesos prints attributes: text, scalar, [b-e,...], {a,b}.
QString attributeText(const QJsonObject &a)
{
    if (a.contains(QLatin1String("text")))
        return a.value(QLatin1String("text")).toString();
    if (a.contains(QLatin1String("scalar")))
        return QString::number(a.value(QLatin1String("scalar")).toDouble());
    QStringList parts;
    if (a.contains(QLatin1String("ranges"))) {
        const QJsonArray ranges = a.value(QLatin1String("ranges")).toArray();
        for (const QJsonValue &r : ranges)
            parts << QStringLiteral("%1-%2")
                         .arg(qint64(r.toObject().value(QLatin1String("begin")).toDouble()))
                         .arg(qint64(r.toObject().value(QLatin1String("end")).toDouble()));
        return u'[' + parts.join(u',') + u']';
    }
    const QJsonArray members = a.value(QLatin1String("set")).toArray();
    for (const QJsonValue &s : members)
        parts << s.toString();
    return u'{' + parts.join(u',') + u'}';
}

UnusedOffer unusedOffer(const QJsonObject &o)
{
    UnusedOffer u;
    const QJsonObject offer = o.value(QLatin1String("offer")).toObject();
    u.agentId = offer.value(QLatin1String("agentId")).toString();
    u.hostname = offer.value(QLatin1String("hostname")).toString();
    u.timestamp = o.value(QLatin1String("timestamp")).toString();
    const QJsonArray reasons = o.value(QLatin1String("reason")).toArray();
    for (const QJsonValue &r : reasons)
        u.reasons << r.toString();
    const QJsonArray resources = offer.value(QLatin1String("resources")).toArray();
    for (const QJsonValue &v : resources) {
        const QJsonObject r = v.toObject();
        const QString name = r.value(QLatin1String("name")).toString();
        const double scalar = r.value(QLatin1String("scalar")).toDouble();
        if (name == QLatin1String("cpus"))
            u.cpus += scalar;
        else if (name == QLatin1String("mem"))
            u.mem += scalar;
        else if (name == QLatin1String("disk"))
            u.disk += scalar;
        else if (name == QLatin1String("gpus"))
            u.gpus += scalar;
        else if (name == QLatin1String("ports")) {
            const QJsonArray ranges = r.value(QLatin1String("ranges")).toArray();
            for (const QJsonValue &range : ranges) {
                const QJsonObject b = range.toObject();
                u.ports += int(b.value(QLatin1String("end")).toDouble()
                               - b.value(QLatin1String("begin")).toDouble())
                    + 1;
            }
        }
    }
    const QJsonArray attributes = offer.value(QLatin1String("attributes")).toArray();
    for (const QJsonValue &a : attributes)
        u.attributes.append(
            { a.toObject().value(QLatin1String("name")).toString(), attributeText(a.toObject()) });
    return u;
}

int portsOf(const QJsonObject &app)
{
    if (app.value(QLatin1String("portDefinitions")).isArray())
        return int(app.value(QLatin1String("portDefinitions")).toArray().size());
    const QJsonObject container = app.value(QLatin1String("container")).toObject();
    QJsonArray mappings = container.value(QLatin1String("portMappings")).toArray();
    if (mappings.isEmpty())
        mappings = container.value(QLatin1String("docker"))
                       .toObject()
                       .value(QLatin1String("portMappings"))
                       .toArray();
    if (!mappings.isEmpty()) {
        int n = 0;
        for (const QJsonValue &m : std::as_const(mappings))
            n += m.toObject().contains(QLatin1String("hostPort")) ? 1 : 0;
        return n;
    }
    return int(app.value(QLatin1String("ports")).toArray().size());
}

} // namespace

Result<QList<QueueEntry>> parseQueue(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull() || !doc.object().value(QLatin1String("queue")).isArray())
        return Error { QCoreApplication::translate("mc::marathon::LaunchQueue",
                                                   "Marathon's launch queue (/v2/queue) is not the JSON it "
                                                   "should be (%1).")
                           .arg(doc.isNull() ? error.errorString() : QStringLiteral("no \"queue\" array")),
                       QString::fromUtf8(body.left(4096)) };
    QList<QueueEntry> entries;
    const QJsonArray queue = doc.object().value(QLatin1String("queue")).toArray();
    for (const QJsonValue &v : queue) {
        const QJsonObject o = v.toObject();
        const QJsonObject app = o.value(QLatin1String("app")).toObject();
        if (app.isEmpty())
            continue; // a pod
        QueueEntry e;
        e.appId = app.value(QLatin1String("id")).toString();
        e.count = o.value(QLatin1String("count")).toInt();
        const QJsonObject delay = o.value(QLatin1String("delay")).toObject();
        e.timeLeftSeconds = int(delay.value(QLatin1String("timeLeftSeconds")).toDouble());
        e.overdue = boolOf(delay.value(QLatin1String("overdue")), true);
        e.since = o.value(QLatin1String("since")).toString();
        e.cpus = app.value(QLatin1String("cpus")).toDouble();
        e.mem = app.value(QLatin1String("mem")).toDouble();
        e.disk = app.value(QLatin1String("disk")).toDouble();
        e.gpus = app.value(QLatin1String("gpus")).toDouble();
        e.ports = portsOf(app);
        const QJsonArray constraints = app.value(QLatin1String("constraints")).toArray();
        for (const QJsonValue &c : constraints)
            e.constraints.append(c.toArray());
        const QJsonArray roles = app.value(QLatin1String("acceptedResourceRoles")).toArray();
        for (const QJsonValue &r : roles)
            e.acceptedResourceRoles << r.toString();
        if (o.value(QLatin1String("processedOffersSummary")).isObject()) {
            const QJsonObject s = o.value(QLatin1String("processedOffersSummary")).toObject();
            e.hasOfferSummary = true;
            e.processedOffers = s.value(QLatin1String("processedOffersCount")).toInt();
            e.unusedOffers = s.value(QLatin1String("unusedOffersCount")).toInt();
            e.lastUnusedOfferAt = s.value(QLatin1String("lastUnusedOfferAt")).toString();
            e.lastUsedOfferAt = s.value(QLatin1String("lastUsedOfferAt")).toString();
            e.rejectLastOffers = steps(s.value(QLatin1String("rejectSummaryLastOffers")).toArray());
            e.rejectLaunchAttempt = steps(s.value(QLatin1String("rejectSummaryLaunchAttempt")).toArray());
        }
        const QJsonArray lastUnused = o.value(QLatin1String("lastUnusedOffers")).toArray();
        for (const QJsonValue &u : lastUnused)
            e.lastUnusedOffers.append(unusedOffer(u.toObject()));
        entries.append(e);
    }
    return entries;
}

} // namespace mc::marathon
