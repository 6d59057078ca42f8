#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/SnapshotTableModel.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/AppActions.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mc;
using cluster::Notice;

namespace {

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

// The app/task actions of the Apps and Tasks views against localcluster,
// through the live snapshots the views show.
class TestAppActions : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster { { QStringLiteral("--kill-grace"), QStringLiteral("300") } };
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<marathon::MarathonClient> m_client;
    std::unique_ptr<widgets::AppsPage> m_apps;
    std::unique_ptr<widgets::TasksPage> m_tasks;
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
                    || all.contains(QStringLiteral("succeeded"))))
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
    QString startedDeployment(const QString &what) const
    {
        static const QRegularExpression started(QStringLiteral("^Deployment (\\S+) started\\.$"));
        for (const Notice &n : m_notices)
            if (n.title == what)
                if (const auto m = started.match(n.text); m.hasMatch())
                    return m.captured(1);
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
        connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, this,
                [this](const cluster::SnapshotPtr &s) { m_feedNotices << m_feed.next(s); });
        m_http = std::make_unique<http::HttpClient>();
        m_client = std::make_unique<marathon::MarathonClient>(m_http.get(), QUrl(m_cluster.marathonUrl()));
        m_apps = std::make_unique<widgets::AppsPage>(m_models.get());
        m_tasks = std::make_unique<widgets::TasksPage>(m_models.get());
        m_actions = std::make_unique<widgets::AppActions>(m_client.get(), m_models.get(), m_apps.get());
        m_actions->attachApps(m_apps.get());
        m_actions->attachTasks(m_tasks.get());
        connect(m_actions.get(), &widgets::AppActions::noticed, this,
                [this](const Notice &n) { m_notices << n; });
        m_apps->show();
        m_tasks->show();
        m_watcher->start();

        marathon::AppDefinition d;
        d.id = QStringLiteral("/ui/app");
        d.cmd = QStringLiteral("exec sleep 600");
        d.cpus = 0.1;
        d.mem = 32;
        d.instances = 2;
        bool created = false;
        m_client->createApp(d, this, [&](const marathon::ActionResult &r) { created = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app(d.id) && app(d.id)->tasksRunning == 2 && app(d.id)->deploymentIds.isEmpty(), 15000);
    }

    void viewsCarryTheActions()
    {
        for (const QString &text :
             { QStringLiteral("Launch…"), QStringLiteral("Edit…"), QStringLiteral("Scale…"),
               QStringLiteral("Restart"), QStringLiteral("Suspend"), QStringLiteral("Resume…"),
               QStringLiteral("Destroy…"), QStringLiteral("Roll back"), QStringLiteral("Stop") })
            QVERIFY2(button(m_apps.get(), text), qPrintable(text));
        QVERIFY(button(m_tasks.get(), QStringLiteral("Kill")));
        QVERIFY(button(m_tasks.get(), QStringLiteral("Kill && scale down")));
        QVERIFY(!button(m_apps.get(), QStringLiteral("Restart"))->isEnabled()); // nothing selected yet
    }

    void restartButtonDeploysAndReportsTheEnd()
    {
        QVERIFY(m_apps->apps()->selectId(QStringLiteral("/ui/app")));
        QPushButton *restart = button(m_apps.get(), QStringLiteral("Restart"));
        QTRY_VERIFY(restart->isEnabled());
        m_notices.clear();
        m_feedNotices.clear(); // the launch in initTestCase is told there
        QTest::mouseClick(restart, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(noticeContains(QStringLiteral("started")), 10000);
        // The end is told once (by the notice feed, which reads Marathon's events), not once per source.
        QTRY_VERIFY_WITH_TIMEOUT(!outcomes(QStringLiteral("/ui/app")).isEmpty(), 20000);
        QTest::qWait(1000);
        const QList<Notice> ended = outcomes(QStringLiteral("/ui/app"));
        QVERIFY2(ended.size() == 1, qPrintable(dump()));
        QCOMPARE(ended.first().kind, Notice::Kind::DeploymentFinished);
        QCOMPARE(ended.first().severity, Notice::Severity::Info);
    }

    void killSelectedTasksAndScaleDown()
    {
        QTRY_VERIFY_WITH_TIMEOUT(app(QStringLiteral("/ui/app"))->deploymentIds.isEmpty(), 15000);
        QTableView *view = m_tasks->table()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 15000);
        QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
        // A task Marathon runs now (the view also lists the tasks the restart replaced, and the
        // Mesos state it shows may lag behind Marathon).
        QStringList running;
        for (const QJsonValue &t :
             QJsonDocument::fromJson(
                 test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/apps/ui/app/tasks")).body)
                 .object()
                 .value(QStringLiteral("tasks"))
                 .toArray())
            running << t.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(running.size(), 2);
        bool selected = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < view->model()->rowCount(); ++r) {
                    const QModelIndex index = view->model()->index(r, 0);
                    if (running.contains(index.data(models::IdRole).toString())) {
                        view->selectionModel()->select(
                            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                        selected = true;
                    }
                }
                return selected;
            }(),
            10000);
        QVERIFY(selected);
        QTest::mouseClick(button(m_tasks.get(), QStringLiteral("Kill && scale down")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(noticeContains(QStringLiteral("Kill 1 task")), 10000);
        QVERIFY2(m_notices.last().severity == Notice::Severity::Info, qPrintable(m_notices.last().text));
        QTRY_COMPARE_WITH_TIMEOUT(app(QStringLiteral("/ui/app"))->instances, 1, 15000);
    }

    void destroyAsksByNameAndCancelKeepsTheApp()
    {
        QString question;
        QTimer::singleShot(200, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->reject();
        });
        m_actions->destroy(QStringLiteral("/ui/app"));
        QVERIFY2(question.contains(QStringLiteral("/ui/app")), qPrintable(question));
        QTest::qWait(300);
        QVERIFY(app(QStringLiteral("/ui/app")));
        m_actions->destroyConfirmed(QStringLiteral("/ui/app"));
        QTRY_VERIFY_WITH_TIMEOUT(!app(QStringLiteral("/ui/app")), 15000);
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
        bool stopped = false;
        m_client->rollbackDeployment(blocking, true, this,
                                     [&](const marathon::ActionResult &r) { stopped = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!startedDeployment(QStringLiteral("Restart %1").arg(id)).isEmpty(), 10000);
        const QString restart = startedDeployment(QStringLiteral("Restart %1").arg(id));
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
    }
};

QTEST_MAIN(TestAppActions)
#include "tst_AppActions.moc"
