// `mesos-console-cli apps export|import|compare`, the real binary against two localclusters:
// every app and pod exported from one and imported into the other compares equal apart from
// the fields Marathon manages; a second import changes nothing; a conflict (of an app or a pod)
// is named and nothing applied; a 422 fails only its app or pod; the gate refuses on a
// read-only cluster.
#include "core/marathon/AppExport.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QJsonObject sleeper(const QString &id, int instances)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("cmd"), QStringLiteral("exec sleep 600") },
             { QStringLiteral("instances"), instances },
             { QStringLiteral("cpus"), 0.01 },
             { QStringLiteral("mem"), 8 } };
}

// A pod of one container running `sleep`, as a person writes it (Marathon fills in the rest).
QJsonObject sleeperPod(const QString &id, int instances, double cpus = 0.01)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("scaling"),
               QJsonObject { { QStringLiteral("kind"), QStringLiteral("fixed") },
                             { QStringLiteral("instances"), instances } } },
             { QStringLiteral("containers"),
               QJsonArray { QJsonObject {
                   { QStringLiteral("name"), QStringLiteral("main") },
                   { QStringLiteral("exec"),
                     QJsonObject { { QStringLiteral("command"),
                                     QJsonObject { { QStringLiteral("shell"),
                                                     QStringLiteral("exec sleep 600") } } } } },
                   { QStringLiteral("resources"),
                     QJsonObject { { QStringLiteral("cpus"), cpus }, { QStringLiteral("mem"), 8 } } } } } } };
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Every app of a Marathon, id -> definition without what Marathon manages.
QMap<QString, QJsonObject> definitions(const QString &marathon)
{
    QMap<QString, QJsonObject> apps;
    const auto r = mc::test::httpGet(marathon + QStringLiteral("/v2/apps"));
    for (const QJsonArray items = r.json().object().value(QStringLiteral("apps")).toArray();
         const QJsonValue &a : items) {
        const QJsonObject app = mc::marathon::AppExport::strip(a.toObject());
        apps.insert(app.value(QStringLiteral("id")).toString(), app);
    }
    return apps;
}

// Every pod of a Marathon (GET /v2/pods), id -> definition without its version.
QMap<QString, QJsonObject> podDefinitions(const QString &marathon)
{
    QMap<QString, QJsonObject> pods;
    const auto r = mc::test::httpGet(marathon + QStringLiteral("/v2/pods"));
    for (const QJsonArray items = r.json().array(); const QJsonValue &p : items) {
        QJsonObject pod = p.toObject();
        pod.remove(QStringLiteral("version"));
        pods.insert(pod.value(QStringLiteral("id")).toString(), pod);
    }
    return pods;
}

// App and pod versions, id -> version.
QMap<QString, QString> versions(const QString &marathon)
{
    QMap<QString, QString> v;
    const auto r = mc::test::httpGet(marathon + QStringLiteral("/v2/apps"));
    for (const QJsonArray items = r.json().object().value(QStringLiteral("apps")).toArray();
         const QJsonValue &a : items)
        v.insert(a.toObject().value(QStringLiteral("id")).toString(),
                 a.toObject().value(QStringLiteral("version")).toString());
    for (const QJsonArray items = mc::test::httpGet(marathon + QStringLiteral("/v2/pods")).json().array();
         const QJsonValue &p : items)
        v.insert(QStringLiteral("pod ") + p.toObject().value(QStringLiteral("id")).toString(),
                 p.toObject().value(QStringLiteral("version")).toString());
    return v;
}

bool deploymentsDone(const QString &marathon)
{
    return QTest::qWaitFor(
        [&] {
            return mc::test::httpGet(marathon + QStringLiteral("/v2/deployments")).json().array().isEmpty();
        },
        30000);
}

} // namespace

class tst_AppsTransfer : public QObject
{
    Q_OBJECT

    mc::test::LocalClusterProcess m_source { { QStringLiteral("--kill-grace"), QStringLiteral("300") } };
    mc::test::LocalClusterProcess m_target { { QStringLiteral("--kill-grace"), QStringLiteral("300") } };

