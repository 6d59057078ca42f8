// Two clusters watched at once, as an operator uses them: both live, each page
// as it was left when switching back (page, filter text), notices naming their
// cluster, one row per cluster on "All clusters", and one closed on demand.
#include "app/gui/ClusterSession.h"
#include "app/gui/Composition.h"
#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/ClustersModel.h"
#include "tests/support/ConnectThrough.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/cluster/ClusterSwitcher.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/palette/CommandPalette.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_SeveralClusters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothAreWatchedAndSwitchingKeepsEachView();
    void noticesNameTheirCluster();
    void theOverviewHasOneRightRowPerCluster();
    void screenshots();
    void closingOneShowsTheOther();

private:
    [[nodiscard]] app::ClusterSession *session(const test::LocalClusterProcess &cluster) const;
    [[nodiscard]] widgets::TasksPage *shownTasksPage() const;
    // Picks `cluster` in the toolbar's switcher with the keyboard, as a user does.
    void switchTo(const test::LocalClusterProcess &cluster);

    test::LocalClusterProcess m_a { { u"--agents"_s, u"1"_s, u"--demo-apps"_s } };
    test::LocalClusterProcess m_b { { u"--agents"_s, u"2"_s, u"--demo-apps"_s } };
    widgets::MainWindow *m_window = nullptr;
    app::Composition *m_composition = nullptr;
};

void tst_SeveralClusters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_a.start(), qPrintable(m_a.error()));
    QVERIFY2(m_b.start(), qPrintable(m_b.error()));
    m_window = new widgets::MainWindow;
    app::StartOptions options;
    options.masters = { m_a.leaderUrl() };
    options.marathons = { m_a.marathonUrl() };
    m_composition = new app::Composition(m_window, options);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(session(m_a));
    m_window->showPage(u"cluster"_s);

    // File > Connect to Cluster… adds the second one.
    QVERIFY(test::connectThrough(m_window, [this](widgets::ConnectDialog *dialog) {
        test::typeAddresses(dialog, m_b.leaderUrl(), m_b.marathonUrl());
    }));
    QTRY_VERIFY_WITH_TIMEOUT(session(m_b), 30000);
    QCOMPARE(m_composition->sessions().size(), 2);
    QCOMPARE(m_composition->activeSession(), session(m_b));
}

void tst_SeveralClusters::cleanupTestCase()
{
    delete m_window;
}

app::ClusterSession *tst_SeveralClusters::session(const test::LocalClusterProcess &cluster) const
{
    for (app::ClusterSession *s : m_composition->sessions()) {
        if (s->watcher()->config().marathons.value(0) == QUrl(cluster.marathonUrl()))
            return s;
    }
    return nullptr;
}

widgets::TasksPage *tst_SeveralClusters::shownTasksPage() const
{
    return qobject_cast<widgets::TasksPage *>(m_window->page(u"tasks"_s));
}

void tst_SeveralClusters::switchTo(const test::LocalClusterProcess &cluster)
{
    auto *combo = m_window->findChild<QComboBox *>(u"clusterSwitcherCombo"_s);
    QVERIFY(combo);
    const QString key = session(cluster)->key();
    auto *model = qobject_cast<models::ClustersModel *>(combo->model());
    const int wanted = model->rowOf(key);
    combo->setFocus();
    while (combo->currentIndex() != wanted)
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(m_composition->activeSession()->key(), key);
}

void tst_SeveralClusters::bothAreWatchedAndSwitchingKeepsEachView()
{
    using Health = models::ClusterSummary::Health;
    for (const auto *cluster : { &m_a, &m_b })
        QTRY_COMPARE_WITH_TIMEOUT(session(*cluster)->summary().health, Health::Live, 30000);
    // B, on Tasks, filtered.
    m_window->showPage(u"tasks"_s);
    widgets::TasksPage *tasksB = shownTasksPage();
    QVERIFY(tasksB);
    auto *filterB = tasksB->findChild<widgets::DetailTable *>()->filter();
    filterB->setFocus();
    QTest::keyClicks(filterB, u"ticker"_s);
    // A: its own pages, left on the page it was on (Cluster), then Apps.
    switchTo(m_a);
    QCOMPARE(m_window->currentPageId(), u"cluster"_s);
    QVERIFY(shownTasksPage() != tasksB);
    QVERIFY(shownTasksPage()->findChild<widgets::DetailTable *>()->filter()->text().isEmpty());
    m_window->showPage(u"apps"_s);
    // Back to B: Tasks, filtered as it was; A still live meanwhile.
    switchTo(m_b);
    QCOMPARE(m_window->currentPageId(), u"tasks"_s);
    QCOMPARE(shownTasksPage(), tasksB);
    QCOMPARE(filterB->text(), u"ticker"_s);
    switchTo(m_a);
    QCOMPARE(m_window->currentPageId(), u"apps"_s);
    QCOMPARE(session(m_a)->summary().health, Health::Live);
    QCOMPARE(session(m_b)->summary().health, Health::Live);
    // Ctrl+K "cluster NAME" shows it too, as it was left.
    m_window->openCommandPalette();
    auto *palette = m_window->findChild<widgets::CommandPalette *>();
    QVERIFY(palette);
    auto *filter = palette->findChild<QLineEdit *>(u"paletteFilter"_s);
    QTest::keyClicks(filter, u"cluster "_s + session(m_b)->name());
    QVERIFY2(palette->currentText().startsWith(u"cluster "_s + session(m_b)->name()),
             qPrintable(palette->currentText()));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_composition->activeSession(), session(m_b));
    QCOMPARE(m_window->currentPageId(), u"tasks"_s);
    switchTo(m_a);
}

