#include "core/http/EventStreamReader.h"
#include "core/marathon/MarathonParser.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
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

QTEST_GUILESS_MAIN(tst_MarathonParser)
#include "tst_MarathonParser.moc"
