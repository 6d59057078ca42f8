// The console on the demo cluster holds its shape: every page at a laptop's
// 1024×640, at 800×500 and at 600×400 without a cut button or a squeezed
// field (buttons that do not fit go to a More menu), the sidebar as icons when
// narrow, the Apps list without an empty deployments block; long messages
// never widen the window; a theme change reaches every widget at once.
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "core/cluster/ClusterNotices.h"
#include "models/inventory/InventoryDocument.h"
#include "tests/support/LayoutChecks.h"
#include "tests/support/DemoConsole.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/OverflowBar.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace mc;

namespace {
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MC_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// A message as long as the ones that widened the window: a sentence and an unbreakable URL.
QString longMessage()
{
    return QStringLiteral("Cannot watch the cluster: GET http://http:5050//notaurl:99999/metrics/snapshot%1 "
                          "failed: connection refused. %2")
        .arg(QString(400, u'x'), QStringLiteral("Check the address. ").repeated(20));
}
} // namespace

class tst_LayoutsHold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        widgets::applyTheme(settings::Theme::Light);
        test::openDemoConsole(m_window, m_composition);
        if (QTest::currentTestFailed())
            return;
        auto *apps = m_window->findChild<widgets::AppsPage *>();
        QVERIFY(apps);
        QTRY_VERIFY_WITH_TIMEOUT(apps->apps()->proxy()->rowCount() >= 2, 15000);
        m_window->hideBanner();
    }

    void cleanupTestCase() { delete m_window; }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("800x500") << QSize(800, 500);
        QTest::newRow("600x400") << QSize(600, 400);
    }
    void everyPageFits()
    {
        QFETCH(QSize, size);
        for (const QString &id : m_window->pageIds()) {
            m_window->showPage(id);
            test::resizeAndSettle(m_window, size);
            // The window took the size: nothing in it asks for more.
            if (m_window->size() != size) {
                // Which page asks for more (a stacked widget is as large as its largest page).
                QStringList minimums;
                for (const QString &other : m_window->pageIds()) {
                    const QSize minimum = m_window->page(other)->minimumSizeHint();
                    minimums
                        << QStringLiteral("%1 %2x%3").arg(other).arg(minimum.width()).arg(minimum.height());
                }
                QFAIL(qPrintable(QStringLiteral("%1: the window stays %2x%3; pages' minimums: %4")
                                     .arg(id)
                                     .arg(m_window->width())
                                     .arg(m_window->height())
                                     .arg(minimums.join(QStringLiteral(", ")))));
            }
            const QStringList clipped = test::clippedControls(m_window);
            QVERIFY2(clipped.isEmpty(), qPrintable(id + u": " + clipped.join(u"; ")));
            shot(m_window, QStringLiteral("%1-%2x%3").arg(id).arg(size.width()).arg(size.height()));
        }
    }

    // Toolbars that do not fit put their buttons in a More menu whose entries click them.
    void narrowToolbarsOverflowIntoAMenu()
    {
        m_window->showPage(QStringLiteral("tasks"));
        test::resizeAndSettle(m_window, QSize(600, 400));
        auto *bar = m_window->page(QStringLiteral("tasks"))
                        ->findChild<widgets::OverflowBar *>(QStringLiteral("tableToolbar"));
        QVERIFY(bar);
        QVERIFY(!bar->overflowed().isEmpty());
        QVERIFY(bar->moreButton()->isVisible());
        for (QAbstractButton *button : bar->overflowed())
            QVERIFY(!button->isVisible());
        // Wide again: every button back in the row, no menu.
        test::resizeAndSettle(m_window, QSize(1400, 800));
        QVERIFY(bar->overflowed().isEmpty());
        QVERIFY(!bar->moreButton()->isVisible());
    }

    void sidebarCollapsesToIconsWhenNarrow()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        test::resizeAndSettle(m_window, QSize(1024, 640));
        QVERIFY(!m_window->isSidebarCollapsed());
        const int wide = navigation->width();
        test::resizeAndSettle(m_window, QSize(800, 500));
        QVERIFY(m_window->isSidebarCollapsed());
        QVERIFY2(navigation->width() < wide / 2, qPrintable(QString::number(navigation->width())));
        // The titles stay as tool tips.
        QCOMPARE(navigation->item(0)->toolTip(), navigation->item(0)->text());
        // The user's choice wins over the width.
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("collapseSidebar"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!m_window->isSidebarCollapsed());
        test::resizeAndSettle(m_window, QSize(700, 500));
        QVERIFY(!m_window->isSidebarCollapsed());
        toggle->trigger();
        QVERIFY(m_window->isSidebarCollapsed());
    }

    // At 800×500 the apps list had 1.5 rows under an empty "Deployments in progress" block.
    void appsListGetsTheRoomOfAnEmptyDeploymentsPanel()
    {
        m_window->showPage(QStringLiteral("apps"));
        test::resizeAndSettle(m_window, QSize(800, 500));
        auto *apps = m_window->findChild<widgets::AppsPage *>();
        auto *panel = apps->findChild<QWidget *>(QStringLiteral("deploymentsPanel"));
        QVERIFY(panel);
        // The demo's first deployments finish; then the block goes.
        QTRY_VERIFY_WITH_TIMEOUT(apps->deployments()->proxy()->rowCount() > 0 || !panel->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 60000);
        QTableView *view = apps->apps()->view();
        const int rows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 4, qPrintable(QString::number(rows)));
        shot(m_window, QStringLiteral("apps-800x500-no-deployments"));
    }

    // A bad Connect widened the window 1200 -> 1318 px, Preflight to 2477 px; never again.
    void longMessagesNeverWidenTheWindow()
    {
        m_window->showPage(QStringLiteral("cluster"));
        test::resizeAndSettle(m_window, QSize(1024, 640));
        const QString text = longMessage();
        m_window->showBanner(text, widgets::MainWindow::BannerKind::Error);
        m_window->statusBar()->showMessage(text);
        test::resizeAndSettle(m_window, QSize(1024, 640));
        QCOMPARE(m_window->size(), QSize(1024, 640));
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);

        auto *banner = m_window->findChild<widgets::ElidedLabel *>(QStringLiteral("banner"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(m_window->bannerText(), text);
        QVERIFY(banner->isElided());
        QVERIFY(banner->effectiveToolTip().contains(text));
        // A few lines, not the page.
        QVERIFY2(banner->height() <= 5 * banner->fontMetrics().lineSpacing() + 24,
                 qPrintable(QString::number(banner->height())));
        auto *status
            = m_window->statusBar()->findChild<widgets::ElidedLabel *>(QStringLiteral("statusMessage"));
        QVERIFY(status && status->isElided());
        QVERIFY(status->effectiveToolTip().contains(text));
        // Nothing in the status bar overlaps: the message ends where the next widget begins.
        for (QWidget *w : m_window->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w != status && w->isVisible() && w->x() > status->x())
                QVERIFY2(status->geometry().right() < w->x(), qPrintable(w->objectName()));
        }
        // The whole text is in the notifications panel.
        auto *center = m_window->findChild<widgets::NotificationCenter *>();
        QVERIFY(center);
        QVERIFY(!center->history().isEmpty());
        QVERIFY(std::any_of(center->history().cbegin(), center->history().cend(),
                            [&](const auto &entry) { return entry.notice.text == text; }));
        shot(m_window, QStringLiteral("long-message-1024x640"));

        // Wizard statuses too: a workspace path that cannot be read, named in full.
        m_window->showPage(QStringLiteral("provision"));
        auto *wizard = m_window->findChild<widgets::ProvisionWizard *>();
        QVERIFY(wizard);
        wizard->setWorkspacePath(QStringLiteral("/nonexistent/%1/hosts.ini").arg(QString(600, u'd')));
        test::resizeAndSettle(m_window, QSize(1024, 640));
        QCOMPARE(m_window->size(), QSize(1024, 640));
        m_window->hideBanner();
        m_window->statusBar()->clearMessage();
    }

    // "Nothing yet: choose the inventory" although the Inventory page had the demo's hosts.
    void provisioningStartsFromTheOpenWorkspace()
    {
        m_window->showPage(QStringLiteral("provision"));
        auto *wizard = m_window->findChild<widgets::ProvisionWizard *>();
        QVERIFY(wizard);
        auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("workspacePath"));
        QVERIFY(path);
        path->clear();
        // The document is what it follows: an edit on the Inventory page reaches it.
        const app::DemoEndpoints &e = m_composition->demoCluster()->endpoints();
        auto *document = m_window->findChild<models::InventoryDocument *>();
        document->setWorkspace(document->workspace(), {});
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("workspaceStatus"));
        QVERIFY2(status->text().contains(u"Inventory page"), qPrintable(status->text()));
        QVERIFY2(
            status->text().startsWith(
                QStringLiteral("%1 masters, %2 agents").arg(e.masterUrls.size()).arg(e.agentUrls.size())),
            qPrintable(status->text()));
        auto *hosts = wizard->findChild<QTableWidget *>(QStringLiteral("workspaceHosts"));
        QVERIFY(hosts);
        QCOMPARE(hosts->rowCount(), int(e.masterUrls.size() + e.agentUrls.size()));
        auto *next = wizard->findChild<QPushButton *>(QStringLiteral("next"));
        wizard->goToPage(widgets::ProvisionWizard::WorkspacePage);
        QVERIFY(next->isEnabled());
    }

    // Sidebar and menu bar kept the old theme until a restart; the chart stayed white.
    void themeChangeReachesEveryWidgetAtOnce()
    {
        m_window->showPage(QStringLiteral("cluster"));
        test::resizeAndSettle(m_window, QSize(1024, 640));
        widgets::applyTheme(settings::Theme::Dark);
        test::resizeAndSettle(m_window, QSize(1024, 640));
        const auto lightness
            = [](QWidget *w, QPoint at) { return w->grab().toImage().pixelColor(at).lightness(); };
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY2(lightness(navigation, QPoint(navigation->width() / 2, navigation->height() - 5)) < 100,
                 "the sidebar is still light");
        QVERIFY2(lightness(m_window->menuBar(), QPoint(m_window->menuBar()->width() - 5, 3)) < 100,
                 "the menu bar is still light");
        m_window->showBanner(QStringLiteral("Dark banner"), widgets::MainWindow::BannerKind::Warning);
        test::resizeAndSettle(m_window, QSize(1024, 640));
        auto *banner = m_window->findChild<widgets::ElidedLabel *>(QStringLiteral("banner"));
        QVERIFY2(lightness(banner, QPoint(banner->width() - 5, banner->height() / 2)) < 100,
                 "the banner is still light");
        shot(m_window, QStringLiteral("cluster-dark"));

        widgets::applyTheme(settings::Theme::Light);
        test::resizeAndSettle(m_window, QSize(1024, 640));
        QVERIFY2(lightness(navigation, QPoint(navigation->width() / 2, navigation->height() - 5)) > 160,
                 "the sidebar is still dark");
        QVERIFY2(lightness(m_window->menuBar(), QPoint(m_window->menuBar()->width() - 5, 3)) > 160,
                 "the menu bar is still dark");
        m_window->hideBanner();
    }

private:
    widgets::MainWindow *m_window = nullptr;
    app::Composition *m_composition = nullptr;
};

QTEST_MAIN(tst_LayoutsHold)
#include "tst_LayoutsHold.moc"
