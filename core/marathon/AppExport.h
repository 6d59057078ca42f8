#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::marathon {

// A Marathon group as a tree: its apps (definitions as given) and its subgroups. What
// GET /v2/groups answers, what PUT /v2/groups takes, and what an export holds.
struct GroupNode
{
    QString id = QStringLiteral("/");
    QJsonArray dependencies;
    QList<QJsonObject> apps; // sorted by id
    QList<GroupNode> groups; // sorted by id

    bool operator==(const GroupNode &) const = default;

    // Every app of the tree, sorted by id.
    [[nodiscard]] QList<QJsonObject> allApps() const;
    // Every group of the tree (this one first), depth first.
    [[nodiscard]] QList<const GroupNode *> allGroups() const;
    // The subtree of `groupId`, nullptr when there is none.
    [[nodiscard]] const GroupNode *find(const QString &groupId) const;
    // Marathon's group JSON: {id, dependencies, apps, groups}.
    [[nodiscard]] QJsonObject toJson() const;
    // Builds the tree of a list of apps (groups from their ids); `groups` adds empty groups
    // and dependencies (id -> dependencies).
    [[nodiscard]] static GroupNode fromApps(const QList<QJsonObject> &apps,
                                            const QList<QPair<QString, QJsonArray>> &groups = {});
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

    // A GET /v2/groups[/{id}] answer (or a file in that shape), every app stripped.
    [[nodiscard]] static Result<GroupNode> parseGroup(const QByteArray &json, const QString &what);
    // The same tree from an already parsed object.
    [[nodiscard]] static GroupNode groupFromJson(const QJsonObject &object);

    // The pods of a group answer (Marathon 1.4+): not exported yet, so a front end says which.
    [[nodiscard]] static QStringList podIds(const QJsonObject &group);

    // Where a path leads: a `.json` file is one document, anything else a folder.
    [[nodiscard]] static bool isSingleFile(const QString &path);
    // One group document (Marathon's group JSON, PUT-able to /v2/groups) written atomically.
    [[nodiscard]] static Status writeFile(const GroupNode &tree, const QString &path);
    // A folder: <dir>/<app id>.json per app (/prod/web -> prod/web.json), and
    // <dir>/<group id>/_group.json for a group with dependencies or without apps. The folder
    // must be new or empty; every file is written atomically.
    [[nodiscard]] static Result<int> writeFolder(const GroupNode &tree, const QString &dir);
    [[nodiscard]] static Result<int> write(const GroupNode &tree, const QString &path);

    // Reads what write() wrote, or any JSON file with one app, an array of apps, {"apps":[...]}
    // or a group document. Apps are stripped; ids come from the files' contents.
    [[nodiscard]] static Result<GroupNode> read(const QString &path);
};

} // namespace mc::marathon
