#include "core/marathon/WhyNotRunning.h"

#include "core/util/Numbers.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace mc::marathon {

namespace {

struct ResourceReason
{
    const char *reason;
    double QueueEntry::*asked;
    std::function<double(const UnusedOffer &)> free;
    bool memory; // MiB: printed as sizes
};

const QList<ResourceReason> &resourceReasons()
{
    static const QList<ResourceReason> list {
        { "InsufficientCpus", &QueueEntry::cpus, [](const UnusedOffer &o) { return o.cpus; }, false },
        { "InsufficientMemory", &QueueEntry::mem, [](const UnusedOffer &o) { return o.mem; }, true },
        { "InsufficientDisk", &QueueEntry::disk, [](const UnusedOffer &o) { return o.disk; }, true },
        { "InsufficientGpus", &QueueEntry::gpus, [](const UnusedOffer &o) { return o.gpus; }, false },
    };
    return list;
}

std::optional<QString> attribute(const UnusedOffer &offer, const QString &field)
{
    if (field == QLatin1String("hostname") || field == QLatin1String("@hostname"))
        return offer.hostname;
    for (const auto &[name, value] : offer.attributes) {
        if (name == field)
            return value;
    }
    return std::nullopt;
}

// Whether a constraint that depends on the agent alone (not on where other instances run) takes it.
std::optional<bool> statelessHolds(const QJsonArray &c, const UnusedOffer &offer)
{
    const QString op = c.at(1).toString();
    const QString value = c.at(2).toString();
    const auto own = attribute(offer, c.at(0).toString());
    const auto full = [&](const QString &text) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(value));
        return re.isValid() && re.match(text).hasMatch();
    };
    if (op == QLatin1String("LIKE"))
        return own && full(*own);
    if (op == QLatin1String("UNLIKE"))
        return !own || !full(*own);
    if (op == QLatin1String("IS") || (op == QLatin1String("CLUSTER") && !value.isEmpty()))
        return own && *own == value;
    return std::nullopt; // UNIQUE, MAX_PER, GROUP_BY, CLUSTER without a value
}

QString constraintText(const QJsonArray &c)
{
    QStringList parts;
    for (const QJsonValue &v : c)
        parts << v.toString();
    return parts.join(u' ');
}

} // namespace

QString WhyNotRunning::reasonText(const QString &reason)
{
    if (reason == QLatin1String("UnfulfilledRole"))
        return tr("resources of another role");
    if (reason == QLatin1String("UnfulfilledConstraint"))
        return tr("placement constraints");
    if (reason == QLatin1String("NoCorrespondingReservationFound"))
        return tr("no matching reservation");
    if (reason == QLatin1String("AgentMaintenance") || reason == QLatin1String("AgentUnavailable"))
        return tr("agent in maintenance");
    if (reason == QLatin1String("InsufficientCpus"))
        return tr("not enough CPUs");
    if (reason == QLatin1String("InsufficientMemory"))
        return tr("not enough memory");
    if (reason == QLatin1String("InsufficientDisk"))
        return tr("not enough disk");
    if (reason == QLatin1String("InsufficientGpus"))
        return tr("not enough GPUs");
    if (reason == QLatin1String("InsufficientPorts"))
        return tr("not enough ports");
    if (reason == QLatin1String("DeclinedScarceResources"))
        return tr("scarce resources (GPU agents kept for GPU apps)");
    return reason;
}

QString WhyNotRunning::mainReason(const QueueEntry &entry)
{
    const auto most = std::max_element(
        entry.rejectLastOffers.cbegin(), entry.rejectLastOffers.cend(),
        [](const DeclinedOfferStep &a, const DeclinedOfferStep &b) { return a.declined < b.declined; });
    return most == entry.rejectLastOffers.cend() || most->declined == 0 ? QString() : most->reason;
}

