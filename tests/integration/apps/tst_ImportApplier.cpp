// ImportApplier against localcluster: a plan made before a deployment started on one of its
// apps meets Marathon's deployment lock (409), per group and per app; that app fails with what
// to do, the others of a per-app import go through, and force applies it. Progress is reported.
#include "core/http/HttpClient.h"
#include "core/marathon/AppExport.h"
#include "core/marathon/ImportApplier.h"
#include "core/marathon/ImportPlan.h"
#include "core/marathon/MarathonClient.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mc;
using namespace mc::marathon;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sleeper(const QString &id, const QString &cmd = u"exec sleep 600"_s)
{
    return {
        { u"id"_s, id }, { u"cmd"_s, cmd }, { u"instances"_s, 1 }, { u"cpus"_s, 0.01 }, { u"mem"_s, 8 }
    };
}

} // namespace

class tst_ImportApplier : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster { { u"--kill-grace"_s, u"300"_s } };
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<MarathonClient> m_client;

    QString marathon() const { return m_cluster.marathonUrl(); }
    bool noDeployments()
    {
        return QTest::qWaitFor(
            [&] { return test::httpGet(marathon() + u"/v2/deployments"_s).json().array().isEmpty(); }, 20000);
    }
    QJsonObject root() { return test::httpGet(marathon() + u"/v2/groups"_s).json().object(); }
    ApplySummary apply(const ImportPlan &plan, const QJsonObject &target, ApplyMode mode, bool force,
                       int *progressSignals = nullptr)
    {
        ImportApplier applier(m_client.get());
        QSignalSpy finished(&applier, &ImportApplier::finished);
        QSignalSpy progress(&applier, &ImportApplier::progress);
        applier.apply(plan, target, mode, force);
        if (!finished.wait(20000))
            qFatal("the import did not finish");
        if (progressSignals)
            *progressSignals = int(progress.size());
        return finished.first().first().value<ApplySummary>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_http = std::make_unique<http::HttpClient>();
        m_client = std::make_unique<MarathonClient>(m_http.get(), QUrl(marathon()));
        qRegisterMetaType<ApplySummary>();
    }

    void lockedAppFailsAloneThenForceApplies_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("per group") << int(ApplyMode::PerGroup);
        QTest::newRow("per app") << int(ApplyMode::PerApp);
    }
    void lockedAppFailsAloneThenForceApplies()
    {
        QFETCH(int, mode);
        const QString group = mode == int(ApplyMode::PerGroup) ? u"/pg"_s : u"/pa"_s;
        QCOMPARE(test::httpRequest("POST", marathon() + u"/v2/apps"_s,
                                   QJsonDocument(sleeper(group + u"/a"_s)).toJson())
                     .status,
                 201);
        QVERIFY(noDeployments());
        // The plan is made from what the cluster had then...
        const QJsonObject before = root();
        const GroupNode incoming = GroupNode::fromApps(
            { sleeper(group + u"/a"_s, u"exec sleep 601"_s), sleeper(group + u"/b"_s) });
        const ImportPlan plan = ImportPlan::build(incoming, before);
        QCOMPARE(plan.count(PlanAction::Update), 1);
        QCOMPARE(plan.count(PlanAction::Create), 1);
        // ...and then a deployment that never ends takes the app.
        QCOMPARE(
            test::httpRequest("PUT", marathon() + u"/v2/apps"_s + group + u"/a"_s, R"({"cmd": "exit 1"})")
                .status,
            200);

        int progressSignals = 0;
        ApplySummary summary = apply(plan, before, ApplyMode(mode), false, &progressSignals);
        QVERIFY(progressSignals >= 2);
        const auto outcome = [&](const QString &id) {
            for (const ApplyOutcome &o : summary.outcomes) {
                if (o.id == id)
                    return o;
            }
            return ApplyOutcome {};
        };
        const ApplyOutcome locked = outcome(group + u"/a"_s);
        QVERIFY(!locked.ok);
        QVERIFY2(locked.error.contains(u"force"_s), qPrintable(locked.error));
        if (mode == int(ApplyMode::PerApp)) {
            QVERIFY(outcome(group + u"/b"_s).ok); // the others go on
            QCOMPARE(summary.created(), 1);
            QCOMPARE(summary.failed(), 1);
        } else {
            QVERIFY(!outcome(group + u"/b"_s).ok); // one request for the group
            QCOMPARE(summary.failed(), 2);
        }

        summary = apply(ImportPlan::build(incoming, root(), ImportOptions { {}, false, false, true }), root(),
                        ApplyMode(mode), true);
        QCOMPARE(summary.failed(), 0);
        QCOMPARE(test::httpGet(marathon() + u"/v2/apps"_s + group + u"/a"_s)
                     .json()
                     .object()[u"app"_s]
                     .toObject()[u"cmd"_s]
                     .toString(),
                 u"exec sleep 601"_s);
        QVERIFY(summary.text().contains(u"failed 0"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ImportApplier)
#include "tst_ImportApplier.moc"