void tst_SeveralClusters::noticesNameTheirCluster()
{
    // B loses an agent while A is shown: the notice says it was B.
    QCOMPARE(m_composition->activeSession(), session(m_a));
    const test::HttpResult lost = test::httpRequest("POST", m_b.marathonUrl() + u"/__admin/agents/0/lose"_s);
    QCOMPARE(lost.status, 200);
    auto *center = m_window->findChild<widgets::NotificationCenter *>();
    QVERIFY(center);
    const QString prefix = session(m_b)->name() + u" · "_s;
    QVERIFY(session(m_b)->name() != session(m_a)->name());
    const auto named = [&] {
        for (const auto &entry : center->history()) {
            if (entry.notice.title.contains(u"Agent unreachable"_s) && entry.notice.title.startsWith(prefix))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(named(), 30000);
    for (const auto &entry : center->history()) {
        if (entry.notice.title.contains(u"Agent unreachable"_s))
            QVERIFY2(entry.notice.title.startsWith(prefix), qPrintable(entry.notice.title));
    }
}

void tst_SeveralClusters::theOverviewHasOneRightRowPerCluster()
{
    m_window->showPage(u"clusters"_s);
    auto *table = m_window->page(u"clusters"_s)->findChild<QTableView *>(u"clustersTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    using C = models::ClustersModel;
    // A: one agent, its leader; B: one of its two agents lost.
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, C::Leader), QUrl(m_a.leaderUrl()).authority(), 10000);
    QCOMPARE(cell(0, C::Name), session(m_a)->name());
    QCOMPARE(cell(0, C::Agents), u"1 / 1"_s);
    QVERIFY2(cell(0, C::Tasks).contains(u"running"_s), qPrintable(cell(0, C::Tasks)));
    QCOMPARE(cell(1, C::Name), session(m_b)->name());
    QTRY_COMPARE_WITH_TIMEOUT(cell(1, C::Leader), QUrl(m_b.leaderUrl()).authority(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(cell(1, C::Agents) == u"1 / 1"_s || cell(1, C::Agents) == u"1 / 2"_s, 10000);
    QVERIFY2(cell(1, C::Tasks).contains(u"running"_s), qPrintable(cell(1, C::Tasks)));
    QVERIFY(cell(0, C::State).startsWith(u"live"_s));
    // Enter on B's row shows B.
    table->setFocus();
    table->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_composition->activeSession(), session(m_b));
    QCOMPARE(m_window->currentPageId(), u"cluster"_s);
}

void tst_SeveralClusters::screenshots()
{
    const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set MC_TEST_SCREENSHOTS=DIR to write the screenshots");
    auto *combo = m_window->findChild<QComboBox *>(u"clusterSwitcherCombo"_s);
    for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
        widgets::applyTheme(theme);
        const QString suffix = theme == settings::Theme::Light ? u"light"_s : u"dark"_s;
        m_window->showPage(u"clusters"_s);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + u"/all-clusters-"_s + suffix + u".png"_s));
        combo->showPopup();
        QTest::qWait(300);
        QWidget *popup = combo->view()->window();
        QVERIFY(popup->grab().save(dir + u"/cluster-switcher-popup-"_s + suffix + u".png"_s));
        combo->hidePopup();
        m_window->showPage(u"tasks"_s);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + u"/cluster-switcher-"_s + suffix + u".png"_s));
    }
    widgets::applyTheme(settings::Theme::Light);
}

void tst_SeveralClusters::closingOneShowsTheOther()
{
    app::ClusterSession *b = session(m_b);
    QCOMPARE(m_composition->activeSession(), b);
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"closeCluster"_s), Qt::LeftButton);
    QCOMPARE(m_composition->sessions().size(), 1);
    QCOMPARE(m_composition->activeSession(), session(m_a));
    QVERIFY(!session(m_b));
    QVERIFY(shownTasksPage());
}

QTEST_MAIN(tst_SeveralClusters)
#include "tst_SeveralClusters.moc"