QString WhyNotRunning::askedVersusLargestFree(const QueueEntry &entry, const QString &reason)
{
    const auto where = [](const UnusedOffer &o) {
        return o.hostname.isEmpty() ? o.agentId : tr("%1 (agent %2)").arg(o.hostname, o.agentId);
    };
    if (entry.lastUnusedOffers.isEmpty())
        return {};
    if (reason == QLatin1String("InsufficientPorts")) {
        const auto best
            = std::max_element(entry.lastUnusedOffers.cbegin(), entry.lastUnusedOffers.cend(),
                               [](const UnusedOffer &a, const UnusedOffer &b) { return a.ports < b.ports; });
        return tr("Asks %1 host ports; the most free is %2 on %3.")
            .arg(util::grouped(entry.ports), util::grouped(best->ports), where(*best));
    }
    for (const ResourceReason &r : resourceReasons()) {
        if (reason != QLatin1String(r.reason))
            continue;
        const auto best = std::max_element(
            entry.lastUnusedOffers.cbegin(), entry.lastUnusedOffers.cend(),
            [&](const UnusedOffer &a, const UnusedOffer &b) { return r.free(a) < r.free(b); });
        const auto amount = [&](double v) { return r.memory ? util::mebibytes(v) : util::decimal(v); };
        if (reason == QLatin1String("InsufficientCpus"))
            return tr("Asks %1 CPUs; the largest free is %2 on %3.")
                .arg(amount(entry.*r.asked), amount(r.free(*best)), where(*best));
        if (reason == QLatin1String("InsufficientMemory"))
            return tr("Asks %1 of memory; the largest free is %2 on %3.")
                .arg(amount(entry.*r.asked), amount(r.free(*best)), where(*best));
        if (reason == QLatin1String("InsufficientDisk"))
            return tr("Asks %1 of disk; the largest free is %2 on %3.")
                .arg(amount(entry.*r.asked), amount(r.free(*best)), where(*best));
        return tr("Asks %1 GPUs; the most free is %2 on %3.")
            .arg(amount(entry.*r.asked), amount(r.free(*best)), where(*best));
    }
    return {};
}

QStringList WhyNotRunning::unmatchedConstraints(const QueueEntry &entry)
{
    QStringList lines;
    QStringList stateful;
    for (const QJsonArray &c : entry.constraints) {
        bool anyHolds = false;
        bool known = true;
        QStringList seen;
        for (const UnusedOffer &o : entry.lastUnusedOffers) {
            const auto holds = statelessHolds(c, o);
            if (!holds) {
                known = false;
                break;
            }
            anyHolds = anyHolds || *holds;
            const QString value = attribute(o, c.at(0).toString()).value_or(tr("(none)"));
            if (!seen.contains(value))
                seen << value;
        }
        if (!known) {
            stateful << constraintText(c);
            continue;
        }
        if (!entry.lastUnusedOffers.isEmpty() && !anyHolds)
            lines << tr("%1: no agent offered matches (%2 has: %3).")
                         .arg(constraintText(c), c.at(0).toString(), seen.join(QStringLiteral(", ")));
    }
    // Constraints on where the other instances run: named when nothing else explains the decline.
    if (lines.isEmpty() && mainReason(entry) == QLatin1String("UnfulfilledConstraint")) {
        for (const QString &c : std::as_const(stateful))
            lines << tr("%1: the agents offered already hold as many instances as it allows.").arg(c);
    }
    return lines;
}

QStringList WhyNotRunning::placementLines(const QueueEntry &entry)
{
    QStringList lines;
    for (const QString &c : unmatchedConstraints(entry))
        lines << tr("Constraint %1").arg(c);
    if (mainReason(entry) == QLatin1String("UnfulfilledRole"))
        lines << tr("Accepts only roles %1; the agents offered other roles.")
                     .arg(entry.acceptedResourceRoles.join(QStringLiteral(", ")));
    return lines;
}

QStringList WhyNotRunning::healthLines(const QList<TaskHealth> &tasks)
{
    const auto causes = unhealthyByCause(tasks);
    if (causes.isEmpty())
        return {};
    QStringList lines { tr("Unhealthy tasks by cause:") };
    for (const auto &[cause, count] : causes)
        lines << tr("  %1: %2").arg(cause.isEmpty() ? tr("(no cause given)") : cause).arg(count);
    for (const TaskHealth &t : tasks) {
        for (qsizetype i = 0; i < t.results.size(); ++i) {
            const HealthCheckResult &r = t.results.at(i);
            if (r.alive)
                continue;
            lines << tr("  %1 on %2, check %3: not alive, %4 consecutive failures, last success %5, last "
                        "failure %6: %7")
                         .arg(t.taskId, t.host)
                         .arg(i + 1)
                         .arg(r.consecutiveFailures)
                         .arg(r.lastSuccess.isEmpty() ? tr("never") : r.lastSuccess,
                              r.lastFailure.isEmpty() ? tr("none") : r.lastFailure,
                              r.lastFailureCause.isEmpty() ? tr("(no cause given)") : r.lastFailureCause);
        }
    }
    return lines;
}

QString WhyNotRunning::notQueuedText(const QString &appId)
{
    return tr("%1 is not in Marathon's launch queue: nothing waits to be launched.").arg(appId);
}

QString WhyNotRunning::noSummaryText()
{
    return tr("This Marathon (before 1.4) does not say why offers were declined; only the count and the "
              "delay are known.");
}

