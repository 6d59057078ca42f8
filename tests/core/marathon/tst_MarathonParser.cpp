#include "core/http/EventStreamReader.h"
#include "core/marathon/MarathonParser.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mc::marathon;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(mc::test::fixturePath(QStringLiteral("marathon/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    QByteArray data = file.readAll();
    if (name.endsWith(u".http")) { // a transcript: body after the blank line
        data.replace("\r\n", "\n");
        data = data.mid(data.indexOf("\n\n") + 2);
    }
    return data;
}

// What parseApps() made before it read with simdjson: the QJsonDocument path that
// routing still takes (appArray, appFromJson, taskFromJson).
MarathonParser::AppsAndTasks appsViaQJson(const QByteArray &body)
{
    MarathonParser::AppsAndTasks out;
    const auto array = MarathonParser::appArray(body);
    if (!array.ok())
        return out;
    for (const QJsonValue &value : array.value()) {
        const QJsonObject object = value.toObject();
        out.apps.push_back(MarathonParser::appFromJson(object));
        for (const QJsonArray items = object.value(u"tasks").toArray(); const QJsonValue &task : items)
            out.tasks.push_back(MarathonParser::taskFromJson(task.toObject(), out.apps.back().id));
    }
    return out;
}

std::vector<MarathonTask> tasksViaQJson(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray array = document.isArray() ? document.array() : document.object().value(u"tasks").toArray();
    std::vector<MarathonTask> out;
    for (const QJsonValue &value : array)
        out.push_back(MarathonParser::taskFromJson(value.toObject()));
    return out;
}

QString describe(const App &app)
{
    return QStringLiteral("%1 cmd=%2 image=%3 n=%4 cpus=%5 mem=%6 ports=%7 version=%8 labels=%9 deployments=%10")
        .arg(app.id, app.cmd, app.image)
        .arg(app.instances)
        .arg(app.cpus)
        .arg(app.mem)
        .arg(app.servicePorts.size())
        .arg(app.version)
        .arg(app.labels.size())
        .arg(app.deploymentIds.join(u','));
}

QStringList fixtures(const QString &dir, const QString &pattern)
{
    const QDir d(mc::test::fixturePath(QStringLiteral("marathon/") + dir));
    QStringList out;
    const QStringList names = d.entryList({ pattern }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << dir + u'/' + name;
    return out;
}
} // namespace

class tst_MarathonParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryAppList_data();
    void parsesEveryAppList();
    void normalisesMarathon06App();
    void normalisesMarathon110App();
    void parsesEveryTaskList_data();
    void parsesEveryTaskList();
    void infersStateOfMarathon06Tasks();
    void parsesEveryDeploymentList_data();
    void parsesEveryDeploymentList();
    void parsesInfoAndLeader();
    void parsesEveryEventExample();
    void parsesSynthesizedCrlfStream();
    void reportsBrokenUpstreamTranscriptWithLine();
    void readsAsTheJsonDocumentDid_data();
    void readsAsTheJsonDocumentDid();
    void readsTasksAsTheJsonDocumentDid_data();
    void readsTasksAsTheJsonDocumentDid();
    void sharesRepeatedStrings();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
};

void tst_MarathonParser::parsesEveryAppList_data()
{
    QTest::addColumn<QString>("file");
    QStringList files = fixtures(QStringLiteral("raml-1.10"), QStringLiteral("app_list.json"))
        + fixtures(QStringLiteral("raml-1.4.13"), QStringLiteral("app_list.json"))
        + fixtures(QStringLiteral("http-transcripts/marathon-0.6.1"), QStringLiteral("*GET_v2_apps*"))
        + fixtures(QStringLiteral("http-transcripts/marathon-1.4.13"), QStringLiteral("*GET_v2_apps*"));
    files.removeIf(
        [](const QString &f) { return f.contains(u"tasks") || f.contains(u"008_GET_v2_apps_myapp"); });
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file;
}

