// The Marathon side of localcluster over real HTTP: apps CRUD, validation,
// deployments and their lock, tasks as real processes, kills, health checks,
// the queue and the event stream, against the Marathon 1.x payload shapes.

#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <csignal>

using namespace mc::test;
using mc::localcluster::Cluster;

namespace {

// Reads /v2/events; frames are "event: t\r\ndata: json\r\n\r\n".
class EventStream : public QObject
{
public:
    EventStream(const QString &url, const QString &query = {})
    {
        QNetworkRequest request { QUrl(url + QStringLiteral("/v2/events") + query) };
        request.setRawHeader("Accept", "text/event-stream");
        m_reply = m_network.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, this, [this] { m_raw += m_reply->readAll(); });
    }
    ~EventStream() override
    {
        m_reply->abort();
        m_reply->deleteLater();
    }
    // (type, payload) in arrival order
    QList<QPair<QString, QJsonObject>> events() const
    {
        QList<QPair<QString, QJsonObject>> list;
        for (const QByteArray &line : m_raw.split('\n')) {
            if (line.startsWith("data: "))
                list.append({ QString(), QJsonDocument::fromJson(line.mid(6).trimmed()).object() });
        }
        for (auto &e : list)
            e.first = e.second.value(QLatin1String("eventType")).toString();
        return list;
    }
    QJsonObject first(const QString &type, const std::function<bool(const QJsonObject &)> &match = {}) const
    {
        for (const auto &[t, o] : events()) {
            if (t == type && (!match || match(o)))
                return o;
        }
        return {};
    }
    int indexOf(const QString &type, const std::function<bool(const QJsonObject &)> &match = {}) const
    {
        const auto list = events();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].first == type && (!match || match(list[i].second)))
                return int(i);
        }
        return -1;
    }
    QByteArray raw() const { return m_raw; }
    bool finished() const { return m_reply->isFinished(); }

private:
    QNetworkAccessManager m_network;
    QNetworkReply *m_reply;
    QByteArray m_raw;
};

// Processes of a process group that are not zombies (a container's init may
// reap late).
int liveProcessesInGroup(qint64 pgid)
{
    int live = 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        bool ok = false;
        pid.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != "Z")
            ++live;
    }
    return live;
}

QJsonObject app(const QString &id, const QString &cmd, int instances = 1)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("cmd"), cmd },
             { QStringLiteral("instances"), instances },
             { QStringLiteral("cpus"), 0.05 },
             { QStringLiteral("mem"), 16 } };
}

} // namespace

class tst_MarathonApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void infoLeaderAndPingAnswer();
    void createdAppHasTheMarathonShape();
    void groupsNestAppsByTheirPath();
    void duplicateIdIsAConflict();
    void invalidDefinitionsAre422_data();
    void invalidDefinitionsAre422();
    void invalidJsonIs400();
    void tasksRunAsProcessesWithTheMarathonEnvironment();
    void eventStreamReportsADeploymentInOrder();
    void deploymentLockRefusesASecondChangeUnlessForced();
    void deploymentsCanBeRolledBackOrForceDeleted();
    void scalingUpAndDownStartsAndKillsTasks();
    void killWithoutScaleStartsAReplacement();
    void killWithScaleShrinksTheApp();
    void tasksDeleteKillsByIdAndRejectsMalformedIds();
    void killEscalatesToSigkillAfterTheGracePeriod();
    void failedTasksAreRelaunchedWithLastTaskFailure();
    void adminFailCrashesATaskThatMarathonRelaunches();
    void healthChecksRunForReal_data();
    void healthChecksRunForReal();
    void failingHealthCheckKillsTheTask();
    void dockerAppsRunTheStandInAndKeepDockerFields();
    void restartReplacesEveryTask();
    void queueShowsAppsThatCannotBePlaced();
    void deletedAppStopsItsTasksAndDisappears();
    void droppedEventStreamCloses();

private:
    QString url() const { return marathonUrl(*m_cluster); }
    QJsonObject getApp(const QString &id) const
    {
        return httpGet(url() + QStringLiteral("/v2/apps") + id)
            .json()
            .object()
            .value(QLatin1String("app"))
            .toObject();
    }
    QJsonArray tasksOf(const QString &id) const { return getApp(id).value(QLatin1String("tasks")).toArray(); }
    bool waitRunning(const QString &id, int n, int timeoutMs = 8000) const
    {
        return QTest::qWaitFor([&] { return getApp(id).value(QLatin1String("tasksRunning")).toInt() == n; },
                               timeoutMs);
    }
    bool waitNoDeployments(const QString &id, int timeoutMs = 8000) const
    {
        return QTest::qWaitFor(
            [&] { return getApp(id).value(QLatin1String("deployments")).toArray().isEmpty(); }, timeoutMs);
    }

    std::unique_ptr<Cluster> m_cluster;
};

void tst_MarathonApi::initTestCase()
{
    m_cluster = std::make_unique<Cluster>(fastOptions(1, 2));
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
}

void tst_MarathonApi::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_MarathonApi::infoLeaderAndPingAnswer()
{
    const HttpResult info = httpGet(url() + QStringLiteral("/v2/info"));
    QCOMPARE(info.status, 200);
    JsonShapeOptions options;
    options.opaque = { QStringLiteral("marathon_config"), QStringLiteral("zookeeper_config") };
    MC_VERIFY_SHAPE(info.json().object(), fixtureJson(QStringLiteral("marathon/info.json")).object(),
                    options);
    QCOMPARE(info.json().object().value(QLatin1String("frameworkId")).toString(), m_cluster->frameworkId());
    const QString self = QStringLiteral("127.0.0.1:%1").arg(m_cluster->marathonPort());
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/leader"))
                 .json()
                 .object()
                 .value(QLatin1String("leader"))
                 .toString(),
             self);
    QCOMPARE(info.header("X-Marathon-Leader"), QByteArray("http://") + self.toUtf8());
    const HttpResult ping = httpGet(url() + QStringLiteral("/ping"));
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.body.trimmed(), QByteArray("pong"));
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/nothing")).status, 404);
    const HttpResult unknown = httpGet(url() + QStringLiteral("/v2/apps/nope/tasks"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().object().value(QLatin1String("message")).toString(),
             QStringLiteral("App '/nope' does not exist"));
}

