#include "core/cluster/ClusterAddresses.h"

#include <QTest>

using mc::cluster::ClusterAddresses;

class tst_ClusterAddresses : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnCommasAndSpacesButKeepsZkUrls_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("commas") << u"m1, m2:5051,http://m3"_qs
                                << QStringList { u"m1"_qs, u"m2:5051"_qs, u"http://m3"_qs };
        QTest::newRow("spaces") << u"  m1   m2 "_qs << QStringList { u"m1"_qs, u"m2"_qs };
        QTest::newRow("zk") << u" zk://a:2181,b:2181/mesos "_qs
                            << QStringList { u"zk://a:2181,b:2181/mesos"_qs };
        QTest::newRow("empty") << u"  "_qs << QStringList {};
    }
    void splitsOnCommasAndSpacesButKeepsZkUrls()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, parts);
        QCOMPARE(ClusterAddresses::split(line), parts);
    }

    void defaultPortsAndSchemes()
    {
        const auto a
            = ClusterAddresses::parse({ u"m1"_qs, u"https://m2:6000/"_qs, u"[::1]"_qs }, { u"m1"_qs });
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->masters.size(), 3);
        QCOMPARE(a->masters[0], QUrl(u"http://m1:5050"_qs));
        QCOMPARE(a->masters[1], QUrl(u"https://m2:6000/"_qs));
        QCOMPARE(a->masters[2].host(), u"::1"_qs);
        QCOMPARE(a->masters[2].port(), 5050);
        QCOMPARE(a->marathons, QList<QUrl> { QUrl(u"http://m1:8080"_qs) });
        QVERIFY(a->zkUrl.isEmpty());
    }

    void zookeeperUrl()
    {
        const auto a = ClusterAddresses::parse({ u"zk://z1:2181,z2:2181/mesos"_qs }, {});
        QVERIFY(a.ok());
        QCOMPARE(a->zkUrl, u"zk://z1:2181,z2:2181/mesos"_qs);
        QVERIFY(a->masters.isEmpty());
    }

    void badEntriesAreAllNamed()
    {
        const auto a = ClusterAddresses::parse({ u"ftp://m1"_qs, u"m2"_qs, u"http://"_qs }, { u"zk://x"_qs });
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(u"ftp://m1"), qPrintable(a.error().message));
        QVERIFY2(a.error().message.contains(u"\"http://\""), qPrintable(a.error().message));
        QVERIFY2(a.error().message.contains(u"zk://x"), qPrintable(a.error().message));
        QVERIFY(!a.error().message.contains(u"\"m2\""));
    }

    void badZkUrlAndTwoZkUrls()
    {
        QVERIFY(!ClusterAddresses::parse({ u"zk://"_qs }, {}).ok());
        const auto two = ClusterAddresses::parse({ u"zk://a:2181/mesos"_qs, u"zk://b:2181/mesos"_qs }, {});
        QVERIFY(!two.ok());
        QVERIFY2(two.error().message.contains(u"one zk://"), qPrintable(two.error().message));
    }

    // "notaurl:99999" became http://http:5050//notaurl:99999/...: every part is checked now.
    void strictAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("port above 65535") << u"notaurl:99999"_qs << u"between 1 and 65535"_qs;
        QTest::newRow("port 0") << u"http://m1:0"_qs << u"between 1 and 65535"_qs;
        QTest::newRow("empty port") << u"m1:"_qs << u"port after the colon"_qs;
        QTest::newRow("no host") << u"https://:5050/"_qs << u"no host"_qs;
        QTest::newRow("scheme") << u"ftp://m1"_qs << u"http or https"_qs;
        QTest::newRow("user in the address") << u"http://u:p@m1"_qs << u"sign-in"_qs;
        QTest::newRow("bad host name") << u"m1!"_qs << u"not a host name"_qs;
        QTest::newRow("bare IPv6") << u"::1:5050"_qs << u"brackets"_qs;
        QTest::newRow("space") << u"m1 :5050"_qs << u"space"_qs;
    }
    void strictAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const QStringList problems = ClusterAddresses::masterProblems({ text });
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(reason), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(text), qPrintable(problems.first()));
        QCOMPARE(ClusterAddresses::marathonProblems({ text }).size(), 1);
    }

    void nothingIsAnError()
    {
        const auto a = ClusterAddresses::parse({ u" "_qs }, {});
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(u"at least one"), qPrintable(a.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_ClusterAddresses)
#include "tst_ClusterAddresses.moc"
