// A workspace's cluster mode in the GUI, as a user meets it, against a real
// localcluster: read-only greys every control that changes the cluster or a
// host (found by objectName) and nothing mutating reaches Marathon; protected
// asks for the cluster's name typed (a wrong one refuses, nothing served; the
// right one goes ahead); each GUI change is one audit line with the same fields
// as the CLI's; the Audit page filters and exports those lines.
#include "app/gui/Composition.h"
#include "core/audit/AuditLog.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "models/audit/AuditModel.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/audit/AuditPage.h"
#include "widgets/audit/TypeClusterNameDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/inventory/ClusterProfileDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// Every control of the GUI that changes the cluster or a host. A new one goes here (and under
// the ChangeGuard), or this test does not know it.
const QStringList kChangeControls = {
    // Apps and deployments
    u"launchButton"_s,
    u"editButton"_s,
    u"scaleButton"_s,
    u"restartButton"_s,
    u"suspendButton"_s,
    u"resumeButton"_s,
    u"destroyButton"_s,
    u"rollbackButton"_s,
    u"stopDeploymentButton"_s,
    u"resetDelayButton"_s,
    u"applyVersionButton"_s,
    u"importAppsButton"_s,
    u"editGroupButton"_s,
    u"scaleGroupButton"_s,
    u"restartGroupButton"_s,
    u"destroyGroupButton"_s,
    // Tasks
    u"killButton"_s,
    u"killScaleButton"_s,
    // Services and Run Command (restartButton above: both pages have one)
    u"startButton"_s,
    u"stopButton"_s,
    u"runCommandButton"_s,
    // Provision
    u"provisionRun"_s,
    u"retryFailed"_s,
    u"convergeButton"_s,
    // Routing (HAProxy sync)
    u"syncButton"_s,
    u"autoSync"_s,
    // Mesos operator actions (Cluster page: agents, frameworks)
    u"agentDrainButton"_s,
    u"agentDeactivateButton"_s,
    u"agentReactivateButton"_s,
    u"agentGoneButton"_s,
    u"agentScheduleButton"_s,
    u"agentDownButton"_s,
    u"agentUpButton"_s,
    u"frameworkTeardownButton"_s,
};

// What a user does in the modal dialogs as they come up.
struct Script
{
    int instances = 3; // typed in the instance count dialog
    QString typed; // typed as the cluster's name
    bool okWasEnabledBeforeTheName = true;
    bool okEnabledAfterTyping = false;
    QString describedAs; // the dialog's line on what the change touches
    int dialogs = 0;
};

class ScriptPlayer : public QObject
{
public:
    ScriptPlayer(Script *script, QObject *parent)
        : QObject(parent)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [script] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                input->setIntValue(script->instances);
                input->accept();
            } else if (auto *ask = qobject_cast<widgets::TypeClusterNameDialog *>(modal)) {
                ++script->dialogs;
                script->okWasEnabledBeforeTheName = ask->okButton()->isEnabled();
                script->describedAs = ask->findChild<QLabel *>(u"protectedAction"_s)->text();
                QTest::keyClicks(ask->nameField(), script->typed);
                script->okEnabledAfterTyping = ask->okButton()->isEnabled();
                if (script->okEnabledAfterTyping)
                    QTest::mouseClick(ask->okButton(), Qt::LeftButton);
                else
                    ask->reject();
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace

class tst_ClusterModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyGreysEveryChangeAndSendsNothing();
    void protectedAsksForTheNameTyped();
    void auditPageFiltersAndExports();
    void screenshots();

private:
    QString writeWorkspace(const QString &mode) const;
    // Opens `workspace` in a new console and waits until /demo/ticker is listed.
    void openConsole(const QString &workspace);
    // Marathon's answered requests that are not reads, since the last call.
    QJsonObject changesServed() const;
    QList<audit::AuditEntry> auditLines() const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<widgets::MainWindow> m_window;
    std::unique_ptr<app::Composition> m_composition;
};

void tst_ClusterModes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    qputenv("MESOS_CONSOLE_AUDIT_LOG", m_dir.filePath(u"audit.jsonl"_s).toUtf8());
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { u"--agents"_s, u"1"_s, u"--demo-apps"_s });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

