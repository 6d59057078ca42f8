// "Export apps…" and "Import apps…" on the Apps page against localcluster, driven as a user
// does: the export written, the import's plan (create / update / unchanged / conflict, pods
// among the apps) with the diff of the clicked row, options typed and ticked, Apply clicked,
// each app's and pod's result and the summary; a read-only cluster cannot apply, a protected one
// asks once per import. With MC_SCREENSHOT_DIR set it saves the dialog in the light and dark
// themes.
#include "core/audit/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/marathon/AppExport.h"
#include "core/marathon/MarathonClient.h"
#include "models/apps/ImportPlanModel.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/AppImportDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sleeper(const QString &id, const QString &cmd = u"exec sleep 600"_s)
{
    return {
        { u"id"_s, id }, { u"cmd"_s, cmd }, { u"instances"_s, 1 }, { u"cpus"_s, 0.01 }, { u"mem"_s, 8 }
    };
}

QJsonObject sleeperPod(const QString &id)
{
    return { { u"id"_s, id },
             { u"containers"_s,
               QJsonArray { QJsonObject {
                   { u"name"_s, u"main"_s },
                   { u"exec"_s,
                     QJsonObject { { u"command"_s, QJsonObject { { u"shell"_s, u"exec sleep 600"_s } } } } },
                   { u"resources"_s, QJsonObject { { u"cpus"_s, 0.01 }, { u"mem"_s, 8 } } } } } } };
}

int rowOf(QTableView *view, const QString &id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(models::ImportPlanModel::IdRole).toString() == id)
            return r;
    }
    return -1;
}

} // namespace

class tst_AppImportDialog : public QObject
{
    Q_OBJECT

    test::LocalClusterProcess m_cluster { { u"--kill-grace"_s, u"300"_s } };
    std::unique_ptr<models::ClusterModels> m_models;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<marathon::MarathonClient> m_client;
    std::unique_ptr<widgets::AppsPage> m_page;
    std::unique_ptr<widgets::AppActions> m_actions;
    widgets::ChangeGuard m_guard;
    QList<cluster::Notice> m_notices;
    QTemporaryDir m_dir;
    QString m_file; // the import: /prod/web changed, /prod/api new, /prod/db as it is

