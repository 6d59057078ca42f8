#include "core/haproxy/HaproxyConfig.h"
#include "tests/support/HaproxyProcess.h"
#include "tests/support/HttpIdServer.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace mc::haproxy;
using mc::test::HaproxyProcess;
using mc::test::httpGet;
using mc::test::HttpIdServer;

// A real HAProxy on loopback with the generated configuration, in front of
// real HTTP backends that answer with their own id.
class tst_HaproxyRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostHeaderReachesEveryTaskOfTheApp();
    void nestedAppAndHostWithPort();
    void unknownHostGets503();
    void killedTaskGetsNoTrafficAfterSync();
    void scaleUpAddsServers();
    void servicePortRoutesTcp();

private:
    RouteApp app(const QString &id, const QList<HttpIdServer *> &backends, int servicePort) const;
    bool apply(const QList<RouteApp> &apps);
    QSet<QString> answersFor(const QString &host, int requests);

    RoutingOptions m_options;
    quint16 m_httpPort = 0;
    std::vector<std::unique_ptr<HttpIdServer>> m_www;
    std::unique_ptr<HttpIdServer> m_web;
    HaproxyProcess m_haproxy;
};

void tst_HaproxyRouting::initTestCase()
{
    m_httpPort = mc::test::freeTcpPort();
    m_options.domain = QStringLiteral("example.test");
    m_options.httpBind = QStringLiteral("127.0.0.1:%1").arg(m_httpPort);
    m_options.serviceBindAddress = QStringLiteral("127.0.0.1");
    m_options.statsBind = QStringLiteral("127.0.0.1:%1").arg(mc::test::freeTcpPort());
    m_options.runAsUser.clear();
    for (int i = 1; i <= 3; ++i)
        m_www.push_back(std::make_unique<HttpIdServer>(QStringLiteral("www.%1").arg(i)));
    m_web = std::make_unique<HttpIdServer>(QStringLiteral("shop-web.1"));
}

RouteApp tst_HaproxyRouting::app(const QString &id, const QList<HttpIdServer *> &backends,
                                 int servicePort) const
{
    RouteApp a;
    a.id = id;
    a.servicePorts = { servicePort };
    for (HttpIdServer *backend : backends)
        a.tasks << RouteTask {
            backend->id(), QStringLiteral("127.0.0.1"), { backend->port() }, true, std::nullopt
        };
    return a;
}

bool tst_HaproxyRouting::apply(const QList<RouteApp> &apps)
{
    const auto config = renderConfig(apps, m_options);
    if (!config.ok()) {
        qWarning() << config.error().message;
        return false;
    }
    const mc::Status valid = validateWithLocalHaproxy(config->text);
    if (!valid.ok()) {
        qWarning().noquote() << valid.error().detail;
        return false;
    }
    if (!m_haproxy.start(config->text, m_httpPort)) {
        qWarning().noquote() << m_haproxy.errorText();
        return false;
    }
    return true;
}

QSet<QString> tst_HaproxyRouting::answersFor(const QString &host, int requests)
{
    QSet<QString> answers;
    for (int i = 0; i < requests; ++i)
        answers << httpGet(m_httpPort, host);
    return answers;
}

void tst_HaproxyRouting::hostHeaderReachesEveryTaskOfTheApp()
{
    QVERIFY(apply({ app(QStringLiteral("/www"), { m_www[0].get(), m_www[1].get(), m_www[2].get() }, 0) }));
    const QSet<QString> answers = answersFor(QStringLiteral("www.example.test"), 9);
    QCOMPARE(answers,
             (QSet<QString> { QStringLiteral("200 www.1"), QStringLiteral("200 www.2"),
                              QStringLiteral("200 www.3") }));
}

void tst_HaproxyRouting::nestedAppAndHostWithPort()
{
    QVERIFY(apply({ app(QStringLiteral("/www"), { m_www[0].get() }, 0),
                    app(QStringLiteral("/shop/web"), { m_web.get() }, 0) }));
    QCOMPARE(httpGet(m_httpPort, QStringLiteral("web.shop.example.test")), QStringLiteral("200 shop-web.1"));
    QCOMPARE(httpGet(m_httpPort, QStringLiteral("WEB.Shop.example.test:8080")),
             QStringLiteral("200 shop-web.1"));
    QCOMPARE(httpGet(m_httpPort, QStringLiteral("www.example.test")), QStringLiteral("200 www.1"));
}

void tst_HaproxyRouting::unknownHostGets503()
{
    QVERIFY(apply({ app(QStringLiteral("/www"), { m_www[0].get() }, 0) }));
    const QString answer = httpGet(m_httpPort, QStringLiteral("wwww.example.test"));
    QVERIFY2(answer.startsWith(QStringLiteral("503 No Marathon app")), qPrintable(answer));
    // Prefix matching was a defect of the old generator: "www" must not catch "www2".
    QVERIFY(httpGet(m_httpPort, QStringLiteral("www2.example.test")).startsWith(QStringLiteral("503")));
}

void tst_HaproxyRouting::killedTaskGetsNoTrafficAfterSync()
{
    RouteApp www = app(QStringLiteral("/www"), { m_www[0].get(), m_www[1].get() }, 0);
    QVERIFY(apply({ www }));
    QCOMPARE(answersFor(QStringLiteral("www.example.test"), 6).size(), 2);
    www.tasks[1].running = false; // killed
    QVERIFY(apply({ www }));
    QCOMPARE(answersFor(QStringLiteral("www.example.test"), 6),
             QSet<QString> { QStringLiteral("200 www.1") });
}

void tst_HaproxyRouting::scaleUpAddsServers()
{
    QVERIFY(apply({ app(QStringLiteral("/www"), { m_www[0].get() }, 0) }));
    QCOMPARE(answersFor(QStringLiteral("www.example.test"), 4).size(), 1);
    QVERIFY(apply({ app(QStringLiteral("/www"), { m_www[0].get(), m_www[1].get(), m_www[2].get() }, 0) }));
    QCOMPARE(answersFor(QStringLiteral("www.example.test"), 9).size(), 3);
}

void tst_HaproxyRouting::servicePortRoutesTcp()
{
    const quint16 servicePort = mc::test::freeTcpPort();
    QVERIFY(apply({ app(QStringLiteral("/shop/web"), { m_web.get() }, servicePort) }));
    // Any Host header: the service port is plain TCP to the app's tasks.
    QCOMPARE(httpGet(servicePort, QStringLiteral("anything")), QStringLiteral("200 shop-web.1"));
}

QTEST_GUILESS_MAIN(tst_HaproxyRouting)
#include "tst_HaproxyRouting.moc"
