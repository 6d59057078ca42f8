#include "core/marathon/ImportPlan.h"

#include "core/util/UnifiedDiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>

namespace mc::marathon {

namespace {

QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1String("id")).toString();
}

QString absolute(const QString &id)
{
    return QLatin1Char('/') + id.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

QString resolve(const QString &id, const QString &base)
{
    return id.startsWith(QLatin1Char('/')) ? absolute(id) : absolute(base + QLatin1Char('/') + id);
}

bool isUnder(const QString &id, const QString &group)
{
    return group == QLatin1String("/") || id == group || id.startsWith(group + QLatin1Char('/'));
}

// The target as GET /v2/groups has it: apps (as answered), pods (definitions) and group ids.
struct Target
{
    QHash<QString, QJsonObject> apps;
    QHash<QString, QJsonObject> pods;
    QSet<QString> groups;
};

Target readTarget(const QJsonObject &root)
{
    Target t;
    std::function<void(const QJsonObject &, const QString &)> walk
        = [&](const QJsonObject &group, const QString &parent) {
              const QString id = resolve(idOf(group), parent);
              t.groups.insert(id);
              for (const QJsonArray items = group.value(QLatin1String("apps")).toArray();
                   const QJsonValue &a : items) {
                  QJsonObject app = a.toObject();
                  app.insert(QStringLiteral("id"), resolve(idOf(app), id));
                  t.apps.insert(idOf(app), app);
              }
              for (const QJsonArray items = group.value(QLatin1String("pods")).toArray();
                   const QJsonValue &p : items) {
                  QJsonObject pod = AppExport::stripPod(p.toObject());
                  pod.insert(QStringLiteral("id"), resolve(idOf(pod), id));
                  t.pods.insert(idOf(pod), pod);
              }
              for (const QJsonArray items = group.value(QLatin1String("groups")).toArray();
                   const QJsonValue &g : items)
                  walk(g.toObject(), id);
          };
    walk(root, QStringLiteral("/"));
    return t;
}

QJsonArray prefixedDependencies(const QJsonArray &dependencies, const QString &prefix)
{
    QJsonArray out;
    for (const QJsonValue &d : dependencies) {
        const QString id = d.toString();
        out.append(id.startsWith(QLatin1Char('/')) ? ImportPlan::prefixed(id, prefix) : id);
    }
    return out;
}

QString commonGroup(const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("/");
    QStringList common = ids.first().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    common.removeLast(); // an app's group
    for (const QString &id : ids) {
        const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() - 1 && common[n] == parts[n])
            ++n;
        common = common.mid(0, n);
    }
    return QLatin1Char('/') + common.join(QLatin1Char('/'));
}

// Why `id` cannot be imported below `holder`, an app or pod of the target.
QString holdReason(const QString &holder, bool holderIsPod, const QString &id, bool isPod)
{
    if (holderIsPod)
        return isPod ? ImportPlan::tr("%1 is a pod in the target, it cannot hold the pod %2").arg(holder, id)
                     : ImportPlan::tr("%1 is a pod in the target, it cannot hold the app %2").arg(holder, id);
    return isPod ? ImportPlan::tr("%1 is an app in the target, it cannot hold the pod %2").arg(holder, id)
                 : ImportPlan::tr("%1 is an app in the target, it cannot hold the app %2").arg(holder, id);
}

} // namespace

QString ImportPlan::prefixed(const QString &id, const QString &prefix)
{
    const QString p = absolute(prefix);
    if (p == QLatin1String("/"))
        return absolute(id);
    return absolute(p + QLatin1Char('/') + id);
}

int ImportPlan::count(PlanAction action) const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [&](const PlanItem &i) { return i.action == action; }));
}

int ImportPlan::count(PlanAction action, bool pods) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [&](const PlanItem &i) { return i.action == action && i.pod == pods; }));
}

QList<PlanItem> ImportPlan::changes() const
{
    QList<PlanItem> out;
    for (const PlanItem &i : items) {
        if (i.action == PlanAction::Create || i.action == PlanAction::Update)
            out.append(i);
    }
    return out;
}

QString ImportPlan::actionName(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return tr("create");
    case PlanAction::Update:
        return tr("update");
    case PlanAction::Unchanged:
        return tr("unchanged");
    case PlanAction::Conflict:
        return tr("conflict");
    case PlanAction::Skip:
        return tr("skip");
    }
    return {};
}

QString ImportPlan::summary() const
{
    return tr("%1 to create, %2 to update, %3 unchanged, %4 skipped, %5 in conflict")
        .arg(count(PlanAction::Create))
        .arg(count(PlanAction::Update))
        .arg(count(PlanAction::Unchanged))
        .arg(count(PlanAction::Skip))
        .arg(count(PlanAction::Conflict));
}

