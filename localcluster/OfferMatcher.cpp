#include "localcluster/OfferMatcher.h"

#include "localcluster/AppDefinition.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace mc::localcluster {

namespace {

constexpr double kEpsilon = 1e-9;

int freePorts(const AgentNode &agent)
{
    return agent.portEnd - agent.portBegin + 1 - int(agent.usedPorts.size());
}

bool fullMatch(const QString &pattern, const QString &value)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.isValid() && re.match(value).hasMatch();
}

} // namespace

const QStringList &OfferMatcher::reasonFunnel()
{
    // NoOfferMatchReason.reasonFunnel of Marathon 1.9 (AgentMaintenance and
    // DeclinedScarceResources came with 1.6).
    static const QStringList funnel {
        QStringLiteral("UnfulfilledRole"),
        QStringLiteral("UnfulfilledConstraint"),
        QStringLiteral("NoCorrespondingReservationFound"),
        QStringLiteral("AgentMaintenance"),
        QStringLiteral("InsufficientCpus"),
        QStringLiteral("InsufficientMemory"),
        QStringLiteral("InsufficientDisk"),
        QStringLiteral("InsufficientGpus"),
        QStringLiteral("InsufficientPorts"),
        QStringLiteral("DeclinedScarceResources"),
    };
    return funnel;
}

QString OfferMatcher::funnelReason(const QStringList &reasons)
{
    for (const QString &r : reasonFunnel()) {
        if (reasons.contains(r))
            return r;
    }
    return reasons.value(0);
}

std::optional<QString> OfferMatcher::fieldValue(const AgentNode &agent, const QString &field)
{
    if (field == QLatin1String("hostname") || field == QLatin1String("@hostname"))
        return agent.hostname;
    for (const auto &[name, value] : agent.attributes) {
        if (name == field)
            return value;
    }
    return std::nullopt;
}

bool OfferMatcher::holds(const QJsonArray &constraint, const AgentNode &agent,
                         const QList<const AgentNode *> &placed)
{
    const QString field = constraint.at(0).toString();
    const QString op = constraint.at(1).toString();
    const QString value = constraint.at(2).toString();
    const std::optional<QString> own = fieldValue(agent, field);
    if (!own) // an agent without the attribute: only UNLIKE takes it (Marathon's Constraints)
        return op == QLatin1String("UNLIKE");
    QHash<QString, int> perValue; // instances per value of the field
    for (const AgentNode *p : placed) {
        if (const auto v = fieldValue(*p, field))
            perValue[*v] += 1;
    }
    if (op == QLatin1String("UNIQUE"))
        return !perValue.contains(*own);
    if (op == QLatin1String("CLUSTER")) {
        if (!value.isEmpty())
            return *own == value;
        return perValue.isEmpty() || (perValue.size() == 1 && perValue.contains(*own));
    }
    if (op == QLatin1String("LIKE"))
        return fullMatch(value, *own);
    if (op == QLatin1String("UNLIKE"))
        return !fullMatch(value, *own);
    if (op == QLatin1String("IS"))
        return *own == value;
    if (op == QLatin1String("MAX_PER"))
        return perValue.value(*own) < value.toInt();
    if (op == QLatin1String("GROUP_BY")) {
        // Taken when the value has no instance yet, or when there are at least `value` groups
        // and this one is (one of) the smallest.
        if (!perValue.contains(*own))
            return true;
        const int smallest = *std::min_element(perValue.cbegin(), perValue.cend());
        return perValue.size() >= value.toInt() && perValue.value(*own) == smallest;
    }
    return false;
}

QList<QJsonArray> OfferMatcher::unmetConstraints(const QJsonObject &app, const AgentNode &agent,
                                                 const QList<const AgentNode *> &placed)
{
    QList<QJsonArray> unmet;
    for (const QJsonArray constraints = app.value(QLatin1String("constraints")).toArray();
         const QJsonValue &c : constraints) {
        if (!holds(c.toArray(), agent, placed))
            unmet.append(c.toArray());
    }
    return unmet;
}

QStringList OfferMatcher::reasons(const QJsonObject &app, const AgentNode &agent,
                                  const QList<const AgentNode *> &placed)
{
    QStringList why;
    const QJsonArray roles = app.value(QLatin1String("acceptedResourceRoles")).toArray();
    if (!roles.isEmpty() && !roles.contains(QStringLiteral("*")))
        why << QStringLiteral("UnfulfilledRole"); // every agent offers unreserved ("*") resources only
    if (!unmetConstraints(app, agent, placed).isEmpty())
        why << QStringLiteral("UnfulfilledConstraint");
    if (agent.cpus - agent.usedCpus + kEpsilon < app.value(QLatin1String("cpus")).toDouble())
        why << QStringLiteral("InsufficientCpus");
    if (agent.mem - agent.usedMem + kEpsilon < app.value(QLatin1String("mem")).toDouble())
        why << QStringLiteral("InsufficientMemory");
    if (agent.disk - agent.usedDisk + kEpsilon < app.value(QLatin1String("disk")).toDouble())
        why << QStringLiteral("InsufficientDisk");
    if (agent.gpus + kEpsilon < app.value(QLatin1String("gpus")).toDouble())
        why << QStringLiteral("InsufficientGpus");
    if (freePorts(agent) < AppDefinition::hostPortCount(app))
        why << QStringLiteral("InsufficientPorts");
    return why;
}

QJsonObject OfferMatcher::offerJson(const AgentNode &agent, const QString &offerId)
{
    auto scalar = [](const char *name, double value) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                             { QStringLiteral("role"), QStringLiteral("*") },
                             { QStringLiteral("scalar"), value } };
    };
    QJsonArray resources { scalar("cpus", agent.cpus - agent.usedCpus),
                           scalar("mem", agent.mem - agent.usedMem),
                           scalar("disk", agent.disk - agent.usedDisk) };
    if (agent.gpus > 0)
        resources.append(scalar("gpus", agent.gpus));
    // Free ports as ranges.
    QJsonArray ranges;
    int begin = -1;
    for (int p = agent.portBegin; p <= agent.portEnd + 1; ++p) {
        const bool free = p <= agent.portEnd && !agent.usedPorts.contains(p);
        if (free && begin < 0)
            begin = p;
        if (!free && begin >= 0) {
            ranges.append(
                QJsonObject { { QStringLiteral("begin"), begin }, { QStringLiteral("end"), p - 1 } });
            begin = -1;
        }
    }
    resources.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("ports") },
                                   { QStringLiteral("role"), QStringLiteral("*") },
                                   { QStringLiteral("ranges"), ranges } });
    QJsonArray attributes;
    for (const auto &[name, value] : agent.attributes)
        attributes.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("text"), value } });
    return { { QStringLiteral("id"), offerId },
             { QStringLiteral("agentId"), agent.id },
             { QStringLiteral("hostname"), agent.hostname },
             { QStringLiteral("resources"), resources },
             { QStringLiteral("attributes"), attributes } };
}

} // namespace mc::localcluster
