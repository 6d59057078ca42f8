#pragma once

#include "localcluster/Nodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::localcluster {

// Marathon's offer matching for one app against one agent's free resources
// (mesosphere.mesos.ResourceMatcher and Constraints): why the next instance
// cannot go there, with Marathon's NoOfferMatchReason names. Every agent offers
// its unreserved resources (role "*"); reservations, maintenance and scarce
// resources are not modelled, so those reasons never occur.
class OfferMatcher
{
public:
    // Marathon's reason funnel: an unused offer counts under the first of its reasons in this order.
    [[nodiscard]] static const QStringList &reasonFunnel();
    // The first of `reasons` in the funnel order.
    [[nodiscard]] static QString funnelReason(const QStringList &reasons);

    // Why the app (normalised definition) cannot start one more instance on `agent`; empty when
    // it can. `placed` are the agents the app's instances already run on (once per instance).
    [[nodiscard]] static QStringList reasons(const QJsonObject &app, const AgentNode &agent,
                                             const QList<const AgentNode *> &placed);
    // The constraints (`[field, OP, value]`) the agent does not meet, as written in the app.
    [[nodiscard]] static QList<QJsonArray> unmetConstraints(const QJsonObject &app, const AgentNode &agent,
                                                            const QList<const AgentNode *> &placed);
    // The agent's offer as Marathon's queue shows it (raml offer.Offer): its free resources.
    [[nodiscard]] static QJsonObject offerJson(const AgentNode &agent, const QString &offerId);

private:
    [[nodiscard]] static std::optional<QString> fieldValue(const AgentNode &agent, const QString &field);
    [[nodiscard]] static bool holds(const QJsonArray &constraint, const AgentNode &agent,
                                    const QList<const AgentNode *> &placed);
};

} // namespace mc::localcluster
