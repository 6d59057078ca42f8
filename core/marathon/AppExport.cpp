#include "core/marathon/AppExport.h"

#include "core/marathon/AppDefinition.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

namespace mc::marathon {

namespace {

// An export file bigger than this is not one (the 1000-app benchmark group is ~3 MB).
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
const QString kGroupFile = QStringLiteral("_group.json"); // '_' is never in a Marathon id
const QString kPodSuffix = QStringLiteral(".pod.json");

QString idOf(const QJsonObject &app)
{
    return app.value(QLatin1String("id")).toString();
}

QString absolute(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString parentOf(const QString &id)
{
    const QString parent = id.section(QLatin1Char('/'), 0, -2);
    return parent.isEmpty() ? QStringLiteral("/") : parent;
}

// Ids relative to their group ("web" in /prod) become absolute.
QString resolve(const QString &id, const QString &base)
{
    if (id.startsWith(QLatin1Char('/')))
        return absolute(id);
    return absolute(base + QLatin1Char('/') + id);
}

void sortById(QList<QJsonObject> &apps)
{
    std::sort(apps.begin(), apps.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); });
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            AppExport::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    if (file.size() > kMaxFileBytes)
        return Error { AppExport::tr("%1 is %2 MB; an app export is far smaller. Is it the right file?")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(file.size() / (qint64(1024) * 1024)),
                       {} };
    return file.readAll();
}

Status writeAtomically(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error {
            AppExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}

} // namespace

namespace {

// The definitions of `list` (apps or pods) of a group and all below it.
void gather(const GroupNode &group, QList<QJsonObject> GroupNode::*list, QList<QJsonObject> &into)
{
    into += group.*list;
    for (const GroupNode &g : group.groups)
        gather(g, list, into);
}

} // namespace

QList<QJsonObject> GroupNode::allApps() const
{
    QList<QJsonObject> all;
    gather(*this, &GroupNode::apps, all);
    sortById(all);
    return all;
}

QList<QJsonObject> GroupNode::allPods() const
{
    QList<QJsonObject> all;
    gather(*this, &GroupNode::pods, all);
    sortById(all);
    return all;
}

QList<const GroupNode *> GroupNode::allGroups() const
{
    QList<const GroupNode *> all { this };
    for (const GroupNode &g : groups)
        all += g.allGroups();
    return all;
}

const GroupNode *GroupNode::find(const QString &groupId) const
{
    const QString wanted = absolute(groupId);
    for (const GroupNode *g : allGroups()) {
        if (g->id == wanted)
            return g;
    }
    return nullptr;
}

QJsonObject GroupNode::toJson(bool withPods) const
{
    QJsonArray appList, groupList, podList;
    for (const QJsonObject &a : apps)
        appList.append(a);
    for (const GroupNode &g : groups)
        groupList.append(g.toJson(withPods));
    for (const QJsonObject &p : pods)
        podList.append(p);
    QJsonObject json { { QStringLiteral("id"), id },
                       { QStringLiteral("dependencies"), dependencies },
                       { QStringLiteral("apps"), appList },
                       { QStringLiteral("groups"), groupList } };
    if (withPods && !podList.isEmpty())
        json.insert(QStringLiteral("pods"), podList);
    return json;
}

GroupNode GroupNode::fromApps(const QList<QJsonObject> &apps, const QList<QPair<QString, QJsonArray>> &groups,
                              const QList<QJsonObject> &pods)
{
    // Every group on the way to an app or a named group, then each filled in, deepest first.
    QMap<QString, GroupNode> nodes;
    auto ensure = [&](QString id) {
        while (true) {
            if (!nodes.contains(id)) {
                GroupNode n;
                n.id = id;
                nodes.insert(id, n);
            }
            if (id == QLatin1String("/"))
                break;
            id = parentOf(id);
        }
    };
    ensure(QStringLiteral("/"));
    for (const auto &[id, dependencies] : groups) {
        ensure(absolute(id));
        nodes[absolute(id)].dependencies = dependencies;
    }
    for (QJsonObject app : apps) {
        const QString id = absolute(idOf(app));
        app.insert(QStringLiteral("id"), id);
        ensure(parentOf(id));
        nodes[parentOf(id)].apps.append(app);
    }
    for (QJsonObject pod : pods) {
        const QString id = absolute(idOf(pod));
        pod.insert(QStringLiteral("id"), id);
        ensure(parentOf(id));
        nodes[parentOf(id)].pods.append(pod);
    }
    QStringList ids = nodes.keys();
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        return a.count(u'/') > b.count(u'/') || (a.count(u'/') == b.count(u'/') && a > b);
    });
    for (const QString &id : std::as_const(ids)) {
        GroupNode &node = nodes[id];
        sortById(node.apps);
        sortById(node.pods);
        std::sort(node.groups.begin(), node.groups.end(),
                  [](const GroupNode &a, const GroupNode &b) { return a.id < b.id; });
        if (id != QLatin1String("/"))
            nodes[parentOf(id)].groups.append(node);
    }
    return nodes.value(QStringLiteral("/"));
}

