#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mc::marathon {

// One step of Marathon's reject funnel (processedOffersSummary.rejectSummary*): offers
// that reached this reason and how many of them it declined.
struct DeclinedOfferStep
{
    QString reason; // NoOfferMatchReason: InsufficientCpus, UnfulfilledConstraint, ...
    int declined = 0;
    int processed = 0;

    bool operator==(const DeclinedOfferStep &) const = default;
};

// An offer Marathon could not use (`embed=lastUnusedOffers`): the agent, what it had free and why.
struct UnusedOffer
{
    QString agentId;
    QString hostname;
    QString timestamp;
    QStringList reasons;
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;
    int ports = 0; // free host ports
    QList<QPair<QString, QString>> attributes; // text form of each attribute

    bool operator==(const UnusedOffer &) const = default;
};

// An app of GET /v2/queue: instances still to launch and why they do not.
struct QueueEntry
{
    QString appId;
    int count = 0; // instances left to launch
    int timeLeftSeconds = 0;
    bool overdue = true; // false: backed off for timeLeftSeconds after failures
    QString since;
    // What the app asks for one instance.
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;
    int ports = 0;
    QList<QJsonArray> constraints;
    QStringList acceptedResourceRoles;
    // Marathon 1.4+: the offer summary. Absent (1.3 and older): only count, delay and app.
    bool hasOfferSummary = false;
    int processedOffers = 0;
    int unusedOffers = 0;
    QString lastUnusedOfferAt;
    QString lastUsedOfferAt;
    QList<DeclinedOfferStep> rejectLastOffers;
    QList<DeclinedOfferStep> rejectLaunchAttempt;
    QList<UnusedOffer> lastUnusedOffers;

    [[nodiscard]] bool isDelayed() const { return !overdue && timeLeftSeconds > 0; }
    bool operator==(const QueueEntry &) const = default;
};

// GET /v2/queue of Marathon 0.x-1.10 (apps only; pods are skipped). Also takes the
// quirks of old servers: "overdue": "true" as a string.
[[nodiscard]] Result<QList<QueueEntry>> parseQueue(const QByteArray &body);

} // namespace mc::marathon