void tst_MarathonParser::parsesEveryAppList()
{
    QFETCH(QString, file);
    const auto result = MarathonParser::parseApps(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(!result->apps.empty());
    for (const App &app : result->apps) {
        QVERIFY(!app.id.isEmpty());
        QVERIFY(app.instances > 0);
        QVERIFY(app.cpus > 0);
    }
}

void tst_MarathonParser::normalisesMarathon06App()
{
    const auto result = MarathonParser::parseApps(
        fixture(QStringLiteral("http-transcripts/marathon-0.6.1/002_GET_v2_apps.response.http")));
    QVERIFY(result.ok());
    const App &app = result->apps.front();
    QCOMPARE(app.id, QStringLiteral("my-app"));
    QCOMPARE(app.servicePorts, (QList<int> { 13321, 10982 }));
    QCOMPARE(app.tasksRunning, 1);
    QCOMPARE(app.mem, 5.0);
    QVERIFY(app.image.isEmpty());

    const App deimos = MarathonParser::appFromJson(
        QJsonDocument::fromJson(R"({"id":"d","container":{"image":"docker:///owner/img:tag","options":[]}})")
            .object());
    QCOMPARE(deimos.image, QStringLiteral("owner/img:tag"));
}

void tst_MarathonParser::normalisesMarathon110App()
{
    const App app = MarathonParser::appFromJson(
        QJsonDocument::fromJson(fixture(QStringLiteral("raml-1.10/app.json"))).object());
    QVERIFY(!app.id.isEmpty());
    QVERIFY(!app.image.isEmpty());
    QVERIFY(!app.servicePorts.isEmpty());
    const App minimal = MarathonParser::appFromJson(
        QJsonDocument::fromJson(fixture(QStringLiteral("responses/minimalAppFullConfig.json"))).object());
    QVERIFY(!minimal.id.isEmpty());
    const App bridge = MarathonParser::appFromJson(QJsonDocument::fromJson(R"({"id":"/b",
        "container":{"type":"DOCKER","docker":{"image":"nginx"},"portMappings":[{"containerPort":80,"servicePort":10001}]},
        "networks":[{"mode":"container/bridge"}]})")
                                                       .object());
    QCOMPARE(bridge.servicePorts, QList<int> { 10001 });
    QCOMPARE(bridge.image, QStringLiteral("nginx"));
}

void tst_MarathonParser::parsesEveryTaskList_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = fixtures(QStringLiteral("raml-1.10"), QStringLiteral("*tasks.json"))
        + fixtures(QStringLiteral("raml-1.4.13"), QStringLiteral("*tasks.json"))
        + fixtures(QStringLiteral("http-transcripts/marathon-0.6.1"), QStringLiteral("*tasks*"))
        + fixtures(QStringLiteral("http-transcripts/marathon-1.4.13"), QStringLiteral("*tasks*"));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_MarathonParser::parsesEveryTaskList()
{
    QFETCH(QString, file);
    const auto tasks = MarathonParser::parseTasks(fixture(file));
    QVERIFY2(tasks.ok(), qPrintable(tasks.ok() ? QString() : tasks.error().message));
    QVERIFY(!tasks->empty());
    for (const MarathonTask &task : *tasks) {
        QVERIFY(!task.id.isEmpty());
        QVERIFY(!task.host.isEmpty());
        QVERIFY(task.state.startsWith(QStringLiteral("TASK_")));
    }
}

void tst_MarathonParser::infersStateOfMarathon06Tasks()
{
    const auto tasks = MarathonParser::parseTasks(
        fixture(QStringLiteral("http-transcripts/marathon-0.6.1/014_GET_v2_tasks.response.http")));
    QVERIFY(tasks.ok());
    QCOMPARE(int(tasks->size()), 3);
    QCOMPARE(tasks->front().state, QStringLiteral("TASK_RUNNING"));
    QCOMPARE(tasks->front().ports, (QList<int> { 31364, 31365 }));
    QCOMPARE(tasks->front().appId, QStringLiteral("my-app"));
}

void tst_MarathonParser::parsesEveryDeploymentList_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("1.10") << QStringLiteral("raml-1.10/deployments.json");
    QTest::newRow("1.4.13") << QStringLiteral("raml-1.4.13/deployments.json");
    QTest::newRow("1.4.13 transcript")
        << QStringLiteral("http-transcripts/marathon-1.4.13/032_GET_v2_deployments.response.http");
}

