#include "widgets/routing/RoutingView.h"

#include "models/routing/RoutesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace mc::haproxy;
using mc::ssh::HostResult;
using mc::ssh::HostState;
using mc::widgets::RoutingView;

class tst_RoutingView : public QObject
{
    Q_OBJECT

private slots:
    void showsRoutesAndConfig();
    void buttonsAskForCheckAndSync();
    void diffPerMasterFollowsTheChoice();
};

void tst_RoutingView::showsRoutesAndConfig()
{
    RoutingView view;
    RoutingOptions options;
    options.domain = QStringLiteral("example.test");
    RouteApp app { QStringLiteral("/shop/web"), { 10001 }, false, {}, {} };
    app.tasks
        = { RouteTask { QStringLiteral("t1"), QStringLiteral("agent1"), { 31001 }, true, std::nullopt } };
    const auto config = renderConfig({ app }, options);
    QVERIFY(config.ok());
    view.setDomain(options.domain);
    view.setConfig(config.value());
    view.show();
    auto *table = view.findChild<QTableView *>(QStringLiteral("routesTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, mc::models::RoutesModel::Url).data().toString(),
             QStringLiteral("http://web.shop.example.test/"));
    QCOMPARE(view.configText(), config->text);
}

void tst_RoutingView::buttonsAskForCheckAndSync()
{
    RoutingView view;
    view.show();
    QSignalSpy requested(&view, &RoutingView::syncRequested);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("syncButton")), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(0).at(0).toBool(), true);
    QCOMPARE(requested.at(1).at(0).toBool(), false);
    view.setBusy(true);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("syncButton"))->isEnabled());
    QSignalSpy autoSync(&view, &RoutingView::autoSyncChanged);
    QTest::mouseClick(view.findChild<QCheckBox *>(QStringLiteral("autoSync")), Qt::LeftButton);
    QCOMPARE(autoSync.count(), 1);
    QVERIFY(view.autoSync());
}

void tst_RoutingView::diffPerMasterFollowsTheChoice()
{
    RoutingView view;
    HostResult m1;
    m1.host = QStringLiteral("master1");
    m1.state = HostState::Changed;
    HostResult m2;
    m2.host = QStringLiteral("master2");
    m2.state = HostState::Ok;
    view.setSyncResults({ m1, m2 },
                        { { QStringLiteral("master1"), QStringLiteral("--- a\n+++ b\n+server x\n") } });
    QVERIFY(view.diffText().contains(QStringLiteral("+server x")));
    view.findChild<QComboBox *>(QStringLiteral("masterChoice"))->setCurrentIndex(1);
    QCOMPARE(view.diffText(), QStringLiteral("master2 has exactly this config."));
    auto *results = view.findChild<QTableWidget *>(QStringLiteral("syncResults"));
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->item(1, 2)->text(), QStringLiteral("already up to date; not reloaded"));
}

QTEST_MAIN(tst_RoutingView)
#include "tst_RoutingView.moc"