namespace {
// What the import does with `item` in the target: create, update, leave it, skip it, or
// a conflict and why.
void decide(PlanItem &item, const Target &target, bool exists, const QJsonArray &deployments,
            const ImportOptions &options)
{
    const bool isPod = item.pod;
    const QHash<QString, QJsonObject> &other = isPod ? target.apps : target.pods;
    QString ancestor; // an app or pod in the target where the import needs a group
    for (QString g = item.id.section(QLatin1Char('/'), 0, -2); !g.isEmpty();
         g = g.section(QLatin1Char('/'), 0, -2)) {
        if (target.apps.contains(g) || target.pods.contains(g))
            ancestor = g;
    }
    if (target.groups.contains(item.id)) {
        item.action = PlanAction::Conflict;
        item.reason = isPod
            ? ImportPlan::tr("%1 is a group in the target, a pod cannot have its id").arg(item.id)
            : ImportPlan::tr("%1 is a group in the target, an app cannot have its id").arg(item.id);
    } else if (other.contains(item.id)) {
        item.action = PlanAction::Conflict;
        item.reason = isPod
            ? ImportPlan::tr("%1 is an app in the target, a pod cannot have its id").arg(item.id)
            : ImportPlan::tr("%1 is a pod in the target, an app cannot have its id").arg(item.id);
    } else if (!ancestor.isEmpty()) {
        item.action = PlanAction::Conflict;
        item.reason = holdReason(ancestor, target.pods.contains(ancestor), item.id, isPod);
    } else if (exists && options.skipExisting) {
        item.action = PlanAction::Skip;
        item.reason = ImportPlan::tr("the target has %1 already").arg(item.id);
    } else if (exists && item.changedFields.isEmpty()) {
        item.action = PlanAction::Unchanged;
    } else if (exists && !deployments.isEmpty() && !options.force) {
        item.action = PlanAction::Conflict;
        item.reason
            = ImportPlan::tr(
                  "%1 is being deployed in the target (deployment %2): wait for it to finish, or apply "
                  "with force to cancel it")
                  .arg(item.id, deployments.first().toObject().value(QLatin1String("id")).toString());
    } else {
        item.action = exists ? PlanAction::Update : PlanAction::Create;
    }
}

// The changed fields of an existing app or pod: the target's against the import's.
QString fieldsDiff(const PlanItem &item)
{
    QJsonObject now, then;
    for (const QString &field : std::as_const(item.changedFields)) {
        if (item.current.contains(field))
            now.insert(field, item.current.value(field));
        then.insert(field, item.definition.value(field));
    }
    return unifiedDiff(QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Indented)),
                       QString::fromUtf8(QJsonDocument(then).toJson(QJsonDocument::Indented)),
                       ImportPlan::tr("%1 (target)").arg(item.id),
                       ImportPlan::tr("%1 (import)").arg(item.id));
}
} // namespace

ImportPlan ImportPlan::build(const GroupNode &incoming, const QJsonObject &targetJson,
                             const ImportOptions &options)
{
    const Target target = readTarget(targetJson);
    ImportPlan plan;
    QStringList importedIds;
    const auto planOne = [&](const QJsonObject &source, bool isPod) {
        PlanItem item;
        item.pod = isPod;
        item.sourceId = idOf(source);
        item.id = prefixed(item.sourceId, options.prefix);
        importedIds.append(item.id);
        item.definition = isPod ? AppExport::stripPod(source) : AppExport::strip(source);
        item.definition.insert(QStringLiteral("id"), item.id);
        if (!isPod && item.definition.contains(QLatin1String("dependencies")))
            item.definition.insert(
                QStringLiteral("dependencies"),
                prefixedDependencies(item.definition.value(QLatin1String("dependencies")).toArray(),
                                     options.prefix));
        const QHash<QString, QJsonObject> &same = isPod ? target.pods : target.apps;
        const auto existing = same.constFind(item.id);
        const bool exists = existing != same.cend();
        if (exists)
            item.current = isPod ? *existing : AppExport::strip(*existing);
        if (options.zeroInstances && isPod) {
            // A pod's count is scaling.instances (default 1 when a definition has no scaling).
            QJsonObject scaling = item.definition.value(QLatin1String("scaling")).toObject();
            const QJsonObject now = item.current.value(QLatin1String("scaling")).toObject();
            if (!scaling.contains(QLatin1String("kind")))
                scaling.insert(QStringLiteral("kind"), QStringLiteral("fixed"));
            scaling.insert(QStringLiteral("instances"),
                           exists ? now.value(QLatin1String("instances")).toInt(1) : 0);
            item.definition.insert(QStringLiteral("scaling"), scaling);
        } else if (options.zeroInstances) {
            item.definition.insert(QStringLiteral("instances"),
                                   exists ? item.current.value(QLatin1String("instances")) : QJsonValue(0));
        }

        // Fields the export leaves out are the server's defaults: only those it has are compared.
        for (auto it = item.definition.constBegin(); it != item.definition.constEnd(); ++it) {
            if (exists && item.current.value(it.key()) != it.value())
                item.changedFields.append(it.key());
        }
        const QJsonArray deployments
            = exists && !isPod ? existing->value(QLatin1String("deployments")).toArray() : QJsonArray();
        decide(item, target, exists, deployments, options);
        if (exists && !item.changedFields.isEmpty())
            item.diff = fieldsDiff(item);
        plan.items.append(item);
    };
    for (const QJsonObject &source : incoming.allApps())
        planOne(source, false);
    for (const QJsonObject &source : incoming.allPods())
        planOne(source, true);
    std::sort(plan.items.begin(), plan.items.end(),
              [](const PlanItem &a, const PlanItem &b) { return a.id < b.id; });
    for (const GroupNode *g : incoming.allGroups()) {
        if (g->id != QLatin1String("/") || !g->dependencies.isEmpty())
            plan.groups.append(
                { prefixed(g->id, options.prefix), prefixedDependencies(g->dependencies, options.prefix) });
    }
    const QString scope = commonGroup(importedIds);
    const QSet<QString> imported(importedIds.cbegin(), importedIds.cend());
    for (const QHash<QString, QJsonObject> *existing : { &target.apps, &target.pods }) {
        for (auto it = existing->cbegin(); it != existing->cend(); ++it) {
            if (isUnder(it.key(), scope) && !imported.contains(it.key()))
                plan.onlyInTarget.append(it.key());
        }
    }
    plan.onlyInTarget.sort();
    return plan;
}

} // namespace mc::marathon