void tst_MarathonApi::createdAppHasTheMarathonShape()
{
    const HttpResult r
        = httpRequest("POST", url() + QStringLiteral("/v2/apps"),
                      toJson(app(QStringLiteral("shape"), QStringLiteral("exec sleep 600"), 2)));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Location"), (url() + QStringLiteral("/v2/apps/shape")).toUtf8());
    const QJsonObject created = r.json().object();
    QCOMPARE(created.value(QLatin1String("id")).toString(), QStringLiteral("/shape"));
    QCOMPARE(created.value(QLatin1String("deployments")).toArray().size(), 1);
    QCOMPARE(r.header("Marathon-Deployment-Id"),
             created.value(QLatin1String("deployments"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString()
                 .toUtf8());
    QVERIFY(waitRunning(QStringLiteral("/shape"), 2));

    JsonShapeOptions options;
    options.optional = { QStringLiteral("uris"), QStringLiteral("ports") };
    options.maps = { QStringLiteral("env"), QStringLiteral("labels") };
    const QJsonObject list = httpGet(url() + QStringLiteral("/v2/apps")).json().object();
    MC_VERIFY_SHAPE(list, fixtureJson(QStringLiteral("marathon/app_list.json")).object(), options);

    JsonShapeOptions taskOptions;
    taskOptions.optional = { QStringLiteral("region"), QStringLiteral("zone") };
    const QJsonObject tasks = httpGet(url() + QStringLiteral("/v2/apps/shape/tasks")).json().object();
    QCOMPARE(tasks.value(QLatin1String("tasks")).toArray().size(), 2);
    MC_VERIFY_SHAPE(tasks, fixtureJson(QStringLiteral("marathon/app_tasks.json")).object(), taskOptions);
    const QJsonObject all = httpGet(url() + QStringLiteral("/v2/tasks")).json().object();
    MC_VERIFY_SHAPE(all, fixtureJson(QStringLiteral("marathon/tasks.json")).object(), taskOptions);
    QCOMPARE(all.value(QLatin1String("tasks"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("servicePorts"))
                 .toArray()
                 .size(),
             1);

    // Filters and the text/plain task list HAProxy bridges read.
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/apps?id=SHA"))
                 .json()
                 .object()
                 .value(QLatin1String("apps"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/apps?id=nomatch"))
                 .json()
                 .object()
                 .value(QLatin1String("apps"))
                 .toArray()
                 .size(),
             0);
    const QJsonArray embedded = httpGet(url() + QStringLiteral("/v2/apps?embed=apps.tasks"))
                                    .json()
                                    .object()
                                    .value(QLatin1String("apps"))
                                    .toArray();
    QCOMPARE(embedded[0].toObject().value(QLatin1String("tasks")).toArray().size(), 2);
    const HttpResult text
        = httpRequest("GET", url() + QStringLiteral("/v2/tasks"), {}, { { "Accept", "text/plain" } });
    const QList<QByteArray> fields = text.body.trimmed().split('\t');
    QCOMPARE(fields.value(0), QByteArray("shape"));
    QCOMPARE(fields.size(), 4); // id, service port, two host:port
}

void tst_MarathonApi::groupsNestAppsByTheirPath()
{
    QVERIFY(postAppAndWait(*m_cluster,
                           app(QStringLiteral("/team/backend/api"), QStringLiteral("exec sleep 600")), 1));
    const QJsonObject root = httpGet(url() + QStringLiteral("/v2/groups")).json().object();
    JsonShapeOptions options;
    options.optional = { QStringLiteral("uris"), QStringLiteral("ports"), QStringLiteral("executor"),
                         QStringLiteral("container") };
    options.maps = { QStringLiteral("env"), QStringLiteral("labels") };
    MC_VERIFY_SHAPE(root, fixtureJson(QStringLiteral("marathon/group.json")).object(), options);
    const QJsonObject team = httpGet(url() + QStringLiteral("/v2/groups/team")).json().object();
    QCOMPARE(team.value(QLatin1String("id")).toString(), QStringLiteral("/team"));
    QCOMPARE(team.value(QLatin1String("apps")).toArray().size(), 0);
    const QJsonObject backend = team.value(QLatin1String("groups")).toArray()[0].toObject();
    QCOMPARE(backend.value(QLatin1String("id")).toString(), QStringLiteral("/team/backend"));
    QCOMPARE(
        backend.value(QLatin1String("apps")).toArray()[0].toObject().value(QLatin1String("id")).toString(),
        QStringLiteral("/team/backend/api"));
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/groups/nothing")).status, 404);
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/team/backend/api")).status, 200);
}

void tst_MarathonApi::duplicateIdIsAConflict()
{
    const HttpResult r = httpRequest("POST", url() + QStringLiteral("/v2/apps"),
                                     toJson(app(QStringLiteral("/shape"), QStringLiteral("true"))));
    QCOMPARE(r.status, 409);
    MC_VERIFY_SHAPE(r.json().object(),
                    fixtureHttpBody(QStringLiteral("marathon/002_POST_v2_apps.response.http")).object(), {});
    QCOMPARE(r.json().object().value(QLatin1String("message")).toString(),
             QStringLiteral("An app with id [/shape] already exists."));
}

void tst_MarathonApi::invalidDefinitionsAre422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::newRow("bad id") << QByteArray(R"({"id":"/Bad_Id","cmd":"true"})") << "/id";
    QTest::newRow("negative instances")
        << QByteArray(R"({"id":"/x","cmd":"true","instances":-1})") << "/instances";
    QTest::newRow("instances not a number")
        << QByteArray(R"({"id":"/x","cmd":"true","instances":"two"})") << "/instances";
    QTest::newRow("nothing to run") << QByteArray(R"({"id":"/x","instances":1})") << "/";
    QTest::newRow("cmd and args") << QByteArray(R"({"id":"/x","cmd":"true","args":["true"]})") << "/";
    QTest::newRow("capacity above 1")
        << QByteArray(R"({"id":"/x","cmd":"true","upgradeStrategy":{"minimumHealthCapacity":1.5}})")
        << "/upgradeStrategy/minimumHealthCapacity";
    QTest::newRow("docker without image")
        << QByteArray(R"({"id":"/x","container":{"type":"DOCKER","docker":{}}})")
        << "/container/docker/image";
    QTest::newRow("missing id") << QByteArray(R"({"cmd":"true"})") << "/id";
}

void tst_MarathonApi::invalidDefinitionsAre422()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const HttpResult r = httpRequest("POST", url() + QStringLiteral("/v2/apps"), body);
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json().object();
    QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Object is not valid"));
    bool found = false;
    for (const QJsonArray items = error.value(QLatin1String("details")).toArray();
         const QJsonValue &d : items) {
        if (d.toObject().value(QLatin1String("path")).toString() == path) {
            found = true;
            QVERIFY(!d.toObject().value(QLatin1String("errors")).toArray().isEmpty());
            QVERIFY(d.toObject().value(QLatin1String("errors")).toArray()[0].isString());
        }
    }
    QVERIFY2(found, r.body.constData());
}

void tst_MarathonApi::invalidJsonIs400()
{
    const HttpResult r = httpRequest("POST", url() + QStringLiteral("/v2/apps"), "{\"id\": ");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().object().value(QLatin1String("message")).toString(), QStringLiteral("Invalid JSON"));
    QCOMPARE(httpRequest("PUT", url() + QStringLiteral("/v2/apps/shape"), "[1,").status, 400);
}

void tst_MarathonApi::tasksRunAsProcessesWithTheMarathonEnvironment()
{
    QJsonObject def = app(
        QStringLiteral("/env/probe"),
        QStringLiteral(
            "echo \"id=$MESOS_TASK_ID app=$MARATHON_APP_ID host=$HOST port0=$PORT0 port=$PORT ports=$PORTS "
            "http=$PORT_HTTP sandbox=$MESOS_SANDBOX greeting=$GREETING\"; echo to-stderr >&2; exec sleep "
            "600"));
    def.insert(QStringLiteral("portDefinitions"),
               QJsonArray { QJsonObject { { QStringLiteral("port"), 0 },
                                          { QStringLiteral("name"), QStringLiteral("http") } },
                            QJsonObject { { QStringLiteral("port"), 0 } } });
    def.insert(QStringLiteral("env"),
               QJsonObject { { QStringLiteral("GREETING"), QStringLiteral("hello") } });
    QVERIFY(postAppAndWait(*m_cluster, def, 1));
    const QJsonObject task = tasksOf(QStringLiteral("/env/probe"))[0].toObject();
    const QString id = task.value(QLatin1String("id")).toString();
    const auto t = m_cluster->task(id);
    QVERIFY(t);
    QVERIFY(t->pid > 0);
    QCOMPARE(::kill(pid_t(t->pid), 0), 0); // a real process
    const QJsonArray ports = task.value(QLatin1String("ports")).toArray();
    QCOMPARE(ports.size(), 2);
    const auto &agent = m_cluster->agents()[size_t(t->agent)];
    QVERIFY(ports[0].toInt() >= agent.portBegin && ports[1].toInt() <= agent.portEnd);

    // Read the output back through the agent, as the log view will.
    const QString read
        = agentUrl(*m_cluster, t->agent) + QStringLiteral("/files/read?offset=0&path=") + t->sandbox;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return httpGet(read + QStringLiteral("/stdout"))
                .json()
                .object()
                .value(QLatin1String("data"))
                .toString()
                .contains(QStringLiteral("greeting="));
        },
        5000));
    const QString out
        = httpGet(read + QStringLiteral("/stdout")).json().object().value(QLatin1String("data")).toString();
    const QString p0 = QString::number(ports[0].toInt());
    const QString p1 = QString::number(ports[1].toInt());
    QVERIFY2(out.contains(QStringLiteral("id=%1 app=/env/probe host=127.0.0.1 port0=%2 port=%2 ports=%2,%3 "
                                         "http=%2 sandbox=%4 greeting=hello")
                              .arg(id, p0, p1, t->sandbox)),
             qPrintable(out));
    QVERIFY(httpGet(read + QStringLiteral("/stderr"))
                .json()
                .object()
                .value(QLatin1String("data"))
                .toString()
                .contains(QStringLiteral("to-stderr")));

    // Log rotation by truncation: the size probe shrinks to 0.
    QCOMPARE(httpRequest("POST",
                         url() + QStringLiteral("/__admin/tasks/") + id + QStringLiteral("/truncate/stdout"))
                 .status,
             200);
    const QString probe = agentUrl(*m_cluster, t->agent) + QStringLiteral("/files/read?offset=-1&path=")
        + t->sandbox + QStringLiteral("/stdout");
    QCOMPARE(httpGet(probe).json().object().value(QLatin1String("offset")).toInt(), 0);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/__admin/tasks/nope/truncate/stdout")).status, 404);
}

