// localcluster's --zk URL: the C client's connect string and the group's znode, or an error a
// person can act on.
#include "localcluster/ZooKeeperContender.h"

#include <QTest>

using mc::localcluster::ZkAddress;

class tst_ZkAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesMesosZkUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hosts"); // empty: refused
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error"); // part of the message when refused
        QTest::newRow("one host") << "zk://127.0.0.1:2181/mesos"
                                  << "127.0.0.1:2181"
                                  << "/mesos"
                                  << "";
        QTest::newRow("ensemble, nested path") << "zk://h1:1,h2:2,h3:3/a/mesos"
                                               << "h1:1,h2:2,h3:3"
                                               << "/a/mesos"
                                               << "";
        QTest::newRow("trailing slash") << "zk://h1:2181/mesos/"
                                        << ""
                                        << ""
                                        << "zk://host:port";
        QTest::newRow("no path") << "zk://h1:2181"
                                 << ""
                                 << ""
                                 << "zk://host:port";
        QTest::newRow("root only") << "zk://h1:2181/"
                                   << ""
                                   << ""
                                   << "zk://host:port";
        QTest::newRow("http") << "http://h1:2181/mesos"
                              << ""
                              << ""
                              << "zk://host:port";
        QTest::newRow("no port") << "zk://h1/mesos"
                                 << ""
                                 << ""
                                 << "'h1' is not host:port";
        QTest::newRow("bad port") << "zk://h1:2181,h2:99999/mesos"
                                  << ""
                                  << ""
                                  << "'h2:99999' is not host:port";
        QTest::newRow("credentials") << "zk://user:secret@h1:2181/mesos"
                                     << ""
                                     << ""
                                     << "credentials";
    }

    void parsesMesosZkUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, hosts);
        QFETCH(QString, path);
        QFETCH(QString, error);
        ZkAddress address;
        QString message;
        const bool ok = ZkAddress::parse(url, &address, &message);
        QCOMPARE(ok, !hosts.isEmpty());
        if (ok) {
            QCOMPARE(address.hosts, hosts);
            QCOMPARE(address.path, path);
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ZkAddress)
#include "tst_ZkAddress.moc"
