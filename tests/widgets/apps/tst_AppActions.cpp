#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/SnapshotTableModel.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/AppActions.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ConfirmDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace mc;
using cluster::Notice;
using widgets::Confirmation;

namespace {

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

// Answers the next confirmation dialog (polled: it shows once its action is asked for) and keeps
// what it said; `accept` false presses Enter, which must cancel.
class DialogAnswerer : public QObject
{
public:
    // `locks`: also waits out deployment locks after the confirmation (as long as it lives).
    DialogAnswerer(bool accept, QObject *parent, bool locks = false)
        : QObject(parent)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this, accept, locks] {
            // A deployment lock (a replacement still deploying): wait for it, then the change goes out.
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == QStringLiteral("Wait, then retry"))
                        b->click();
                return;
            }
            auto *dialog = qobject_cast<widgets::ConfirmDialog *>(QApplication::activeModalWidget());
            if (!dialog || seen)
                return;
            if (!locks)
                m_timer.stop();
            seen = dialog->confirmation();
            cancelIsDefault = dialog->cancelButton()->isDefault() && !dialog->acceptButton()->isDefault();
            for (int i = 0; i < dialog->objectList()->count(); ++i)
                listed << dialog->objectList()->item(i)->text();
            if (accept)
                QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
            else
                QTest::keyClick(dialog, Qt::Key_Return);
        });
        m_timer.start();
    }
    std::optional<Confirmation> seen;
    QStringList listed;
    bool cancelIsDefault = false;

private:
    QTimer m_timer;
};

} // namespace