void tst_MarathonApi::eventStreamReportsADeploymentInOrder()
{
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/events")).status, 405); // no Accept: text/event-stream
    EventStream stream(url());
    QVERIFY(
        QTest::qWaitFor([&] { return stream.indexOf(QStringLiteral("event_stream_attached")) == 0; }, 3000));
    const HttpResult r
        = httpRequest("POST", url() + QStringLiteral("/v2/apps"),
                      toJson(app(QStringLiteral("/events/one"), QStringLiteral("exec sleep 600"))));
    QCOMPARE(r.status, 201);
    const QString deployment = QString::fromUtf8(r.header("Marathon-Deployment-Id"));
    auto ofDeployment = [&](const QJsonObject &o) {
        return o.value(QLatin1String("id")).toString() == deployment
            || o.value(QLatin1String("plan")).toObject().value(QLatin1String("id")).toString() == deployment;
    };
    QVERIFY(QTest::qWaitFor(
        [&] { return stream.indexOf(QStringLiteral("deployment_success"), ofDeployment) >= 0; }, 8000));

    // CRLF framing as Jetty writes it.
    QVERIFY(stream.raw().startsWith("event: event_stream_attached\r\ndata: {"));
    QVERIFY(stream.raw().contains("\r\n\r\nevent: api_post_event\r\n"));

    auto ofApp = [](const QJsonObject &o) {
        return o.value(QLatin1String("appId")).toString() == QLatin1String("/events/one");
    };
    const int posted = stream.indexOf(QStringLiteral("api_post_event"));
    const int info = stream.indexOf(QStringLiteral("deployment_info"), ofDeployment);
    const int running = stream.indexOf(QStringLiteral("status_update_event"), [&](const QJsonObject &o) {
        return ofApp(o) && o.value(QLatin1String("taskStatus")).toString() == QLatin1String("TASK_RUNNING");
    });
    const int instanceRunning
        = stream.indexOf(QStringLiteral("instance_changed_event"), [](const QJsonObject &o) {
              return o.value(QLatin1String("runSpecId")).toString() == QLatin1String("/events/one")
                  && o.value(QLatin1String("condition")).toString() == QLatin1String("Running");
          });
    const int stepSuccess
        = stream.indexOf(QStringLiteral("deployment_step_success"), [&](const QJsonObject &o) {
              return ofDeployment(o)
                  && o.value(QLatin1String("currentStep"))
                         .toObject()
                         .value(QLatin1String("actions"))
                         .toArray()[0]
                         .toObject()
                         .value(QLatin1String("action"))
                         .toString()
                  == QLatin1String("ScaleApplication");
          });
    const int success = stream.indexOf(QStringLiteral("deployment_success"), ofDeployment);
    QVERIFY(posted > 0);
    QVERIFY(posted < info);
    QVERIFY(info < running);
    QVERIFY(instanceRunning > info);
    QVERIFY(running < stepSuccess);
    QVERIFY(stepSuccess < success);

    // Shapes against Marathon's documented events.
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("status_update_event"), ofApp),
                    fixtureJson(QStringLiteral("marathon/events/05_status_update_event.json")).object(), {});
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("instance_changed_event")),
                    fixtureJson(QStringLiteral("marathon/events/07_instance_changed_event.json")).object(),
                    {});
    JsonShapeOptions appOptions;
    appOptions.optional = { QStringLiteral("ports"), QStringLiteral("args"), QStringLiteral("container"),
                            QStringLiteral("user") };
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("api_post_event")),
                    fixtureJson(QStringLiteral("marathon/events/01_api_post_event.json")).object(),
                    appOptions);
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("deployment_success"), ofDeployment),
                    fixtureJson(QStringLiteral("marathon/events/23_deployment_success.json")).object(), {});
    // As Marathon, every change that makes a deployment says its group changed (the app's parent).
    const QJsonObject groupChange = stream.first(QStringLiteral("group_change_success"));
    MC_VERIFY_SHAPE(groupChange,
                    fixtureJson(QStringLiteral("marathon/events/doc-examples/21_group_change_success.json")).object(),
                    {});
    QCOMPARE(groupChange.value(QLatin1String("groupId")).toString(), QStringLiteral("/events"));
    // Plans use the 1.x step shape of /v2/deployments, not the flat doc example.
    const QJsonObject plan = fixtureJson(QStringLiteral("marathon/deployments.json")).array()[0].toObject();
    const QJsonObject infoEvent = stream.first(QStringLiteral("deployment_info"), ofDeployment);
    JsonShapeOptions planOptions;
    planOptions.optional = { QStringLiteral("pod"),
                             QStringLiteral("app"),
                             QStringLiteral("affectedApps"),
                             QStringLiteral("affectedPods"),
                             QStringLiteral("currentActions"),
                             QStringLiteral("currentStep"),
                             QStringLiteral("totalSteps") };
    MC_VERIFY_SHAPE(infoEvent.value(QLatin1String("plan")).toObject(), plan, planOptions);
    QVERIFY(infoEvent.value(QLatin1String("currentStep"))
                .toObject()
                .value(QLatin1String("actions"))
                .toArray()[0]
                .toObject()
                .contains(QLatin1String("action")));
    const QByteArray upstream = [] {
        QFile f(fixturePath(QStringLiteral("marathon/events/events.txt")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const qsizetype data = upstream.indexOf("data: ");
    MC_VERIFY_SHAPE(
        stream.first(QStringLiteral("event_stream_attached")),
        QJsonDocument::fromJson(upstream.mid(data + 6, upstream.indexOf('\n', data) - data - 6)).object(),
        {});
    QCOMPARE(stream.first(QStringLiteral("event_stream_attached"))
                 .value(QLatin1String("remoteAddress"))
                 .toString(),
             QStringLiteral("127.0.0.1"));

    // Heartbeats: bare CRLF lines between events.
    QVERIFY(QTest::qWaitFor([&] { return stream.raw().contains("\r\n\r\n\r\n"); }, 2000));
}

void tst_MarathonApi::deploymentLockRefusesASecondChangeUnlessForced()
{
    // A TCP health check on a port nobody listens on: the deployment never finishes.
    QJsonObject def = app(QStringLiteral("/locked"), QStringLiteral("exec sleep 600"));
    def.insert(QStringLiteral("healthChecks"),
               QJsonArray { QJsonObject { { QStringLiteral("protocol"), QStringLiteral("TCP") },
                                          { QStringLiteral("portIndex"), 0 },
                                          { QStringLiteral("gracePeriodSeconds"), 300 },
                                          { QStringLiteral("intervalSeconds"), 1 } } });
    const HttpResult created = httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def));
    QCOMPARE(created.status, 201);
    const QString first = QString::fromUtf8(created.header("Marathon-Deployment-Id"));
    QVERIFY(waitRunning(QStringLiteral("/locked"), 1));

    const HttpResult refused
        = httpRequest("PUT", url() + QStringLiteral("/v2/apps/locked"), R"({"instances":2})");
    QCOMPARE(refused.status, 409);
    const QJsonObject body = refused.json().object();
    MC_VERIFY_SHAPE(
        body, fixtureHttpBody(QStringLiteral("marathon/013_PUT_v2_apps_test.response.http")).object(), {});
    QCOMPARE(body.value(QLatin1String("message")).toString(),
             fixtureHttpBody(QStringLiteral("marathon/013_PUT_v2_apps_test.response.http"))
                 .object()
                 .value(QLatin1String("message"))
                 .toString());
    QVERIFY(body.value(QLatin1String("message"))
                .toString()
                .startsWith(QStringLiteral("App is locked by one or more deployments.")));
    const QJsonArray expected { QJsonObject { { QStringLiteral("id"), first } } };
    QCOMPARE(body.value(QLatin1String("deployments")).toArray(), expected);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps/locked/restart")).status, 409);
    QCOMPARE(httpRequest(
                 "DELETE",
                 url() + QStringLiteral("/v2/apps/locked/tasks/")
                     + tasksOf(QStringLiteral("/locked"))[0].toObject().value(QLatin1String("id")).toString()
                     + QStringLiteral("?scale=true"))
                 .status,
             409);

    // /v2/deployments shows the blocker with the 1.x shape.
    const QJsonArray deployments = httpGet(url() + QStringLiteral("/v2/deployments")).json().array();
    JsonShapeOptions options;
    options.optional = { QStringLiteral("pod"), QStringLiteral("app") };
    MC_VERIFY_SHAPE(deployments, fixtureJson(QStringLiteral("marathon/deployments.json")).array(), options);
    QVERIFY(std::any_of(deployments.begin(), deployments.end(), [&](const QJsonValue &d) {
        return d.toObject().value(QLatin1String("id")).toString() == first;
    }));

    EventStream stream(url(), QStringLiteral("?event_type=deployment_failed&event_type=deployment_info"));
    QTest::qWait(100);
    const HttpResult forced
        = httpRequest("PUT", url() + QStringLiteral("/v2/apps/locked?force=true"), R"({"instances":2})");
    QCOMPARE(forced.status, 200);
    MC_VERIFY_SHAPE(forced.json().object(),
                    fixtureJson(QStringLiteral("marathon/deployments_result.json")).object(), {});
    QCOMPARE(getApp(QStringLiteral("/locked")).value(QLatin1String("instances")).toInt(), 2);
    QVERIFY(QTest::qWaitFor([&] { return stream.indexOf(QStringLiteral("deployment_failed")) >= 0; }, 3000));
    QCOMPARE(stream.first(QStringLiteral("deployment_failed")).value(QLatin1String("id")).toString(), first);
    QVERIFY(stream.indexOf(QStringLiteral("event_stream_attached")) < 0); // filtered out
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("deployment_failed")),
                    fixtureJson(QStringLiteral("marathon/events/24_deployment_failed.json")).object(), {});
    QVERIFY(waitRunning(QStringLiteral("/locked"), 2));
}

