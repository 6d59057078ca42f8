// Checks that decide whether a whole string is safe ("^...$" patterns) must not
// take a string with a trailing newline: QRegularExpression's '$' also matches
// before a final "\n", so "^[a-z]+$" accepts "web\n". Each check below reads text
// a person or a server hands the console; each is asked about the same value with
// "\n" appended (and must refuse it) and without (and must accept it).

#include "core/cluster/ClusterAddresses.h"
#include "core/inventory/HostPattern.h"
#include "core/inventory/IniExporter.h"
#include "core/inventory/YamlValue.h"
#include "core/marathon/AppDefinition.h"
#include "core/provision/Planner.h"

#include <QTest>

using namespace mc;

class tst_WholeStringChecks : public QObject
{
    Q_OBJECT

private slots:
    void yamlPlainString()
    {
        // A plain (unquoted) YAML scalar "web\n" would end the line and start another.
        QVERIFY(inventory::YamlValue::isSafePlainString(QStringLiteral("web")));
        QVERIFY(!inventory::YamlValue::isSafePlainString(QStringLiteral("web\n")));
        // Not read as a boolean / null either (it is a string that needs quotes).
        QCOMPARE(inventory::YamlValue::resolvePlain(QStringLiteral("true\n")).toString(), u"true\n"_qs);
        QVERIFY(!inventory::YamlValue::resolvePlain(QStringLiteral("null\n")).isNull());
    }

    void iniVariableName()
    {
        QVERIFY(inventory::IniExporter::hostVariable(QStringLiteral("port"), 80).ok());
        // "port\n=80" on a host line would split the host's line in two.
        QVERIFY(!inventory::IniExporter::hostVariable(QStringLiteral("port\n"), 80).ok());
    }

    void marathonAppId()
    {
        QVERIFY(marathon::AppDefinition::isValidId(QStringLiteral("/prod/web")));
        QVERIFY(!marathon::AppDefinition::isValidId(QStringLiteral("/prod/web\n")));
    }

    void marathonPortName()
    {
        marathon::AppDefinition app;
        app.id = QStringLiteral("/web");
        app.cmd = QStringLiteral("sleep 1000");
        marathon::PortMapping port;
        port.name = QStringLiteral("http");
        app.ports = { port };
        QVERIFY2(app.validate().isEmpty(), "a good port name");
        app.ports[0].name = QStringLiteral("http\n");
        const QList<marathon::FieldError> errors = app.validate();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().path.endsWith(u"/name"));
    }

    void hostPatterns()
    {
        QVERIFY(inventory::HostPattern::isIPv4(QStringLiteral("192.0.2.1")));
        QVERIFY(!inventory::HostPattern::isIPv4(QStringLiteral("192.0.2.1\n")));
        QVERIFY(inventory::HostPattern::isIPv6(QStringLiteral("::1")));
        QVERIFY(inventory::HostPattern::isDnsName(QStringLiteral("web1.example.org")));
        QVERIFY(!inventory::HostPattern::isDnsName(QStringLiteral("web1.example.org\n")));
        QVERIFY(inventory::HostPattern::isAnsibleHostName(QStringLiteral("web1")));
        QVERIFY(!inventory::HostPattern::isAnsibleHostName(QStringLiteral("web1\n")));
    }

    void provisionAddress()
    {
        QVERIFY(provision::Planner::isIPv4(QStringLiteral("192.0.2.1")));
        QVERIFY(!provision::Planner::isIPv4(QStringLiteral("192.0.2.1\n")));
    }

    void clusterAddresses()
    {
        QVERIFY(cluster::ClusterAddresses::parse({ QStringLiteral("[::1]:5050") }, {}).ok());
        QVERIFY(!cluster::ClusterAddresses::parse({ QStringLiteral("[::1\n]:5050") }, {}).ok());
        QVERIFY(cluster::ClusterAddresses::parse({ QStringLiteral("http://m1:5050") }, {}).ok());
    }
};

QTEST_GUILESS_MAIN(tst_WholeStringChecks)
#include "tst_WholeStringChecks.moc"
