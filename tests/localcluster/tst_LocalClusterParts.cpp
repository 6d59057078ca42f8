// Pure parts of localcluster: the JSON writer (Mesos' byte escaping), app
// definition validation and normalisation, fault specs.

#include "localcluster/AppDefinition.h"
#include "localcluster/Fault.h"
#include "localcluster/JsonWriter.h"
#include "localcluster/MesosJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace mc::localcluster;

class tst_LocalClusterParts : public QObject
{
    Q_OBJECT

private slots:
    void writerEscapesOnlyWhatJsonNeeds();
    void writerRendersScalarsAsMesosDoes();
    void portRangesAreMerged_data();
    void portRangesAreMerged();
    void appIdsFollowMarathonRules_data();
    void appIdsFollowMarathonRules();
    void normalisationFillsDefaultsAndMovesLegacyDockerNetworking();
    void faultSpecsParse_data();
    void faultSpecsParse();
    void faultsCountDown();
};

void tst_LocalClusterParts::writerEscapesOnlyWhatJsonNeeds()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("data").rawBytes(QByteArray("a\"b\\c\nd\te\x01 Gr\xc3\xbc\xc3", 16));
    w.endObject();
    QCOMPARE(out, QByteArray("{\"data\":\"a\\\"b\\\\c\\nd\\te\\u0001 Gr\xc3\xbc\xc3\"}"));
}

void tst_LocalClusterParts::writerRendersScalarsAsMesosDoes()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginArray()
        .value(4.0)
        .value(0.5)
        .value(qint64(5051))
        .value(true)
        .null()
        .value("x")
        .beginObject()
        .endObject()
        .endArray();
    QCOMPARE(out, QByteArray(R"([4.0,0.5,5051,true,null,"x",{}])"));
    QVERIFY(QJsonDocument::fromJson(out).isArray());
}

void tst_LocalClusterParts::portRangesAreMerged_data()
{
    QTest::addColumn<QList<int>>("ports");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QList<int> {} << "[]";
    QTest::newRow("one") << QList<int> { 31012 } << "[31012-31012]";
    QTest::newRow("runs") << QList<int> { 31005, 31000, 31001, 31002 } << "[31000-31002, 31005-31005]";
}

void tst_LocalClusterParts::portRangesAreMerged()
{
    QFETCH(QList<int>, ports);
    QFETCH(QString, text);
    QCOMPARE(MesosJson::portRanges(ports), text);
}

void tst_LocalClusterParts::appIdsFollowMarathonRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "/web" << true;
    QTest::newRow("nested") << "/prod/eu-1/web.v2" << true;
    QTest::newRow("upper case") << "/Web" << false;
    QTest::newRow("underscore") << "/my_app" << false;
    QTest::newRow("leading dash") << "/-web" << false;
    QTest::newRow("root") << "/" << false;
}

void tst_LocalClusterParts::appIdsFollowMarathonRules()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(AppDefinition::isValidId(AppDefinition::absoluteId(id)), valid);
}

void tst_LocalClusterParts::normalisationFillsDefaultsAndMovesLegacyDockerNetworking()
{
    const QJsonObject legacy
        = QJsonDocument::fromJson(R"({"id":"web","container":{"type":"DOCKER","docker":{"image":"nginx",
        "network":"BRIDGE","portMappings":[{"containerPort":80}]}}})")
              .object();
    const QJsonObject n = AppDefinition::normalize(legacy);
    QCOMPARE(n.value(QLatin1String("id")).toString(), QStringLiteral("/web"));
    QCOMPARE(n.value(QLatin1String("instances")).toInt(), 1);
    QCOMPARE(n.value(QLatin1String("mem")).toInt(), 128);
    QCOMPARE(
        n.value(QLatin1String("networks")).toArray()[0].toObject().value(QLatin1String("mode")).toString(),
        QStringLiteral("container/bridge"));
    const QJsonObject container = n.value(QLatin1String("container")).toObject();
    QVERIFY(!container.value(QLatin1String("docker")).toObject().contains(QLatin1String("network")));
    QCOMPARE(container.value(QLatin1String("portMappings"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("hostPort"))
                 .toInt(),
             0);
    QVERIFY(!n.contains(QLatin1String("portDefinitions")));
    QCOMPARE(AppDefinition::hostPortCount(n), 1);
    QVERIFY(AppDefinition::isDocker(n));

    const QJsonObject host = AppDefinition::normalize(
        QJsonDocument::fromJson(R"({"id":"/a","cmd":"x","ports":[0,0]})").object());
    QCOMPARE(host.value(QLatin1String("portDefinitions")).toArray().size(), 2);
    QVERIFY(!host.contains(QLatin1String("ports")));
    const QJsonObject plain
        = AppDefinition::normalize(QJsonDocument::fromJson(R"({"id":"/b","cmd":"x"})").object());
    QCOMPARE(AppDefinition::hostPortCount(plain), 1);
}

void tst_LocalClusterParts::faultSpecsParse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("delay");
    QTest::newRow("slow") << "marathon:/v2/apps=slow:2500" << true << "marathon" << -1 << "/v2/apps" << 2500;
    QTest::newRow("indexed") << "master:1:/master/state=error" << true << "master" << 1 << "/master/state"
                             << 2000;
    QTest::newRow("any") << "*:/=drop" << true << "*" << -1 << "/" << 2000;
    QTest::newRow("unknown mode") << "master:/x=explode" << false << "" << 0 << "" << 0;
    QTest::newRow("unknown target") << "zookeeper:/x=error" << false << "" << 0 << "" << 0;
    QTest::newRow("no path") << "master=error" << false << "" << 0 << "" << 0;
}

void tst_LocalClusterParts::faultSpecsParse()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QString error;
    const auto fault = Fault::parse(spec, &error);
    QCOMPARE(fault.has_value(), ok);
    if (!ok) {
        QVERIFY(error.contains(spec));
        return;
    }
    QTEST(fault->target, "target");
    QTEST(fault->index, "index");
    QTEST(fault->pathPrefix, "path");
    QTEST(fault->delayMs, "delay");
}

void tst_LocalClusterParts::faultsCountDown()
{
    FaultTable table;
    Fault f;
    f.target = QStringLiteral("agent");
    f.pathPrefix = QStringLiteral("/files/");
    f.remaining = 2;
    table.add(f);
    QVERIFY(!table.take(QStringLiteral("master"), 0, QStringLiteral("/files/read")));
    QVERIFY(!table.take(QStringLiteral("agent"), 0, QStringLiteral("/slave(1)/state")));
    QVERIFY(table.take(QStringLiteral("agent"), 0, QStringLiteral("/files/read")));
    QVERIFY(table.take(QStringLiteral("agent"), 3, QStringLiteral("/files/browse")));
    QVERIFY(!table.take(QStringLiteral("agent"), 0, QStringLiteral("/files/read")));
}

QTEST_GUILESS_MAIN(tst_LocalClusterParts)
#include "tst_LocalClusterParts.moc"