void tst_MarathonApi::deploymentsCanBeRolledBackOrForceDeleted()
{
    // /locked still has a deployment that cannot finish (scale to 2).
    const QJsonArray before = getApp(QStringLiteral("/locked")).value(QLatin1String("deployments")).toArray();
    QCOMPARE(before.size(), 1);
    const QString id = before[0].toObject().value(QLatin1String("id")).toString();
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/deployments/nope")).status, 404);
    const HttpResult rollback = httpRequest("DELETE", url() + QStringLiteral("/v2/deployments/") + id);
    QCOMPARE(rollback.status, 200);
    const QString rollbackId = rollback.json().object().value(QLatin1String("deploymentId")).toString();
    QVERIFY(!rollbackId.isEmpty() && rollbackId != id);
    QCOMPARE(getApp(QStringLiteral("/locked")).value(QLatin1String("instances")).toInt(),
             1); // back to before the forced scale
    const HttpResult forced = httpRequest(
        "DELETE", url() + QStringLiteral("/v2/deployments/") + rollbackId + QStringLiteral("?force=true"));
    QCOMPARE(forced.status, 202);
    QVERIFY(forced.body.isEmpty());
    QVERIFY(getApp(QStringLiteral("/locked")).value(QLatin1String("deployments")).toArray().isEmpty());
}