    QString marathon() const { return m_cluster.marathonUrl(); }
    QJsonObject app(const QString &id)
    {
        return test::httpGet(marathon() + u"/v2/apps"_s + id).json().object().value(u"app"_s).toObject();
    }
    widgets::AppImportDialog *openImport(const QString &path)
    {
        widgets::AppImportDialog *dialog = m_actions->importFrom(path);
        if (dialog)
            new QAbstractItemModelTester(dialog->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        for (const QJsonObject &a : { sleeper(u"/prod/web"_s), sleeper(u"/prod/db"_s), sleeper(u"/tools"_s) })
            QCOMPARE(test::httpRequest("POST", marathon() + u"/v2/apps"_s, QJsonDocument(a).toJson()).status,
                     201);
        QVERIFY(QTest::qWaitFor(
            [&] { return test::httpGet(marathon() + u"/v2/deployments"_s).json().array().isEmpty(); },
            20000));
        const marathon::GroupNode incoming = marathon::GroupNode::fromApps(
            { sleeper(u"/prod/web"_s, u"exec sleep 700"_s), sleeper(u"/prod/api"_s), app(u"/prod/db"_s) });
        m_file = m_dir.filePath(u"import.json"_s);
        QVERIFY(marathon::AppExport::writeFile(incoming, m_file).ok());

        m_models = std::make_unique<models::ClusterModels>();
        m_http = std::make_unique<http::HttpClient>();
        m_client = std::make_unique<marathon::MarathonClient>(m_http.get(), QUrl(marathon()));
        m_page = std::make_unique<widgets::AppsPage>(m_models.get());
        m_actions = std::make_unique<widgets::AppActions>(m_client.get(), m_models.get(), m_page.get());
        m_actions->attachApps(m_page.get());
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadWrite, QColor());
        m_actions->setGuard(&m_guard);
        connect(m_actions.get(), &widgets::AppActions::noticed, this,
                [this](const cluster::Notice &n) { m_notices << n; });
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanupTestCase()
    {
        m_actions.reset();
        m_page.reset();
    }

    void buttonsOnTheAppsPage()
    {
        auto *exportButton = m_page->findChild<QPushButton *>(u"exportAppsButton"_s);
        auto *importButton = m_page->findChild<QPushButton *>(u"importAppsButton"_s);
        QVERIFY(exportButton && importButton);
        QVERIFY(exportButton->isEnabled() && importButton->isEnabled());
        QCOMPARE(importButton->menu()->actions().size(), 2);
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadOnly, QColor());
        QVERIFY(!importButton->isEnabled()); // a change
        QVERIFY(exportButton->isEnabled()); // a read
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadWrite, QColor());
        QVERIFY(importButton->isEnabled());
    }

    void exportWritesEveryApp()
    {
        const QString folder = m_dir.filePath(u"export"_s);
        m_notices.clear();
        m_actions->exportTo(folder);
        QTRY_COMPARE_WITH_TIMEOUT(m_notices.size(), 1, 10000);
        QCOMPARE(m_notices.first().severity, cluster::Notice::Severity::Info);
        QVERIFY2(m_notices.first().text.contains(u"The definitions of 3 app"_s),
                 qPrintable(m_notices.first().text));
        QVERIFY(QFile::exists(folder + u"/prod/web.json"_s));
        QVERIFY(QFile::exists(folder + u"/tools.json"_s));

        m_notices.clear();
        m_actions->exportTo(folder); // not empty now
        QTRY_COMPARE_WITH_TIMEOUT(m_notices.size(), 1, 10000);
        QCOMPARE(m_notices.first().severity, cluster::Notice::Severity::Error);
        QVERIFY(m_notices.first().text.contains(u"not empty"_s));
    }

    void planThenApply()
    {
        widgets::AppImportDialog *dialog = openImport(m_file);
        QVERIFY(dialog);
        QTableView *table = dialog->planView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QCOMPARE(table->model()->index(rowOf(table, u"/prod/web"_s), 0).data().toString(), u"update"_s);
        QCOMPARE(table->model()->index(rowOf(table, u"/prod/api"_s), 0).data().toString(), u"create"_s);
        QCOMPARE(table->model()->index(rowOf(table, u"/prod/db"_s), 0).data().toString(), u"unchanged"_s);
        QVERIFY(dialog->summaryLabel()->text().contains(u"1 to create, 1 to update, 1 unchanged"_s));

        // Click the update: its diff.
        const QModelIndex web = table->model()->index(rowOf(table, u"/prod/web"_s), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(web).center());
        QVERIFY2(dialog->diffView()->toPlainText().contains(u"+    \"cmd\": \"exec sleep 700\""_s),
                 qPrintable(dialog->diffView()->toPlainText()));

        // A read-only cluster: no Apply.
        QVERIFY(dialog->applyButton()->isEnabled());
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadOnly, QColor());
        QVERIFY(!dialog->applyButton()->isEnabled());
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadWrite, QColor());
        QVERIFY(dialog->applyButton()->isEnabled());

        // A prefix: everything is new there; cleared again.
        auto *prefix = dialog->findChild<QLineEdit *>(u"importPrefix"_s);
        QTest::keyClicks(prefix, u"/staging"_s);
        QVERIFY(dialog->summaryLabel()->text().contains(u"3 to create"_s));
        QCOMPARE(table->model()->index(rowOf(table, u"/staging/prod/web"_s), 1).data().toString(),
                 u"/staging/prod/web (from /prod/web)"_s);
        prefix->clear();
        QVERIFY(dialog->summaryLabel()->text().contains(u"1 to create, 1 to update"_s));

        dialog->findChild<QCheckBox *>(u"importZeroInstances"_s)->click();
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryLabel()->text().contains(u"Created 1, updated 1, failed 0"_s),
                                 10000);
        QCOMPARE(table->model()->index(rowOf(table, u"/prod/api"_s), 3).data().toString(), u"created"_s);
        QCOMPARE(table->model()->index(rowOf(table, u"/prod/web"_s), 3).data().toString(), u"updated"_s);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QCOMPARE(app(u"/prod/web"_s).value(u"cmd"_s).toString(), u"exec sleep 700"_s);
        QCOMPARE(app(u"/prod/api"_s).value(u"instances"_s).toInt(), 0);
        QCOMPARE(app(u"/tools"_s).value(u"instances"_s).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notices.isEmpty() && m_notices.last().title.startsWith(u"Import of"_s),
                                 5000);
        dialog->close();

        // Again: nothing to change.
        dialog = openImport(m_file);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 10000);
        dialog->findChild<QCheckBox *>(u"importZeroInstances"_s)->click();
        QVERIFY2(dialog->summaryLabel()->text().contains(u"3 unchanged"_s),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->close();
    }

    void conflictBlocksApply()
    {
        QVERIFY(QTest::qWaitFor(
            [&] { return test::httpGet(marathon() + u"/v2/deployments"_s).json().array().isEmpty(); },
            20000));
        const QString file = m_dir.filePath(u"conflict.json"_s);
        QVERIFY(marathon::AppExport::writeFile(
                    marathon::GroupNode::fromApps({ sleeper(u"/tools/lint"_s), sleeper(u"/prod/new"_s),
                                                    sleeper(u"/prod/web"_s, u"exec sleep 800"_s) }),
                    file)
                    .ok());
        widgets::AppImportDialog *dialog = openImport(file);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 3, 10000);
        const int row = rowOf(dialog->planView(), u"/tools/lint"_s);
        QCOMPARE(dialog->model()->index(row, 0).data().toString(), u"conflict"_s);
        QVERIFY(dialog->model()->index(row, 2).data().toString().contains(u"/tools is an app"_s));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(dialog->summaryLabel()->text().contains(u"Resolve the conflicts"_s));
        // The conflict is selected first, its reason shown.
        QVERIFY(dialog->diffView()->toPlainText().contains(u"/tools is an app"_s));

        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            dialog->resize(900, 640);
            const QModelIndex web = dialog->model()->index(rowOf(dialog->planView(), u"/prod/web"_s), 1);
            for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
                widgets::applyTheme(theme);
                dialog->planView()->clearSelection();
                QTest::mouseClick(dialog->planView()->viewport(), Qt::LeftButton, {},
                                  dialog->planView()->visualRect(web).center());
                QTest::qWait(300);
                const QString name
                    = theme == settings::Theme::Dark ? u"import-dark.png"_s : u"import-light.png"_s;
                QVERIFY(dialog->grab().save(dir + u'/' + name));
                QVERIFY(m_page->grab().save(dir
                                            + (theme == settings::Theme::Dark ? u"/apps-page-dark.png"_s
                                                                              : u"/apps-page-light.png"_s)));
            }
            widgets::applyTheme(settings::Theme::Light);
        }
        dialog->close();
    }

    void podInThePlanAndAProtectedClusterAsksOnce()
    {
        QVERIFY(QTest::qWaitFor(
            [&] { return test::httpGet(marathon() + u"/v2/deployments"_s).json().array().isEmpty(); },
            20000));
        const QString file = m_dir.filePath(u"with-pod.json"_s);
        QVERIFY(marathon::AppExport::writeFile(
                    marathon::GroupNode::fromApps({ sleeper(u"/lab/a/one"_s), sleeper(u"/lab/b/two"_s) }, {},
                                                  { sleeperPod(u"/lab/cache"_s) }),
                    file)
                    .ok());
        // A protected cluster: the gate asks the person (here: counts and says yes).
        audit::ActionGate::Scope scope;
        scope.cluster = u"lab"_s;
        scope.mode = audit::ClusterMode::Protected;
        auto gate = std::make_shared<audit::ActionGate>(scope);
        QStringList asked;
        gate->setConfirm([&](const audit::Action &action, const QString &) {
            asked << action.name + u' ' + action.targets.join(u',');
            return true;
        });
        m_client->setGate(gate);
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::Protected, QColor());

        widgets::AppImportDialog *dialog = openImport(file);
        QVERIFY(dialog);
        QTableView *table = dialog->planView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        const int podRow = rowOf(table, u"/lab/cache"_s);
        QVERIFY(podRow >= 0);
        QCOMPARE(table->model()->index(podRow, 0).data().toString(), u"create"_s);
        QCOMPARE(table->model()->index(podRow, 1).data().toString(), u"/lab/cache (pod)"_s);
        QVERIFY(table->model()->index(podRow, 0).data(models::ImportPlanModel::PodRole).toBool());
        QVERIFY(dialog->summaryLabel()->text().contains(u"3 to create"_s));
        // "Create 2 apps and 1 pod; update 0 apps" (English plural forms once translated).
        QVERIFY2(dialog->applyButton()->toolTip().contains(
                     QRegularExpression(u"^Create 2 app(s|\\(s\\)) and 1 pod(\\(s\\))?; update 0 app"_s)),
                 qPrintable(dialog->applyButton()->toolTip()));
        // Its definition when clicked.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(podRow, 1)).center());
        QVERIFY2(dialog->diffView()->toPlainText().contains(u"\"containers\""_s),
                 qPrintable(dialog->diffView()->toPlainText()));
        if (const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            dialog->resize(900, 640);
            for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
                widgets::applyTheme(theme);
                QTest::qWait(300);
                QVERIFY(dialog->grab().save(dir
                                            + (theme == settings::Theme::Dark ? u"/import-pod-dark.png"_s
                                                                              : u"/import-pod-light.png"_s)));
            }
            widgets::applyTheme(settings::Theme::Light);
        }

        // Two groups and a pod, three requests: one question for the import.
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryLabel()->text().contains(u"Created 3, updated 0, failed 0"_s),
                                 15000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(), u"apps.import /lab/a/one,/lab/b/two,/lab/cache"_s);
        QCOMPARE(table->model()->index(rowOf(table, u"/lab/cache"_s), 3).data().toString(), u"created"_s);
        QCOMPARE(test::httpGet(marathon() + u"/v2/pods/lab/cache"_s).status, 200);
        dialog->close();

        // Refused once: nothing is sent, every row says so.
        gate->setConfirm([&](const audit::Action &action, const QString &) {
            asked << action.name;
            return false;
        });
        const QString refusedFile = m_dir.filePath(u"refused.json"_s);
        QVERIFY(
            marathon::AppExport::writeFile(marathon::GroupNode::fromApps({ sleeper(u"/lab/c/three"_s) }, {},
                                                                         { sleeperPod(u"/lab/other"_s) }),
                                           refusedFile)
                .ok());
        dialog = openImport(refusedFile);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 2, 10000);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryLabel()->text().contains(u"failed 2"_s), 10000);
        QCOMPARE(asked.size(), 2);
        QVERIFY(dialog->model()->index(0, 3).data().toString().contains(u"protected"_s));
        QCOMPARE(test::httpGet(marathon() + u"/v2/pods/lab/other"_s).status, 404);
        dialog->close();
        m_client->setGate({});
        m_guard.setCluster(u"lab"_s, audit::ClusterMode::ReadWrite, QColor());
    }
};

QTEST_MAIN(tst_AppImportDialog)
#include "tst_AppImportDialog.moc"
