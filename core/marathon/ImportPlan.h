#pragma once

#include "core/marathon/AppExport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::marathon {

struct ImportOptions
{
    QString prefix; // "/staging": every id (and absolute dependency) moves below it
    bool zeroInstances = false; // new apps (pods: scaling.instances) start with 0; existing ones keep theirs
    bool skipExisting = false; // apps and pods the target has are left alone
    bool force = false; // one being deployed in the target is updated anyway (the deployment is cancelled)

    bool operator==(const ImportOptions &) const = default;
};

enum class PlanAction {
    Create,
    Update,
    Unchanged,
    Conflict, // cannot be applied as it is: `reason` says why
    Skip, // left alone on purpose (skipExisting)
};

// One app or pod of an import: what happens to it in the target.
struct PlanItem
{
    QString id; // in the target
    QString sourceId; // in the export
    bool pod = false; // a pod (POST/PUT /v2/pods), else an app
    PlanAction action = PlanAction::Create;
    QJsonObject definition; // what is applied (options applied, server-managed fields removed)
    QJsonObject current; // the target's definition now (stripped); empty when it has none
    QStringList changedFields; // Update: the top-level fields that differ
    QString diff; // Update: unified diff of those fields, target now -> after the import
    QString reason; // Conflict, Skip

    bool operator==(const PlanItem &) const = default;
};

// What an import of a set of apps into a cluster would do, app by app, before anything is
// sent; the same comparison tells the drift between two clusters.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(mc::marathon::ImportPlan)

public:
    QList<PlanItem> items; // sorted by target id
    QList<QPair<QString, QJsonArray>> groups; // the export's groups (target ids) with dependencies
    QStringList onlyInTarget; // apps and pods the target has below the imported groups and the export has not

    [[nodiscard]] int count(PlanAction action) const;
    // Of apps only (`pods` false) or pods only.
    [[nodiscard]] int count(PlanAction action, bool pods) const;
    [[nodiscard]] bool hasConflicts() const { return count(PlanAction::Conflict) > 0; }
    // The items that change the target (Create, Update).
    [[nodiscard]] QList<PlanItem> changes() const;
    // "3 to create, 1 to update, 4 unchanged, 1 conflict"
    [[nodiscard]] QString summary() const;
    [[nodiscard]] static QString actionName(PlanAction action);

    // `target` is GET /v2/groups of the target cluster as it answered (with deployments).
    [[nodiscard]] static ImportPlan build(const GroupNode &incoming, const QJsonObject &target,
                                          const ImportOptions &options = {});
    // "/prod/web" with prefix "/staging" -> "/staging/prod/web"
    [[nodiscard]] static QString prefixed(const QString &id, const QString &prefix);
};

} // namespace mc::marathon