void tst_MarathonApi::scalingUpAndDownStartsAndKillsTasks()
{
    QVERIFY(postAppAndWait(*m_cluster, app(QStringLiteral("/scale"), QStringLiteral("exec sleep 600")), 1));
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    const QString firstVersion = getApp(QStringLiteral("/scale"))
                                     .value(QLatin1String("versionInfo"))
                                     .toObject()
                                     .value(QLatin1String("lastConfigChangeAt"))
                                     .toString();
    QCOMPARE(httpRequest("PUT", url() + QStringLiteral("/v2/apps/scale"), R"({"instances":3})").status, 200);
    QVERIFY(waitRunning(QStringLiteral("/scale"), 3));
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    const QJsonObject scaled = getApp(QStringLiteral("/scale"));
    // Scaling is not a configuration change: no restart.
    QCOMPARE(scaled.value(QLatin1String("versionInfo"))
                 .toObject()
                 .value(QLatin1String("lastConfigChangeAt"))
                 .toString(),
             firstVersion);
    QCOMPARE(httpRequest("PATCH", url() + QStringLiteral("/v2/apps/scale"), R"({"instances":1})").status,
             200);
    QVERIFY(waitRunning(QStringLiteral("/scale"), 1));
    QVERIFY(QTest::qWaitFor([&] { return tasksOf(QStringLiteral("/scale")).size() == 1; }, 5000));
    QCOMPARE(httpRequest("PATCH", url() + QStringLiteral("/v2/apps/missing"), R"({"instances":1})").status,
             404);

    // Several apps at once: one deployment, a new app created on the way.
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    const HttpResult bulk = httpRequest(
        "PUT", url() + QStringLiteral("/v2/apps"),
        R"([{"id":"/scale","instances":2},{"id":"/scale-two","cmd":"exec sleep 600","cpus":0.05,"mem":16}])");
    QCOMPARE(bulk.status, 200);
    const QString bulkId = bulk.json().object().value(QLatin1String("deploymentId")).toString();
    QCOMPARE(getApp(QStringLiteral("/scale"))
                 .value(QLatin1String("deployments"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             bulkId);
    QVERIFY(waitRunning(QStringLiteral("/scale"), 2));
    QVERIFY(waitRunning(QStringLiteral("/scale-two"), 1));
    const HttpResult invalid
        = httpRequest("PATCH", url() + QStringLiteral("/v2/apps"), R"([{"id":"/scale","instances":-3}])");
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json()
                 .object()
                 .value(QLatin1String("details"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("path"))
                 .toString(),
             QStringLiteral("/(0)/instances"));
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    QCOMPARE(
        httpRequest("PATCH", url() + QStringLiteral("/v2/apps"), R"([{"id":"/scale","instances":1}])").status,
        200);
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/scale-two")).status, 200);
    QVERIFY(waitRunning(QStringLiteral("/scale"), 1));
    QVERIFY(QTest::qWaitFor([&] { return tasksOf(QStringLiteral("/scale")).size() == 1; }, 5000));
}

void tst_MarathonApi::killWithoutScaleStartsAReplacement()
{
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    const QString victim
        = tasksOf(QStringLiteral("/scale"))[0].toObject().value(QLatin1String("id")).toString();
    const qint64 pid = m_cluster->task(victim)->pid;
    const HttpResult r = httpRequest("DELETE", url() + QStringLiteral("/v2/apps/scale/tasks/") + victim);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().object().value(QLatin1String("task")).toObject().value(QLatin1String("id")).toString(),
             victim);
    QVERIFY(QTest::qWaitFor(
        [&] { return m_cluster->task(victim)->state == mc::localcluster::TaskState::Killed; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return ::kill(pid_t(pid), 0) != 0; }, 3000)); // the process is gone
    QVERIFY(waitRunning(QStringLiteral("/scale"), 1));
    const QString replacement
        = tasksOf(QStringLiteral("/scale"))[0].toObject().value(QLatin1String("id")).toString();
    QVERIFY(replacement != victim);
    QCOMPARE(getApp(QStringLiteral("/scale")).value(QLatin1String("instances")).toInt(), 1);
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/scale/tasks/scale.nope")).status, 404);
}

void tst_MarathonApi::killWithScaleShrinksTheApp()
{
    const QString victim
        = tasksOf(QStringLiteral("/scale"))[0].toObject().value(QLatin1String("id")).toString();
    const HttpResult r = httpRequest(
        "DELETE", url() + QStringLiteral("/v2/apps/scale/tasks/") + victim + QStringLiteral("?scale=true"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().object().contains(QLatin1String("deploymentId")));
    QCOMPARE(getApp(QStringLiteral("/scale")).value(QLatin1String("instances")).toInt(), 0);
    QVERIFY(QTest::qWaitFor([&] { return tasksOf(QStringLiteral("/scale")).isEmpty(); }, 5000));
    QVERIFY(waitNoDeployments(QStringLiteral("/scale")));
    QTest::qWait(300);
    QVERIFY(tasksOf(QStringLiteral("/scale")).isEmpty()); // no replacement
}

void tst_MarathonApi::tasksDeleteKillsByIdAndRejectsMalformedIds()
{
    QVERIFY(postAppAndWait(*m_cluster, app(QStringLiteral("/bulk"), QStringLiteral("exec sleep 600"), 2), 2));
    QVERIFY(waitNoDeployments(QStringLiteral("/bulk")));
    const QJsonArray tasks = tasksOf(QStringLiteral("/bulk"));
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/tasks/delete"), R"({"ids":["no-dot"]})").status,
             400);
    const QByteArray body = toJson({ { QStringLiteral("ids"),
                                       QJsonArray { tasks[0].toObject().value(QLatin1String("id")),
                                                    QStringLiteral("bulk.unknown") } } });
    const HttpResult killed = httpRequest("POST", url() + QStringLiteral("/v2/tasks/delete"), body);
    QCOMPARE(killed.status, 200);
    QCOMPARE(killed.json().object().value(QLatin1String("tasks")).toArray().size(),
             1); // unknown ids are skipped
    const QByteArray scaleBody = toJson(
        { { QStringLiteral("ids"), QJsonArray { tasks[1].toObject().value(QLatin1String("id")) } } });
    const HttpResult scaled
        = httpRequest("POST", url() + QStringLiteral("/v2/tasks/delete?scale=true&force=true"), scaleBody);
    QCOMPARE(scaled.status, 200);
    QVERIFY(scaled.json().object().contains(QLatin1String("deploymentId")));
    QCOMPARE(getApp(QStringLiteral("/bulk")).value(QLatin1String("instances")).toInt(), 1);
}

void tst_MarathonApi::killEscalatesToSigkillAfterTheGracePeriod()
{
    // The shell and its sleep ignore SIGTERM; only SIGKILL ends them.
    QVERIFY(postAppAndWait(
        *m_cluster, app(QStringLiteral("/stubborn"), QStringLiteral("trap '' TERM; sleep 600; true")), 1));
    QVERIFY(waitNoDeployments(QStringLiteral("/stubborn")));
    const QString id
        = tasksOf(QStringLiteral("/stubborn"))[0].toObject().value(QLatin1String("id")).toString();
    const auto task = m_cluster->task(id);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(
        httpRequest("DELETE",
                    url() + QStringLiteral("/v2/apps/stubborn/tasks/") + id + QStringLiteral("?scale=true"))
            .status,
        200);
    QVERIFY(QTest::qWaitFor([&] { return task->state == mc::localcluster::TaskState::Killing; }, 1000));
    QVERIFY(QTest::qWaitFor([&] { return task->state == mc::localcluster::TaskState::Killed; }, 5000));
    QVERIFY(timer.elapsed() >= m_cluster->options().killGracePeriodMs - 50);
    QVERIFY(QTest::qWaitFor([&] { return liveProcessesInGroup(task->pid) == 0; },
                            2000)); // the whole group is gone
}

void tst_MarathonApi::failedTasksAreRelaunchedWithLastTaskFailure()
{
    QJsonObject def
        = app(QStringLiteral("/crashing"), QStringLiteral("echo about to fail; sleep 0.3; exit 7"));
    def.insert(QStringLiteral("backoffSeconds"), 0.2);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def)).status, 201);
    QVERIFY(QTest::qWaitFor(
        [&] { return getApp(QStringLiteral("/crashing")).contains(QLatin1String("lastTaskFailure")); },
        8000));
    const QJsonObject failure
        = getApp(QStringLiteral("/crashing")).value(QLatin1String("lastTaskFailure")).toObject();
    QCOMPARE(failure.value(QLatin1String("state")).toString(), QStringLiteral("TASK_FAILED"));
    QCOMPARE(failure.value(QLatin1String("message")).toString(),
             QStringLiteral("Command exited with status 7"));
    QCOMPARE(failure.value(QLatin1String("appId")).toString(), QStringLiteral("/crashing"));
    for (const char *key : { "host", "taskId", "timestamp", "version", "slaveId" })
        QVERIFY2(failure.value(QLatin1String(key)).isString(), key);
    const QString failedId = failure.value(QLatin1String("taskId")).toString();
    // Relaunched: a new task of the app shows up.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray tasks = tasksOf(QStringLiteral("/crashing"));
            return !tasks.isEmpty() && tasks[0].toObject().value(QLatin1String("id")).toString() != failedId;
        },
        8000));
    // Mesos keeps the failed task among the completed ones.
    const QJsonObject mesosTask
        = httpGet(masterUrl(*m_cluster, 0) + QStringLiteral("/master/tasks?task_id=") + failedId)
              .json()
              .object()
              .value(QLatin1String("tasks"))
              .toArray()[0]
              .toObject();
    QCOMPARE(mesosTask.value(QLatin1String("state")).toString(), QStringLiteral("TASK_FAILED"));
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/crashing")).status, 200);
}