QString WhyNotRunning::failureText(const TaskFailure &failure)
{
    return tr("Last task failure: %1 (%2) on %3 at %4, version %5")
        .arg(failure.message.isEmpty() ? tr("no message") : failure.message, failure.state, failure.host,
             failure.timestamp, failure.version);
}

QString WhyNotRunning::stateText(const QueueEntry &entry)
{
    if (entry.isDelayed())
        return tr("Delayed after failures: next launch in %1 s (back-off).").arg(entry.timeLeftSeconds);
    return tr("Waiting for offers; left to launch: %1.").arg(util::grouped(entry.count));
}

QStringList WhyNotRunning::explain(const QString &appId, const std::optional<QueueEntry> &entry,
                                   const std::optional<TaskFailure> &lastFailure)
{
    QStringList lines;
    if (!entry) {
        lines << notQueuedText(appId);
    } else {
        lines << stateText(*entry);
        if (!entry->since.isEmpty())
            lines << tr("In the queue since %1.").arg(entry->since);
        if (!entry->hasOfferSummary) {
            lines << noSummaryText();
        } else {
            lines << tr("Offers processed: %1, unused: %2.")
                         .arg(util::grouped(entry->processedOffers), util::grouped(entry->unusedOffers));
            for (const DeclinedOfferStep &s : entry->rejectLastOffers) {
                if (s.declined > 0)
                    lines << tr("  %1: declined %2 of %3 last offers (%4)")
                                 .arg(reasonText(s.reason))
                                 .arg(s.declined)
                                 .arg(s.processed)
                                 .arg(s.reason);
            }
            const QString main = mainReason(*entry);
            if (const QString sentence = askedVersusLargestFree(*entry, main); !sentence.isEmpty())
                lines << sentence;
            lines << placementLines(*entry);
            for (const UnusedOffer &o : entry->lastUnusedOffers)
                lines << tr("  Unused offer of %1 (%2): %3")
                             .arg(o.hostname, o.agentId, o.reasons.join(QStringLiteral(", ")));
        }
    }
    if (lastFailure)
        lines << failureText(*lastFailure);
    return lines;
}

QJsonObject WhyNotRunning::toJson(const QString &appId, const std::optional<QueueEntry> &entry,
                                  const std::optional<TaskFailure> &lastFailure)
{
    QJsonObject o { { QStringLiteral("app"), appId }, { QStringLiteral("queued"), bool(entry) } };
    if (entry) {
        o.insert(QStringLiteral("count"), entry->count);
        o.insert(QStringLiteral("delayed"), entry->isDelayed());
        o.insert(QStringLiteral("timeLeftSeconds"), entry->timeLeftSeconds);
        o.insert(QStringLiteral("since"), entry->since);
        o.insert(QStringLiteral("offerSummary"), entry->hasOfferSummary);
        o.insert(QStringLiteral("processedOffers"), entry->processedOffers);
        o.insert(QStringLiteral("unusedOffers"), entry->unusedOffers);
        QJsonArray reasons;
        for (const DeclinedOfferStep &s : entry->rejectLastOffers)
            reasons.append(QJsonObject { { QStringLiteral("reason"), s.reason },
                                         { QStringLiteral("declined"), s.declined },
                                         { QStringLiteral("processed"), s.processed } });
        o.insert(QStringLiteral("rejectSummaryLastOffers"), reasons);
        const QString main = mainReason(*entry);
        o.insert(QStringLiteral("mainReason"), main);
        o.insert(QStringLiteral("largestFree"), askedVersusLargestFree(*entry, main));
        o.insert(QStringLiteral("unmatchedConstraints"),
                 QJsonArray::fromStringList(unmatchedConstraints(*entry)));
        QJsonArray offers;
        for (const UnusedOffer &u : entry->lastUnusedOffers)
            offers.append(
                QJsonObject { { QStringLiteral("agentId"), u.agentId },
                              { QStringLiteral("hostname"), u.hostname },
                              { QStringLiteral("reasons"), QJsonArray::fromStringList(u.reasons) } });
        o.insert(QStringLiteral("lastUnusedOffers"), offers);
    }
    if (lastFailure)
        o.insert(QStringLiteral("lastTaskFailure"),
                 QJsonObject { { QStringLiteral("message"), lastFailure->message },
                               { QStringLiteral("state"), lastFailure->state },
                               { QStringLiteral("host"), lastFailure->host },
                               { QStringLiteral("timestamp"), lastFailure->timestamp },
                               { QStringLiteral("version"), lastFailure->version } });
    o.insert(QStringLiteral("text"), QJsonArray::fromStringList(explain(appId, entry, lastFailure)));
    return o;
}

} // namespace mc::marathon
