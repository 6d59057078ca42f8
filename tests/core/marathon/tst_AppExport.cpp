// AppExport (server-managed fields removed, a group tree, folder and file written and read
// back, pods among the apps) and ImportPlan (create / update with its diff / unchanged /
// conflict / skip, prefix, instances 0, for apps and pods), on Marathon's documented group example
// and RAML pod example.
#include "core/marathon/AppExport.h"
#include "core/marathon/ImportPlan.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::marathon;

namespace {

QJsonObject fixtureGroup()
{
    QFile f(mc::test::fixturePath(QStringLiteral("marathon/group.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing marathon/group.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject app(const QString &id, int instances = 1)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("cmd"), QStringLiteral("sleep 1") },
             { QStringLiteral("instances"), instances },
             { QStringLiteral("mem"), 32 } };
}

// A target cluster's GET /v2/groups answer holding `apps` (with what Marathon adds).
QJsonObject targetOf(const QList<QJsonObject> &apps)
{
    QList<QJsonObject> answered;
    for (QJsonObject a : apps) {
        a.insert(QStringLiteral("version"), QStringLiteral("2026-12-06T10:00:00.000Z"));
        a.insert(QStringLiteral("tasksRunning"), 1);
        if (!a.contains(QLatin1String("deployments")))
            a.insert(QStringLiteral("deployments"), QJsonArray());
        answered.append(a);
    }
    return GroupNode::fromApps(answered).toJson();
}

// Marathon's RAML pod example (tests/fixtures/marathon/pods) with `id`.
QJsonObject pod(const QString &id, int instances = 1)
{
    QFile f(mc::test::fixturePath(QStringLiteral("marathon/pods/raml-1.10-pod.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing marathon/pods/raml-1.10-pod.json");
    QJsonObject p = QJsonDocument::fromJson(f.readAll()).object();
    p.insert(QStringLiteral("id"), id);
    QJsonObject scaling = p.value(QLatin1String("scaling")).toObject();
    scaling.insert(QStringLiteral("instances"), instances);
    p.insert(QStringLiteral("scaling"), scaling);
    return p;
}

// A pod as GET /v2/groups has it (Marathon's GroupInfo): its PodStatus, the definition in `spec`.
QJsonObject podStatus(QJsonObject definition)
{
    definition.insert(QStringLiteral("version"), QStringLiteral("2026-12-06T10:00:00.000Z"));
    return { { QStringLiteral("id"), definition.value(QLatin1String("id")) },
             { QStringLiteral("spec"), definition },
             { QStringLiteral("status"), QStringLiteral("STABLE") },
             { QStringLiteral("statusSince"), QStringLiteral("2026-12-06T10:00:00.000Z") },
             { QStringLiteral("instances"),
               QJsonArray { QJsonObject { { QStringLiteral("id"), u"x"_qs } } } },
             { QStringLiteral("terminationHistory"), QJsonArray() },
             { QStringLiteral("lastUpdated"), QStringLiteral("2026-12-06T10:00:00.000Z") },
             { QStringLiteral("lastChanged"), QStringLiteral("2026-12-06T10:00:00.000Z") } };
}

// A target's GET /v2/groups answer with `apps` and `pods` (each a PodStatus).
QJsonObject targetOf(const QList<QJsonObject> &apps, const QList<QJsonObject> &pods)
{
    QJsonObject root = targetOf(apps);
    QList<QJsonObject> statuses;
    for (const QJsonObject &p : pods)
        statuses.append(podStatus(p));
    // Every pod in the root group's `pods` with its absolute id: a GroupInfo reader resolves it.
    QJsonArray list;
    for (const QJsonObject &p : std::as_const(statuses))
        list.append(p);
    root.insert(QStringLiteral("pods"), list);
    return root;
}

const PlanItem &itemOf(const ImportPlan &plan, const QString &id)
{
    for (const PlanItem &i : plan.items) {
        if (i.id == id)
            return i;
    }
    qFatal("no plan item %s", qPrintable(id));
}

} // namespace

class tst_AppExport : public QObject
{
    Q_OBJECT

private slots:
    void stripsServerManagedFields()
    {
        const GroupNode tree = AppExport::groupFromJson(fixtureGroup());
        const QList<QJsonObject> apps = tree.allApps();
        QCOMPARE(apps.size(), 3);
        QCOMPARE(apps[0].value(QLatin1String("id")).toString(), u"/tools/datadog-agent"_qs);
        for (const QJsonObject &a : apps) {
            for (const QString &field : AppExport::serverManagedFields())
                QVERIFY2(!a.contains(field), qPrintable(field));
            QVERIFY(a.contains(QLatin1String("cmd")) || a.contains(QLatin1String("container")));
        }
        QVERIFY(tree.find(QStringLiteral("/tools/log")));
        QVERIFY(tree.find(QStringLiteral("/tools/log"))->apps.isEmpty());
        QCOMPARE(tree.find(QStringLiteral("/tools/docker"))->apps.size(), 1);
        QVERIFY(!tree.find(QStringLiteral("/nope")));
        QVERIFY(tree.allPods().isEmpty());

        // A pod as GroupInfo has it: the definition of its PodStatus, without version and status.
        QJsonObject withPod = fixtureGroup();
        QJsonArray groups = withPod.value(u"groups"_qs).toArray();
        QJsonObject tools = groups.first().toObject();
        tools.insert(u"pods"_qs, QJsonArray { podStatus(pod(u"/tools/cache"_qs)) });
        groups.replace(0, tools);
        withPod.insert(u"groups"_qs, groups);
        const GroupNode podTree = AppExport::groupFromJson(withPod);
        QCOMPARE(podTree.allPods(), QList<QJsonObject> { pod(u"/tools/cache"_qs) });
        QCOMPARE(podTree.find(u"/tools"_qs)->pods.size(), 1);
        QCOMPARE(podTree.allApps(), tree.allApps());
    }

    void folderAndFileReadBackTheSame_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("folder") << u"export"_qs;
        QTest::newRow("file") << u"export.json"_qs;
    }
    void folderAndFileReadBackTheSame()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        GroupNode tree = AppExport::groupFromJson(fixtureGroup());
        tree = GroupNode::fromApps(tree.allApps(),
                                   { { u"/tools/log"_qs, {} }, { u"/tools"_qs, { u"/db"_qs } } },
                                   { pod(u"/tools/cache"_qs), pod(u"/edge"_qs, 2) });
        const QString path = dir.filePath(name);
        const auto written = AppExport::write(tree, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, 5);
        if (!AppExport::isSingleFile(path)) {
            QVERIFY(QFile::exists(path + u"/tools/docker/registry.json"_qs));
            QVERIFY(QFile::exists(path + u"/tools/log/_group.json"_qs));
            QVERIFY(QFile::exists(path + u"/tools/cache.pod.json"_qs));
            QVERIFY(QFile::exists(path + u"/edge.pod.json"_qs));
        }
        const auto read = AppExport::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->allApps(), tree.allApps());
        QCOMPARE(read->allPods(), tree.allPods());
        QCOMPARE(read->find(u"/tools"_qs)->dependencies, QJsonArray { u"/db"_qs });
        QVERIFY(read->find(u"/tools/log"_qs));

        // Written again into the same folder: refused, so an import reads one export only.
        if (!AppExport::isSingleFile(path)) {
            const auto again = AppExport::write(tree, path);
            QVERIFY(!again.ok());
            QVERIFY(again.error().message.contains(u"not empty"_qs));
        }
    }

    void folderRefusesAnAppAndAPodOnOneFile()
    {
        // The app /a.pod and the pod /a would both be a.pod.json: refused before anything is written.
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"out"_qs);
        const auto written = AppExport::writeFolder(
            GroupNode::fromApps({ app(u"/a.pod"_qs) }, {}, { pod(u"/a"_qs) }), folder);
        QVERIFY(!written.ok());
        QVERIFY2(
            written.error().message.contains(u"the app /a.pod and the pod /a would both be a.pod.json"_qs),
            qPrintable(written.error().message));
        QVERIFY(!QDir(folder).exists() || QDir(folder).isEmpty());
    }