void tst_MarathonApi::adminFailCrashesATaskThatMarathonRelaunches()
{
    QJsonObject def = app(QStringLiteral("/crashed"), QStringLiteral("exec sleep 600"));
    def.insert(QStringLiteral("backoffSeconds"), 0.2);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def)).status, 201);
    QVERIFY(waitRunning(QStringLiteral("/crashed"), 1));
    const QString id
        = tasksOf(QStringLiteral("/crashed"))[0].toObject().value(QLatin1String("id")).toString();
    const qint64 pid = m_cluster->task(id)->pid;

    QCOMPARE(
        httpRequest("POST", url() + QStringLiteral("/__admin/tasks/") + id + QStringLiteral("/fail")).status,
        200);
    QVERIFY(QTest::qWaitFor([&] { return liveProcessesInGroup(pid) == 0; }, 2000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return getApp(QStringLiteral("/crashed"))
                       .value(QLatin1String("lastTaskFailure"))
                       .toObject()
                       .value(QLatin1String("taskId"))
                       .toString()
                == id;
        },
        5000));
    const QJsonObject failure
        = getApp(QStringLiteral("/crashed")).value(QLatin1String("lastTaskFailure")).toObject();
    QCOMPARE(failure.value(QLatin1String("state")).toString(), QStringLiteral("TASK_FAILED"));
    QCOMPARE(failure.value(QLatin1String("message")).toString(),
             QStringLiteral("Command terminated with signal Killed"));
    // Marathon relaunches it: a new task runs.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray tasks = tasksOf(QStringLiteral("/crashed"));
            return tasks.size() == 1 && tasks[0].toObject().value(QLatin1String("id")).toString() != id
                && tasks[0].toObject().value(QLatin1String("state")).toString()
                == QLatin1String("TASK_RUNNING");
        },
        8000));
    // Only a task with a running process can fail.
    QCOMPARE(
        httpRequest("POST", url() + QStringLiteral("/__admin/tasks/") + id + QStringLiteral("/fail")).status,
        404);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/__admin/tasks/nope/fail")).status, 404);
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/crashed")).status, 200);
}

