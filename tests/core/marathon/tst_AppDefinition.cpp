#include "core/marathon/AppDefinition.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mc::marathon;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(mc::test::fixturePath(QStringLiteral("apps/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The seed's launch as a person fills in the form.
AppDefinition seedForm()
{
    AppDefinition d;
    d.id = QStringLiteral("/seed/web");
    d.image = QStringLiteral("nginx:1.25");
    d.cpus = 0.25;
    d.mem = 512;
    d.instances = 4;
    d.ports.append(PortMapping {});
    return d;
}

} // namespace

class TestAppDefinition : public QObject
{
    Q_OBJECT

private slots:
    void seedFormProducesTheExpectedJson()
    {
        const QJsonObject expected = fixture(QStringLiteral("seed-web.v15.json"));
        QCOMPARE(pretty(seedForm().toJson(AppDialect::V15)), pretty(expected));
    }

    void seedFormIn06DialectUsesDockerSchemeAndPorts()
    {
        QCOMPARE(pretty(seedForm().toJson(AppDialect::V06)),
                 pretty(fixture(QStringLiteral("seed-web.v06.json"))));
    }

    void bothDialectsImportToTheSameForm()
    {
        QCOMPARE(AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v06.json"))), seedForm());
        QCOMPARE(AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v15.json"))), seedForm());
        QCOMPARE(AppDefinition::fromJson(fixture(QStringLiteral("full-app.v10.json"))),
                 AppDefinition::fromJson(fixture(QStringLiteral("full-app.v15.json"))));
    }

    void fullAppRoundTripsAndKeepsUnknownFields()
    {
        const QJsonObject v15 = fixture(QStringLiteral("full-app.v15.json"));
        const AppDefinition d = AppDefinition::fromJson(v15);
        QCOMPARE(d.network, NetworkMode::Bridge);
        QCOMPARE(d.ports.size(), 2);
        QCOMPARE(d.ports[1].servicePort, 10101);
        QCOMPARE(d.healthChecks.size(), 2);
        QCOMPARE(d.healthChecks[1].command, QStringLiteral("test -f /tmp/ready"));
        QCOMPARE(d.constraints[0], (Constraint { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), {} }));
        QVERIFY(d.forcePullImage);
        QCOMPARE(d.extra.value(QStringLiteral("killSelection")).toString(), QStringLiteral("OLDEST_FIRST"));
        QCOMPARE(pretty(d.toJson(AppDialect::V15)), pretty(v15));
        QCOMPARE(pretty(d.toJson(AppDialect::V10)), pretty(fixture(QStringLiteral("full-app.v10.json"))));
        QVERIFY2(d.validate().isEmpty(), qPrintable(d.validate().value(0).message));
    }

    void responseFieldsAreNotSentBack()
    {
        QJsonObject answer = fixture(QStringLiteral("seed-web.v15.json"));
        answer.insert(QStringLiteral("version"), QStringLiteral("2026-11-25T01:00:00.000Z"));
        answer.insert(QStringLiteral("tasksRunning"), 4);
        answer.insert(QStringLiteral("args"), QJsonValue::Null);
        answer.insert(QStringLiteral("deployments"), QJsonArray {});
        QCOMPARE(pretty(AppDefinition::fromJson(answer).toJson()),
                 pretty(fixture(QStringLiteral("seed-web.v15.json"))));
    }

    void dialectFollowsServerVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<AppDialect>("dialect");
        QTest::newRow("no /v2/info") << QString() << AppDialect::V06;
        QTest::newRow("0.6.1") << QStringLiteral("0.6.1") << AppDialect::V06;
        QTest::newRow("0.7.6") << QStringLiteral("0.7.6") << AppDialect::V07;
        QTest::newRow("0.15.3") << QStringLiteral("0.15.3") << AppDialect::V07;
        QTest::newRow("1.4.13") << QStringLiteral("1.4.13") << AppDialect::V10;
        QTest::newRow("1.5.0") << QStringLiteral("1.5.0") << AppDialect::V15;
        QTest::newRow("1.10.26") << QStringLiteral("1.10.26") << AppDialect::V15;
    }
    void dialectFollowsServerVersion()
    {
        QFETCH(QString, version);
        QFETCH(AppDialect, dialect);
        QCOMPARE(dialectForVersion(version), dialect);
    }