    void folderRefusesIdsThatAreNoPaths()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"out"_qs);
        GroupNode tree;
        tree.apps.append(app(u"/../../escape"_qs));
        const auto written = AppExport::writeFolder(tree, folder);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u"is not a Marathon id"_qs));
        QVERIFY(!QFile::exists(folder + u"/../../escape.json"_qs));
        QVERIFY(!QDir(folder).exists() || QDir(folder).isEmpty());
    }

    void readRefusesWhatIsNoExport()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(u"junk.json"_qs));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"apps\": [");
        junk.close();
        auto r = AppExport::read(junk.fileName());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"not JSON"_qs));
        r = AppExport::read(dir.filePath(u"missing"_qs));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"does not exist"_qs));
        QDir(dir.path()).mkdir(u"empty"_qs);
        r = AppExport::read(dir.filePath(u"empty"_qs));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"no app or pod definitions"_qs));
        // One app, as GET /v2/apps/{id} or the launch dialog writes it.
        QFile one(dir.filePath(u"one.json"_qs));
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write(QJsonDocument(app(u"/a/b"_qs)).toJson());
        one.close();
        r = AppExport::read(one.fileName());
        QVERIFY(r.ok());
        QCOMPARE(r->allApps(), QList<QJsonObject> { app(u"/a/b"_qs) });
        // GET /v2/pods: an array of pods (with their versions).
        QFile pods(dir.filePath(u"pods.json"_qs));
        QVERIFY(pods.open(QIODevice::WriteOnly));
        pods.write(QJsonDocument(QJsonArray { podStatus(pod(u"/p"_qs)).value(u"spec"_qs) }).toJson());
        pods.close();
        r = AppExport::read(pods.fileName());
        QVERIFY(r.ok());
        QVERIFY(r->allApps().isEmpty());
        QCOMPARE(r->allPods(), QList<QJsonObject> { pod(u"/p"_qs) });
    }

    void podsArePlannedLikeApps()
    {
        QJsonObject bigger = pod(u"/prod/cache"_qs);
        bigger.insert(u"user"_qs, u"nobody"_qs);
        const GroupNode incoming = GroupNode::fromApps({ app(u"/prod/web"_qs) }, {},
                                                       { pod(u"/prod/edge"_qs), bigger, pod(u"/prod/same"_qs),
                                                         pod(u"/prod/web"_qs), pod(u"/prod/api"_qs) });
        // The target: /prod/cache, /prod/same and /prod/api as pods... and /prod/web is an app there, so
        // the pod /prod/web conflicts; the import's app /prod/api meets a pod.
        const GroupNode appsToo = GroupNode::fromApps({ app(u"/prod/web"_qs), app(u"/prod/api"_qs) }, {},
                                                      { pod(u"/prod/edge"_qs) });
        const QJsonObject target
            = targetOf({ app(u"/prod/web"_qs) },
                       { pod(u"/prod/cache"_qs, 3), pod(u"/prod/same"_qs), pod(u"/prod/api"_qs) });
        const ImportPlan plan = ImportPlan::build(incoming, target);
        QCOMPARE(itemOf(plan, u"/prod/edge"_qs).action, PlanAction::Create);
        QVERIFY(itemOf(plan, u"/prod/edge"_qs).pod);
        const PlanItem &update = itemOf(plan, u"/prod/cache"_qs);
        QCOMPARE(update.action, PlanAction::Update);
        QCOMPARE(update.changedFields, (QStringList { u"scaling"_qs, u"user"_qs }));
        QVERIFY2(update.diff.contains(u"+    \"user\": \"nobody\""_qs), qPrintable(update.diff));
        QCOMPARE(itemOf(plan, u"/prod/same"_qs).action, PlanAction::Unchanged);
        QCOMPARE(itemOf(plan, u"/prod/api"_qs).action, PlanAction::Unchanged);
        const PlanItem *conflict = nullptr;
        for (const PlanItem &i : plan.items) {
            if (i.id == u"/prod/web"_qs && i.pod)
                conflict = &i;
        }
        QVERIFY(conflict);
        QCOMPARE(conflict->action, PlanAction::Conflict);
        QCOMPARE(conflict->reason, u"/prod/web is an app in the target, a pod cannot have its id"_qs);
        QCOMPARE(plan.count(PlanAction::Create, true), 1);
        QCOMPARE(plan.count(PlanAction::Unchanged, false), 1);

        const ImportPlan other = ImportPlan::build(appsToo, target);
        QCOMPARE(itemOf(other, u"/prod/api"_qs).action, PlanAction::Conflict);
        QCOMPARE(itemOf(other, u"/prod/api"_qs).reason,
                 u"/prod/api is a pod in the target, an app cannot have its id"_qs);

        // --instances 0: a new pod's scaling.instances is 0, an existing one keeps its count.
        ImportOptions zero;
        zero.zeroInstances = true;
        zero.prefix = u"/staging"_qs;
        const ImportPlan staged
            = ImportPlan::build(incoming, targetOf({}, { pod(u"/staging/prod/cache"_qs, 3) }), zero);
        QCOMPARE(itemOf(staged, u"/staging/prod/edge"_qs).definition.value(u"scaling"_qs).toObject(),
                 (QJsonObject {
                     { u"kind"_qs, u"fixed"_qs }, { u"instances"_qs, 0 }, { u"maxInstances"_qs, 888 } }));
        const PlanItem &kept = itemOf(staged, u"/staging/prod/cache"_qs);
        QCOMPARE(kept.definition.value(u"scaling"_qs).toObject().value(u"instances"_qs).toInt(), 3);
        QCOMPARE(kept.changedFields, QStringList { u"user"_qs });
        QCOMPARE(itemOf(staged, u"/staging/prod/edge"_qs).sourceId, u"/prod/edge"_qs);
    }

    void planSaysWhatHappensToEachApp()
    {
        QJsonObject changed = app(u"/prod/api"_qs);
        changed.insert(u"mem"_qs, 64);
        QJsonObject deploying = app(u"/prod/worker"_qs);
        deploying.insert(u"mem"_qs, 64);
        const GroupNode incoming
            = GroupNode::fromApps({ app(u"/prod/web"_qs), changed, app(u"/prod/new"_qs), app(u"/prod/db"_qs),
                                    deploying, app(u"/prod/cache/redis"_qs) });
        QJsonObject lockedNow = app(u"/prod/worker"_qs);
        lockedNow.insert(u"deployments"_qs, QJsonArray { QJsonObject { { u"id"_qs, u"d-1"_qs } } });
        // /prod/db is a group in the target; /prod/cache is an app there.
        const QJsonObject target
            = targetOf({ app(u"/prod/web"_qs), app(u"/prod/api"_qs), app(u"/prod/db/pg"_qs),
                         app(u"/prod/cache"_qs), lockedNow, app(u"/prod/old"_qs) });
        const ImportPlan plan = ImportPlan::build(incoming, target);
        QCOMPARE(itemOf(plan, u"/prod/web"_qs).action, PlanAction::Unchanged);
        QCOMPARE(itemOf(plan, u"/prod/new"_qs).action, PlanAction::Create);
        const PlanItem &update = itemOf(plan, u"/prod/api"_qs);
        QCOMPARE(update.action, PlanAction::Update);
        QCOMPARE(update.changedFields, QStringList { u"mem"_qs });
        QVERIFY(update.diff.contains(u"-    \"mem\": 32"_qs));
        QVERIFY(update.diff.contains(u"+    \"mem\": 64"_qs));
        QCOMPARE(itemOf(plan, u"/prod/db"_qs).action, PlanAction::Conflict);
        QVERIFY(itemOf(plan, u"/prod/db"_qs).reason.contains(u"is a group in the target"_qs));
        QCOMPARE(itemOf(plan, u"/prod/cache/redis"_qs).action, PlanAction::Conflict);
        QVERIFY(
            itemOf(plan, u"/prod/cache/redis"_qs).reason.contains(u"/prod/cache is an app in the target"_qs));
        QCOMPARE(itemOf(plan, u"/prod/worker"_qs).action, PlanAction::Conflict);
        QVERIFY(itemOf(plan, u"/prod/worker"_qs).reason.contains(u"d-1"_qs));
        QCOMPARE(plan.count(PlanAction::Conflict), 3);
        QCOMPARE(plan.onlyInTarget, (QStringList { u"/prod/cache"_qs, u"/prod/db/pg"_qs, u"/prod/old"_qs }));
        QCOMPARE(plan.changes().size(), 2);

        ImportOptions options;
        options.force = true;
        options.skipExisting = true;
        const ImportPlan forced = ImportPlan::build(incoming, target, options);
        QCOMPARE(itemOf(forced, u"/prod/worker"_qs).action, PlanAction::Skip);
        QCOMPARE(itemOf(forced, u"/prod/api"_qs).action, PlanAction::Skip);
        QCOMPARE(itemOf(forced, u"/prod/new"_qs).action, PlanAction::Create);
    }

    void prefixAndZeroInstances()
    {
        QJsonObject web = app(u"/prod/web"_qs, 4);
        web.insert(u"dependencies"_qs, QJsonArray { u"/prod/db"_qs, u"relative"_qs });
        const GroupNode incoming
            = GroupNode::fromApps({ web, app(u"/prod/db"_qs, 2) }, { { u"/prod"_qs, { u"/shared"_qs } } });
        ImportOptions options;
        options.prefix = u"staging/"_qs;
        options.zeroInstances = true;
        // The target runs /staging/prod/db with 3 instances already: it keeps them.
        const ImportPlan plan
            = ImportPlan::build(incoming, targetOf({ app(u"/staging/prod/db"_qs, 3) }), options);
        const PlanItem &created = itemOf(plan, u"/staging/prod/web"_qs);
        QCOMPARE(created.action, PlanAction::Create);
        QCOMPARE(created.sourceId, u"/prod/web"_qs);
        QCOMPARE(created.definition.value(u"instances"_qs).toInt(), 0);
        QCOMPARE(created.definition.value(u"dependencies"_qs).toArray(),
                 (QJsonArray { u"/staging/prod/db"_qs, u"relative"_qs }));
        QCOMPARE(itemOf(plan, u"/staging/prod/db"_qs).action, PlanAction::Unchanged);
        QCOMPARE(itemOf(plan, u"/staging/prod/db"_qs).definition.value(u"instances"_qs).toInt(), 3);
        const auto group = std::find_if(plan.groups.cbegin(), plan.groups.cend(),
                                        [](const auto &g) { return g.first == u"/staging/prod"_qs; });
        QVERIFY(group != plan.groups.cend());
        QCOMPARE(group->second, QJsonArray { u"/staging/shared"_qs });
    }
};

QTEST_GUILESS_MAIN(tst_AppExport)
#include "tst_AppExport.moc"
