// The Services page tells why a status is unknown without a hover, and
// Refresh says what it is doing and when it last read the hosts. Real SSH
// connects: to ports where nothing listens (refused at once), as the demo
// cluster's hosts are.
#include "core/cluster/ServiceTypes.h"
#include "core/ssh/HostSpec.h"
#include "models/services/ServicesModel.h"
#include "widgets/services/ServicesView.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace mc;

class tst_ServicesStatusLine : public QObject
{
    Q_OBJECT

    // A port on 127.0.0.1 where nothing listens now.
    static quint16 closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private slots:
    void unknownCellsSayWhyAndRefreshAnswers()
    {
        QList<ssh::HostSpec> hosts;
        for (const char *name : { "master1", "agent1" }) {
            ssh::HostSpec spec;
            spec.name = QLatin1String(name);
            spec.address = QStringLiteral("127.0.0.1");
            spec.port = closedPort();
            QVERIFY(spec.port != 0);
            hosts << spec;
        }
        widgets::ServicesView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHosts(hosts);
        QPushButton *refresh = view.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QLabel *status = view.findChild<QLabel *>(QStringLiteral("servicesStatus"));
        QVERIFY(refresh && status);

        // The first round: the cells say "unknown (no SSH)", the status line names the hosts and why.
        const QModelIndex cell = view.model()->indexFor(QStringLiteral("master1"), cluster::Service::ZooKeeper);
        QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), QStringLiteral("unknown (no SSH)"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Refreshed at")), 15000);
        QVERIFY2(status->text().contains(QStringLiteral("2 of 2 hosts did not answer")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("master1 (")), qPrintable(status->text()));
        QVERIFY(status->isVisible());
        QVERIFY(refresh->isEnabled());
        const QString before = status->text();

        // Refresh: busy (disabled, "Refreshing…") until the round ends, then a new time.
        QTest::qWait(1100); // the time shown has a resolution of a second
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!refresh->isEnabled());
        QVERIFY2(status->text().startsWith(QStringLiteral("Refreshing")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 15000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Refreshed at")), qPrintable(status->text()));
        QVERIFY(status->text() != before);
    }
};

QTEST_MAIN(tst_ServicesStatusLine)
#include "tst_ServicesStatusLine.moc"
