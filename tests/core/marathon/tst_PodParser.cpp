#include "core/marathon/PodParser.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace mc::marathon;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(mc::test::fixturePath(u"marathon/pods/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// A PodStatus as raml v2/types/podStatus.raml describes it: one instance, two containers, one
// with an endpoint on a host port and a health condition.
const QByteArray kStatus
    = R"([{"id":"/shop/duo","spec":{"id":"/shop/duo","version":"2026-12-07T00:00:00.000Z",
  "scaling":{"kind":"fixed","instances":2},"containers":[{"name":"web","resources":{"cpus":0.1,"mem":32},
  "endpoints":[{"name":"http","hostPort":0}]},{"name":"side","resources":{"cpus":0.2,"mem":16}}],
  "networks":[{"mode":"host"}]},"status":"DEGRADED","statusSince":"2026-12-07T00:00:01.000Z",
  "instances":[{"id":"shop_duo.instance-1","status":"STABLE","agentHostname":"a1","agentId":"S0",
    "statusSince":"2026-12-07T00:00:02.000Z","containers":[
      {"name":"web","status":"TASK_RUNNING","containerId":"shop_duo.instance-1.web",
       "endpoints":[{"name":"http","allocatedHostPort":31002,"healthy":true}],
       "conditions":[{"name":"healthy","value":"true","lastChanged":"x","lastUpdated":"x"}]},
      {"name":"side","status":"TASK_RUNNING","containerId":"shop_duo.instance-1.side"}]}]}])";

} // namespace

class tst_PodParser : public QObject
{
    Q_OBJECT

private slots:
    void readsUpstreamPodExample()
    {
        const auto pod = PodParser::parsePod(fixture(u"raml-1.10-pod.json"_s));
        QVERIFY2(pod.ok(), qPrintable(pod.ok() ? QString() : pod.error().message));
        QCOMPARE(pod->id, u"/foo"_s);
        QCOMPARE(pod->instances, 1);
        QCOMPARE(pod->containers.size(), 1);
        const PodContainer &c = pod->containers.first();
        QCOMPARE(c.name, u"container1"_s);
        QCOMPARE(c.cpus, 1.0);
        QCOMPARE(c.mem, 128.0);
        QCOMPARE(c.image, u"mesosphere/marathon:latest"_s);
        QCOMPARE(c.command, u"sleep 100"_s);
        QCOMPARE(c.endpoints.size(), 1);
        QCOMPARE(c.endpoints.first().name, u"httpendpoint"_s);
        QCOMPARE(c.endpoints.first().containerPort, 80);
        QCOMPARE(c.endpoints.first().hostPort, 0);
        QCOMPARE(c.endpoints.first().protocols, QStringList { u"tcp"_s });
        QCOMPARE(pod->networks, QStringList { u"container:my-network"_s });
        QVERIFY(pod->labels.contains(u"owner=zeus"_s));
    }

    void readsSystemTestPods_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("containers");
        QTest::newRow("simple") << u"system-tests-simple-pod.json"_s << u"/simple-pod"_s << 2;
        QTest::newRow("ports") << u"system-tests-ports-pod.json"_s << u"/ports-pod"_s << 2;
        QTest::newRow("bridge") << u"system-tests-container-bridge-pod.json"_s << u"/container-bridge-pod"_s
                                << 1;
    }
    void readsSystemTestPods()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(int, containers);
        const auto pods = PodParser::parsePods('[' + fixture(file) + ']');
        QVERIFY2(pods.ok(), qPrintable(pods.ok() ? QString() : pods.error().message));
        QCOMPARE(pods->size(), size_t(1));
        QCOMPARE(pods->front().id, id);
        QCOMPARE(pods->front().containers.size(), containers);
    }

    void readsStatuses()
    {
        const auto statuses = PodParser::parseStatuses(kStatus);
        QVERIFY2(statuses.ok(), qPrintable(statuses.ok() ? QString() : statuses.error().message));
        QCOMPARE(statuses->size(), size_t(1));
        const PodStatus &s = statuses->front();
        QCOMPARE(s.id(), u"/shop/duo"_s);
        QCOMPARE(s.status, u"DEGRADED"_s);
        QCOMPARE(s.spec.instances, 2);
        QCOMPARE(s.spec.cpus(), 0.1 + 0.2);
        QCOMPARE(s.stableInstances(), 1);
        QCOMPARE(s.instances.size(), 1);
        const PodInstanceStatus &i = s.instances.first();
        QCOMPARE(i.agentHostname, u"a1"_s);
        QCOMPARE(i.containers.size(), 2);
        QCOMPARE(i.containers[0].containerId, u"shop_duo.instance-1.web"_s);
        QCOMPARE(i.containers[0].endpoints.first().allocatedHostPort, 31002);
        QCOMPARE(i.containers[0].healthy, std::optional<bool>(true));
        QCOMPARE(i.containers[1].healthy, std::optional<bool>());
    }

    void refusesWhatIsNoPodAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>404</html>");
        QTest::newRow("object for list") << QByteArray(R"({"id":"/a"})");
        QTest::newRow("item without id") << QByteArray(R"([{"containers":[]}])");
        QTest::newRow("item not object") << QByteArray(R"([1])");
    }
    void refusesWhatIsNoPodAnswer()
    {
        QFETCH(QByteArray, body);
        const auto pods = PodParser::parsePods(body);
        QVERIFY(!pods.ok());
        QVERIFY(!pods.error().message.isEmpty());
        QVERIFY(!PodParser::parseStatuses(body).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PodParser)
#include "tst_PodParser.moc"