QString tst_ClusterModes::writeWorkspace(const QString &mode) const
{
    QString path = m_dir.filePath(mode + u".mcw.yaml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // Its one host has no SSH (port 1): the Services and Routing pages show their controls.
    file.write(QStringLiteral("mesos_console_workspace: 1\n"
                              "profile:\n"
                              "  name: production\n"
                              "  mode: %1\n"
                              "  colour: \"#d93025\"\n"
                              "  haproxy_domain: apps.test.localhost\n"
                              "  mesos_url: %2\n"
                              "  marathon_url: %3\n"
                              "inventory:\n"
                              "  all:\n"
                              "    children:\n"
                              "      masters:\n"
                              "        hosts:\n"
                              "          127.0.0.1: {zoo_id: 1, ansible_port: 1}\n")
                   .arg(mode, m_cluster->leaderUrl(), m_cluster->marathonUrl())
                   .toUtf8());
    return path;
}

void tst_ClusterModes::openConsole(const QString &workspace)
{
    m_composition.reset();
    m_window = std::make_unique<widgets::MainWindow>();
    app::StartOptions options;
    options.workspacePath = workspace;
    m_composition = std::make_unique<app::Composition>(m_window.get(), options);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(u"apps"_s);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<widgets::AppsPage *>(m_window->page(u"apps"_s)), 20000);
    auto *apps = qobject_cast<widgets::AppsPage *>(m_window->page(u"apps"_s));
    QTRY_VERIFY_WITH_TIMEOUT(apps->apps()->selectId(u"/demo/ticker"_s), 20000);
}

QJsonObject tst_ClusterModes::changesServed() const
{
    const QJsonObject cleared
        = test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/__admin/requests"_s).json().object();
    QJsonObject changes;
    const QJsonObject requests = cleared.value(u"requests"_s).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!it.key().startsWith(u"GET "_s))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QList<audit::AuditEntry> tst_ClusterModes::auditLines() const
{
    const auto read = audit::AuditLog(m_dir.filePath(u"audit.jsonl"_s)).read();
    return read ? read->entries : QList<audit::AuditEntry>();
}