    void validatesIdsAsMarathon_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("web") << true;
        QTest::newRow("nested") << QStringLiteral("/prod/shop/web-1") << true;
        QTest::newRow("dots") << QStringLiteral("/a.b/c") << true;
        QTest::newRow("upper") << QStringLiteral("/Web") << false;
        QTest::newRow("underscore") << QStringLiteral("/my_app") << false;
        QTest::newRow("leading dash") << QStringLiteral("/-web") << false;
        QTest::newRow("trailing dash") << QStringLiteral("/web-") << false;
        QTest::newRow("empty segment") << QStringLiteral("/a//b") << false;
        QTest::newRow("only slash") << QStringLiteral("/") << false;
        QTest::newRow("space") << QStringLiteral("/my app") << false;
    }
    void validatesIdsAsMarathon()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(AppDefinition::isValidId(id), valid);
        AppDefinition d = seedForm();
        d.id = id;
        QCOMPARE(d.validate().isEmpty(), valid);
        if (!valid)
            QCOMPARE(d.validate().constFirst().path, QStringLiteral("/id"));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("path");
        QTest::newRow("negative cpus") << QStringLiteral("cpus") << QStringLiteral("/cpus");
        QTest::newRow("negative instances") << QStringLiteral("instances") << QStringLiteral("/instances");
        QTest::newRow("no image, no cmd") << QStringLiteral("nothing") << QStringLiteral("/cmd");
        QTest::newRow("cmd and args") << QStringLiteral("args") << QStringLiteral("/args");
        QTest::newRow("port too big")
            << QStringLiteral("port") << QStringLiteral("/container/portMappings(0)/hostPort");
        QTest::newRow("bad protocol")
            << QStringLiteral("protocol") << QStringLiteral("/container/portMappings(0)/protocol");
        QTest::newRow("unknown operator") << QStringLiteral("op") << QStringLiteral("/constraints(0)");
        QTest::newRow("MAX_PER without number")
            << QStringLiteral("maxper") << QStringLiteral("/constraints(0)");
        QTest::newRow("health port index")
            << QStringLiteral("portIndex") << QStringLiteral("/healthChecks(0)/portIndex");
        QTest::newRow("health path") << QStringLiteral("path") << QStringLiteral("/healthChecks(0)/path");
        QTest::newRow("health timeout")
            << QStringLiteral("timeout") << QStringLiteral("/healthChecks(0)/timeoutSeconds");
        QTest::newRow("command check")
            << QStringLiteral("command") << QStringLiteral("/healthChecks(0)/command");
        QTest::newRow("capacity") << QStringLiteral("capacity")
                                  << QStringLiteral("/upgradeStrategy/minimumHealthCapacity");
        QTest::newRow("volume") << QStringLiteral("volume")
                                << QStringLiteral("/container/volumes(0)/containerPath");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, what);
        QFETCH(QString, path);
        AppDefinition d = seedForm();
        d.network = NetworkMode::Bridge;
        d.ports = { PortMapping { 80, 0, 0, QStringLiteral("tcp"), {} } };
        HealthCheck http;
        http.path = QStringLiteral("/health");
        http.intervalSeconds = 10;
        http.timeoutSeconds = 5;
        if (what == u"cpus")
            d.cpus = -1;
        else if (what == u"instances")
            d.instances = -2;
        else if (what == u"nothing")
            d.image.clear(), d.network = NetworkMode::Host;
        else if (what == u"args")
            d.cmd = QStringLiteral("x"), d.args = { QStringLiteral("y") };
        else if (what == u"port")
            d.ports[0].hostPort = 70000;
        else if (what == u"protocol")
            d.ports[0].protocol = QStringLiteral("sctp");
        else if (what == u"op")
            d.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQ"), {} } };
        else if (what == u"maxper")
            d.constraints = { { QStringLiteral("rack"), QStringLiteral("MAX_PER"), QStringLiteral("x") } };
        else if (what == u"portIndex")
            http.portIndex = 3, d.healthChecks = { http };
        else if (what == u"path")
            http.path = QStringLiteral("health"), d.healthChecks = { http };
        else if (what == u"timeout")
            http.timeoutSeconds = 10, d.healthChecks = { http };
        else if (what == u"command") {
            HealthCheck c;
            c.protocol = QStringLiteral("COMMAND");
            d.healthChecks = { c };
        } else if (what == u"capacity")
            d.upgradeStrategy = UpgradeStrategy { 1.5, 1 };
        else if (what == u"volume")
            d.volumes = { Volume { {}, QStringLiteral("/srv"), QStringLiteral("RW") } };
        const QList<FieldError> errors = d.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().path, path);
        QVERIFY(!errors.first().message.isEmpty());
    }

    void maps422PathsOfEveryDialectOntoFormFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("1.5") << QStringLiteral("/upgradeStrategy/minimumHealthCapacity")
                             << QStringLiteral("/upgradeStrategy/minimumHealthCapacity");
        QTest::newRow("docker mappings") << QStringLiteral("/container/docker/portMappings(0)/hostPort")
                                         << QStringLiteral("/container/portMappings(0)/hostPort");
        QTest::newRow("ports") << QStringLiteral("/ports(1)") << QStringLiteral("/portDefinitions(1)/port");
        QTest::newRow("brackets") << QStringLiteral("healthChecks[0].path")
                                  << QStringLiteral("/healthChecks(0)/path");
        QTest::newRow("obj prefix") << QStringLiteral("obj.id") << QStringLiteral("/id");
        QTest::newRow("0.6 image") << QStringLiteral("/container/image")
                                   << QStringLiteral("/container/docker/image");
    }
    void maps422PathsOfEveryDialectOntoFormFields()
    {
        QFETCH(QString, path);
        QFETCH(QString, canonical);
        QCOMPARE(AppDefinition::canonicalPath(path), canonical);
    }

    void reads422Body()
    {
        const QByteArray body = R"({"message":"Object is not valid","details":[
            {"path":"/cpus","errors":["got -1.0, expected 0.0 or more"]},
            {"path":"/container/docker/image","errors":["must not be empty","really"]}]})";
        const QList<FieldError> errors = AppDefinition::fieldErrorsFrom422(body);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0],
                 (FieldError { QStringLiteral("/cpus"), QStringLiteral("got -1.0, expected 0.0 or more") }));
        QCOMPARE(errors[1].path, QStringLiteral("/container/docker/image"));
        QCOMPARE(errors[1].message, QStringLiteral("must not be empty; really"));
        QCOMPARE(AppDefinition::fieldErrorsFrom422(R"({"message":"Invalid JSON"})").constFirst().path,
                 QStringLiteral("/"));
    }

    void diffHoldsOnlyWhatChanged()
    {
        const QJsonObject before = seedForm().toJson();
        AppDefinition after = seedForm();
        after.mem = 1024;
        after.env = { { QStringLiteral("A"), QStringLiteral("1") } };
        const QJsonObject d = AppDefinition::diff(before, after.toJson());
        QCOMPARE(d.keys(),
                 (QStringList { QStringLiteral("env"), QStringLiteral("id"), QStringLiteral("mem") }));
        QCOMPARE(d.value(QStringLiteral("mem")).toDouble(), 1024.0);

        AppDefinition noPorts = seedForm();
        noPorts.ports.clear();
        const QJsonObject cleared = AppDefinition::diff(before, noPorts.toJson());
        QCOMPARE(cleared.value(QStringLiteral("portDefinitions")).toArray(), QJsonArray {});
    }

    void updatePreviewShowsWhatThePutSendsAndChanges()
    {
        // The app as Marathon answers it: response-only fields, a field the form does not show.
        QJsonObject stored = seedForm().toJson();
        stored.insert(QStringLiteral("version"), QStringLiteral("2026-11-25T04:00:00.000Z"));
        stored.insert(QStringLiteral("tasksRunning"), 4);
        stored.insert(QStringLiteral("killSelection"), QStringLiteral("YOUNGEST_FIRST"));

        const UpdatePreview same
            = AppDefinition::previewUpdate(stored, AppDefinition::fromJson(stored), AppDialect::V15);
        QVERIFY(same.isEmpty());
        QVERIFY(same.diff.isEmpty());
        QCOMPARE(same.body.keys(), QStringList { QStringLiteral("id") });

        AppDefinition after = AppDefinition::fromJson(stored);
        after.mem = 1024;
        after.env = { { QStringLiteral("GREETING"), QStringLiteral("hello") } };
        const UpdatePreview p = AppDefinition::previewUpdate(stored, after, AppDialect::V15);
        QCOMPARE(p.changedFields, (QStringList { QStringLiteral("env"), QStringLiteral("mem") }));
        QCOMPARE(p.body.keys(),
                 (QStringList { QStringLiteral("env"), QStringLiteral("id"), QStringLiteral("mem") }));
        QVERIFY2(p.diff.contains(QStringLiteral("\n-    \"mem\": 512\n")), qPrintable(p.diff));
        QVERIFY2(p.diff.contains(QStringLiteral("\n+    \"mem\": 1024\n")), qPrintable(p.diff));
        QVERIFY2(p.diff.contains(QStringLiteral("\"GREETING\": \"hello\"")), qPrintable(p.diff));
        QVERIFY(p.diff.startsWith(QStringLiteral("--- /seed/web (now)\n+++ /seed/web (after the update)\n")));
        for (const QString &untouched : { QStringLiteral("cpus"), QStringLiteral("instances"),
                                          QStringLiteral("killSelection"), QStringLiteral("version") })
            QVERIFY2(!p.diff.contains(untouched), qPrintable(untouched));
    }

    void importRejectsBrokenJsonWithAReason()
    {
        const auto r = AppDefinition::fromJsonBytes("{\"id\": ");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!AppDefinition::fromJsonBytes("[1]").ok());
        const auto wrapped = AppDefinition::fromJsonBytes(R"({"app":{"id":"/x","cmd":"sleep 1"}})");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->id, QStringLiteral("/x"));
    }
};

QTEST_GUILESS_MAIN(TestAppDefinition)
#include "tst_AppDefinition.moc"