void tst_MarathonParser::parsesEveryDeploymentList()
{
    QFETCH(QString, file);
    const auto deployments = MarathonParser::parseDeployments(fixture(file));
    QVERIFY2(deployments.ok(), qPrintable(deployments.ok() ? QString() : deployments.error().message));
    QCOMPARE(int(deployments->size()), 1);
    const Deployment &d = deployments->front();
    QVERIFY(!d.id.isEmpty());
    QVERIFY(!d.affectedApps.isEmpty());
    QVERIFY(d.currentStep >= 1);
    QVERIFY(d.totalSteps >= 1);
    QVERIFY(!d.currentActions.isEmpty());
}

void tst_MarathonParser::parsesInfoAndLeader()
{
    for (const QString &file :
         { QStringLiteral("raml-1.10/info.json"), QStringLiteral("raml-1.4.13/info.json"),
           QStringLiteral("http-transcripts/marathon-1.4.13/041_GET_v2_info.response.http") }) {
        const auto info = MarathonParser::parseInfo(fixture(file));
        QVERIFY2(info.ok(), qPrintable(file));
        QVERIFY(!info->version.isEmpty());
        QVERIFY(!info->leader.isEmpty());
    }
    const auto leader = MarathonParser::parseLeader(
        fixture(QStringLiteral("http-transcripts/marathon-1.4.13/042_GET_v2_leader.response.http")));
    QVERIFY(leader.ok());
    QCOMPARE(leader.value(), QStringLiteral("127.0.0.1:8080"));
    QVERIFY(!MarathonParser::parseLeader(R"({"message":"There is no leader"})").ok());
}

void tst_MarathonParser::parsesEveryEventExample()
{
    const QStringList files = fixtures(QStringLiteral("events/doc-examples"), QStringLiteral("*.json"));
    QCOMPARE(files.size(), 27);
    for (const QString &file : files) {
        const auto event = MarathonParser::parseEvent(QStringLiteral("x"), fixture(file));
        QVERIFY2(event.ok(), qPrintable(file));
        QVERIFY2(!event->type.isEmpty(), qPrintable(file));
        if (file.contains(u"status_update")) {
            QCOMPARE(event->type, QStringLiteral("status_update_event"));
            QVERIFY(!event->appId.isEmpty());
            QVERIFY(!event->taskId.isEmpty());
            QVERIFY(event->taskStatus.startsWith(QStringLiteral("TASK_")));
        }
        if (file.contains(u"instance_changed"))
            QVERIFY(!event->appId.isEmpty()); // runSpecId
    }
}

void tst_MarathonParser::parsesSynthesizedCrlfStream()
{
    mc::http::ServerSentEventParser sse;
    QList<mc::http::ServerSentEvent> events;
    const QByteArray stream = fixture(QStringLiteral("events/doc-examples.synthesized-crlf.sse"));
    for (qsizetype i = 0; i < stream.size(); i += 97) // arbitrary chunk boundaries
        events += sse.feed(stream.mid(i, 97));
    QCOMPARE(events.size(), 27);
    for (const auto &e : std::as_const(events))
        QVERIFY2(MarathonParser::parseEvent(e.type, e.data).ok(), qPrintable(e.type));

    mc::http::ServerSentEventParser lf;
    const auto upstream = lf.feed(fixture(QStringLiteral("raml-1.10/events.txt")));
    QVERIFY(!upstream.isEmpty());
}

void tst_MarathonParser::reportsBrokenUpstreamTranscriptWithLine()
{
    // The upstream 1.4.13 doc shows this body with a JSON syntax error.
    const auto result = MarathonParser::parseApps(
        fixture(QStringLiteral("http-transcripts/marathon-1.4.13/008_GET_v2_apps_myapp.response.http")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("line 44")), qPrintable(result.error().message));
}