void tst_MarathonApi::healthChecksRunForReal_data()
{
    QTest::addColumn<QJsonObject>("check");
    QTest::newRow("HTTP") << QJsonObject { { QStringLiteral("protocol"), QStringLiteral("HTTP") },
                                           { QStringLiteral("path"), QStringLiteral("/health") } };
    QTest::newRow("TCP") << QJsonObject { { QStringLiteral("protocol"), QStringLiteral("TCP") } };
    QTest::newRow("COMMAND") << QJsonObject {
        { QStringLiteral("protocol"), QStringLiteral("COMMAND") },
        { QStringLiteral("command"),
          QJsonObject { { QStringLiteral("value"), QStringLiteral("test -n \"$MESOS_TASK_ID\"") } } }
    };
    QTest::newRow("MESOS_HTTP") << QJsonObject { { QStringLiteral("protocol"), QStringLiteral("MESOS_HTTP") },
                                                 { QStringLiteral("path"), QStringLiteral("/") } };
}

void tst_MarathonApi::healthChecksRunForReal()
{
    QFETCH(QJsonObject, check);
    check.insert(QStringLiteral("intervalSeconds"), 1);
    check.insert(QStringLiteral("gracePeriodSeconds"), 30);
    const QString id = QStringLiteral("/health/")
        + QString::fromLatin1(QTest::currentDataTag()).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    QJsonObject def = app(
        id,
        QStringLiteral("exec \"$LOCALCLUSTER_BIN\" --serve-http \"$PORT0\" --task-id \"$MESOS_TASK_ID\""));
    def.insert(QStringLiteral("healthChecks"), QJsonArray { check });
    EventStream stream(url(), QStringLiteral("?event_type=health_status_changed_event"));
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def)).status, 201);
    QVERIFY(
        QTest::qWaitFor([&] { return getApp(id).value(QLatin1String("tasksHealthy")).toInt() == 1; }, 8000));
    const QJsonObject task = tasksOf(id)[0].toObject();
    const QJsonObject result = task.value(QLatin1String("healthCheckResults")).toArray()[0].toObject();
    QCOMPARE(result.value(QLatin1String("alive")).toBool(), true);
    QVERIFY(result.value(QLatin1String("instanceId")).toString().contains(QStringLiteral(".marathon-")));
    // The task turned healthy; a check that ran before its server listened (a slow machine, ASan)
    // may have said "not alive" first, within the grace period.
    const auto alive = [](const QJsonObject &e) { return e.value(QLatin1String("alive")).toBool(); };
    QVERIFY(QTest::qWaitFor(
        [&] { return !stream.first(QStringLiteral("health_status_changed_event"), alive).isEmpty(); }, 3000));
    const QJsonObject event = stream.first(QStringLiteral("health_status_changed_event"), alive);
    MC_VERIFY_SHAPE(
        event, fixtureJson(QStringLiteral("marathon/events/18_health_status_changed_event.json")).object(),
        {});
    QCOMPARE(event.value(QLatin1String("alive")).toBool(), true);
    QVERIFY(waitNoDeployments(id)); // the deployment waited for health
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps") + id).status, 200);
}

void tst_MarathonApi::failingHealthCheckKillsTheTask()
{
    QJsonObject def = app(QStringLiteral("/health/failing"), QStringLiteral("exec sleep 600"));
    def.insert(
        QStringLiteral("healthChecks"),
        QJsonArray { QJsonObject { { QStringLiteral("protocol"), QStringLiteral("COMMAND") },
                                   { QStringLiteral("command"),
                                     QJsonObject { { QStringLiteral("value"), QStringLiteral("exit 1") } } },
                                   { QStringLiteral("gracePeriodSeconds"), 0 },
                                   { QStringLiteral("intervalSeconds"), 1 },
                                   { QStringLiteral("maxConsecutiveFailures"), 1 } } });
    EventStream stream(url(), QStringLiteral("?event_type=unhealthy_instance_kill_event"));
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def)).status, 201);
    QVERIFY(QTest::qWaitFor(
        [&] { return stream.indexOf(QStringLiteral("unhealthy_instance_kill_event")) >= 0; }, 8000));
    const QString killed = stream.first(QStringLiteral("unhealthy_instance_kill_event"))
                               .value(QLatin1String("taskId"))
                               .toString();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_cluster->task(killed)
                && m_cluster->task(killed)->state == mc::localcluster::TaskState::Killed;
        },
        5000));
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/health/failing")).status, 200);
}

void tst_MarathonApi::dockerAppsRunTheStandInAndKeepDockerFields()
{
    const QByteArray body = R"({"id":"/web","instances":2,"cpus":0.05,"mem":16,
        "container":{"type":"DOCKER","docker":{"image":"nginx:1.25","network":"BRIDGE",
                     "portMappings":[{"containerPort":80,"hostPort":0,"protocol":"tcp","name":"http"}]}}})";
    const HttpResult created = httpRequest("POST", url() + QStringLiteral("/v2/apps"), body);
    QCOMPARE(created.status, 201);
    QVERIFY(waitRunning(QStringLiteral("/web"), 2));
    const QJsonObject web = getApp(QStringLiteral("/web"));
    // 1.5+ echo: networks + container.portMappings, image kept.
    QCOMPARE(web.value(QLatin1String("container"))
                 .toObject()
                 .value(QLatin1String("docker"))
                 .toObject()
                 .value(QLatin1String("image"))
                 .toString(),
             QStringLiteral("nginx:1.25"));
    QCOMPARE(
        web.value(QLatin1String("networks")).toArray()[0].toObject().value(QLatin1String("mode")).toString(),
        QStringLiteral("container/bridge"));
    const QJsonObject mapping = web.value(QLatin1String("container"))
                                    .toObject()
                                    .value(QLatin1String("portMappings"))
                                    .toArray()[0]
                                    .toObject();
    QCOMPARE(mapping.value(QLatin1String("containerPort")).toInt(), 80);
    QVERIFY(mapping.value(QLatin1String("servicePort")).toInt() >= 10000);
    QSet<QString> answers;
    for (const QJsonArray items = web.value(QLatin1String("tasks")).toArray(); const QJsonValue &v : items) {
        const QJsonObject task = v.toObject();
        const int port = task.value(QLatin1String("ports")).toArray()[0].toInt();
        HttpResult answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer = httpGet(QStringLiteral("http://127.0.0.1:%1/").arg(port), 2000);
                return answer.status == 200;
            },
            5000));
        QCOMPARE(answer.body.trimmed(), task.value(QLatin1String("id")).toString().toUtf8());
        answers.insert(QString::fromUtf8(answer.body.trimmed()));
    }
    QCOMPARE(answers.size(), 2);
    // Mesos shows the Docker container info of the task.
    const QJsonArray tasks = httpGet(masterUrl(*m_cluster, 0) + QStringLiteral("/master/tasks?limit=1000"))
                                 .json()
                                 .object()
                                 .value(QLatin1String("tasks"))
                                 .toArray();
    const auto mesosTask = std::find_if(tasks.begin(), tasks.end(), [](const QJsonValue &t) {
        return t.toObject().value(QLatin1String("name")).toString() == QLatin1String("web");
    });
    QVERIFY(mesosTask != tasks.end());
    const QJsonObject docker = mesosTask->toObject()
                                   .value(QLatin1String("container"))
                                   .toObject()
                                   .value(QLatin1String("docker"))
                                   .toObject();
    QCOMPARE(docker.value(QLatin1String("image")).toString(), QStringLiteral("nginx:1.25"));
    QCOMPARE(docker.value(QLatin1String("network")).toString(), QStringLiteral("BRIDGE"));
    QCOMPARE(docker.value(QLatin1String("port_mappings"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("container_port"))
                 .toInt(),
             80);
}