void tst_ClusterModes::readOnlyGreysEveryChangeAndSendsNothing()
{
    openConsole(writeWorkspace(u"read-only"_s));
    (void)changesServed();
    // The cluster is in sight: name and mode on the status bar and in the title.
    QCOMPARE(m_window->clusterBadge()->text(), u"production · read-only"_s);
    QVERIFY(m_window->windowTitle().contains(u"production · read-only"_s));

    // A selected app and task would enable their actions on a read-write cluster.
    auto *apps = qobject_cast<widgets::AppsPage *>(m_window->page(u"apps"_s));
    QVERIFY(apps->apps()->selectId(u"/demo/ticker"_s));
    QTest::qWait(100);
    for (const QString &name : kChangeControls) {
        const QList<QWidget *> controls = m_window->findChildren<QWidget *>(name);
        QVERIFY2(!controls.isEmpty(), qPrintable(name));
        for (QWidget *control : controls) {
            QVERIFY2(!control->isEnabled(), qPrintable(name));
            QCOMPARE(control->toolTip(), u"read-only cluster"_s);
        }
    }
    // Their shortcuts do nothing either (Ctrl+Shift+I: Scale…, Delete: Destroy…).
    QTest::keyClick(apps->apps()->view(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(apps->apps()->view(), Qt::Key_Delete);
    // And what reaches the gate anyway is refused before it is sent, and logged.
    http::HttpClient http;
    marathon::MarathonClient client(&http, QUrl(m_cluster->marathonUrl()));
    client.setGate(m_composition->gate());
    std::optional<marathon::ActionResult> result;
    client.scaleApp(u"/demo/ticker"_s, 5, false, this, [&](marathon::ActionResult r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->outcome.error().message.contains(u"read-only"_s));
    QTest::qWait(300);
    QCOMPARE(changesServed(), QJsonObject());
    QCOMPARE(auditLines().constLast().outcome, audit::AuditEntry::Outcome::Refused);
    QCOMPARE(auditLines().constLast().cluster, u"production"_s);

    // Cluster Settings makes it read-write: the controls come back at once, the badge says so.
    auto *settings = m_window->findChild<QAction *>(u"clusterSettings"_s);
    QVERIFY(settings);
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<widgets::ClusterProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        auto *mode = dialog->findChild<QComboBox *>(u"clusterMode"_s);
        mode->setCurrentIndex(mode->findData(int(audit::ClusterMode::ReadWrite)));
        dialog->accept();
    });
    answer.start();
    settings->trigger();
    QVERIFY(answered);
    QCOMPARE(m_window->clusterBadge()->text(), u"production · read-write"_s);
    auto *scale = apps->findChild<QPushButton *>(u"scaleButton"_s);
    QTRY_VERIFY(scale->isEnabled());
    QVERIFY(scale->toolTip().startsWith(u"Set the number of instances"_s));
    QVERIFY(m_window->findChild<QPushButton *>(u"runCommandButton"_s)->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(u"syncButton"_s)->isEnabled());
}

void tst_ClusterModes::protectedAsksForTheNameTyped()
{
    const QString workspace = writeWorkspace(u"protected"_s);
    openConsole(workspace);
    (void)changesServed();
    QCOMPARE(m_window->clusterBadge()->text(), u"production · protected"_s);
    auto *apps = qobject_cast<widgets::AppsPage *>(m_window->page(u"apps"_s));
    auto *scale = apps->findChild<QPushButton *>(u"scaleButton"_s);
    QVERIFY(apps->apps()->selectId(u"/demo/ticker"_s));
    QTRY_VERIFY(scale->isEnabled());
    const qsizetype linesBefore = auditLines().size();

    // A wrong name: OK never enables, the dialog is cancelled, nothing is sent.
    Script wrong { 3, u"productio"_s, true, false, {}, 0 };
    {
        ScriptPlayer player(&wrong, this);
        QTest::mouseClick(scale, Qt::LeftButton);
        QTRY_COMPARE(wrong.dialogs, 1);
    }
    QVERIFY(!wrong.okWasEnabledBeforeTheName);
    QVERIFY(!wrong.okEnabledAfterTyping);
    QVERIFY2(wrong.describedAs.startsWith(u"app.scale touches 1 app"_s), qPrintable(wrong.describedAs));
    QTRY_COMPARE(auditLines().size(), linesBefore + 1);
    QCOMPARE(auditLines().constLast().outcome, audit::AuditEntry::Outcome::Refused);
    QTest::qWait(300);
    QCOMPARE(changesServed(), QJsonObject());

    // The right name: the change goes through, one line with the CLI's fields.
    Script right { 3, u"production"_s, true, false, {}, 0 };
    {
        ScriptPlayer player(&right, this);
        QTest::mouseClick(scale, Qt::LeftButton);
        QTRY_COMPARE(right.dialogs, 1);
        QTRY_COMPARE_WITH_TIMEOUT(auditLines().size(), linesBefore + 2, 10000);
    }
    QVERIFY(right.okEnabledAfterTyping);
    QCOMPARE(changesServed().value(u"PUT /v2/apps/demo/ticker"_s).toInt(), 1);
    const audit::AuditEntry line = auditLines().constLast();
    QCOMPARE(line.frontEnd, u"gui"_s);
    QCOMPARE(line.cluster, u"production"_s);
    QCOMPARE(line.workspace, QFileInfo(workspace).absoluteFilePath());
    QCOMPARE(line.action, u"app.scale"_s);
    QCOMPARE(line.targets, QStringList { u"/demo/ticker"_s });
    QCOMPARE(line.parameters.value(u"instances"_s).toInt(), 3);
    QCOMPARE(line.outcome, audit::AuditEntry::Outcome::Ok);
    QVERIFY(!line.user.isEmpty());
    QVERIFY(!line.machine.isEmpty());
    QVERIFY(line.time.isValid() && line.time.timeSpec() == Qt::UTC);
}

void tst_ClusterModes::auditPageFiltersAndExports()
{
    QVERIFY(m_window);
    m_window->showPage(u"audit"_s);
    auto *page = m_window->findChild<widgets::AuditPage *>();
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model());
    page->refresh();
    const int all = page->model()->rowCount();
    QCOMPARE(all, int(auditLines().size()));
    QVERIFY(all >= 3);

    auto *result = page->findChild<QComboBox *>(u"auditResult"_s);
    result->setCurrentIndex(result->findText(u"refused"_s));
    QTRY_COMPARE(page->model()->rowCount(), 2); // read-only, and the wrong name
    QCOMPARE(page->model()->entry(0).outcome, audit::AuditEntry::Outcome::Refused);
    auto *text = page->findChild<QLineEdit *>(u"auditText"_s);
    QTest::keyClicks(text, u"protected"_s);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->model()->entry(0).error.contains(u"protected"_s));
    text->clear();
    result->setCurrentIndex(result->findText(u"ok"_s));
    auto *action = page->findChild<QComboBox *>(u"auditAction"_s);
    action->setEditText(u"app."_s);
    auto *target = page->findChild<QLineEdit *>(u"auditTarget"_s);
    QTest::keyClicks(target, u"ticker"_s);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    auto *cluster = page->findChild<QComboBox *>(u"auditCluster"_s);
    cluster->setEditText(u"staging"_s);
    QTRY_COMPARE(page->model()->rowCount(), 0);
    cluster->setEditText(u"production"_s);
    QTRY_COMPARE(page->model()->rowCount(), 1);

    // Details of the line: all of it.
    auto *table = page->findChild<QTableView *>(u"auditTable"_s);
    table->selectRow(0);
    const QString details = page->findChild<QPlainTextEdit *>(u"auditDetails"_s)->toPlainText();
    QVERIFY(details.contains(u"\"action\": \"app.scale\""_s));
    QVERIFY(details.contains(u"\"front_end\": \"gui\""_s));

    // Export: CSV and JSON of the lines shown.
    const QString csvPath = m_dir.filePath(u"export.csv"_s);
    const QString jsonPath = m_dir.filePath(u"export.json"_s);
    QVERIFY(page->exportTo(csvPath).ok());
    QVERIFY(page->exportTo(jsonPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith(u"time,user,machine,front_end,workspace,cluster,action,targets"_s));
    QVERIFY(rows.at(1).contains(u",production,app.scale,/demo/ticker,"_s));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray lines = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(u"result"_s).toString(), u"ok"_s);
    QCOMPARE(lines.at(0).toObject().value(u"action"_s).toString(), u"app.scale"_s);
    // A file that cannot be written: the reason, and no partial file.
    const auto bad = page->exportTo(m_dir.filePath(u"no-such-dir/export.csv"_s));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"no-such-dir"_s));
}

