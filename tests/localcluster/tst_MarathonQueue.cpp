// localcluster's launch queue: decline reasons from real matching of each app against
// the agents' free resources, ports, roles and constraints; back-off from the app's
// backoffSeconds/backoffFactor/maxLaunchDelaySeconds and its reset.
#include "localcluster/Cluster.h"
#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace mc::localcluster;
using namespace mc::test;

namespace {

constexpr int kPortsPerAgent = 4;

QJsonObject baseApp(const QString &id)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("cmd"), QStringLiteral("exec sleep 600") },
             { QStringLiteral("instances"), 1 },
             { QStringLiteral("cpus"), 0.05 },
             { QStringLiteral("mem"), 16 } };
}

QJsonObject merged(QJsonObject app, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        app.insert(it.key(), it.value());
    return app;
}

QJsonObject fromJson(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class tst_MarathonQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Options o = fastOptions(1, 2);
        o.portsPerAgent = kPortsPerAgent;
        m_cluster = std::make_unique<Cluster>(o);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void declineReasonComesFromMatching_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("declinedAgents");
        QTest::newRow("cpus") << fromJson(R"({"cpus": 100})") << u"InsufficientCpus"_qs << 2;
        QTest::newRow("memory") << fromJson(R"({"mem": 100000})") << u"InsufficientMemory"_qs << 2;
        QTest::newRow("disk") << fromJson(R"({"disk": 1000000})") << u"InsufficientDisk"_qs << 2;
        QTest::newRow("gpus") << fromJson(R"({"gpus": 1})") << u"InsufficientGpus"_qs << 2;
        QTest::newRow("ports") << fromJson(
            R"({"portDefinitions": [{"port":0},{"port":0},{"port":0},{"port":0},
                                              {"port":0}]})")
                               << u"InsufficientPorts"_qs << 2;
        QTest::newRow("like") << fromJson(R"({"constraints": [["rack", "LIKE", "r9"]]})")
                              << u"UnfulfilledConstraint"_qs << 2;
        QTest::newRow("cluster") << fromJson(R"({"constraints": [["zone", "CLUSTER", "z"]]})")
                                 << u"UnfulfilledConstraint"_qs << 2;
        QTest::newRow("missing attribute") << fromJson(R"({"constraints": [["gpu-model", "IS", "a100"]]})")
                                           << u"UnfulfilledConstraint"_qs << 2;
        // Both agents are on this machine: the second instance finds no other host name.
        QTest::newRow("unique hostname")
            << fromJson(R"({"instances": 2, "constraints": [["hostname", "UNIQUE"]]})")
            << u"UnfulfilledConstraint"_qs << 2;
        QTest::newRow("max per rack")
            << fromJson(R"({"instances": 3, "constraints": [["rack", "MAX_PER", "1"]]})")
            << u"UnfulfilledConstraint"_qs << 2;
        QTest::newRow("role") << fromJson(R"({"acceptedResourceRoles": ["production"]})")
                              << u"UnfulfilledRole"_qs << 2;
    }

    void declineReasonComesFromMatching()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, reason);
        QFETCH(int, declinedAgents);
        const QString id
            = u"/why/%1"_qs.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const QJsonObject app = merged(baseApp(id), patch);
        QCOMPARE(httpRequest("POST", url() + u"/v2/apps"_qs, toJson(app)).status, 201);
        QJsonObject entry;
        QVERIFY(QTest::qWaitFor(
            [&] {
                entry = queueEntry(id);
                return lastOffersDeclined(entry, reason) == declinedAgents;
            },
            5000));
        // Every other reason of the funnel declined nothing, and the counts funnel down.
        const QJsonArray steps = entry.value(u"processedOffersSummary"_qs)
                                     .toObject()
                                     .value(u"rejectSummaryLastOffers"_qs)
                                     .toArray();
        int processed = steps.first().toObject().value(u"processed"_qs).toInt();
        QCOMPARE(processed, 2); // the last offer of each agent
        for (const QJsonValue &s : steps) {
            const QJsonObject step = s.toObject();
            QCOMPARE(step.value(u"processed"_qs).toInt(), processed);
            if (step.value(u"reason"_qs).toString() != reason)
                QCOMPARE(step.value(u"declined"_qs).toInt(), 0);
            processed -= step.value(u"declined"_qs).toInt();
        }
        // The unused offers name the agent, its free resources and the reason.
        const QJsonArray offers = entry.value(u"lastUnusedOffers"_qs).toArray();
        QCOMPARE(offers.size(), declinedAgents);
        for (const QJsonValue &o : offers) {
            QVERIFY(o.toObject().value(u"reason"_qs).toArray().contains(reason));
            const QJsonObject offer = o.toObject().value(u"offer"_qs).toObject();
            QVERIFY(offer.value(u"agentId"_qs).toString().contains(u"-S"_qs));
            QVERIFY(!offer.value(u"resources"_qs).toArray().isEmpty());
        }
        QCOMPARE(httpRequest("DELETE", url() + u"/v2/apps"_qs + id).status, 200);
    }

    void appThatFitsLeavesTheQueue()
    {
        const QString id = u"/why/fits"_qs;
        QVERIFY(postAppAndWait(*m_cluster, baseApp(id), 1));
        QVERIFY(QTest::qWaitFor([&] { return queueEntry(id).isEmpty(); }, 3000));
        QCOMPARE(httpRequest("DELETE", url() + u"/v2/apps"_qs + id).status, 200);
    }

    void backOffFollowsTheAppAndResetEndsIt()
    {
        const QString id = u"/why/crash"_qs;
        QJsonObject app = merged(baseApp(id), fromJson(R"({"cmd": "exit 3", "backoffSeconds": 40,
                                                            "backoffFactor": 2, "maxLaunchDelaySeconds": 60})"));
        QCOMPARE(httpRequest("POST", url() + u"/v2/apps"_qs, toJson(app)).status, 201);
        QJsonObject entry;
        QVERIFY(QTest::qWaitFor(
            [&] {
                entry = queueEntry(id);
                return !entry.value(u"delay"_qs).toObject().value(u"overdue"_qs).toBool(true);
            },
            8000));
        const int left = entry.value(u"delay"_qs).toObject().value(u"timeLeftSeconds"_qs).toInt();
        QVERIFY2(left > 30 && left <= 40, qPrintable(QString::number(left)));
        QVERIFY(!getApp(id).value(u"lastTaskFailure"_qs).toObject().isEmpty());
        const int failuresBefore = failedTasks(id);

        QCOMPARE(httpRequest("DELETE", url() + u"/v2/queue"_qs + id + u"/delay"_qs).status, 204);
        // Launched again at once; it fails again and the delay grows by the factor (capped).
        QVERIFY(QTest::qWaitFor([&] { return failedTasks(id) > failuresBefore; }, 8000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                entry = queueEntry(id);
                return !entry.value(u"delay"_qs).toObject().value(u"overdue"_qs).toBool(true);
            },
            8000));
        const int second = entry.value(u"delay"_qs).toObject().value(u"timeLeftSeconds"_qs).toInt();
        QVERIFY2(second > 30 && second <= 40, qPrintable(QString::number(second))); // the reset started over
        QCOMPARE(httpRequest("DELETE", url() + u"/v2/queue/why/nothing/delay"_qs).status, 404);
        QCOMPARE(httpRequest("DELETE", url() + u"/v2/apps"_qs + id).status, 200);
    }

