// The Apps page's tree of groups against localcluster: the tree derived from the app ids with
// sums per group equal to the sums of its apps, the flat list kept as a remembered choice, and
// the group actions driven from the page as a user drives them (scale by a factor, destroy with a
// confirmation naming the apps and their tasks, restart, edit its JSON with Force past a running
// deployment), each change through the action gate;
// the group's dependencies read from /v2/groups. With MC_SCREENSHOT_DIR set it saves the page in
// the light and dark themes.

#include "core/audit/ActionGate.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "models/apps/AppGroupTreeModel.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/GroupEditDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace mc;
using namespace Qt::StringLiterals;
using Column = models::AppsModel::Column;

class TestAppGroups : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster;
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<marathon::MarathonClient> m_client;
    std::unique_ptr<widgets::AppsPage> m_page;
    std::unique_ptr<widgets::AppActions> m_actions;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::optional<widgets::Confirmation> m_asked; // the last confirmation
    bool m_accept = false; // its answer

    const marathon::App *app(const QString &id) const
    {
        const int row = m_models->apps()->rowOf(id);
        return row < 0 ? nullptr : &m_models->apps()->row(row);
    }

    int marathonInstances(const QString &id) const
    {
        return test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + id)
            .json()
            .object()
            .value(u"app"_s)
            .toObject()
            .value(u"instances"_s)
            .toInt(-1);
    }

    bool settled(const QStringList &ids, int running) const
    {
        for (const QString &id : ids) {
            const marathon::App *a = app(id);
            if (!a || a->tasksRunning != a->instances || !a->deploymentIds.isEmpty())
                return false;
            running -= a->tasksRunning;
        }
        return running == 0;
    }

    // The tree row of `id` (app or group) as the view shows it.
    QModelIndex shown(const QString &id, int column = 0) const
    {
        const QModelIndexList found
            = m_page->groupTree()->model()->match(m_page->groupTree()->model()->index(0, 0), models::IdRole,
                                                  id, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
    }

    bool clickGroup(const QString &id)
    {
        QTreeView *tree = m_page->groupTree();
        const QModelIndex index = shown(id);
        if (!index.isValid())
            return false;
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        return m_page->selectedGroupId() == id;
    }

    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }

