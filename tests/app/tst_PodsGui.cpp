// Pods in the console on a localcluster, driven as a person does: the Pods tab of the Apps
// page, Create… with the pod's JSON (Review, Apply), the pod listed with its endpoints and its
// instance's tasks, a 422 shown in the editor, the pod's task in the Tasks view and its log
// opened; Scale… and Destroy (confirmed). With MC_TEST_SCREENSHOTS=DIR it saves the Pods tab,
// light and dark.

#include "app/gui/Composition.h"
#include "models/apps/PodsModel.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/JsonEditDialog.h"
#include "widgets/apps/PodsPanel.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/logs/LogView.h"
#include "widgets/logs/LogsPage.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// (No raw string here: moc reads this file.)
const QString kPod = QStringLiteral(
    "{\n"
    "  \"id\": \"/gui/duo\",\n"
    "  \"scaling\": {\"kind\": \"fixed\", \"instances\": 1},\n"
    "  \"containers\": [\n"
    "    {\"name\": \"web\", \"resources\": {\"cpus\": 0.1, \"mem\": 32},\n"
    "     \"endpoints\": [{\"name\": \"http\", \"hostPort\": 0}],\n"
    "     \"exec\": {\"command\": {\"shell\": \"echo \\\"pod web listening on $ENDPOINT_HTTP\\\"; exec sleep 600\"}}},\n"
    "    {\"name\": \"side\", \"resources\": {\"cpus\": 0.1, \"mem\": 16},\n"
    "     \"exec\": {\"command\": {\"shell\": \"exec sleep 600\"}}}\n"
    "  ]\n"
    "}\n");

} // namespace

