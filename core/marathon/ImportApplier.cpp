#include "core/marathon/ImportApplier.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace mc::marathon {

namespace {

QString parentOf(const QString &id)
{
    const QString parent = id.section(QLatin1Char('/'), 0, -2);
    return parent.isEmpty() ? QStringLiteral("/") : parent;
}

// The target's own apps of one group, as they are (server-managed fields removed).
QList<QJsonObject> appsOfGroup(const QJsonObject &root, const QString &groupId)
{
    QList<QJsonObject> found;
    std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &group) {
        if (group.value(QLatin1String("id")).toString() == groupId) {
            for (const QJsonArray items = group.value(QLatin1String("apps")).toArray();
                 const QJsonValue &a : items)
                found.append(AppExport::strip(a.toObject()));
            return;
        }
        for (const QJsonArray items = group.value(QLatin1String("groups")).toArray();
             const QJsonValue &g : items)
            walk(g.toObject());
    };
    walk(root);
    return found;
}

} // namespace

int ApplySummary::created() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const ApplyOutcome &o) { return o.ok && o.action == PlanAction::Create; }));
}

int ApplySummary::updated() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const ApplyOutcome &o) { return o.ok && o.action == PlanAction::Update; }));
}

int ApplySummary::failed() const
{
    return int(
        std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ApplyOutcome &o) { return !o.ok; }));
}

QString ApplySummary::text() const
{
    return tr("Created %1, updated %2, failed %3, %4 left as they were; %n deployment(s)", nullptr,
              int(deployments.size()))
        .arg(created())
        .arg(updated())
        .arg(failed())
        .arg(unchanged);
}

ImportApplier::ImportApplier(MarathonClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ImportApplier::apply(const ImportPlan &plan, const QJsonObject &target, ApplyMode mode, bool force)
{
    m_batches.clear();
    m_summary = {};
    m_force = force;
    m_running = true;
    m_confirmed.reset();
    m_ticket.reset();
    const QList<PlanItem> changes = plan.changes();
    m_summary.unchanged = int(plan.items.size() - changes.size());
    QList<PlanItem> pods;
    if (mode == ApplyMode::PerApp) {
        for (const PlanItem &item : changes) {
            if (item.pod)
                pods.append(item);
            else
                m_batches.append({ QString(), { item }, item.definition });
        }
    } else {
        QMap<QString, QList<PlanItem>> byGroup;
        for (const PlanItem &item : changes) {
            if (item.pod)
                pods.append(item);
            else
                byGroup[parentOf(item.id)].append(item);
        }
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
            // The group's other apps go along as they are: an update's `apps` replaces them all.
            QList<QJsonObject> apps = appsOfGroup(target, it.key());
            for (const PlanItem &item : *it) {
                const auto same = std::find_if(apps.begin(), apps.end(), [&](const QJsonObject &a) {
                    return a.value(QLatin1String("id")).toString() == item.id;
                });
                if (same != apps.end())
                    *same = item.definition;
                else
                    apps.append(item.definition);
            }
            QJsonArray list;
            for (const QJsonObject &a : std::as_const(apps))
                list.append(a);
            QJsonObject body { { QStringLiteral("id"), it.key() }, { QStringLiteral("apps"), list } };
            for (const auto &[groupId, dependencies] : plan.groups) {
                if (groupId == it.key() && !dependencies.isEmpty())
                    body.insert(QStringLiteral("dependencies"), dependencies);
            }
            m_batches.append({ it.key(), *it, body });
        }
    }
    for (const PlanItem &pod : std::as_const(pods))
        m_batches.append({ QString(), { pod }, pod.definition });
    m_total = int(changes.size());
    m_done = 0;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (admitOnce())
                next();
        },
        Qt::QueuedConnection);
}