private slots:
    void initTestCase()
    {
        QSettings().remove(u"apps/showGroups"_s);
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
        // The tree model is checked through every update the test causes.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_actions = std::make_unique<widgets::AppActions>(m_client.get(), m_models.get(), m_page.get());
        m_actions->attachApps(m_page.get());
        m_actions->setConfirmation([this](const widgets::Confirmation &c) {
            m_asked = c;
            return m_accept;
        });
        m_page->resize(1300, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_watcher->start();

        // Two groups below /shop, one app at the top.
        const QByteArray group = R"({"id": "/shop", "groups": [
            {"id": "/shop/front", "apps": [
                {"id": "/shop/front/web", "cmd": "exec sleep 600", "cpus": 0.1, "mem": 32, "instances": 2},
                {"id": "/shop/front/api", "cmd": "exec sleep 600", "cpus": 0.2, "mem": 48, "instances": 1}]},
            {"id": "/shop/back", "apps": [
                {"id": "/shop/back/db", "cmd": "exec sleep 600", "cpus": 0.5, "mem": 64, "instances": 1}]}]})";
        QCOMPARE(test::httpRequest("POST", m_cluster.marathonUrl() + u"/v2/groups"_s, group,
                                   { { "Content-Type", "application/json" } })
                     .status,
                 201);
        const QByteArray solo
            = R"({"id": "/solo", "cmd": "exec sleep 600", "cpus": 0.1, "mem": 16, "instances": 1})";
        QCOMPARE(test::httpRequest("POST", m_cluster.marathonUrl() + u"/v2/apps"_s, solo,
                                   { { "Content-Type", "application/json" } })
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled({ u"/shop/front/web"_s, u"/shop/front/api"_s, u"/shop/back/db"_s, u"/solo"_s }, 5),
            20000);
    }

    void treeIsDerivedFromIdsWithSums()
    {
        m_page->setShowsGroups(true);
        const models::AppGroupTreeModel *tree = m_page->groupModel();
        QCOMPARE(tree->appIds(u"/shop"_s).size(), 3);
        QCOMPARE(models::AppGroupTreeModel::groupOf(u"/shop/front/web"_s), u"/shop/front"_s);
        QCOMPARE(models::AppGroupTreeModel::groupOf(u"/solo"_s), u"/"_s);
        // The sums of each group equal the sums over its apps, as the apps list has them.
        for (const QString &group : { u"/shop"_s, u"/shop/front"_s, u"/shop/back"_s, u"/"_s }) {
            int apps = 0, instances = 0, running = 0;
            double cpus = 0, mem = 0;
            for (int r = 0; r < m_models->apps()->rowCount(); ++r) {
                const marathon::App &a = m_models->apps()->row(r);
                if (group != u"/"_s && !a.id.startsWith(group + u'/'))
                    continue;
                ++apps;
                instances += a.instances;
                running += a.tasksRunning;
                cpus += a.cpus * a.instances;
                mem += a.mem * a.instances;
            }
            const auto t = tree->totals(group);
            QCOMPARE(t.apps, apps);
            QCOMPARE(t.instances, instances);
            QCOMPARE(t.running, running);
            QCOMPARE(t.cpus, cpus);
            QCOMPARE(t.mem, mem);
        }
        QCOMPARE(tree->totals(u"/shop"_s).instances, 4);
        QCOMPARE(tree->totals(u"/shop"_s).mem, 2 * 32 + 48 + 64.0);
        // What the user sees in the group's row.
        QVERIFY(shown(u"/shop"_s, Column::State).data().toString().startsWith(u"3 app"_s));
        QCOMPARE(shown(u"/shop"_s, Column::Instances).data().toInt(), 4);
        QCOMPARE(shown(u"/shop"_s, Column::Running).data().toInt(), 4);
        QCOMPARE(shown(u"/shop/front"_s, Column::Instances).data().toInt(), 3);
        QCOMPARE(shown(u"/shop/front/web"_s, Column::Id).data().toString(), u"web"_s);
        QVERIFY(shown(u"/solo"_s).isValid());
        QVERIFY(!shown(u"/solo"_s).parent().isValid()); // at the top, no group of its own
        QCOMPARE(shown(u"/shop/back/db"_s).parent().data(models::IdRole).toString(), u"/shop/back"_s);
    }

    void flatModeShowsTheListAndIsRemembered()
    {
        QCheckBox *toggle = m_page->findChild<QCheckBox *>(u"groupsToggle"_s);
        QVERIFY(toggle);
        toggle->setChecked(false);
        QVERIFY(m_page->apps()->isVisible());
        QVERIFY(!m_page->groupTree()->isVisible());
        QCOMPARE(m_page->apps()->view()->model()->rowCount(), 4); // the old list: every app, one row each
        QCOMPARE(QSettings().value(u"apps/showGroups"_s).toBool(), false);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(toggle->isChecked());
        QVERIFY(m_page->groupTree()->isVisible());
        QVERIFY(!m_page->apps()->isVisible());
        QCOMPARE(QSettings().value(u"apps/showGroups"_s).toBool(), true);
        // A new page starts as the last one was left.
        widgets::AppsPage another(m_models.get());
        QVERIFY(another.showsGroups());
    }

    void groupButtonsNeedAGroup()
    {
        m_page->setShowsGroups(true);
        m_page->groupTree()->clearSelection();
        QPushButton *scale = button(u"scaleGroupButton"_s);
        QVERIFY(scale && button(u"restartGroupButton"_s) && button(u"destroyGroupButton"_s));
        QVERIFY(!scale->isEnabled());
        QVERIFY2(scale->toolTip().contains(u"Select a group"_s), qPrintable(scale->toolTip()));
        QVERIFY(clickGroup(u"/shop/front"_s));
        QVERIFY(scale->isEnabled());
        // The context menu of a group's row has the group actions.
        QTreeView *tree = m_page->groupTree();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(shown(u"/shop/front"_s)).center());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QStringList texts;
        for (const QAction *a : menu->actions()) {
            texts << a->text();
            QVERIFY(a->isEnabled());
        }
        QCOMPARE(
            texts,
            (QStringList { u"Edit group…"_s, u"Scale group…"_s, u"Restart group…"_s, u"Destroy group…"_s }));
        menu->close();
    }

    void anAppInTheTreeIsTheAppActionsTarget()
    {
        m_page->setShowsGroups(true);
        const QModelIndex web = shown(u"/shop/front/web"_s);
        QVERIFY(web.isValid());
        QTreeView *tree = m_page->groupTree();
        tree->scrollTo(web);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(web).center());
        QCOMPARE(m_page->selectedAppIdInTree(), u"/shop/front/web"_s);
        QVERIFY(m_page->selectedGroupId().isEmpty());
        QCOMPARE(m_page->apps()->selectedId(), u"/shop/front/web"_s);
        QVERIFY(!button(u"scaleGroupButton"_s)->isEnabled());
        QVERIFY(
            m_actions->whyNot(widgets::AppActions::AppAction::Scale, m_page->apps()->selectedId()).isEmpty());
    }

    void dependenciesAreShown()
    {
        QCOMPARE(test::httpRequest("PUT", m_cluster.marathonUrl() + u"/v2/groups/shop/front"_s,
                                   R"({"dependencies": ["/shop/back"]})",
                                   { { "Content-Type", "application/json" } })
                     .status,
                 200);
        m_page->groupTree()->clearSelection();
        QVERIFY(clickGroup(u"/shop/front"_s));
        QTRY_VERIFY2(m_page->groupDetails()->text().contains(u"Dependencies: /shop/back"_s),
                     qPrintable(m_page->groupDetails()->text()));
        QVERIFY(clickGroup(u"/shop/back"_s));
        QTRY_VERIFY2(m_page->groupDetails()->text().contains(u"Dependencies: none"_s),
                     qPrintable(m_page->groupDetails()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            settled({ u"/shop/front/web"_s, u"/shop/front/api"_s, u"/shop/back/db"_s, u"/solo"_s }, 5),
            20000);
    }

    void scalingAGroupByTwoDoublesEachApp()
    {
        QVERIFY(clickGroup(u"/shop/front"_s));
        QTest::mouseClick(button(u"scaleGroupButton"_s), Qt::LeftButton);
        auto *dialog = m_page->findChild<QInputDialog *>(u"scaleGroupDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setDoubleValue(2);
        dialog->accept();
        // Scaling up asks nothing; the group's apps double, the other group's stays.
        QTRY_COMPARE_WITH_TIMEOUT(marathonInstances(u"/shop/front/web"_s), 4, 10000);
        QCOMPARE(marathonInstances(u"/shop/front/api"_s), 2);
        QCOMPARE(marathonInstances(u"/shop/back/db"_s), 1);
        QVERIFY(!m_asked);
        // The tree follows: the group's sums as its apps' new counts.
        QTRY_VERIFY_WITH_TIMEOUT(
            settled({ u"/shop/front/web"_s, u"/shop/front/api"_s, u"/shop/back/db"_s, u"/solo"_s }, 8),
            30000);
        QCOMPARE(shown(u"/shop/front"_s, Column::Instances).data().toInt(), 6);
        QCOMPARE(shown(u"/shop"_s, Column::Running).data().toInt(), 7);
        QCOMPARE(m_page->groupModel()->totals(u"/shop"_s).cpus, 0.1 * 4 + 0.2 * 2 + 0.5);
    }

    void scalingDownAsks()
    {
        QVERIFY(clickGroup(u"/shop/front"_s));
        m_asked.reset();
        m_accept = false;
        QTest::mouseClick(button(u"scaleGroupButton"_s), Qt::LeftButton);
        auto *dialog = m_page->findChild<QInputDialog *>(u"scaleGroupDialog"_s);
        QVERIFY(dialog);
        dialog->setDoubleValue(0.5);
        dialog->accept();
        QVERIFY(m_asked);
        QVERIFY(m_asked->objects.join(u'\n').contains(u"/shop/front/web"_s));
        QTest::qWait(300);
        QCOMPARE(marathonInstances(u"/shop/front/web"_s), 4); // cancelled: unchanged
    }

    void destroyAsksListingAppsAndTasks()
    {
        QVERIFY(clickGroup(u"/shop/back"_s));
        m_asked.reset();
        m_accept = false;
        QTest::mouseClick(button(u"destroyGroupButton"_s), Qt::LeftButton);
        QVERIFY(m_asked);
        QCOMPARE(m_asked->objects.size(), 1);
        QVERIFY2(m_asked->objects.first().contains(u"/shop/back/db"_s)
                     && m_asked->objects.first().contains(u"1 task"_s),
                 qPrintable(m_asked->objects.first()));
        QVERIFY2(m_asked->consequence.contains(u"1 task"_s), qPrintable(m_asked->consequence));
        QCOMPARE(test::httpGet(m_cluster.marathonUrl() + u"/v2/groups/shop/back"_s).status, 200); // cancelled

        // The parent lists every app below it, its subgroups' too.
        QVERIFY(clickGroup(u"/shop"_s));
        QTest::mouseClick(button(u"destroyGroupButton"_s), Qt::LeftButton);
        QCOMPARE(m_asked->objects.size(), 3);
        QVERIFY2(m_asked->consequence.contains(u"7 task"_s), qPrintable(m_asked->consequence));

        QVERIFY(clickGroup(u"/shop/back"_s));
        m_accept = true;
        QTest::mouseClick(button(u"destroyGroupButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpGet(m_cluster.marathonUrl() + u"/v2/groups/shop/back"_s).status,
                                  404, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shown(u"/shop/back"_s).isValid(), 15000);
        QCOMPARE(m_page->groupModel()->totals(u"/shop"_s).apps, 2);
        QVERIFY(shown(u"/shop/front/web"_s).isValid());
    }

    void restartReplacesEveryTaskOfTheGroup()
    {
        const auto taskIds = [this] {
            QStringList ids;
            for (const QString &app : { u"/shop/front/web"_s, u"/shop/front/api"_s }) {
                const QJsonArray tasks
                    = test::httpGet(m_cluster.marathonUrl() + u"/v2/apps"_s + app + u"/tasks"_s)
                          .json()
                          .object()
                          .value(u"tasks"_s)
                          .toArray();
                for (const QJsonValue &t : tasks)
                    ids << t.toObject().value(u"id"_s).toString();
            }
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled({ u"/shop/front/web"_s, u"/shop/front/api"_s }, 6), 20000);
        const QStringList before = taskIds();
        QCOMPARE(before.size(), 6);
        QVERIFY(clickGroup(u"/shop/front"_s));
        m_accept = true;
        QTest::mouseClick(button(u"restartGroupButton"_s), Qt::LeftButton);
        QVERIFY(m_asked && m_asked->objects.size() == 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QStringList now = taskIds();
                if (now.size() != 6)
                    return false;
                for (const QString &id : now)
                    if (before.contains(id))
                        return false;
                return true;
            }(),
            30000);
    }

    void editingTheGroupShowsTheDiffThenApplies()
    {
        QTRY_VERIFY_WITH_TIMEOUT(settled({ u"/shop/front/web"_s, u"/shop/front/api"_s }, 6), 20000);
        QVERIFY(clickGroup(u"/shop/front"_s));
        QTest::mouseClick(button(u"editGroupButton"_s), Qt::LeftButton);
        QPointer<widgets::GroupEditDialog> dialog;
        QTRY_VERIFY((dialog = m_page->findChild<widgets::GroupEditDialog *>(u"groupEditDialog"_s)) != nullptr
                    && dialog->isVisible());
        const QJsonObject before = QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object();
        QCOMPARE(before.value(u"id"_s).toString(), u"/shop/front"_s);
        QVERIFY(!dialog->editor()->toPlainText().contains(
            u"tasksRunning"_s)); // what Marathon manages is left out
        QVERIFY(!dialog->applyButton()->isEnabled());

        // Broken JSON is said, nothing can be applied.
        dialog->editor()->setPlainText(u"{ \"id\": "_s);
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        QVERIFY2(dialog->statusLabel()->text().contains(u"Not valid JSON"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(!dialog->applyButton()->isEnabled());

        // api from 2 instances to 1, as a user types it.
        QJsonObject edited = before;
        QJsonArray apps = edited.value(u"apps"_s).toArray();
        for (qsizetype i = 0; i < apps.size(); ++i) {
            QJsonObject a = apps.at(i).toObject();
            if (a.value(u"id"_s).toString() == u"/shop/front/api"_s) {
                QCOMPARE(a.value(u"instances"_s).toInt(), 2);
                a.insert(u"instances"_s, 1);
                apps.replace(i, a);
            }
        }
        edited.insert(u"apps"_s, apps);
        dialog->editor()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        const QString diff = dialog->diffView()->toPlainText();
        static const QRegularExpression removed(uR"(^-\s+"instances": 2,?$)"_s,
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression added(uR"(^\+\s+"instances": 1,?$)"_s,
                                              QRegularExpression::MultilineOption);
        QVERIFY2(diff.contains(removed) && diff.contains(added), qPrintable(diff));
        QVERIFY(dialog->applyButton()->isEnabled());
        QCOMPARE(marathonInstances(u"/shop/front/api"_s), 2); // nothing sent by a review
        if (const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog->grab().save(dir + u"/group-edit-light.png"_s));
        }
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(marathonInstances(u"/shop/front/api"_s) == 1,
                                  qPrintable(dialog ? dialog->statusLabel()->text() : QString()), 10000);
        QCOMPARE(marathonInstances(u"/shop/front/web"_s), 4);
        QTRY_VERIFY(!m_page->findChild<widgets::GroupEditDialog *>(u"groupEditDialog"_s)); // closed
    }

    void groupEditOffersForceWhenADeploymentIsInTheWay()
    {
        // An app that cannot be placed: its deployment stays, and a group edit that changes it meets 409.
        const QJsonObject stuck { { u"id"_s, u"/shop/front/stuck"_s },
                                  { u"cmd"_s, u"exec sleep 600"_s },
                                  { u"instances"_s, 1 },
                                  { u"cpus"_s, 1000 },
                                  { u"mem"_s, 8 } };
        QCOMPARE(
            test::httpRequest("POST", m_cluster.marathonUrl() + u"/v2/apps"_s, QJsonDocument(stuck).toJson())
                .status,
            201);
        QTRY_VERIFY(app(u"/shop/front/stuck"_s) != nullptr);
        QVERIFY(clickGroup(u"/shop/front"_s));
        QTest::mouseClick(button(u"editGroupButton"_s), Qt::LeftButton);
        QPointer<widgets::GroupEditDialog> dialog;
        QTRY_VERIFY((dialog = m_page->findChild<widgets::GroupEditDialog *>(u"groupEditDialog"_s)) != nullptr
                    && dialog->isVisible());
        QJsonObject edited = QJsonDocument::fromJson(dialog->editor()->toPlainText().toUtf8()).object();
        QJsonArray apps = edited.value(u"apps"_s).toArray();
        for (qsizetype i = 0; i < apps.size(); ++i) {
            QJsonObject a = apps.at(i).toObject();
            if (a.value(u"id"_s).toString() == u"/shop/front/stuck"_s) {
                a.insert(u"cpus"_s, 0.01);
                apps.replace(i, a);
            }
        }
        edited.insert(u"apps"_s, apps);
        dialog->editor()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QTest::mouseClick(dialog->reviewButton(), Qt::LeftButton);
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY(!dialog->forceButton()->isVisible());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->forceButton()->isVisible(), 10000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"locked by deployment"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QTest::mouseClick(dialog->forceButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<widgets::GroupEditDialog *>(u"groupEditDialog"_s), 10000);
        QCOMPARE(test::httpGet(m_cluster.marathonUrl() + u"/v2/apps/shop/front/stuck"_s)
                     .json()
                     .object()
                     .value(u"app"_s)
                     .toObject()
                     .value(u"cpus"_s)
                     .toDouble(),
                 0.01);
        QCOMPARE(test::httpRequest("DELETE",
                                   m_cluster.marathonUrl() + u"/v2/apps/shop/front/stuck?force=true"_s, {})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(app(u"/shop/front/stuck"_s) == nullptr, 20000);
    }

    void readOnlyGateRefuses()
    {
        // The gate a read-only cluster gets: the change is refused before it is sent.
        audit::ActionGate::Scope scope;
        scope.cluster = u"groups-test"_s;
        scope.mode = audit::ClusterMode::ReadOnly;
        m_client->setGate(std::make_shared<audit::ActionGate>(scope));
        bool refused = false;
        m_client->scaleGroup(u"/shop/front"_s, 2, false, this,
                             [&](const marathon::ActionResult &r) { refused = !r.ok(); });
        QTRY_VERIFY(refused);
        QCOMPARE(marathonInstances(u"/shop/front/web"_s), 4);
        m_client->setGate({});
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MC_SCREENSHOT_DIR not set");
        QDir().mkpath(dir);
        QVERIFY(clickGroup(u"/shop/front"_s));
        QTRY_VERIFY(m_page->groupDetails()->text().contains(u"Dependencies:"_s));
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            QTest::qWait(300);
            QVERIFY(m_page->grab().save(dir
                                        + (theme == settings::Theme::Dark ? u"/apps-groups-dark.png"_s
                                                                          : u"/apps-groups-light.png"_s)));
        }
        widgets::applyTheme(settings::Theme::Light);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_actions.reset();
        m_page.reset();
        if (m_watcher)
            m_watcher->stop();
    }
};

QTEST_MAIN(TestAppGroups)
#include "tst_AppGroups.moc"
