// Help ▸ Demo changes the demo cluster (a master killed, masters restarted): it
// passes the gate as every other change does. A read-only demo refuses and its
// leader keeps running; a read-write one kills it; both are lines of the audit log.
#include "app/gui/DemoCluster.h"
#include "app/gui/DemoMenu.h"
#include "core/audit/ActionGate.h"
#include "core/audit/AuditLog.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/TestPaths.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_DemoMenuGate : public QObject
{
    Q_OBJECT

private slots:
    void demoFaultsPassTheGate()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bin = QFileInfo(test::executablePath(u"localcluster"_s)).absolutePath();
        qputenv("PATH", (bin + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());

        widgets::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::DemoCluster demo;
        QSignalSpy ready(&demo, &app::DemoCluster::ready);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(demo.isRunning(), 60000);
        const QString leader = demo.endpoints().leaderUrl;
        QCOMPARE(test::httpGet(leader + u"/health"_s).status, 200);

        const audit::AuditLog log(dir.filePath(u"audit.jsonl"_s));
        auto gate = std::make_shared<audit::ActionGate>(
            audit::ActionGate::Scope { u"demo"_s, {}, audit::ClusterMode::ReadOnly, u"gui"_s }, log);
        app::DemoMenu menu(&window, &demo, gate);

        menu.killLeaderAction()->trigger();
        QVERIFY2(window.bannerText().contains(u"read-only"_s), qPrintable(window.bannerText()));
        QTest::qWait(300); // nothing was sent: the leader still answers
        QCOMPARE(test::httpGet(leader + u"/health"_s).status, 200);
        menu.restartMastersAction()->trigger();
        QVERIFY2(window.bannerText().contains(u"demo.restart_masters"_s), qPrintable(window.bannerText()));

        gate->setScope({ u"demo"_s, {}, audit::ClusterMode::ReadWrite, u"gui"_s });
        menu.killLeaderAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(u"Killed the leading master"_s), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpGet(leader + u"/health"_s, 1000).status, 0, 10000);

        const auto lines = log.read();
        QVERIFY(lines.ok());
        QCOMPARE(lines->entries.size(), 3);
        QCOMPARE(lines->entries.at(0).action, u"demo.kill_leader"_s);
        QCOMPARE(lines->entries.at(0).outcome, audit::AuditEntry::Outcome::Refused);
        QCOMPARE(lines->entries.at(1).action, u"demo.restart_masters"_s);
        QCOMPARE(lines->entries.at(1).outcome, audit::AuditEntry::Outcome::Refused);
        QCOMPARE(lines->entries.at(2).action, u"demo.kill_leader"_s);
        QCOMPARE(lines->entries.at(2).outcome, audit::AuditEntry::Outcome::Ok);
        QCOMPARE(lines->entries.at(2).cluster, u"demo"_s);
    }
};

QTEST_MAIN(tst_DemoMenuGate)
#include "tst_DemoMenuGate.moc"