void tst_MarathonApi::restartReplacesEveryTask()
{
    QVERIFY(waitNoDeployments(QStringLiteral("/web")));
    QSet<QString> before;
    const QJsonArray webTasks = tasksOf(QStringLiteral("/web"));
    for (const QJsonValue &t : webTasks)
        before.insert(t.toObject().value(QLatin1String("id")).toString());
    const HttpResult r = httpRequest("POST", url() + QStringLiteral("/v2/apps/web/restart"));
    QCOMPARE(r.status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray tasks = tasksOf(QStringLiteral("/web"));
            if (tasks.size() != 2)
                return false;
            for (const QJsonValue &t : tasks) {
                if (before.contains(t.toObject().value(QLatin1String("id")).toString())
                    || t.toObject().value(QLatin1String("state")).toString() != QLatin1String("TASK_RUNNING"))
                    return false;
            }
            return true;
        },
        10000));
    QVERIFY(waitNoDeployments(QStringLiteral("/web")));
    const QJsonArray versions = httpGet(url() + QStringLiteral("/v2/apps/web/versions"))
                                    .json()
                                    .object()
                                    .value(QLatin1String("versions"))
                                    .toArray();
    QCOMPARE(versions.size(), 2);
}

void tst_MarathonApi::queueShowsAppsThatCannotBePlaced()
{
    QJsonObject def = app(QStringLiteral("/huge"), QStringLiteral("exec sleep 600"));
    def.insert(QStringLiteral("cpus"), 1000);
    QCOMPARE(httpRequest("POST", url() + QStringLiteral("/v2/apps"), toJson(def)).status, 201);
    QTest::qWait(300);
    const QJsonObject queue = httpGet(url() + QStringLiteral("/v2/queue")).json().object();
    JsonShapeOptions options;
    options.optional = { QStringLiteral("lastUnusedOffers"),
                         QStringLiteral("lastUnusedOfferAt"),
                         QStringLiteral("lastUsedOfferAt"),
                         QStringLiteral("rejectSummaryLaunchAttempt"),
                         QStringLiteral("ports"),
                         QStringLiteral("uris"),
                         QStringLiteral("user"),
                         QStringLiteral("executor"),
                         QStringLiteral("env"),
                         QStringLiteral("container") };
    MC_VERIFY_SHAPE(queue, fixtureJson(QStringLiteral("marathon/queue.json")).object(), options);
    const QJsonArray entries = queue.value(QLatin1String("queue")).toArray();
    const auto huge = std::find_if(entries.begin(), entries.end(), [](const QJsonValue &e) {
        return e.toObject().value(QLatin1String("app")).toObject().value(QLatin1String("id")).toString()
            == QLatin1String("/huge");
    });
    QVERIFY(huge != entries.end());
    QCOMPARE(huge->toObject().value(QLatin1String("count")).toInt(), 1);
    const QJsonArray reasons = huge->toObject()
                                   .value(QLatin1String("processedOffersSummary"))
                                   .toObject()
                                   .value(QLatin1String("rejectSummaryLastOffers"))
                                   .toArray();
    QVERIFY(std::any_of(reasons.begin(), reasons.end(), [](const QJsonValue &r) {
        return r.toObject().value(QLatin1String("reason")).toString() == QLatin1String("InsufficientCpus")
            && r.toObject().value(QLatin1String("declined")).toInt() > 0;
    }));
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/queue/huge/delay")).status, 204);
    QCOMPARE(httpRequest("DELETE", url() + QStringLiteral("/v2/apps/huge")).status, 200);
}

void tst_MarathonApi::deletedAppStopsItsTasksAndDisappears()
{
    const QJsonArray tasks = tasksOf(QStringLiteral("/web"));
    QVERIFY(!tasks.isEmpty());
    EventStream stream(url(), QStringLiteral("?event_type=app_terminated_event"));
    const HttpResult r = httpRequest("DELETE", url() + QStringLiteral("/v2/apps/web"));
    QCOMPARE(r.status, 200);
    QVERIFY(
        QTest::qWaitFor([&] { return httpGet(url() + QStringLiteral("/v2/apps/web")).status == 404; }, 8000));
    QCOMPARE(httpGet(url() + QStringLiteral("/v2/apps/web"))
                 .json()
                 .object()
                 .value(QLatin1String("message"))
                 .toString(),
             QStringLiteral("App '/web' does not exist"));
    for (const QJsonValue &t : tasks) {
        const auto task = m_cluster->task(t.toObject().value(QLatin1String("id")).toString());
        QVERIFY(QTest::qWaitFor([&] { return mc::localcluster::isTerminal(task->state); }, 5000));
    }
    QVERIFY(
        QTest::qWaitFor([&] { return stream.indexOf(QStringLiteral("app_terminated_event")) >= 0; }, 3000));
}

void tst_MarathonApi::droppedEventStreamCloses()
{
    EventStream stream(url());
    QVERIFY(
        QTest::qWaitFor([&] { return stream.indexOf(QStringLiteral("event_stream_attached")) == 0; }, 3000));
    const HttpResult r = httpRequest("POST", url() + QStringLiteral("/__admin/events/drop"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().object().value(QLatin1String("dropped")).toInt() >= 1);
    QVERIFY(QTest::qWaitFor([&] { return stream.finished(); }, 3000));
}

QTEST_GUILESS_MAIN(tst_MarathonApi)
#include "tst_MarathonApi.moc"
