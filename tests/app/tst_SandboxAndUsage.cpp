// The console on a localcluster as an operator uses it: the Files tab of a task
// (its sandbox tree, a file other than stdout opened in the log viewer, a binary
// file downloaded byte for byte) and what tasks use (a spinning task's CPU % above
// a sleeping one's, from real processes; the selected task's chart; the Apps sums).
// With MC_TEST_SCREENSHOTS=DIR it saves the pages, light and dark.

#include "app/gui/Composition.h"
#include "core/logs/SandboxBrowser.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "models/cluster/TasksModel.h"
#include "models/logs/SandboxModel.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TaskUsageChart.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/logs/LogView.h"
#include "widgets/logs/LogsPage.h"
#include "widgets/logs/SandboxView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractProxyModel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace mc;

class tst_SandboxAndUsage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<widgets::MainWindow> m_window;
    std::unique_ptr<app::Composition> m_composition;
    QTemporaryDir m_dir;

    void launch(const QString &appId, const QString &cmd)
    {
        const QJsonObject app { { QStringLiteral("id"), appId },
                                { QStringLiteral("cmd"), cmd },
                                { QStringLiteral("instances"), 1 },
                                { QStringLiteral("cpus"), 0.5 },
                                { QStringLiteral("mem"), 64 } };
        QVERIFY(!m_cluster->launchApp(app).isEmpty());
    }

    widgets::TasksPage *tasksPage() const { return m_window->findChild<widgets::TasksPage *>(); }
    widgets::AppsPage *appsPage() const { return m_window->findChild<widgets::AppsPage *>(); }

    // The id of the running task of `appId` ("/spin" -> "spin.<uuid>"), or "".
    QString taskOf(const QString &appId) const
    {
        const models::TasksModel *tasks = tasksPage()->proxy()->sourceModel()
            ? qobject_cast<const models::TasksModel *>(tasksPage()->proxy()->sourceModel())
            : nullptr;
        for (int r = 0; tasks && r < tasks->rowCount(); ++r) {
            if (tasks->row(r).task->id.startsWith(appId.mid(1) + u'.')
                && tasks->row(r).task->state == mesos::TaskState::Running)
                return tasks->row(r).task->id;
        }
        return {};
    }

    double cpuOf(const QString &taskId) const
    {
        const auto *tasks = qobject_cast<const models::TasksModel *>(tasksPage()->proxy()->sourceModel());
        const int row = tasks->rowOf(taskId);
        return row < 0 ? -2
                       : tasks->index(row, models::TasksModel::CpuUsed).data(models::RawValueRole).toDouble();
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            QTest::qWait(300);
            QVERIFY(
                widget->grab().save(dir
                                    + QStringLiteral("/%1-%2.png")
                                          .arg(name, theme == settings::Theme::Light ? u"light" : u"dark")));
        }
        widgets::applyTheme(settings::Theme::Light);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<test::LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("2") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        launch(QStringLiteral("/files"),
               QStringLiteral("mkdir -p conf && printf 'port: 8080\\nname: web\\n' > conf/app.yaml && "
                              "head -c 200000 /dev/urandom > blob.bin && echo started && exec sleep 600"));
        launch(QStringLiteral("/spin"), QStringLiteral("while :; do :; done"));
        launch(QStringLiteral("/idle"), QStringLiteral("exec sleep 600"));
        app::StartOptions options;
        options.masters = m_cluster->masterUrls();
        options.marathons = { m_cluster->marathonUrl() };
        m_window = std::make_unique<widgets::MainWindow>();
        m_composition = std::make_unique<app::Composition>(m_window.get(), options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(QStringLiteral("tasks"));
        QTRY_VERIFY_WITH_TIMEOUT(tasksPage() && !taskOf(QStringLiteral("/files")).isEmpty()
                                     && !taskOf(QStringLiteral("/spin")).isEmpty()
                                     && !taskOf(QStringLiteral("/idle")).isEmpty(),
                                 20000);
    }

    void cleanupTestCase()
    {
        m_composition.reset();
        m_window.reset();
        m_cluster.reset();
    }

    void spinningTaskShowsMoreCpuThanASleepingOne()
    {
        const QString spin = taskOf(QStringLiteral("/spin"));
        const QString idle = taskOf(QStringLiteral("/idle"));
        // Both rows are on screen: the sampler asks their agents, twice before a CPU figure.
        QTRY_VERIFY_WITH_TIMEOUT(cpuOf(spin) >= 0 && cpuOf(idle) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cpuOf(spin) > cpuOf(idle) && cpuOf(spin) > 0.2, 20000);
        const auto *tasks = qobject_cast<const models::TasksModel *>(tasksPage()->proxy()->sourceModel());
        const QModelIndex memory = tasks->index(tasks->rowOf(spin), models::TasksModel::MemoryUsed);
        QVERIFY2(memory.data().toString().contains(u'/'), qPrintable(memory.data().toString()));
        QVERIFY(memory.data(models::FractionRole).toDouble() > 0);

        // Sorted by CPU %, highest first: the spinning task leads.
        QTableView *view = tasksPage()->table()->view();
        view->sortByColumn(models::TasksModel::CpuUsed, Qt::DescendingOrder);
        QTRY_COMPARE(view->model()->index(0, models::TasksModel::Id).data().toString(), spin);

        // The selected task's chart.
        QVERIFY(tasksPage()->showTask(spin));
        widgets::TaskUsageChart *chart = tasksPage()->usageChart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->isVisible() && chart->taskId() == spin && chart->pointCount() >= 2,
                                 20000);
        shoot(tasksPage(), QStringLiteral("tasks-usage"));
    }

    void appsViewSumsItsTasks()
    {
        m_window->showPage(QStringLiteral("apps"));
        const models::AppsModel *apps = nullptr;
        QTRY_VERIFY(
            (apps = qobject_cast<const models::AppsModel *>(appsPage()->apps()->proxy()->sourceModel()))
            != nullptr);
        const auto usedOf = [apps](const QString &id) {
            const int row = apps->rowOf(id);
            return row < 0 ? -2.0
                           : apps->index(row, models::AppsModel::Used).data(models::RawValueRole).toDouble();
        };
        QTRY_VERIFY_WITH_TIMEOUT(usedOf(QStringLiteral("/spin")) > 0.2, 20000);
        QVERIFY(usedOf(QStringLiteral("/spin")) > usedOf(QStringLiteral("/idle")));
        shoot(appsPage(), QStringLiteral("apps-used"));
        m_window->showPage(QStringLiteral("tasks"));
    }

    void filesTabListsOpensAndDownloads()
    {
        const QString taskId = taskOf(QStringLiteral("/files"));
        QVERIFY(tasksPage()->showTask(taskId));
        auto *filesButton = tasksPage()->findChild<QPushButton *>(QStringLiteral("filesButton"));
        QVERIFY(filesButton && filesButton->isEnabled());
        QTest::mouseClick(filesButton, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("logs"));
        auto *logs = m_window->findChild<widgets::LogsPage *>();
        widgets::SandboxView *files = nullptr;
        QTRY_VERIFY((files = logs->tabs()->currentWidget()->findChild<widgets::SandboxView *>()) != nullptr);
        QVERIFY(files->isVisible()); // the Files tab in front
        models::SandboxModel *model = files->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(QStringLiteral("blob.bin")).isValid()
                                     && model->indexOf(QStringLiteral("conf")).isValid(),
                                 10000);
        QCOMPARE(model->indexOf(QStringLiteral("blob.bin"))
                     .siblingAtColumn(models::SandboxModel::Size)
                     .data(models::SandboxModel::RawValueRole),
                 QVariant(qint64(200000)));

        // Open the folder, select a file in it and press Open: the log viewer shows it.
        QTreeView *tree = files->tree();
        tree->expand(model->indexOf(QStringLiteral("conf")));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(QStringLiteral("conf/app.yaml")).isValid(), 10000);
        tree->setCurrentIndex(model->indexOf(QStringLiteral("conf/app.yaml")));
        auto *open = files->findChild<QPushButton *>(QStringLiteral("sandboxOpen"));
        QVERIFY(open->isEnabled());
        shoot(logs, QStringLiteral("logs-files"));
        QTest::mouseClick(open, Qt::LeftButton);
        widgets::LogView *view = nullptr;
        QTRY_VERIFY((view = logs->currentView()) != nullptr
                    && view->source()->title().endsWith(u"conf/app.yaml"));
        QTRY_VERIFY_WITH_TIMEOUT(view->text()->toPlainText().contains(QStringLiteral("port: 8080")), 10000);

        // Download the binary file: byte for byte what the sandbox holds.
        const QString out = m_dir.filePath(QStringLiteral("blob.bin"));
        files->download(QStringLiteral("blob.bin"), out);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() == 200000, 10000);
        QFile local(out);
        QFile remote(files->browser()->sandbox()->directory + QStringLiteral("/blob.bin"));
        QVERIFY(local.open(QIODevice::ReadOnly) && remote.open(QIODevice::ReadOnly));
        QVERIFY(local.readAll() == remote.readAll());
    }
};

QTEST_MAIN(tst_SandboxAndUsage)
#include "tst_SandboxAndUsage.moc"