const QStringList &AppExport::serverManagedFields()
{
    static const QStringList fields {
        QStringLiteral("version"),
        QStringLiteral("versionInfo"),
        QStringLiteral("tasks"),
        QStringLiteral("tasksStaged"),
        QStringLiteral("tasksRunning"),
        QStringLiteral("tasksHealthy"),
        QStringLiteral("tasksUnhealthy"),
        QStringLiteral("deployments"),
        QStringLiteral("lastTaskFailure"),
        QStringLiteral("taskStats"),
        QStringLiteral("readinessCheckResults"),
        QStringLiteral("counts"),
        QStringLiteral("tasksStats"),
    };
    return fields;
}

QJsonObject AppExport::strip(QJsonObject app)
{
    for (const QString &field : serverManagedFields())
        app.remove(field);
    return app;
}

QJsonObject AppExport::stripPod(QJsonObject pod)
{
    if (pod.value(QLatin1String("spec")).isObject()) // a PodStatus
        pod = pod.value(QLatin1String("spec")).toObject();
    static const QStringList fields {
        QStringLiteral("version"),     QStringLiteral("status"),      QStringLiteral("statusSince"),
        QStringLiteral("message"),     QStringLiteral("instances"),   QStringLiteral("terminationHistory"),
        QStringLiteral("lastUpdated"), QStringLiteral("lastChanged"),
    };
    for (const QString &field : fields)
        pod.remove(field);
    return pod;
}

bool AppExport::isPod(const QJsonObject &definition)
{
    return definition.value(QLatin1String("containers")).isArray()
        || definition.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).isArray();
}

GroupNode AppExport::groupFromJson(const QJsonObject &object)
{
    // Collected flat, then rebuilt: relative ids resolved, every level sorted.
    QList<QJsonObject> apps, pods;
    QList<QPair<QString, QJsonArray>> groups;
    std::function<void(const QJsonObject &, const QString &)> walk
        = [&](const QJsonObject &group, const QString &parent) {
              const QString id = resolve(group.value(QLatin1String("id")).toString(), parent);
              groups.append({ id, group.value(QLatin1String("dependencies")).toArray() });
              for (const QJsonArray items = group.value(QLatin1String("apps")).toArray();
                   const QJsonValue &a : items) {
                  QJsonObject app = strip(a.toObject());
                  app.insert(QStringLiteral("id"), resolve(idOf(app), id));
                  apps.append(app);
              }
              for (const QJsonArray items = group.value(QLatin1String("pods")).toArray();
                   const QJsonValue &p : items) {
                  QJsonObject pod = stripPod(p.toObject());
                  pod.insert(QStringLiteral("id"), resolve(idOf(pod), id));
                  pods.append(pod);
              }
              for (const QJsonArray items = group.value(QLatin1String("groups")).toArray();
                   const QJsonValue &g : items)
                  walk(g.toObject(), id);
          };
    walk(object, QStringLiteral("/"));
    return GroupNode::fromApps(apps, groups, pods);
}

Result<GroupNode> AppExport::parseGroup(const QByteArray &json, const QString &what)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error { tr("%1 is not JSON: %2 at byte %3").arg(what, error.errorString()).arg(error.offset),
                       {} };
    const QJsonObject object = doc.object();
    if (doc.isArray() || !object.contains(QLatin1String("id")) || object.contains(QLatin1String("cmd"))
        || object.contains(QLatin1String("container")) || object.contains(QLatin1String("args"))
        || isPod(object)) {
        // An app or pod, an array of them (GET /v2/pods), or {"apps": [...]} (GET /v2/apps).
        const QJsonArray list = doc.isArray()      ? doc.array()
            : object.contains(QLatin1String("id")) ? QJsonArray { object }
                                                   : object.value(QLatin1String("apps")).toArray();
        QList<QJsonObject> apps, pods;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject item = list[i].toObject();
            if (!list[i].isObject() || idOf(isPod(item) ? stripPod(item) : item).isEmpty())
                return Error { tr("%1: definition %2 has no id").arg(what).arg(i + 1), {} };
            if (isPod(item))
                pods.append(stripPod(item));
            else
                apps.append(strip(item));
        }
        if (apps.isEmpty() && pods.isEmpty())
            return Error { tr("%1 holds no app or pod definitions").arg(what), {} };
        return GroupNode::fromApps(apps, {}, pods);
    }
    return groupFromJson(doc.object());
}

QString AppExport::countText(int apps, int pods)
{
    QString appText = tr("%n app(s)", nullptr, apps);
    QString podText = tr("%n pod(s)", nullptr, pods);
    if (pods == 0)
        return appText;
    if (apps == 0)
        return podText;
    return tr("%1 and %2", "3 apps and 1 pod").arg(appText, podText);
}

QString AppExport::countText(const GroupNode &tree)
{
    return countText(int(tree.allApps().size()), int(tree.allPods().size()));
}

bool AppExport::isSingleFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

Status AppExport::writeFile(const GroupNode &tree, const QString &path)
{
    return writeAtomically(path, tree.toJson(true));
}