// The app/task actions of the Apps and Tasks views against localcluster,
// through the live snapshots the views show, driven as a user drives them.
class TestAppActions : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster { { QStringLiteral("--agents"), QStringLiteral("2"),
                                            QStringLiteral("--kill-grace"), QStringLiteral("300") } };
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<marathon::MarathonClient> m_client;
    // One window with a page at a time, as the console shows them (a page's keys work while it shows).
    std::unique_ptr<QTabWidget> m_window;
    widgets::AppsPage *m_apps = nullptr;
    widgets::TasksPage *m_tasks = nullptr;
    std::unique_ptr<widgets::AppActions> m_actions;
    QList<Notice> m_notices; // from the actions
    cluster::NoticeFeed m_feed;
    QList<Notice> m_feedNotices; // from the snapshots, as the console's notice feed tells them

    const marathon::App *app(const QString &id) const
    {
        auto *model = m_models->apps();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->row(r).id == id)
                return &model->row(r);
        return nullptr;
    }

    bool noticeContains(const QString &text) const
    {
        for (const Notice &n : m_notices)
            if (n.title.contains(text) || n.text.contains(text))
                return true;
        return false;
    }

    // Everything a person is told about how a deployment of `appId` ended, from either source.
    QList<Notice> outcomes(const QString &appId) const
    {
        QList<Notice> found;
        for (const Notice &n : m_notices + m_feedNotices) {
            const QString all = n.title + u'\n' + n.text;
            if (all.contains(appId)
                && (all.contains(QStringLiteral("finished")) || all.contains(QStringLiteral("failed"))
                    || all.contains(QStringLiteral("succeeded")) || all.contains(QStringLiteral("destroyed"))))
                found << n;
        }
        return found;
    }

    QString dump() const
    {
        QStringList lines;
        for (const Notice &n : m_notices)
            lines << QStringLiteral("actions: %1 | %2").arg(n.title, n.text);
        for (const Notice &n : m_feedNotices)
            lines << QStringLiteral("feed: %1 | %2").arg(n.title, n.text);
        return lines.join(u'\n');
    }

    // The deployment an action reported as started ("Deployment <id> started.").
    QString startedDeployment(const QString &title) const
    {
        static const QRegularExpression started(QStringLiteral("Deployment (\\S+) started\\.$"));
        for (const Notice &n : m_notices)
            if (n.title == title)
                if (const auto m = started.match(n.text); m.hasMatch())
                    return m.captured(1);
        return {};
    }

    // The ids of the tasks Marathon runs for `appId` now.
    QStringList marathonTasks(const QString &appId) const
    {
        QStringList ids;
        const QJsonArray tasks
            = QJsonDocument::fromJson(
                  test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps") + appId + QStringLiteral("/tasks"))
                      .body)
                  .object()
                  .value(QStringLiteral("tasks"))
                  .toArray();
        for (const QJsonValue &t : tasks)
            ids << t.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        return ids;
    }

    void createApp(const QString &id, int instances)
    {
        marathon::AppDefinition d;
        d.id = id;
        d.cmd = QStringLiteral("exec sleep 600");
        d.cpus = 0.1;
        d.mem = 32;
        d.instances = instances;
        bool created = false;
        m_client->createApp(d, this, [&](const marathon::ActionResult &r) { created = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app(id) && app(id)->tasksRunning == instances && app(id)->deploymentIds.isEmpty(), 15000);
    }

    // Shows the page the keys and clicks go to (page keys are window shortcuts of visible buttons).
    bool showPage(QWidget *page)
    {
        m_window->setCurrentWidget(page);
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get()) && page->isVisible();
    }

    // Clicks the row of `id` in the table, as a user selects it.
    bool clickRow(widgets::DetailTable *table, const QString &id)
    {
        showPage(m_apps->isAncestorOf(table) ? static_cast<QWidget *>(m_apps) : m_tasks);
        QTableView *view = table->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, 0);
            if (index.data(models::IdRole).toString() != id)
                continue;
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return table->selectedIds() == QStringList { id };
        }
        return false;
    }

    // Marathon's requests that change something (not GETs) since the last clearMarathonRequests(),
    // as "METHOD /path xN", counted by localcluster itself.
    QStringList marathonWrites() const
    {
        const QJsonObject counts = test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/__admin/requests"))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("requests"))
                                       .toObject();
        QStringList writes;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (!it.key().startsWith(QStringLiteral("GET ")))
                writes << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value().toInt());
        return writes;
    }

    bool clearMarathonRequests() const
    {
        test::httpRequest("DELETE", m_cluster.marathonUrl() + QStringLiteral("/__admin/requests"));
        return marathonWrites().isEmpty();
    }

    // Until the task view lists exactly Marathon's tasks of `appId` (the Mesos state may lag).
    bool tasksViewShows(const QStringList &ids)
    {
        QStringList shown;
        QAbstractItemModel *model = m_tasks->table()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            shown << model->index(r, 0).data(models::IdRole).toString();
        shown.sort();
        return shown == ids;
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
        connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, this,
                [this](const cluster::SnapshotPtr &s) { m_feedNotices << m_feed.next(s); });
        m_http = std::make_unique<http::HttpClient>();
        m_client = std::make_unique<marathon::MarathonClient>(m_http.get(), QUrl(m_cluster.marathonUrl()));
        m_window = std::make_unique<QTabWidget>();
        m_apps = new widgets::AppsPage(m_models.get());
        m_tasks = new widgets::TasksPage(m_models.get());
        m_window->addTab(m_apps, QStringLiteral("Apps"));
        m_window->addTab(m_tasks, QStringLiteral("Tasks"));
        m_actions = std::make_unique<widgets::AppActions>(m_client.get(), m_models.get(), m_apps);
        m_actions->attachApps(m_apps);
        m_actions->attachTasks(m_tasks);
        connect(m_actions.get(), &widgets::AppActions::noticed, this,
                [this](const Notice &n) { m_notices << n; });
        m_window->resize(1300, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_watcher->start();
        createApp(QStringLiteral("/ui/app"), 2);
    }

    void buttonsApplyOnlyToWhatIsSelected()
    {
        for (const char *name : { "launchButton", "editButton", "scaleButton", "restartButton", "suspendButton",
                                  "resumeButton", "destroyButton", "rollbackButton", "stopDeploymentButton" })
            QVERIFY2(button(m_apps, QLatin1String(name)), name);
        QPushButton *kill = button(m_tasks, QStringLiteral("killButton"));
        QVERIFY(kill && button(m_tasks, QStringLiteral("killScaleButton")));
        // Nothing selected: disabled, and the tool tip says why.
        QVERIFY(!button(m_apps, QStringLiteral("restartButton"))->isEnabled());
        QVERIFY(!kill->isEnabled());
        QVERIFY2(kill->toolTip().contains(QStringLiteral("Select the tasks to kill")), qPrintable(kill->toolTip()));
        // No deployment listed: Roll back and Stop say so.
        QTRY_COMPARE(m_models->deployments()->rowCount(), 0);
        QPushButton *rollback = button(m_apps, QStringLiteral("rollbackButton"));
        QVERIFY(!rollback->isEnabled());
        QVERIFY2(rollback->toolTip().contains(QStringLiteral("No deployment is in progress")),
                 qPrintable(rollback->toolTip()));
        QVERIFY(!button(m_apps, QStringLiteral("stopDeploymentButton"))->isEnabled());

        // A running app: Suspend applies, Resume does not (and says why).
        QVERIFY(clickRow(m_apps->apps(), QStringLiteral("/ui/app")));
        QPushButton *suspend = button(m_apps, QStringLiteral("suspendButton"));
        QPushButton *resume = button(m_apps, QStringLiteral("resumeButton"));
        QVERIFY(suspend->isEnabled());
        QVERIFY(!resume->isEnabled());
        QVERIFY2(resume->toolTip().contains(QStringLiteral("Resume is for a suspended app")),
                 qPrintable(resume->toolTip()));
    }

    void restartAsksAndReportsTheEnd()
    {
        QVERIFY(clickRow(m_apps->apps(), QStringLiteral("/ui/app")));
        QPushButton *restart = button(m_apps, QStringLiteral("restartButton"));
        QVERIFY(restart->isEnabled());
        m_notices.clear();
        m_feedNotices.clear(); // the launch in initTestCase is told there

        // Enter cancels (the safe choice is the default): nothing is sent.
        auto *cancel = new DialogAnswerer(false, this);
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(cancel->seen);
        QVERIFY(cancel->cancelIsDefault);
        QVERIFY(cancel->listed.join(u'\n').contains(QStringLiteral("/ui/app")));
        QVERIFY2(cancel->seen->consequence.contains(QStringLiteral("2 task")), qPrintable(cancel->seen->consequence));
        QTest::qWait(500);
        QVERIFY(m_notices.isEmpty());
        QVERIFY(app(QStringLiteral("/ui/app"))->deploymentIds.isEmpty());

        auto *accept = new DialogAnswerer(true, this);
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(accept->seen);
        QTRY_VERIFY_WITH_TIMEOUT(!startedDeployment(QStringLiteral("Restarting /ui/app")).isEmpty(), 10000);
        // The end is told once (by the notice feed, which reads Marathon's events), not once per source.
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes(QStringLiteral("/ui/app")).isEmpty(), 20000);
        QTest::qWait(1000);
        const QList<Notice> ended = outcomes(QStringLiteral("/ui/app"));
        QVERIFY2(ended.size() == 1, qPrintable(dump()));
        QCOMPARE(ended.first().kind, Notice::Kind::DeploymentFinished);
        QCOMPARE(ended.first().severity, Notice::Severity::Info);
        QCOMPARE(ended.first().appId, QStringLiteral("/ui/app"));
    }

    // The wrong-target kill (issue 26): the details pane showed a task no highlighted row showed, and
    // Kill hit it. The current row (the focus frame) may be another row than the selected one: a
    // Ctrl+arrow moves it alone. A refresh then takes the selected row away; the current row stays.
    // Nothing is shown selected, so Kill applies to nothing: not to the current row, not to the
    // task the details pane showed.
    void refreshNeverChangesWhatKillTargets()
    {
        const QString id = QStringLiteral("/ui/app");
        QTRY_VERIFY_WITH_TIMEOUT(app(id)->deploymentIds.isEmpty(), 15000);
        m_tasks->stateFilter()->setCurrentIndex(m_tasks->stateFilter()->findData(QStringLiteral("active")));
        m_tasks->appFilter()->setCurrentIndex(m_tasks->appFilter()->findData(id));
        QStringList running = marathonTasks(id);
        QCOMPARE(running.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(tasksViewShows(running), 15000);
        m_tasks->table()->view()->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(clickRow(m_tasks->table(), running.first()));
        QTableView *view = m_tasks->table()->view();
        // Ctrl+Down: the focus frame goes to the other task, the selection stays.
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().data(models::IdRole).toString(), running.last());
        QCOMPARE(m_tasks->table()->selectedIds(), QStringList { running.first() });
        QVERIFY(button(m_tasks, QStringLiteral("killButton"))->isEnabled());
        // The details pane shows the selected task, not the current one.
        QVERIFY(m_tasks->table()->detailsPane()->toPlainText().contains(running.first()));
        QVERIFY(!m_tasks->table()->detailsPane()->toPlainText().contains(running.last()));

        // Elsewhere (another console, Marathon itself) the selected task is killed and not replaced.
        bool killed = false;
        m_client->killTasks({ running.first() }, true, false, this,
                            [&](const marathon::ActionResult &r) { killed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(killed, 10000);
        const QStringList left = { running.last() };
        QTRY_VERIFY_WITH_TIMEOUT(marathonTasks(id) == left, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(tasksViewShows(left), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(app(id)->instances, 1, 10000);
        // The remaining task's row is still the current one, not highlighted.
        QCOMPARE(view->currentIndex().data(models::IdRole).toString(), running.last());

        // Del (Kill's key) and a click, every confirmation accepted: nothing asked, nothing sent.
        QVERIFY(showPage(m_tasks));
        QVERIFY(clearMarathonRequests());
        int asked = 0;
        m_actions->setConfirmation([&](const Confirmation &) { return ++asked, true; });
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::mouseClick(button(m_tasks, QStringLiteral("killButton")), Qt::LeftButton, {}, QPoint(2, 2));
        QTest::qWait(1500);
        m_actions->setConfirmation([this](const Confirmation &c) { return widgets::confirm(m_apps, c); });
        const QStringList sent = marathonWrites();
        QVERIFY2(sent.isEmpty(), qPrintable(QStringLiteral("sent to Marathon: ") + sent.join(QStringLiteral(", "))));
        QCOMPARE(asked, 0);
        QCOMPARE(marathonTasks(id), left);

        // What the user sees: no row selected, no details, Kill disabled with the reason.
        QVERIFY(m_tasks->table()->selectedIds().isEmpty());
        QVERIFY2(m_tasks->table()->detailsPane()->toPlainText().isEmpty(),
                 qPrintable(m_tasks->table()->detailsPane()->toPlainText()));
        QPushButton *kill = button(m_tasks, QStringLiteral("killButton"));
        QVERIFY(!kill->isEnabled());
        QVERIFY2(kill->toolTip().contains(QStringLiteral("Select the tasks to kill")), qPrintable(kill->toolTip()));
        QVERIFY(!button(m_tasks, QStringLiteral("killScaleButton"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(app(id)->instances, 1, 10000);
    }

    void killAsksNamingTasksAgentsAndApps()
    {
        const QString id = QStringLiteral("/ui/app");
        const QStringList running = marathonTasks(id);
        QCOMPARE(running.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(tasksViewShows(running), 15000);
        QVERIFY(clickRow(m_tasks->table(), running.first()));
        // The agent is host:port with the tail of its id, in the view and the question.
        const QString agent = m_tasks->table()->view()->model()
                                  ->index(0, models::TasksModel::Host)
                                  .data()
                                  .toString();
        static const QRegularExpression agentLabel(QStringLiteral("^127\\.0\\.0\\.1:\\d+ · S\\d+$"));
        QVERIFY2(agentLabel.match(agent).hasMatch(), qPrintable(agent));

        auto *cancel = new DialogAnswerer(false, this);
        QTest::mouseClick(button(m_tasks, QStringLiteral("killButton")), Qt::LeftButton);
        QVERIFY(cancel->seen);
        QVERIFY(cancel->cancelIsDefault);
        QCOMPARE(cancel->listed.size(), 1);
        QCOMPARE(cancel->listed.first(), QStringLiteral("%1 of %2 on %3").arg(running.first(), id, agent));
        QVERIFY2(cancel->seen->consequence.contains(QStringLiteral("replacement")),
                 qPrintable(cancel->seen->consequence));
        QTest::qWait(500);
        QCOMPARE(marathonTasks(id), running);

        m_notices.clear();
        auto *accept = new DialogAnswerer(true, this);
        QTest::mouseClick(button(m_tasks, QStringLiteral("killButton")), Qt::LeftButton);
        QVERIFY(accept->seen);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notices.isEmpty(), 10000);
        // The result names the task and its agent.
        QCOMPARE(m_notices.last().severity, Notice::Severity::Info);
        QCOMPARE(m_notices.last().title, QStringLiteral("Killed task %1 of %2 on %3").arg(running.first(), id, agent));
        QCOMPARE(m_notices.last().taskId, running.first());
        // Marathon replaces it (not scaled down).
        QTRY_VERIFY_WITH_TIMEOUT(marathonTasks(id).size() == 1 && marathonTasks(id) != running, 15000);
    }

    void logsOpenFromTheButtonAndTheContextMenu()
    {
        const QString id = QStringLiteral("/ui/app");
        QStringList running;
        QTRY_VERIFY_WITH_TIMEOUT((running = marathonTasks(id)).size() == 1 && tasksViewShows(running), 15000);
        QSignalSpy logs(m_tasks, &widgets::TasksPage::logsRequested);
        QPushButton *logsButton = m_tasks->logsButton();
        m_tasks->table()->view()->clearSelection();
        QVERIFY(!logsButton->isEnabled());
        QVERIFY(clickRow(m_tasks->table(), running.first()));
        QVERIFY(logsButton->isEnabled());
        QTest::mouseClick(logsButton, Qt::LeftButton);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.at(0).at(0).value<mesos::Task>().id, running.first());

        // Right-click on the row: the menu offers Open Logs.
        QTableView *view = m_tasks->table()->view();
        const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QMenu *menu = m_tasks->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        auto *open = menu->findChild<QAction *>(QStringLiteral("openLogsAction"));
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(open).center());
        QTRY_COMPARE(logs.size(), 2);
        QCOMPARE(logs.at(1).at(0).value<mesos::Task>().id, running.first());
    }

    void agentsAreToldApart()
    {
        // Two agents on one address: the filter offers each by its port and id tail.
        QComboBox *agents = m_tasks->agentFilter();
        QTRY_COMPARE_WITH_TIMEOUT(agents->count(), 3, 10000); // "All agents" + 2
        QVERIFY(agents->itemText(1) != agents->itemText(2));
        QVERIFY2(agents->itemText(1).contains(QStringLiteral("· S")), qPrintable(agents->itemText(1)));
    }

    void suspendAsksShowsSuspendedAndResumes()
    {
        const QString id = QStringLiteral("/ui/app");
        QTRY_VERIFY_WITH_TIMEOUT(app(id)->deploymentIds.isEmpty(), 15000);
        QVERIFY(clickRow(m_apps->apps(), id));
        DialogAnswerer accept(true, nullptr, true); // a replacement may still hold the app's lock
        QTest::mouseClick(button(m_apps, QStringLiteral("suspendButton")), Qt::LeftButton);
        QVERIFY(accept.seen);
        QVERIFY2(accept.seen->consequence.contains(QStringLiteral("killed")), qPrintable(accept.seen->consequence));
        QTRY_COMPARE_WITH_TIMEOUT(app(id)->instances, 0, 10000);
        // The list says it; Suspend no longer applies, Resume does.
        const int row = m_models->apps()->rowOf(id);
        QCOMPARE(m_models->apps()->index(row, models::AppsModel::State).data().toString(), QStringLiteral("suspended"));
        QTRY_VERIFY(button(m_apps, QStringLiteral("resumeButton"))->isEnabled());
        QPushButton *suspend = button(m_apps, QStringLiteral("suspendButton"));
        QVERIFY(!suspend->isEnabled());
        QVERIFY2(suspend->toolTip().contains(QStringLiteral("suspended already")), qPrintable(suspend->toolTip()));
        QVERIFY(!button(m_apps, QStringLiteral("restartButton"))->isEnabled());
        m_actions->scaleTo(id, 1);
        QTRY_VERIFY_WITH_TIMEOUT(app(id)->tasksRunning == 1 && app(id)->deploymentIds.isEmpty(), 15000);
    }

    void destroyAsksAndLeavesNothingSelected()
    {
        createApp(QStringLiteral("/ui/other"), 1);
        const QString id = QStringLiteral("/ui/app");
        QVERIFY(showPage(m_apps));
        QVERIFY(clickRow(m_apps->apps(), id));
        auto *cancel = new DialogAnswerer(false, this);
        QTest::keyClick(m_apps->apps()->view(), Qt::Key_Delete);
        QTRY_VERIFY(cancel->seen); // a button's key clicks it a moment later (animateClick)
        QVERIFY(cancel->seen->question.contains(id));
        QTest::qWait(300);
        QVERIFY(app(id));

        m_feedNotices.clear();
        auto *accept = new DialogAnswerer(true, this);
        QVERIFY(showPage(m_apps)); // active again after the dialog
        QTest::keyClick(m_apps->apps()->view(), Qt::Key_Delete);
        QTRY_VERIFY(accept->seen);
        QTRY_VERIFY_WITH_TIMEOUT(!app(id), 15000);
        // The selection did not move to the other app: the next Del hits nothing.
        QVERIFY(m_apps->apps()->selectedIds().isEmpty());
        QVERIFY(!button(m_apps, QStringLiteral("destroyButton"))->isEnabled());
        int asked = 0;
        m_actions->setConfirmation([&](const Confirmation &) { return ++asked, false; });
        QVERIFY(showPage(m_apps));
        QTest::keyClick(m_apps->apps()->view(), Qt::Key_Delete);
        QTest::qWait(500);
        QCOMPARE(asked, 0);
        m_actions->setConfirmation([this](const Confirmation &c) { return widgets::confirm(m_apps, c); });
        // The notice feed tells it as a destroy, not as a finished deployment.
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes(id).isEmpty(), 15000);
        QVERIFY2(outcomes(id).constFirst().text.contains(QStringLiteral("destroyed")), qPrintable(dump()));
        QVERIFY(app(QStringLiteral("/ui/other")));
    }

    // The selected app goes in a refresh (destroyed elsewhere): a plain view would make the next
    // row current and, in single selection, select it. Destroy, Restart and Suspend then apply to
    // nothing, and their keys send nothing.
    void refreshRemovingTheSelectedAppSelectsNoOther()
    {
        const QString gone = QStringLiteral("/ui/gone");
        const QString other = QStringLiteral("/ui/other");
        createApp(gone, 1);
        QVERIFY(app(other));
        m_apps->apps()->view()->sortByColumn(0, Qt::AscendingOrder); // by id: /ui/gone, then /ui/other
        QVERIFY(clickRow(m_apps->apps(), gone));
        QVERIFY(button(m_apps, QStringLiteral("destroyButton"))->isEnabled());
        QVERIFY(m_apps->apps()->detailsPane()->toPlainText().contains(gone));

        bool destroyed = false;
        m_client->destroyApp(gone, this, [&](const marathon::ActionResult &r) { destroyed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(destroyed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!app(gone), 15000);

        // Every confirmation accepted: Del, Ctrl+R, Ctrl+Shift+P ask nothing and send nothing.
        QVERIFY(showPage(m_apps));
        QVERIFY(clearMarathonRequests());
        int asked = 0;
        m_actions->setConfirmation([&](const Confirmation &) { return ++asked, true; });
        QTableView *view = m_apps->apps()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(1500);
        m_actions->setConfirmation([this](const Confirmation &c) { return widgets::confirm(m_apps, c); });
        const QStringList sent = marathonWrites();
        QVERIFY2(sent.isEmpty(), qPrintable(QStringLiteral("sent to Marathon: ") + sent.join(QStringLiteral(", "))));
        QCOMPARE(asked, 0);
        QVERIFY(app(other));
        QCOMPARE(app(other)->instances, 1);

        QVERIFY2(m_apps->apps()->selectedIds().isEmpty(), qPrintable(m_apps->apps()->selectedIds().join(u',')));
        QVERIFY2(m_apps->apps()->detailsPane()->toPlainText().isEmpty(),
                 qPrintable(m_apps->apps()->detailsPane()->toPlainText()));
        for (const char *name : { "destroyButton", "restartButton", "suspendButton", "editButton", "scaleButton" })
            QVERIFY2(!button(m_apps, QLatin1String(name))->isEnabled(), name);
    }

    void lockedAppOffersForceAndWait()
    {
        // A health check that never passes keeps the deployment (and the lock) open.
        marathon::AppDefinition d;
        d.id = QStringLiteral("/ui/locked");
        d.cmd = QStringLiteral("exec sleep 600");
        d.cpus = 0.1;
        d.mem = 32;
        marathon::HealthCheck never;
        never.protocol = QStringLiteral("COMMAND");
        never.command = QStringLiteral("false");
        never.gracePeriodSeconds = 600;
        never.intervalSeconds = 2;
        never.timeoutSeconds = 1;
        d.healthChecks = { never };
        QString blocking;
        m_client->createApp(d, this, [&](const marathon::ActionResult &r) {
            blocking = r.ok() ? r.outcome->deploymentId : QStringLiteral("failed");
        });
        QTRY_VERIFY_WITH_TIMEOUT(!blocking.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app(d.id) && !app(d.id)->deploymentIds.isEmpty(), 10000);

        // A deployment is listed now: Roll back and Stop apply once it is selected.
        QTRY_VERIFY(m_models->deployments()->rowCount() > 0);
        QPushButton *stop = button(m_apps, QStringLiteral("stopDeploymentButton"));
        QVERIFY(!stop->isEnabled());
        QVERIFY2(stop->toolTip().contains(QStringLiteral("Select a deployment")), qPrintable(stop->toolTip()));
        QVERIFY(clickRow(m_apps->deployments(), blocking));
        QVERIFY(stop->isEnabled());

        // Answers the lock question once it shows (polled: it appears when Marathon's 409 arrives).
        const auto answerLock = [this](const QString &choice, QString *text) {
            auto *timer = new QTimer(this);
            timer->setInterval(50);
            connect(timer, &QTimer::timeout, this, [timer, choice, text] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                timer->stop();
                timer->deleteLater();
                *text = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == choice)
                        b->click();
            });
            timer->start();
        };

        // Wait: the change goes out once the blocking deployment is gone.
        QString question;
        answerLock(QStringLiteral("Wait, then retry"), &question);
        m_actions->scaleTo(d.id, 2);
        QTRY_VERIFY_WITH_TIMEOUT(question.contains(blocking), 10000);
        QTest::qWait(500);
        QCOMPARE(app(d.id)->instances, 1);
        // Stop, as the user does it: the button, then the confirmation naming the deployment.
        auto *accept = new DialogAnswerer(true, this);
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(accept->seen);
        QVERIFY(accept->listed.join(u'\n').contains(blocking));
        QTRY_COMPARE_WITH_TIMEOUT(app(d.id)->instances, 2, 10000);

        // Force: cancels the (again never finishing) deployment at once.
        QTRY_VERIFY_WITH_TIMEOUT(!app(d.id)->deploymentIds.isEmpty(), 10000);
        question.clear();
        answerLock(QStringLiteral("Force"), &question);
        m_actions->scaleTo(d.id, 3);
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app(d.id)->instances, 3, 10000);
    }

    void forcedOutDeploymentIsToldFailedOnce()
    {
        // /ui/locked never becomes healthy: its deployments run until something forces them out.
        const QString id = QStringLiteral("/ui/locked");
        QTRY_VERIFY_WITH_TIMEOUT(app(id) && !app(id)->deploymentIds.isEmpty(), 10000);
        m_notices.clear();
        m_feedNotices.clear();
        m_actions->restart(id, true);
        QTRY_VERIFY_WITH_TIMEOUT(!startedDeployment(QStringLiteral("Restarting %1").arg(id)).isEmpty(), 10000);
        const QString restart = startedDeployment(QStringLiteral("Restarting %1").arg(id));
        QTRY_VERIFY_WITH_TIMEOUT(app(id)->deploymentIds.contains(restart), 10000);

        // A second forced restart cancels the first one's deployment (which cancelled the one
        // before): both failed, each is told so once, and nobody says they succeeded.
        m_actions->restart(id, true);
        QTRY_VERIFY_WITH_TIMEOUT(outcomes(id).size() >= 2, 10000);
        QTest::qWait(1000);
        const QList<Notice> ended = outcomes(id);
        QVERIFY2(ended.size() == 2, qPrintable(dump()));
        for (const Notice &n : ended) {
            QCOMPARE(n.kind, Notice::Kind::DeploymentFailed);
            QVERIFY2(n.text.contains(QStringLiteral("Cancelled by a forced restart")), qPrintable(dump()));
        }
    }

    void failuresAreReportedWithWhatToDo()
    {
        m_notices.clear();
        m_actions->restart(QStringLiteral("/no/such/app"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_notices.isEmpty(), 10000);
        QCOMPARE(m_notices.last().severity, Notice::Severity::Error);
        QVERIFY(m_notices.last().text.contains(QStringLiteral("does not exist")));
    }

    void cleanupTestCase()
    {
        m_actions.reset();
        m_watcher.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TestAppActions)
#include "tst_AppActions.moc"