private:
    QString url() const { return marathonUrl(*m_cluster); }
    QJsonObject getApp(const QString &id) const
    {
        return httpGet(url() + u"/v2/apps"_qs + id).json().object().value(u"app"_qs).toObject();
    }
    int failedTasks(const QString &id) const
    {
        return int(
            std::count_if(m_cluster->completedTasks().cbegin(), m_cluster->completedTasks().cend(),
                          [&](const TaskPtr &t) { return t->appId == id && t->state == TaskState::Failed; }));
    }
    QJsonObject queueEntry(const QString &id) const
    {
        const QJsonArray queue = httpGet(url() + u"/v2/queue?embed=lastUnusedOffers"_qs)
                                     .json()
                                     .object()
                                     .value(u"queue"_qs)
                                     .toArray();
        for (const QJsonValue &e : queue) {
            if (e.toObject().value(u"app"_qs).toObject().value(u"id"_qs).toString() == id)
                return e.toObject();
        }
        return {};
    }
    static int lastOffersDeclined(const QJsonObject &entry, const QString &reason)
    {
        const QJsonArray steps = entry.value(u"processedOffersSummary"_qs)
                                     .toObject()
                                     .value(u"rejectSummaryLastOffers"_qs)
                                     .toArray();
        for (const QJsonValue &s : steps) {
            if (s.toObject().value(u"reason"_qs).toString() == reason)
                return s.toObject().value(u"declined"_qs).toInt();
        }
        return -1;
    }

    std::unique_ptr<Cluster> m_cluster;
};

QTEST_MAIN(tst_MarathonQueue)
#include "tst_MarathonQueue.moc"
