// The Why tab of the Apps page against localcluster, driven as a user does: select an app that
// cannot be placed and read why (bars, the asked-vs-largest sentence, the unmatched constraint),
// reset a back-off delay with the button. With MC_SCREENSHOT_DIR set it saves the page in the
// light and dark themes.
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/AppWhy.h"
#include "widgets/apps/VersionsPane.h"
#include "widgets/apps/WhyPane.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/settings/Appearance.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_AppWhy : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster { { u"--agents"_s, u"2"_s } };
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<marathon::MarathonClient> m_client;
    std::unique_ptr<widgets::AppsPage> m_page;
    std::unique_ptr<widgets::AppActions> m_actions;
    std::unique_ptr<widgets::AppWhy> m_why;
    widgets::VersionsPane *m_versions = nullptr;
    QList<cluster::Notice> m_notices;

    void post(const QJsonObject &app)
    {
        QCOMPARE(test::httpRequest("POST", m_cluster.marathonUrl() + u"/v2/apps"_s,
                                   QJsonDocument(app).toJson(QJsonDocument::Compact))
                     .status,
                 201);
    }
    // Clicks the app's row, then the Why tab, as a user does.
    bool openWhy(const QString &id) { return openTab(id, m_why->pane()); }
    bool openTab(const QString &id, QWidget *page)
    {
        QTableView *view = m_page->apps()->view();
        if (!QTest::qWaitFor(
                [&] {
                    for (int r = 0; r < view->model()->rowCount(); ++r) {
                        const QModelIndex index = view->model()->index(r, 0);
                        if (index.data(models::IdRole).toString() == id) {
                            view->scrollTo(index);
                            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                              view->visualRect(index).center());
                            return m_page->apps()->selectedId() == id;
                        }
                    }
                    return false;
                },
                10000))
            return false;
        QTabWidget *tabs = m_page->apps()->detailsTabs();
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
        return tabs->currentWidget() == page;
    }
    QString whyText() const { return m_why->pane()->text(); }
    QString cell(const QString &id, int column) const
    {
        QAbstractItemModel *model = m_page->apps()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(models::IdRole).toString() == id)
                return model->index(r, column).data().toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        cluster::WatcherConfig config;
        for (const QString &m : m_cluster.masterUrls())
            config.masters << QUrl(m);
        config.marathons << QUrl(m_cluster.marathonUrl());
        config.pollIntervalMs = 500;
        m_watcher = std::make_unique<cluster::ClusterWatcher>(config);
        m_models = std::make_unique<models::ClusterModels>();
        connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, m_models.get(),
                &models::ClusterModels::setSnapshot);
        m_http = std::make_unique<http::HttpClient>();
        m_client = std::make_unique<marathon::MarathonClient>(m_http.get(), QUrl(m_cluster.marathonUrl()));
        m_page = std::make_unique<widgets::AppsPage>(m_models.get());
        m_actions = std::make_unique<widgets::AppActions>(m_client.get(), m_models.get(), m_page.get());
        m_actions->attachApps(m_page.get());
        m_why = std::make_unique<widgets::AppWhy>(m_client.get(), m_models.get(), m_actions.get(),
                                                  m_page.get(), nullptr);
        connect(m_actions.get(), &widgets::AppActions::noticed, this,
                [this](const cluster::Notice &n) { m_notices << n; });
        m_versions = new widgets::VersionsPane(m_client.get(), m_actions.get(), m_page.get(), nullptr);
        connect(m_why.get(), &widgets::AppWhy::noticed, this,
                [this](const cluster::Notice &n) { m_notices << n; });
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_watcher->start();
    }
    void cleanupTestCase()
    {
        m_why.reset();
        m_actions.reset();
        m_page.reset();
        m_watcher.reset();
    }

    void whyTabShowsTheDeclineReasons()
    {
        post({ { u"id"_s, u"/ui/big"_s },
               { u"cmd"_s, u"exec sleep 600"_s },
               { u"cpus"_s, 8 },
               { u"mem"_s, 16 } });
        QVERIFY(openWhy(u"/ui/big"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(whyText().contains(u"Asks 8 CPUs; the largest free is 4 on"_s),
                                  qPrintable(whyText()), 10000);
        QVERIFY2(whyText().contains(u"Waiting for offers; left to launch: 1."_s), qPrintable(whyText()));
        auto *bar = m_why->pane()->findChild<QProgressBar *>(u"whyBar_InsufficientCpus"_s);
        QVERIFY(bar);
        QCOMPARE(bar->value(), 2);
        QCOMPARE(bar->maximum(), 2);
        QVERIFY(!m_why->pane()->resetButton()->isEnabled()); // no back-off to reset

        post({ { u"id"_s, u"/ui/rack"_s },
               { u"cmd"_s, u"exec sleep 600"_s },
               { u"cpus"_s, 0.05 },
               { u"mem"_s, 16 },
               { u"constraints"_s, QJsonArray { QJsonArray { u"rack"_s, u"LIKE"_s, u"r9"_s } } } });
        QVERIFY(openWhy(u"/ui/rack"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(
            whyText().contains(u"Constraint rack LIKE r9: no agent offered matches (rack has: r1, r2)."_s),
            qPrintable(whyText()), 10000);
        QVERIFY(m_why->pane()->findChild<QProgressBar *>(u"whyBar_UnfulfilledConstraint"_s));
    }

    // The Apps view's Launch queue column, and the notice of a long wait: once per reason.
    void queueColumnAndLongWaitNotice()
    {
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"/ui/big"_s, models::AppsModel::Queue), u"waiting: 1"_s, 10000);
        QCOMPARE(
            m_page->apps()->view()->model()->headerData(models::AppsModel::Queue, Qt::Horizontal).toString(),
            u"Launch queue"_s);
        const auto waitNotices = [this] {
            return std::count_if(m_notices.cbegin(), m_notices.cend(), [](const cluster::Notice &n) {
                return n.title.startsWith(u"/ui/big has waited for offers"_s);
            });
        };
        QCOMPARE(waitNotices(), 0); // the default is 5 minutes
        m_why->setWaitingNoticeAfter(0);
        m_why->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(waitNotices(), 1, 10000);
        const auto notice = std::find_if(m_notices.cbegin(), m_notices.cend(), [](const cluster::Notice &n) {
            return n.title.startsWith(u"/ui/big has waited for offers"_s);
        });
        QCOMPARE(notice->text, u"Mostly declined for not enough CPUs. See the Why tab of the app."_s);
        QCOMPARE(notice->appId, u"/ui/big"_s);
        QTest::qWait(3500); // another read of the queue, same reason: said once
        QCOMPARE(waitNotices(), 1);
        m_why->setWaitingNoticeAfter(300);
    }

    void resetDelayEndsTheBackOff()
    {
        post({ { u"id"_s, u"/ui/crash"_s },
               { u"cmd"_s, u"exit 3"_s },
               { u"cpus"_s, 0.05 },
               { u"mem"_s, 16 },
               { u"backoffSeconds"_s, 120 } });
        QVERIFY(openWhy(u"/ui/crash"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(whyText().contains(u"Delayed after failures"_s), qPrintable(whyText()),
                                  15000);
        QTRY_VERIFY2_WITH_TIMEOUT(whyText().contains(u"Last task failure: Command exited with status 3"_s),
                                  qPrintable(whyText()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(u"/ui/crash"_s, models::AppsModel::Queue).startsWith(u"delayed 1"_s),
                                 10000);
        QPushButton *reset = m_why->pane()->resetButton();
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_notices.cbegin(), m_notices.cend(),
                                             [](const cluster::Notice &n) {
                                                 return n.title == u"Launch delay of /ui/crash reset"_s;
                                             }),
                                 10000);
        // Launched at once: it fails again (a new delay starts; the failure is another task's).
        const QString first = test::httpGet(m_cluster.marathonUrl() + u"/v2/apps/ui/crash"_s)
                                  .json()["app"_L1]["lastTaskFailure"_L1]["taskId"_L1]
                                  .toString();
        QTRY_VERIFY_WITH_TIMEOUT(test::httpGet(m_cluster.marathonUrl() + u"/v2/apps/ui/crash"_s)
                                         .json()["app"_L1]["lastTaskFailure"_L1]["taskId"_L1]
                                         .toString()
                                     != first,
                                 10000);
    }

    void failingHealthChecksAreCountedByCause()
    {
        const QJsonObject check { { u"protocol"_s, u"COMMAND"_s },
                                  { u"command"_s, QJsonObject { { u"value"_s, u"exit 1"_s } } },
                                  { u"gracePeriodSeconds"_s, 0 },
                                  { u"intervalSeconds"_s, 1 },
                                  { u"maxConsecutiveFailures"_s, 0 } };
        post({ { u"id"_s, u"/ui/sick"_s },
               { u"cmd"_s, u"exec sleep 600"_s },
               { u"cpus"_s, 0.05 },
               { u"mem"_s, 16 },
               { u"healthChecks"_s, QJsonArray { check } } });
        QVERIFY(openWhy(u"/ui/sick"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(
            whyText().contains(u"Unhealthy tasks by cause:\n  Command exited with status 1: 1"_s),
            qPrintable(whyText()), 15000);
        QCOMPARE(test::httpRequest("DELETE", m_cluster.marathonUrl() + u"/v2/apps/ui/sick"_s).status, 200);
    }

    void versionsAreListedComparedAndApplied()
    {
        const QString id = u"/ui/versions"_s;
        post({ { u"id"_s, id }, { u"cmd"_s, u"exec sleep 600"_s }, { u"cpus"_s, 0.05 }, { u"mem"_s, 16 } });
        QTRY_VERIFY_WITH_TIMEOUT(test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + id)
                                     .json()["app"_L1]["deployments"_L1]
                                     .toArray()
                                     .isEmpty(),
                                 15000);
        QCOMPARE(test::httpRequest("PUT", m_cluster.marathonUrl() + u"/v2/apps"_s + id,
                                   R"({"env": {"COLOUR": "blue"}})")
                     .status,
                 200);
        QVERIFY(openTab(id, m_versions));
        QListWidget *list = m_versions->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 10000);
        QVERIFY(list->item(0)->text().endsWith(u"(running)"_s));
        QVERIFY(!m_versions->applyButton()->isEnabled());
        // The older one: what applying it changes, against the running one.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_versions->diff()->toPlainText().contains(u"-        \"COLOUR\": \"blue\""_s),
            qPrintable(m_versions->diff()->toPlainText()), 10000);
        QVERIFY(m_versions->diff()->toPlainText().startsWith(u"--- /ui/versions (running)"_s));
        // Both: older against newer.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list->visualItemRect(list->item(0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_versions->diff()->toPlainText().contains(u"+        \"COLOUR\": \"blue\""_s), 10000);
        QVERIFY(!m_versions->applyButton()->isEnabled());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QTRY_VERIFY_WITH_TIMEOUT(m_versions->applyButton()->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + id)
                                     .json()["app"_L1]["deployments"_L1]
                                     .toArray()
                                     .isEmpty(),
                                 15000);
        // A deploy asks first: declined, nothing changes.
        QStringList asked;
        bool accept = false;
        m_actions->setConfirmation([&](const widgets::Confirmation &c) {
            asked << c.question;
            return accept;
        });
        QTest::mouseClick(m_versions->applyButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(id), qPrintable(asked.first()));
        QTest::qWait(500);
        QVERIFY(test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + id)
                    .json()["app"_L1]["env"_L1]
                    .toObject()
                    .contains(u"COLOUR"_s));
        accept = true;
        QTest::mouseClick(m_versions->applyButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        m_actions->setConfirmation([](const widgets::Confirmation &) { return true; });
        QTRY_VERIFY_WITH_TIMEOUT(!test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + id)
                                      .json()["app"_L1]["env"_L1]
                                      .toObject()
                                      .contains(u"COLOUR"_s),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, 10000);
    }

    // Marathon before 1.4: count and delay only, said as such, without an error.
    void queueWithoutSummaryIsShownAsIs()
    {
        QFile f(test::fixturePath(u"marathon/queue-no-summary.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto queue = marathon::parseQueue(f.readAll());
        QVERIFY(queue.ok());
        widgets::WhyPane pane;
        pane.show(u"/foo"_s, queue->first(), std::nullopt);
        QVERIFY2(pane.text().startsWith(u"Waiting for offers; left to launch: 10.\nThis Marathon (before 1.4)"_s),
                 qPrintable(pane.text()));
        QVERIFY(!pane.text().contains(u"could not be read"_s));
        QVERIFY(pane.findChildren<QProgressBar *>().isEmpty());
        QVERIFY(!pane.resetButton()->isEnabled()); // overdue: no delay to reset
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MC_SCREENSHOT_DIR not set");
        QVERIFY(openWhy(u"/ui/big"_s));
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            m_why->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(whyText().contains(u"Asks 8 CPUs"_s), 10000);
            QTest::qWait(300);
            QDir().mkpath(dir);
            const QString name = theme == settings::Theme::Dark ? u"why-dark.png"_s : u"why-light.png"_s;
            QVERIFY(m_page->grab().save(dir + u'/' + name));
        }
        QVERIFY(openTab(u"/ui/versions"_s, m_versions));
        QTRY_COMPARE_WITH_TIMEOUT(m_versions->list()->count(), 3, 10000);
        QListWidget *list = m_versions->list();
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            list->clearSelection(); // the diff is written (and coloured) again
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(1)).center());
            QTRY_VERIFY_WITH_TIMEOUT(!m_versions->diff()->toPlainText().isEmpty(), 10000);
            QTest::qWait(300);
            const QString name
                = theme == settings::Theme::Dark ? u"versions-dark.png"_s : u"versions-light.png"_s;
            QVERIFY(m_page->grab().save(dir + u'/' + name));
        }
        widgets::applyTheme(settings::Theme::Light);
    }
};

QTEST_MAIN(tst_AppWhy)
#include "tst_AppWhy.moc"