// With MC_TEST_SCREENSHOTS=DIR: the status bar with the red "production" cluster and the Audit
// page, light and dark (the type-the-name dialog was saved by the protected case).
void tst_ClusterModes::screenshots()
{
    const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set MC_TEST_SCREENSHOTS=DIR to write the screenshots");
    auto *page = m_window->findChild<widgets::AuditPage *>();
    page->findChild<QComboBox *>(u"auditResult"_s)->setCurrentIndex(0);
    page->findChild<QLineEdit *>(u"auditTarget"_s)->clear();
    page->findChild<QComboBox *>(u"auditAction"_s)->setEditText({});
    page->findChild<QComboBox *>(u"auditCluster"_s)->setEditText({});
    QTRY_COMPARE(page->model()->rowCount(), int(auditLines().size()));
    page->findChild<QTableView *>(u"auditTable"_s)->selectRow(1);
    for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
        widgets::applyTheme(theme);
        const QString suffix = theme == settings::Theme::Light ? u"light"_s : u"dark"_s;
        QTest::qWait(200);
        QVERIFY(m_window->statusBar()->grab().save(dir + u"/status-bar-production-"_s + suffix + u".png"_s));
        QVERIFY(m_window->grab().save(dir + u"/audit-page-"_s + suffix + u".png"_s));
        audit::Action action { u"task.kill"_s, { u"ticker.1"_s, u"ticker.2"_s, u"web.1"_s }, {} };
        widgets::TypeClusterNameDialog dialog(action, u"production"_s, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.nameField(), u"produc"_s);
        QTest::qWait(100);
        QVERIFY(dialog.grab().save(dir + u"/type-the-name-"_s + suffix + u".png"_s));
    }
    widgets::applyTheme(settings::Theme::Light);
}

QTEST_MAIN(tst_ClusterModes)
#include "tst_ClusterModes.moc"