// One question (protected) or one refusal (read-only) for the whole import, in the audit log as
// "apps.import" with every id; each request is still logged on its own once it is sent.
bool ImportApplier::admitOnce()
{
    const audit::ActionGate *gate = m_client ? m_client->gate() : nullptr;
    if (!gate || gate->scope().mode == audit::ClusterMode::ReadWrite || m_batches.isEmpty())
        return true;
    audit::Action action { QStringLiteral("apps.import"), {}, {} };
    for (const Batch &batch : std::as_const(m_batches)) {
        for (const PlanItem &item : batch.items)
            action.targets.append(item.id);
    }
    action.parameters.insert(QStringLiteral("force"), m_force);
    auto admitted = gate->admit(action);
    if (!admitted.ok()) {
        ActionResult refused;
        refused.outcome = admitted.error();
        while (!m_batches.isEmpty())
            finishBatch(m_batches.takeFirst(), refused);
        m_running = false;
        Q_EMIT finished(m_summary);
        return false;
    }
    m_ticket = *admitted;
    // Confirmed: the requests of this import go through a gate that does not ask again (each is
    // still refused on a read-only cluster and written to the audit log).
    auto confirmed = std::make_shared<audit::ActionGate>(*gate);
    confirmed->setConfirm([](const audit::Action &, const QString &) { return true; });
    m_confirmed = std::make_unique<MarathonClient>(m_client->httpClient(), m_client->baseUrl());
    m_confirmed->setDialect(m_client->dialect());
    m_confirmed->setGate(std::move(confirmed));
    return true;
}

void ImportApplier::next()
{
    MarathonClient *client = m_confirmed ? m_confirmed.get() : m_client.data();
    if (m_batches.isEmpty() || !m_client) {
        m_running = false;
        if (m_ticket && m_client && m_client->gate()) {
            Status outcome;
            if (m_summary.failed() > 0)
                outcome = Error { m_summary.text(), {} };
            m_client->gate()->finish(*m_ticket, outcome);
        }
        m_ticket.reset();
        Q_EMIT finished(m_summary);
        return;
    }
    const Batch batch = m_batches.takeFirst();
    const PlanItem &first = batch.items.first();
    Q_EMIT progress(
        m_done, m_total,
        !batch.groupId.isEmpty()
            ? tr("Updating group %1 (%n app(s))", nullptr, int(batch.items.size())).arg(batch.groupId)
            : first.pod ? tr("Importing pod %1").arg(first.id)
                        : tr("Importing app %1").arg(first.id));
    auto done = [this, batch](ActionResult result) {
        finishBatch(batch, result);
        next();
    };
    if (first.pod && first.action == PlanAction::Create)
        client->createPod(batch.body, this, done);
    else if (first.pod)
        client->updatePod(batch.body, m_force, this, done);
    else if (batch.groupId.isEmpty())
        client->putApp(batch.body, m_force, this, done);
    else
        client->updateGroup(batch.groupId, batch.body, m_force, this, done);
}

void ImportApplier::finishBatch(const Batch &batch, const ActionResult &result)
{
    if (result.ok() && !result.outcome->deploymentId.isEmpty())
        m_summary.deployments.append(result.outcome->deploymentId);
    // A group update's 422 names its apps by index: "/apps(2)/cpus".
    static const QRegularExpression appIndex(QStringLiteral("^/apps\\((\\d+)\\)(.*)$"));
    const QJsonArray bodyApps = batch.body.value(QLatin1String("apps")).toArray();
    for (const PlanItem &item : batch.items) {
        ApplyOutcome o;
        o.id = item.id;
        o.pod = item.pod;
        o.action = item.action;
        o.ok = result.ok();
        if (o.ok) {
            o.deploymentId = result.outcome->deploymentId;
        } else {
            o.error = result.outcome.error().message;
            if (result.isLocked())
                o.error += QLatin1Char(' ')
                    + tr("Apply again with force to cancel the running deployment, or wait for it.");
            for (const FieldError &e : result.fieldErrors) {
                const QRegularExpressionMatch m = appIndex.match(e.path);
                if (batch.groupId.isEmpty())
                    o.fieldErrors.append(e);
                else if (m.hasMatch()
                         && bodyApps.at(m.captured(1).toInt())
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString()
                             == item.id)
                    o.fieldErrors.append({ AppDefinition::canonicalPath(m.captured(2)), e.message });
            }
            if (!batch.groupId.isEmpty() && o.fieldErrors.isEmpty() && !result.fieldErrors.isEmpty())
                o.error = tr("Not applied: Marathon refused the update of group %1 for another of its apps.")
                              .arg(batch.groupId);
        }
        ++m_done;
        m_summary.outcomes.append(o);
        Q_EMIT outcome(o);
    }
    Q_EMIT progress(m_done, m_total, QString());
}

} // namespace mc::marathon