class tst_PodsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<widgets::MainWindow> m_window;
    std::unique_ptr<app::Composition> m_composition;
    QList<widgets::Confirmation> m_asked;

    widgets::AppsPage *appsPage() const { return m_window->findChild<widgets::AppsPage *>(); }
    widgets::PodsPanel *pods() const { return appsPage()->pods(); }
    template<typename T> T *child(QWidget *in, const QString &name) const { return in->findChild<T *>(name); }

    void click(QWidget *w)
    {
        QVERIFY2(w && w->isEnabled(), qPrintable(w ? w->objectName() : u"(none)"_s));
        QTest::mouseClick(w, Qt::LeftButton);
    }

    // The editor of a new pod, filled with `text`, reviewed; nullptr when it did not open.
    widgets::JsonEditDialog *createDialogWith(const QString &text)
    {
        click(child<QPushButton>(pods(), u"podCreateButton"_s));
        widgets::JsonEditDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                return (dialog = m_window->findChild<widgets::JsonEditDialog *>(u"podEditDialog"_s))
                    != nullptr;
            }))
            return nullptr;
        auto *editor = dialog->findChild<QPlainTextEdit *>(u"podJson"_s);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        editor->insertPlainText(text); // pasted, as a person does
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
        return dialog;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            QTest::qWait(300);
            QVERIFY(widget->grab().save(
                dir + u"/%1-%2.png"_s.arg(name, theme == settings::Theme::Light ? u"light"_s : u"dark"_s)));
        }
        widgets::applyTheme(settings::Theme::Light);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_cluster = std::make_unique<test::LocalClusterProcess>(QStringList { u"--agents"_s, u"1"_s });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        app::StartOptions options;
        options.masters = m_cluster->masterUrls();
        options.marathons = { m_cluster->marathonUrl() };
        m_window = std::make_unique<widgets::MainWindow>();
        m_composition = std::make_unique<app::Composition>(m_window.get(), options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(u"apps"_s);
        QTRY_VERIFY(appsPage() && appsPage()->isVisible());
        pods()->setConfirmation([this](const widgets::Confirmation &c) {
            m_asked << c;
            return true;
        });
        pods()->setAskInstances([](const QString &, int) { return std::optional<int>(2); });
    }

    void cleanupTestCase()
    {
        m_composition.reset();
        m_window.reset();
        m_cluster.reset();
    }

    void podsTabSaysThereAreNone()
    {
        QTabBar *tabs = child<QTabBar>(appsPage(), u"appsSectionTabs"_s);
        QVERIFY(tabs);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QTRY_VERIFY(pods()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pods(), u"podsNotice"_s)->text().contains(u"No pods"_s),
                                 10000);
        QVERIFY(!child<QPushButton>(pods(), u"podDestroyButton"_s)->isEnabled()); // nothing selected
    }

    void invalidPodShowsMarathonsObjection()
    {
        QString broken = kPod;
        broken.replace(u"\"side\""_s, u"\"web\""_s);
        widgets::JsonEditDialog *dialog = createDialogWith(broken);
        QVERIFY(dialog);
        auto *apply = dialog->findChild<QPushButton *>(u"applyButton"_s);
        QTRY_VERIFY(apply->isEnabled());
        click(apply);
        auto *status = dialog->findChild<QLabel *>(u"podEditStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"/containers: container names are unique"_s),
                                 10000);
        QVERIFY(dialog->isVisible()); // stays open to fix it
        dialog->reject();
    }

    void createdPodRunsAndItsTaskLogOpens()
    {
        widgets::JsonEditDialog *dialog = createDialogWith(kPod);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPlainTextEdit *>(u"podDiff"_s)
                        ->toPlainText()
                        .contains(u"\"id\": \"/gui/duo\""_s));
        click(dialog->findChild<QPushButton *>(u"applyButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<widgets::JsonEditDialog *>(u"podEditDialog"_s), 10000);

        // Listed, STABLE, with its endpoint's host port; selected: its instance and tasks below.
        models::PodsModel *model = pods()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->pod(u"/gui/duo"_s) && model->pod(u"/gui/duo"_s)->status == u"STABLE"_s, 20000);
        const int row = model->rowOf(u"/gui/duo"_s);
        QCOMPARE(model->index(row, models::PodsModel::Instances).data().toString(), u"1 / 1"_s);
        QVERIFY2(model->index(row, models::PodsModel::Endpoints)
                     .data()
                     .toString()
                     .contains(QRegularExpression(u"^http:\\d+$"_s)),
                 qPrintable(model->index(row, models::PodsModel::Endpoints).data().toString()));
        QVERIFY(pods()->selectPod(u"/gui/duo"_s));
        const marathon::PodInstanceStatus instance = model->pod(u"/gui/duo"_s)->instances.first();
        const QString webTask = instance.id + u".web"_s;
        QTRY_VERIFY(child<QLabel>(pods(), u"podDetails"_s)->text().contains(webTask));
        shoot(appsPage(), u"apps-pods"_s);

        // The pod's task is a task of the Tasks view; its log opens and shows what it printed.
        m_window->showPage(u"tasks"_s);
        auto *tasks = m_window->findChild<widgets::TasksPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(tasks->showTask(webTask), 20000);
        click(child<QPushButton>(tasks, u"logsButton"_s));
        QTRY_COMPARE(m_window->currentPageId(), u"logs"_s);
        auto *logs = m_window->findChild<widgets::LogsPage *>();
        widgets::LogView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = logs->currentView()) != nullptr, 10000);
        int port = 0;
        for (const marathon::PodContainerStatus &c : instance.containers) {
            if (c.name == u"web"_s && !c.endpoints.isEmpty())
                port = c.endpoints.first().allocatedHostPort;
        }
        QVERIFY(port > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->text()->toPlainText().contains(u"pod web listening on %1"_s.arg(port)),
                                 15000);
        m_window->showPage(u"apps"_s);
    }

    void scaleAndDestroy()
    {
        QVERIFY(pods()->selectPod(u"/gui/duo"_s));
        click(child<QPushButton>(pods(), u"podScaleButton"_s)); // asked: 2
        models::PodsModel *model = pods()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->pod(u"/gui/duo"_s) && model->pod(u"/gui/duo"_s)->stableInstances() == 2, 20000);
        QVERIFY(pods()->selectPod(u"/gui/duo"_s));
        m_asked.clear();
        click(child<QPushButton>(pods(), u"podDestroyButton"_s));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().objects.size(), 2); // both instances named
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(u"/gui/duo"_s) < 0, 20000);
    }
};

QTEST_MAIN(tst_PodsGui)
#include "tst_PodsGui.moc"