// Every app list the fixtures hold, and shapes a broken or odd Marathon sends, read
// by simdjson exactly as the QJsonDocument mapping reads them.
void tst_MarathonParser::readsAsTheJsonDocumentDid_data()
{
    QTest::addColumn<QByteArray>("body");
    QStringList files = fixtures(QStringLiteral("raml-1.10"), QStringLiteral("app*.json"))
        + fixtures(QStringLiteral("raml-1.4.13"), QStringLiteral("app*.json"))
        + fixtures(QStringLiteral("http-transcripts/marathon-0.6.1"), QStringLiteral("*GET_v2_apps*"))
        + fixtures(QStringLiteral("http-transcripts/marathon-1.4.13"), QStringLiteral("*GET_v2_apps*"))
        + QStringList { QStringLiteral("app_list.json"), QStringLiteral("app_tasks.json"),
                        QStringLiteral("group.json"), QStringLiteral("responses/minimalAppFullConfig.json") };
    files.removeIf([](const QString &f) { return f.contains(u"008_GET_v2_apps_myapp"); });
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << fixture(file);
    QTest::newRow("tasks before the id, labels unsorted and repeated") << QByteArray(R"({"apps":[
        {"tasks":[{"id":"a.1","host":"h1","startedAt":"t"},{"id":"a.2","appId":"/other","state":"TASK_KILLING"}],
         "labels":{"z":"1","a":"2","m":3,"a":"4"},"id":"/a","instances":2.0,"cpus":"0.5","mem":true,
         "container":{"docker":{"image":"nginx","portMappings":[{"servicePort":10001},{}]},"portMappings":[]},
         "lastTaskFailure":{"unknown":1},"healthChecks":[{}],"deployments":[{"id":"d1"},7,{"id":2}]}]})");
    QTest::newRow("wrong types everywhere") << QByteArray(R"({"apps":[
        {"id":7,"cmd":null,"instances":2.5,"cpus":null,"ports":[1,"2",3.5,1e12],"portDefinitions":"no",
         "tasks":[{"id":["x"],"appId":null,"ports":{"a":1},"healthCheckResults":[{"alive":true},{"alive":"yes"}],
                   "ipAddresses":[{"ipAddress":"10.0.0.1"},"10.0.0.2",{"ipAddress":3}]},5,null],
         "lastTaskFailure":{"taskId":1,"state":"TASK_FAILED"},"labels":[],"container":{"image":"docker:///o/i"}},
        3, "x", null, {}]})");
    QTest::newRow("0.x group") << QByteArray(R"({"*":[{"id":"/g/a","instances":1},{"id":"/g/b"}]})");
    QTest::newRow("one app") << QByteArray(R"({"x":1,"app":{"id":"/one","tasks":[{"id":"one.1"}]}})");
    QTest::newRow("bare array") << QByteArray(R"([{"id":"a","ports":[5]}])");
    QTest::newRow("apps wins over *") << QByteArray(R"({"*":[{"id":"/star"}],"apps":[{"id":"/apps"}]})");
    QTest::newRow("apps not an array") << QByteArray(R"({"apps":{"id":"/a"}})");
    QTest::newRow("escapes") << QByteArray(R"({"apps":[{"id":"/a\u00e9\"q","cmd":"echo \"hi\"\n",)"
                                           R"("labels":{"k\u0065y":"v\t"}}]})");
}

void tst_MarathonParser::readsAsTheJsonDocumentDid()
{
    QFETCH(QByteArray, body);
    const auto read = MarathonParser::parseApps(body);
    const auto array = MarathonParser::appArray(body);
    QCOMPARE(read.ok(), array.ok()); // e.g. a bare app definition is no app list for either
    if (!read.ok()) {
        QCOMPARE(read.error().message, array.error().message);
        return;
    }
    const MarathonParser::AppsAndTasks expected = appsViaQJson(body);
    QCOMPARE(read->apps.size(), expected.apps.size());
    for (size_t i = 0; i < expected.apps.size(); ++i)
        QVERIFY2(read->apps[i] == expected.apps[i],
                 qPrintable(describe(read->apps[i]) + u"\n  expected " + describe(expected.apps[i])));
    QCOMPARE(read->tasks.size(), expected.tasks.size());
    for (size_t i = 0; i < expected.tasks.size(); ++i)
        QVERIFY2(read->tasks[i] == expected.tasks[i], qPrintable(expected.tasks[i].id));
}