    QString source() const { return m_source.marathonUrl(); }
    QString target() const { return m_target.marathonUrl(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_source.start(), qPrintable(m_source.error()));
        QVERIFY2(m_target.start(), qPrintable(m_target.error()));
        // The source: two groups, dependencies on an app and on a group, an app at the root.
        QJsonObject api = sleeper(QStringLiteral("api"), 2);
        api.insert(QStringLiteral("dependencies"), QJsonArray { QStringLiteral("/prod/db") });
        api.insert(QStringLiteral("env"), QJsonObject { { QStringLiteral("MODE"), QStringLiteral("prod") } });
        const QJsonObject prod {
            { QStringLiteral("id"), QStringLiteral("/prod") },
            { QStringLiteral("apps"), QJsonArray { api, sleeper(QStringLiteral("db"), 1) } },
            { QStringLiteral("groups"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("id"), QStringLiteral("/prod/batch") },
                  { QStringLiteral("dependencies"), QJsonArray { QStringLiteral("/prod/db") } },
                  { QStringLiteral("apps"), QJsonArray { sleeper(QStringLiteral("report"), 1) } } } } }
        };
        QCOMPARE(mc::test::httpRequest("POST", source() + QStringLiteral("/v2/groups"), toJson(prod)).status,
                 201);
        QCOMPARE(mc::test::httpRequest("POST", source() + QStringLiteral("/v2/apps"),
                                       toJson(sleeper(QStringLiteral("/tools"), 1)))
                     .status,
                 201);
        // A pod in a group with apps, its instance running.
        QCOMPARE(mc::test::httpRequest("POST", source() + QStringLiteral("/v2/pods"),
                                       toJson(sleeperPod(QStringLiteral("/prod/cache"), 1)))
                     .status,
                 201);
        QVERIFY(deploymentsDone(source()));
    }

    void exportImportCompareAndImportAgain()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("export"));
        Run r = cli({ u"apps"_qs, u"export"_qs, u"--marathon"_qs, source(), folder });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"exported 4 app(s) and 1 pod(s)"_qs), qPrintable(r.out));
        QVERIFY(QFile::exists(folder + u"/prod/api.json"_qs));
        QVERIFY(QFile::exists(folder + u"/prod/batch/_group.json"_qs));
        const QJsonObject cache = QJsonDocument::fromJson([&] {
                                      QFile f(folder + u"/prod/cache.pod.json"_qs);
                                      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                  }())
                                      .object();
        QCOMPARE(cache.value(u"id"_qs).toString(), u"/prod/cache"_qs);
        QVERIFY(cache.contains(u"containers"_qs));
        for (const QString &field : { u"version"_qs, u"status"_qs, u"instances"_qs, u"spec"_qs })
            QVERIFY2(!cache.contains(field), qPrintable(field));
        const QJsonObject api = QJsonDocument::fromJson([&] {
                                    QFile f(folder + u"/prod/api.json"_qs);
                                    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                }())
                                    .object();
        for (const QString &field : mc::marathon::AppExport::serverManagedFields())
            QVERIFY2(!api.contains(field), qPrintable(field));

        // Into the other cluster, one deployment per group.
        r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), folder, u"--wait"_qs, u"30"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"5 to create"_qs));
        QVERIFY(r.out.contains(QRegularExpression(u"create +/prod/cache +pod"_qs)));
        QVERIFY(r.out.contains(u"created pod /prod/cache"_qs));
        QVERIFY(r.out.contains(u"4 deployment(s)"_qs)); // /, /prod, /prod/batch, the pod
        QCOMPARE(definitions(target()), definitions(source()));
        QCOMPARE(podDefinitions(target()).keys(), QStringList { u"/prod/cache"_qs });
        QCOMPARE(podDefinitions(target()), podDefinitions(source()));
        QCOMPARE(mc::test::httpGet(target() + u"/v2/pods/prod/cache::status"_qs)
                     .json()
                     .object()
                     .value(u"instances"_qs)
                     .toArray()
                     .size(),
                 1);
        const QJsonObject batch = mc::test::httpGet(target() + u"/v2/groups/prod/batch"_qs).json().object();
        QCOMPARE(batch.value(u"dependencies"_qs).toArray(), QJsonArray { u"/prod/db"_qs });

        r = cli({ u"apps"_qs, u"compare"_qs, u"--marathon"_qs, source(), u"--other"_qs, target() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"no drift: 4 app(s) and 1 pod(s)"_qs), qPrintable(r.out));

        // Again: the plan says unchanged and nothing is deployed.
        const auto before = versions(target());
        r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), folder });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"5 unchanged"_qs));
        QVERIFY(r.out.contains(u"nothing to change"_qs));
        QCOMPARE(versions(target()), before);
        QCOMPARE(mc::test::httpGet(target() + u"/v2/deployments"_qs).json().array().size(), 0);

        // A group scaled by 2 in the target: every app below has twice the instances, and the
        // comparison names the drift.
        QCOMPARE(mc::test::httpRequest("PUT", target() + u"/v2/groups/prod"_qs, R"({"scaleBy": 2})").status,
                 200);
        QVERIFY(deploymentsDone(target()));
        const auto scaled = definitions(target());
        QCOMPARE(scaled.value(u"/prod/api"_qs).value(u"instances"_qs).toInt(), 4);
        QCOMPARE(scaled.value(u"/prod/db"_qs).value(u"instances"_qs).toInt(), 2);
        QCOMPARE(scaled.value(u"/prod/batch/report"_qs).value(u"instances"_qs).toInt(), 2);
        QCOMPARE(scaled.value(u"/tools"_qs).value(u"instances"_qs).toInt(), 1);
        r = cli({ u"apps"_qs, u"compare"_qs, u"--marathon"_qs, source(), u"--other"_qs, target(),
                  u"--group"_qs, u"/prod"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(u"differs"_qs));
        QVERIFY(r.out.contains(u"/prod/batch/report"_qs));
        QVERIFY(r.out.contains(u"+    \"instances\": 1"_qs));
        QVERIFY(!r.out.contains(u"/tools"_qs));

        // A pod changed in the target: the drift names it with its diff.
        QJsonObject cacheThere = podDefinitions(target()).value(u"/prod/cache"_qs);
        cacheThere.insert(u"scaling"_qs, QJsonObject { { u"kind"_qs, u"fixed"_qs }, { u"instances"_qs, 2 } });
        QCOMPARE(
            mc::test::httpRequest("PUT", target() + u"/v2/pods/prod/cache"_qs, toJson(cacheThere)).status,
            200);
        r = cli({ u"apps"_qs, u"compare"_qs, u"--marathon"_qs, source(), u"--other"_qs, target() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QRegularExpression(u"differs +/prod/cache +pod +scaling"_qs)),
                 qPrintable(r.out));
        QVERIFY(deploymentsDone(target()));
    }

    void conflictIsNamedAndNothingChanges()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"tools.json"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(QJsonObject {
            { u"apps"_qs, QJsonArray { sleeper(u"/tools/lint"_qs, 1), sleeper(u"/fresh"_qs, 1) } } }));
        f.close();
        const auto before = versions(target());
        const Run r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QRegularExpression(u"conflict +/tools/lint"_qs)));
        QVERIFY(r.out.contains(u"/tools is an app in the target, it cannot hold the app /tools/lint"_qs));
        QVERIFY(r.err.contains(u"nothing was changed"_qs));
        QCOMPARE(versions(target()), before);

        // A pod whose id is an app in the target, and an app whose id is a pod there.
        QFile pods(dir.filePath(u"pods.json"_qs));
        QVERIFY(pods.open(QIODevice::WriteOnly));
        pods.write(QJsonDocument(QJsonArray { sleeperPod(u"/tools"_qs, 1), sleeper(u"/prod/cache"_qs, 1) })
                       .toJson());
        pods.close();
        const Run p = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), pods.fileName() });
        QCOMPARE(p.exitCode, 1);
        QVERIFY2(
            p.out.contains(QRegularExpression(u"conflict +/tools +pod +/tools is an app in the target, a pod "
                                              "cannot have its id"_qs)),
            qPrintable(p.out));
        QVERIFY(p.out.contains(u"/prod/cache is a pod in the target, an app cannot have its id"_qs));
        QVERIFY(p.err.contains(u"2 app(s) or pod(s) in conflict: nothing was changed"_qs));
        QCOMPARE(versions(target()), before);
    }

    void invalidAppFailsAloneAndPrefixStartsAtZero()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"two.json"_qs);
        QJsonObject bad = sleeper(u"/lab/bad"_qs, 1);
        bad.insert(u"cpus"_qs, -1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonArray { sleeper(u"/lab/good"_qs, 3), bad }).toJson());
        f.close();

        // Per group: Marathon refuses the group's update, both are named.
        Run r = cli(
            { u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--prefix"_qs, u"/staging"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"failed /staging/lab/bad"_qs));
        QVERIFY(r.err.contains(u"/cpus"_qs));
        QVERIFY(r.err.contains(u"failed /staging/lab/good: Not applied"_qs));
        QVERIFY(!definitions(target()).contains(u"/staging/lab/good"_qs));

        // Per app: the good one is created (with 0 instances), the bad one fails alone.
        r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--prefix"_qs, u"/staging"_qs,
                  u"--instances"_qs, u"0"_qs, u"--per-app"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(u"created /staging/lab/good"_qs));
        QVERIFY(r.err.contains(u"failed /staging/lab/bad"_qs));
        QVERIFY(r.out.contains(u"Created 1, updated 0, failed 1"_qs));
        QCOMPARE(definitions(target()).value(u"/staging/lab/good"_qs).value(u"instances"_qs).toInt(), 0);

        // The drift names what only the target has.
        r = cli({ u"apps"_qs, u"compare"_qs, u"--marathon"_qs, source(), u"--other"_qs, target() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QRegularExpression(u"only in "_qs + QRegularExpression::escape(target())
                                                  + u" +/staging/lab/good"_qs)));

        r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--instances"_qs, u"2"_qs });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--instances takes only 0"_qs));
    }

    void invalidPodFailsAloneAndNewPodsStartAtZero()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"pods.json"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonArray { sleeperPod(u"/lab/pgood"_qs, 2), sleeperPod(u"/lab/pbad"_qs, 1, -1) })
                .toJson());
        f.close();
        const Run r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--prefix"_qs,
                            u"/pods"_qs, u"--instances"_qs, u"0"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"created pod /pods/lab/pgood"_qs), qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(u"failed pod /pods/lab/pbad"_qs));
        QVERIFY2(r.err.contains(u"/containers(0)/resources/cpus"_qs), qPrintable(r.err));
        QVERIFY(r.out.contains(u"Created 1, updated 0, failed 1"_qs));
        const QMap<QString, QJsonObject> pods = podDefinitions(target());
        QCOMPARE(
            pods.value(u"/pods/lab/pgood"_qs).value(u"scaling"_qs).toObject().value(u"instances"_qs).toInt(),
            0);
        QVERIFY(!pods.contains(u"/pods/lab/pbad"_qs));

        // --skip-existing leaves it alone even when the file wants 2 instances.
        const Run again = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--prefix"_qs,
                                u"/pods"_qs, u"--skip-existing"_qs, u"--dry-run"_qs });
        QVERIFY(again.out.contains(QRegularExpression(u"skip +/pods/lab/pgood +pod"_qs)));
    }

    void readOnlyRefusesAndExportRefusesAFullFolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"one.json"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(sleeper(u"/ro/app"_qs, 1)));
        f.close();
        Run r = cli({ u"apps"_qs, u"import"_qs, u"--marathon"_qs, target(), file, u"--read-only"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"failed /ro/app"_qs));
        QVERIFY(!definitions(target()).contains(u"/ro/app"_qs));

        r = cli({ u"apps"_qs, u"export"_qs, u"--marathon"_qs, source(), dir.path() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"is not empty"_qs));
        r = cli({ u"apps"_qs, u"export"_qs, u"--marathon"_qs, source(), u"--group"_qs, u"/nope"_qs,
                  dir.filePath(u"x.json"_qs) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"/nope"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_AppsTransfer)
#include "tst_AppsTransfer.moc"