Result<int> AppExport::writeFolder(const GroupNode &tree, const QString &dir)
{
    const QDir root(dir);
    if (root.exists() && !root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error { tr("The folder %1 is not empty. Export into a new or empty folder, so that an import "
                          "of it finds only this export's files.")
                           .arg(QDir::toNativeSeparators(dir)),
                       {} };
    // Ids become paths: one that is no Marathon id ("..", "a/../../b") could lead out of the folder.
    QHash<QString, QString> files; // path -> the definition written there
    for (const GroupNode *group : tree.allGroups()) {
        QStringList ids { group->id };
        for (const QJsonObject &app : group->apps)
            ids.append(idOf(app));
        for (const QJsonObject &pod : group->pods)
            ids.append(idOf(pod));
        for (const QJsonObject &app : group->apps)
            files.insert(idOf(app) + QStringLiteral(".json"), tr("the app %1").arg(idOf(app)));
        for (const QJsonObject &pod : group->pods) {
            const QString path = idOf(pod) + kPodSuffix;
            if (files.contains(path))
                return Error { tr("%1 and the pod %2 would both be %3; nothing was written. Export to one "
                                  ".json file instead.")
                                   .arg(files.value(path), idOf(pod), path.mid(1)),
                               {} };
            files.insert(path, tr("the pod %1").arg(idOf(pod)));
        }
        for (const QString &id : std::as_const(ids)) {
            if (id != QLatin1String("/") && !AppDefinition::isValidId(id))
                return Error {
                    tr("\"%1\" is not a Marathon id (lower-case a-z, 0-9, '-' and '.' between "
                       "slashes), so it cannot name a file; nothing was written. Export to one .json "
                       "file instead.")
                        .arg(id),
                    {}
                };
        }
    }
    int written = 0;
    for (const GroupNode *group : tree.allGroups()) {
        const QString folder = group->id == QLatin1String("/") ? dir : dir + group->id;
        if (!QDir().mkpath(folder))
            return Error { tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder)), {} };
        if (!group->dependencies.isEmpty()
            || (group->apps.isEmpty() && group->groups.isEmpty() && group->pods.isEmpty())) {
            if (group->id != QLatin1String("/") || !group->dependencies.isEmpty()) {
                const Status s = writeAtomically(folder + QLatin1Char('/') + kGroupFile,
                                                 { { QStringLiteral("id"), group->id },
                                                   { QStringLiteral("dependencies"), group->dependencies } });
                if (!s)
                    return s.error();
            }
        }
        for (const QJsonObject &app : group->apps) {
            const Status s = writeAtomically(dir + idOf(app) + QStringLiteral(".json"), app);
            if (!s)
                return s.error();
            ++written;
        }
        for (const QJsonObject &pod : group->pods) {
            const Status s = writeAtomically(dir + idOf(pod) + kPodSuffix, pod);
            if (!s)
                return s.error();
            ++written;
        }
    }
    return written;
}

Result<int> AppExport::write(const GroupNode &tree, const QString &path)
{
    if (!isSingleFile(path))
        return writeFolder(tree, path);
    if (const Status s = writeFile(tree, path); !s)
        return s.error();
    return int(tree.allApps().size() + tree.allPods().size());
}

Result<GroupNode> AppExport::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { tr("%1 does not exist").arg(QDir::toNativeSeparators(path)), {} };
    if (info.isFile()) {
        const auto bytes = readBytes(path);
        if (!bytes)
            return bytes.error();
        return parseGroup(*bytes, QDir::toNativeSeparators(path));
    }
    QList<QJsonObject> apps, pods;
    QList<QPair<QString, QJsonArray>> groups;
    QStringList files;
    QDirIterator it(path, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const auto bytes = readBytes(file);
        if (!bytes)
            return bytes.error();
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
        const QJsonObject object = doc.object();
        const bool pod = isPod(object);
        if (!doc.isObject() || idOf(pod ? stripPod(object) : object).isEmpty())
            return Error { tr("%1 is not an app or pod definition (a JSON object with an id)")
                               .arg(QDir::toNativeSeparators(file)),
                           {} };
        if (file.endsWith(kPodSuffix) && !pod && !object.contains(QLatin1String("cmd"))
            && !object.contains(QLatin1String("args")) && !object.contains(QLatin1String("container")))
            return Error { tr("%1 is named as a pod but has no containers: a pod needs at least one")
                               .arg(QDir::toNativeSeparators(file)),
                           {} };
        if (QFileInfo(file).fileName() == kGroupFile)
            groups.append({ idOf(object), object.value(QLatin1String("dependencies")).toArray() });
        else if (pod)
            pods.append(stripPod(object));
        else
            apps.append(strip(object));
    }
    if (apps.isEmpty() && pods.isEmpty() && groups.isEmpty())
        return Error {
            tr("The folder %1 holds no app or pod definitions (*.json)").arg(QDir::toNativeSeparators(path)),
            {}
        };
    return GroupNode::fromApps(apps, groups, pods);
}

} // namespace mc::marathon