void tst_MarathonParser::readsTasksAsTheJsonDocumentDid_data()
{
    QTest::addColumn<QByteArray>("body");
    const QStringList files = fixtures(QStringLiteral("raml-1.10"), QStringLiteral("*tasks.json"))
        + fixtures(QStringLiteral("raml-1.4.13"), QStringLiteral("*tasks.json"))
        + fixtures(QStringLiteral("http-transcripts/marathon-0.6.1"), QStringLiteral("*tasks*"))
        + fixtures(QStringLiteral("http-transcripts/marathon-1.4.13"), QStringLiteral("*tasks*"))
        + QStringList { QStringLiteral("tasks.json") };
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << fixture(file);
    QTest::newRow("bare array") << QByteArray(R"([{"id":"a.1","appId":"/a","servicePorts":[1,2]},7])");
    QTest::newRow("no tasks") << QByteArray(R"({"apps":[]})");
    QTest::newRow("tasks not an array") << QByteArray(R"({"tasks":"none"})");
}

void tst_MarathonParser::readsTasksAsTheJsonDocumentDid()
{
    QFETCH(QByteArray, body);
    const auto read = MarathonParser::parseTasks(body);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(read.value() == tasksViaQJson(body));
}

void tst_MarathonParser::sharesRepeatedStrings()
{
    const auto read = MarathonParser::parseApps(R"({"apps":[{"id":"/a","version":"v1","tasks":[
        {"id":"a.1","host":"h","slaveId":"S1","version":"v1"},{"id":"a.2","host":"h","slaveId":"S1"}]}]})");
    QVERIFY(read.ok());
    const auto &tasks = read->tasks;
    QCOMPARE(tasks.size(), size_t(2));
    QVERIFY(tasks[0].host.isSharedWith(tasks[1].host));
    QVERIFY(tasks[0].agentId.isSharedWith(tasks[1].agentId));
    QVERIFY(tasks[0].version.isSharedWith(read->apps[0].version));
    QCOMPARE(tasks[1].appId, QStringLiteral("/a"));
}

void tst_MarathonParser::namesWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("validJson"); // a task list: none in it, no error
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("came back empty") << false;
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << QStringLiteral("line 1") << false;
    QTest::newRow("truncated") << QByteArray(R"({"apps":[{"id":"/a","tasks":[{"id":"a.1")")
                               << QStringLiteral("not valid JSON") << false;
    QTest::newRow("a comma too many") << QByteArray(R"({"tasks":[{"id":"t",}],"apps":[{"id":"/a","instances":1,}]})")
                                           << QStringLiteral("not valid JSON") << false;
    QTest::newRow("no apps") << QByteArray(R"({"message":"Unauthorized"})") << QStringLiteral("no \"apps\"")
                             << true;
    QTest::newRow("a number") << QByteArray("42") << QStringLiteral("no \"apps\"") << true;
}

void tst_MarathonParser::namesWhatIsWrong()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(bool, validJson);
    const auto read = MarathonParser::parseApps(body);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QStringLiteral("app list")));
    const auto tasks = MarathonParser::parseTasks(body);
    QCOMPARE(tasks.ok(), validJson);
    if (!validJson) {
        QVERIFY2(tasks.error().message.contains(message), qPrintable(tasks.error().message));
        QVERIFY(tasks.error().message.contains(QStringLiteral("task list")));
    } else {
        QVERIFY(tasks->empty());
    }
    const auto deployments = MarathonParser::parseDeployments(body);
    QVERIFY(!deployments.ok());
    QVERIFY(deployments.error().message.contains(QStringLiteral("deployment list")));
}

QTEST_GUILESS_MAIN(tst_MarathonParser)
#include "tst_MarathonParser.moc"
