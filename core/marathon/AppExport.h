#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::marathon {

// A Marathon group as a tree: its apps and pods (definitions as given) and its subgroups. What
// GET /v2/groups answers, what PUT /v2/groups takes (apps and groups; pods go to /v2/pods), and
// what an export holds.
struct GroupNode
{
    QString id = QStringLiteral("/");
    QJsonArray dependencies;
    QList<QJsonObject> apps; // sorted by id
    QList<GroupNode> groups; // sorted by id
    QList<QJsonObject> pods; // sorted by id (Marathon 1.4+)

    bool operator==(const GroupNode &) const = default;

    // Every app of the tree, sorted by id.
    [[nodiscard]] QList<QJsonObject> allApps() const;
    // Every pod of the tree, sorted by id.
    [[nodiscard]] QList<QJsonObject> allPods() const;
    // Every group of the tree (this one first), depth first.
    [[nodiscard]] QList<const GroupNode *> allGroups() const;
    // The subtree of `groupId`, nullptr when there is none.
    [[nodiscard]] const GroupNode *find(const QString &groupId) const;
    // Marathon's group JSON: {id, dependencies, apps, groups}, what PUT /v2/groups takes; `withPods`
    // adds each group's `pods` (Marathon's Group type has them, its group update ignores them).
    [[nodiscard]] QJsonObject toJson(bool withPods = false) const;
    // Builds the tree of a list of apps and pods (groups from their ids); `groups` adds empty
    // groups and dependencies (id -> dependencies).
    [[nodiscard]] static GroupNode fromApps(const QList<QJsonObject> &apps,
                                            const QList<QPair<QString, QJsonArray>> &groups = {},
                                            const QList<QJsonObject> &pods = {});
};

// Export of app definitions so they can be applied to another cluster: the fields the
// server manages are removed; written as one JSON file per app (ids as paths) or one file.
class AppExport
{
    Q_DECLARE_TR_FUNCTIONS(mc::marathon::AppExport)

public:
    // The fields of an app that Marathon fills in and does not take back (its docs' app
    // response: version, versionInfo, tasks*, deployments, lastTaskFailure, taskStats, ...).
    [[nodiscard]] static const QStringList &serverManagedFields();
    [[nodiscard]] static QJsonObject strip(QJsonObject app);
    // A pod as it is created elsewhere: its definition (a PodStatus' `spec`, as GET /v2/groups
    // has pods) without `version` and the status fields (raml pod.raml, podStatus.raml).
    [[nodiscard]] static QJsonObject stripPod(QJsonObject pod);
    // A pod definition has `containers` (at least one); an app never has.
    [[nodiscard]] static bool isPod(const QJsonObject &definition);

    // A GET /v2/groups[/{id}] answer (or a file in that shape), every app stripped.
    [[nodiscard]] static Result<GroupNode> parseGroup(const QByteArray &json, const QString &what);
    // The same tree from an already parsed object.
    [[nodiscard]] static GroupNode groupFromJson(const QJsonObject &object);

    // "3 apps", "1 pod", "3 apps and 1 pod" (Qt plural forms).
    [[nodiscard]] static QString countText(int apps, int pods);
    [[nodiscard]] static QString countText(const GroupNode &tree);

    // Where a path leads: a `.json` file is one document, anything else a folder.
    [[nodiscard]] static bool isSingleFile(const QString &path);
    // One group document (Marathon's group JSON with each group's `pods`; PUT-able to /v2/groups,
    // which ignores the pods) written atomically.
    [[nodiscard]] static Status writeFile(const GroupNode &tree, const QString &path);
    // A folder: <dir>/<app id>.json per app (/prod/web -> prod/web.json), <dir>/<pod id>.pod.json
    // per pod, and <dir>/<group id>/_group.json for a group with dependencies or nothing else. The
    // folder must be new or empty; every file is written atomically. Returns the files written
    // for apps and pods.
    [[nodiscard]] static Result<int> writeFolder(const GroupNode &tree, const QString &dir);
    [[nodiscard]] static Result<int> write(const GroupNode &tree, const QString &path);

    // Reads what write() wrote, or any JSON file with one app or pod, an array of them,
    // {"apps":[...]} or a group document. Definitions are stripped; ids come from the files'
    // contents, a pod is told by its `containers`.
    [[nodiscard]] static Result<GroupNode> read(const QString &path);
};

} // namespace mc::marathon
