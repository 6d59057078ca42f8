#include "widgets/apps/AppActions.h"

#include "core/marathon/AppExport.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/SnapshotTableModel.h"
#include "widgets/apps/AppEditDialog.h"
#include "widgets/apps/AppImportDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/common/Shortcuts.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace mc::widgets {

using namespace mc::marathon;
using cluster::Notice;

namespace {

// A toolbar button; `keys` work while the page shows it (and the tool tip says them).
QPushButton *addButton(DetailTable *table, const QString &name, const QString &text, const QString &tip,
                       const QKeySequence &keys = {})
{
    auto *button = new QPushButton(text, table->toolbar());
    button->setObjectName(name);
    button->setToolTip(tip);
    if (!keys.isEmpty())
        setButtonShortcut(button, keys);
    if (auto *layout = qobject_cast<QHBoxLayout *>(table->toolbar()->layout()))
        layout->addWidget(button);
    return button;
}

// The item of `list` whose id is `id`, or nullptr.
template<typename List> auto withId(const List &list, const QString &id) -> decltype(&*list.begin())
{
    for (const auto &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

AppActions::AppActions(MarathonClient *client, models::ClusterModels *models, QWidget *dialogParent,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_models(models)
    , m_dialogParent(dialogParent)
    , m_confirm([this](const Confirmation &c) { return confirm(m_dialogParent, c); })
{
    connect(models, &models::ClusterModels::snapshotApplied, this, &AppActions::onSnapshot);
    m_client->detectDialect(this, [](Result<AppDialect>) {});
}

void AppActions::addControl(DetailTable *table, QPushButton *button, QAction *menuAction,
                            std::function<QString()> whyNot)
{
    m_controls.append({ button, menuAction, button->toolTip(), std::move(whyNot) });
    connect(table, &DetailTable::selectionChanged, this, &AppActions::updateControls, Qt::UniqueConnection);
}

void AppActions::setGuard(ChangeGuard *guard)
{
    m_guard = guard;
    connect(guard, &ChangeGuard::changed, this, &AppActions::updateControls);
    updateControls();
}

void AppActions::updateControls()
{
    for (const Control &c : std::as_const(m_controls)) {
        const bool readOnly = m_guard && m_guard->isReadOnly();
        const QString why = readOnly ? m_guard->whyNot() : c.whyNot();
        c.button->setEnabled(why.isEmpty());
        c.button->setToolTip(why.isEmpty() ? c.tip : readOnly ? why : tr("%1\n%2").arg(why, c.tip));
        if (c.menuAction) {
            c.menuAction->setEnabled(why.isEmpty());
            c.menuAction->setToolTip(why);
        }
    }
}

void AppActions::attachApps(AppsPage *page)
{
    m_appsPage = page;
    DetailTable *apps = page->apps();
    QPushButton *launchButton
        = addButton(apps, QStringLiteral("launchButton"), tr("Launch…"),
                    tr("Launch a new app (Docker image, resources, ports…)"), QKeySequence::New);
    connect(launchButton, &QPushButton::clicked, this, &AppActions::launch);
    addControl(apps, launchButton, nullptr, [] { return QString(); });
    QPushButton *exportButton = addButton(apps, QStringLiteral("exportAppsButton"), tr("Export apps…"),
                                          tr("Write every app and pod definition, without what Marathon "
                                             "manages, to files that can be imported into another cluster"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("To a folder (one file per app or pod)…"), this, [this] { exportApps(false); });
    exportMenu->addAction(tr("To one file…"), this, [this] { exportApps(true); });
    exportButton->setMenu(exportMenu);
    QPushButton *importButton
        = addButton(apps, QStringLiteral("importAppsButton"), tr("Import apps…"),
                    tr("Create or update apps and pods from an export: see the plan first, then apply it"));
    auto *importMenu = new QMenu(importButton);
    importMenu->addAction(tr("From a folder…"), this, [this] { importApps(true); });
    importMenu->addAction(tr("From a file…"), this, [this] { importApps(false); });
    importButton->setMenu(importMenu);
    addControl(apps, importButton, nullptr, [] { return QString(); });
    struct Entry
    {
        QString name;
        QString text;
        QString tip;
        QKeySequence keys;
        AppAction action;
        std::function<void(const QString &)> run;
    };
    const QList<Entry> entries = {
        { QStringLiteral("editButton"), tr("Edit…"), tr("Change the app's definition"),
          QKeySequence(Qt::CTRL | Qt::Key_E), AppAction::Edit, [this](const QString &id) { edit(id); } },
        { QStringLiteral("scaleButton"), tr("Scale…"), tr("Set the number of instances"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), AppAction::Scale,
          [this](const QString &id) { scale(id); } },
        { QStringLiteral("restartButton"), tr("Restart…"),
          tr("Replace every task, following the upgrade strategy"), QKeySequence(Qt::CTRL | Qt::Key_R),
          AppAction::Restart, [this](const QString &id) { confirmRestart(id); } },
        { QStringLiteral("suspendButton"), tr("Suspend…"), tr("Scale to 0 instances (its tasks are killed)"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), AppAction::Suspend,
          [this](const QString &id) { confirmSuspend(id); } },
        { QStringLiteral("resumeButton"), tr("Resume…"), tr("Scale a suspended app up again"),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), AppAction::Resume,
          [this](const QString &id) { resume(id); } },
        { QStringLiteral("destroyButton"), tr("Destroy…"), tr("Remove the app and kill its tasks"),
          QKeySequence(Qt::Key_Delete), AppAction::Destroy,
          [this](const QString &id) { confirmDestroy(id); } },
    };
    auto *menu = new QMenu(apps->view());
    for (const Entry &e : entries) {
        QPushButton *button = addButton(apps, e.name, e.text, e.tip, e.keys);
        // Only the app the user sees selected; nothing when none is.
        const auto run = [this, apps, action = e.action, run = e.run] {
            const QString id = apps->selectedId();
            if (whyNot(action, id).isEmpty())
                run(id);
        };
        connect(button, &QPushButton::clicked, this, run);
        QAction *item = menu->addAction(e.text, this, run);
        addControl(apps, button, item,
                   [this, apps, action = e.action] { return whyNot(action, apps->selectedId()); });
    }
    apps->setContextMenu(menu);
    attachGroups(page, menu);
    connect(apps, &DetailTable::activated, this, [this, apps](int) {
        if (const QString id = apps->selectedId(); !id.isEmpty() && !(m_guard && m_guard->isReadOnly()))
            edit(id);
    });

    DetailTable *deployments = page->deployments();
    QPushButton *rollbackButton = addButton(deployments, QStringLiteral("rollbackButton"), tr("Roll back…"),
                                            tr("Start a deployment back to the previous version"),
                                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QPushButton *stopButton = addButton(deployments, QStringLiteral("stopDeploymentButton"), tr("Stop…"),
                                        tr("Stop the deployment where it is (no rollback)"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    const auto deploymentWhyNot = [this, deployments] {
        if (m_models->deployments()->rowCount() == 0)
            return tr("No deployment is in progress.");
        if (deployments->selectedId().isEmpty())
            return tr("Select a deployment first.");
        return QString();
    };
    const auto runOnDeployment = [this, deployments, deploymentWhyNot](bool stop) {
        if (deploymentWhyNot().isEmpty())
            confirmRollback(deployments->selectedId(), stop);
    };
    connect(rollbackButton, &QPushButton::clicked, this, [runOnDeployment] { runOnDeployment(false); });
    connect(stopButton, &QPushButton::clicked, this, [runOnDeployment] { runOnDeployment(true); });
    addControl(deployments, rollbackButton, nullptr, deploymentWhyNot);
    addControl(deployments, stopButton, nullptr, deploymentWhyNot);
    updateControls();
}

void AppActions::attachTasks(TasksPage *page)
{
    m_tasksPage = page;
    DetailTable *tasks = page->table();
    tasks->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QPushButton *killButton = addButton(tasks, QStringLiteral("killButton"), tr("Kill…"),
                                        tr("Kill the selected tasks; Marathon starts replacements"),
                                        QKeySequence(Qt::Key_Delete));
    QPushButton *killScaleButton = addButton(
        tasks, QStringLiteral("killScaleButton"), tr("Kill && scale down…"),
        tr("Kill the selected tasks and lower the instance count"), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    const auto killWhyNot = [this, tasks](bool scale) {
        const QList<int> rows = tasks->selectedSourceRows();
        if (rows.isEmpty())
            return tr("Select the tasks to kill first.");
        bool active = false;
        bool ofApp = true;
        for (int row : rows) {
            const models::TaskRow &task = m_models->tasks()->row(row);
            active = active || (!mesos::isTerminal(task.task->state) && !task.task->completed);
            ofApp = ofApp && !task.appId().isEmpty();
        }
        if (!active)
            return tr("The selected tasks have ended already.");
        if (scale && !ofApp)
            return tr("Some selected tasks belong to no Marathon app: there is nothing to scale down.");
        return QString();
    };
    const auto runKill = [this, tasks, killWhyNot](bool scale) {
        if (killWhyNot(scale).isEmpty())
            confirmKill(tasks->selectedIds(), scale);
    };
    connect(killButton, &QPushButton::clicked, this, [runKill] { runKill(false); });
    connect(killScaleButton, &QPushButton::clicked, this, [runKill] { runKill(true); });
    QMenu *menu = page->contextMenu();
    menu->addSeparator();
    QAction *killItem = menu->addAction(tr("Kill…"), this, [runKill] { runKill(false); });
    QAction *killScaleItem = menu->addAction(tr("Kill and scale down…"), this, [runKill] { runKill(true); });
    addControl(tasks, killButton, killItem, [killWhyNot] { return killWhyNot(false); });
    addControl(tasks, killScaleButton, killScaleItem, [killWhyNot] { return killWhyNot(true); });
    updateControls();
}

const App *AppActions::app(const QString &appId) const
{
    return m_snapshot ? withId(*m_snapshot->apps, appId) : nullptr;
}

const Deployment *AppActions::deployment(const QString &deploymentId) const
{
    return m_snapshot ? withId(*m_snapshot->deployments, deploymentId) : nullptr;
}

QString AppActions::whyNot(AppAction action, const QString &appId) const
{
    if (appId.isEmpty())
        return tr("Select an app first.");
    const App *a = app(appId);
    if (!a)
        return tr("%1 is not listed (any more).").arg(appId);
    switch (action) {
    case AppAction::Restart:
        if (a->instances == 0)
            return tr("%1 is suspended: it has no task to restart.").arg(appId);
        break;
    case AppAction::Suspend:
        if (a->instances == 0)
            return tr("%1 is suspended already (0 instances).").arg(appId);
        break;
    case AppAction::Resume:
        if (a->instances > 0)
            return tr("%1 runs %n instance(s): Resume is for a suspended app.", nullptr, a->instances)
                .arg(appId);
        break;
    case AppAction::Edit:
    case AppAction::Scale:
    case AppAction::Destroy:
        break;
    }
    return {};
}

QString AppActions::describeApp(const QString &appId) const
{
    const App *a = app(appId);
    if (!a)
        return appId;
    return tr("%1 — %n instance(s), %2 running", nullptr, a->instances).arg(a->id).arg(a->tasksRunning);
}

int AppActions::activeTasks(const QString &appId) const
{
    const App *a = app(appId);
    return a ? a->tasksRunning + a->tasksStaged : 0;
}

QString AppActions::describeTask(const QString &taskId) const
{
    const int row = m_models->tasks()->rowOf(taskId);
    if (row < 0)
        return taskId;
    const models::TaskRow &task = m_models->tasks()->row(row);
    if (task.appId().isEmpty())
        return task.host().isEmpty() ? taskId : tr("%1 on %2").arg(taskId, task.host());
    return task.host().isEmpty() ? tr("%1 of %2").arg(taskId, task.appId())
                                 : tr("%1 of %2 on %3").arg(taskId, task.appId(), task.host());
}

bool AppActions::ask(const Confirmation &confirmation)
{
    return m_confirm && m_confirm(confirmation);
}

void AppActions::launch()
{
    AppDefinition initial;
    initial.id = QStringLiteral("/");
    initial.cpus = 0.25;
    initial.mem = 512;
    initial.ports.append(PortMapping {});
    auto *dialog = new AppEditDialog(m_client, initial, {}, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppEditDialog::submitted, this, [this, dialog](const DeploymentRef &ref) {
        const QString id = dialog->definition().absoluteId();
        Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                         Notice::Severity::Info,
                         tr("Launching %1").arg(id),
                         tr("Deployment %1 started.").arg(ref.deploymentId),
                         {},
                         id });
    });
    dialog->open();
}

void AppActions::exportApps(bool oneFile)
{
    const QString path = oneFile
        ? QFileDialog::getSaveFileName(m_dialogParent, tr("Export Apps to One File"),
                                       QStringLiteral("marathon-apps.json"), tr("JSON (*.json)"))
        : QFileDialog::getExistingDirectory(m_dialogParent, tr("Export Apps to a New or Empty Folder"));
    if (path.isEmpty())
        return;
    exportTo(oneFile && !marathon::AppExport::isSingleFile(path) ? path + QStringLiteral(".json") : path);
}

void AppActions::exportTo(const QString &path)
{
    m_client->fetchGroup(QStringLiteral("/"), this, [this, path](Result<QJsonObject> group) {
        const QString what = tr("Export of the apps to %1").arg(QDir::toNativeSeparators(path));
        if (!group.ok()) {
            Q_EMIT noticed(
                { Notice::Kind::DeploymentFinished, Notice::Severity::Error, what, group.error().message });
            return;
        }
        const marathon::GroupNode tree = marathon::AppExport::groupFromJson(*group);
        const auto written = marathon::AppExport::write(tree, path);
        if (!written.ok()) {
            Q_EMIT noticed(
                { Notice::Kind::DeploymentFinished, Notice::Severity::Error, what, written.error().message });
            return;
        }
        Q_EMIT noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Info, what,
                         tr("The definitions of %1 written.").arg(marathon::AppExport::countText(tree)) });
    });
}

void AppActions::importApps(bool fromFolder)
{
    const QString path = fromFolder
        ? QFileDialog::getExistingDirectory(m_dialogParent, tr("Import Apps from a Folder"))
        : QFileDialog::getOpenFileName(m_dialogParent, tr("Import Apps from a File"), QString(),
                                       tr("JSON (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

AppImportDialog *AppActions::importFrom(const QString &path)
{
    const auto incoming = marathon::AppExport::read(path);
    if (!incoming.ok()) {
        Q_EMIT noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Error,
                         tr("Import of %1").arg(QDir::toNativeSeparators(path)), incoming.error().message });
        return nullptr;
    }
    auto *dialog
        = new AppImportDialog(m_client, *incoming, QDir::toNativeSeparators(path), m_guard, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppImportDialog::applied, this, [this, path](const marathon::ApplySummary &summary) {
        Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                         summary.failed() > 0 ? Notice::Severity::Error : Notice::Severity::Info,
                         tr("Import of %1").arg(QDir::toNativeSeparators(path)), summary.text() });
    });
    dialog->open();
    return dialog;
}

void AppActions::edit(const QString &appId)
{
    m_client->fetchApp(appId, this, [this, appId](Result<QJsonObject> app) {
        if (!app.ok()) {
            Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                             Notice::Severity::Error,
                             tr("Cannot edit %1").arg(appId),
                             app.error().message,
                             {},
                             appId });
            return;
        }
        auto *dialog
            = new AppEditDialog(m_client, AppDefinition::fromJson(app.value()), app.value(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AppEditDialog::submitted, this, [this, appId](const DeploymentRef &ref) {
            Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                             Notice::Severity::Info,
                             tr("Update of %1").arg(appId),
                             ref.deploymentId.isEmpty() ? tr("Done.")
                                                        : tr("Deployment %1 started.").arg(ref.deploymentId),
                             {},
                             appId });
        });
        dialog->open();
    });
}

void AppActions::scale(const QString &appId)
{
    const App *a = app(appId);
    const int before = a ? a->instances : 1;
    bool ok = false;
    const int n = QInputDialog::getInt(m_dialogParent, tr("Scale %1").arg(appId),
                                       tr("Instances of %1:").arg(appId), before, 0, 100000, 1, &ok);
    if (!ok)
        return;
    if (n < before) {
        const bool confirmed
            = ask({ tr("Scale %1 down?").arg(appId),
                    tr("Scale %1 down from %2 to %3 instances?").arg(appId).arg(before).arg(n),
                    { describeApp(appId) },
                    n == 0 ? tr("Marathon kills all its tasks (as Suspend does).")
                           : tr("Marathon kills %n of its tasks.", nullptr, before - n),
                    tr("Scale down to %1").arg(n) });
        if (!confirmed)
            return;
    }
    scaleTo(appId, n);
}

void AppActions::scaleTo(const QString &appId, int instances, bool force)
{
    m_client->scaleApp(appId, instances, force, this, [this, appId, instances](const ActionResult &r) {
        handle({ tr("Scale %1 to %2").arg(appId).arg(instances),
                 tr("Scaling %1 to %2").arg(appId).arg(instances),
                 {},
                 appId,
                 {} },
               r, [this, appId, instances](bool force) { scaleTo(appId, instances, force); });
    });
}

void AppActions::confirmRestart(const QString &appId)
{
    const int tasks = activeTasks(appId);
    if (ask({ tr("Restart %1?").arg(appId),
              tr("Restart %1?").arg(appId),
              { describeApp(appId) },
              tr("Marathon replaces each of its %n task(s) with a new one, following the app's upgrade "
                 "strategy.",
                 nullptr, tasks),
              tr("Restart") }))
        restart(appId);
}

void AppActions::restart(const QString &appId, bool force)
{
    m_client->restartApp(appId, force, this, [this, appId](const ActionResult &r) {
        handle({ tr("Restart %1").arg(appId), tr("Restarting %1").arg(appId), {}, appId, {} }, r,
               [this, appId](bool force) { restart(appId, force); });
    });
}

void AppActions::resetDelay(const QString &appId, const std::function<void()> &done)
{
    m_client->resetDelay(appId, this, [this, appId, done](const ActionResult &r) {
        handle({ tr("Reset the launch delay of %1").arg(appId),
                 tr("Launch delay of %1 reset").arg(appId),
                 tr("Marathon launches it at the next offer."),
                 appId,
                 {} },
               r, {});
        if (done)
            done();
    });
}

void AppActions::applyVersion(const QString &appId, const QString &version, bool force)
{
    m_client->applyVersion(appId, version, force, this, [this, appId, version](const ActionResult &r) {
        handle({ tr("Apply version %1 of %2").arg(version, appId),
                 tr("Applying version %1 of %2").arg(version, appId),
                 {},
                 appId,
                 {} },
               r, [this, appId, version](bool force) { applyVersion(appId, version, force); });
    });
}

void AppActions::confirmApplyVersion(const QString &appId, const QString &version)
{
    const int tasks = activeTasks(appId);
    if (ask({ tr("Apply version %1 of %2?").arg(version, appId),
              tr("Deploy version %1 of %2?").arg(version, appId),
              { describeApp(appId) },
              tr("Marathon deploys that definition as a new version (the Versions tab shows what it "
                 "changes); its "
                 "%n task(s) are replaced or scaled as it says.",
                 nullptr, tasks),
              tr("Apply version") }))
        applyVersion(appId, version);
}

void AppActions::confirmSuspend(const QString &appId)
{
    const int tasks = activeTasks(appId);
    if (ask({ tr("Suspend %1?").arg(appId),
              tr("Suspend %1?").arg(appId),
              { describeApp(appId) },
              tr("Marathon scales it to 0 instances: its %n task(s) are killed. Resume scales it up again.",
                 nullptr, tasks),
              tr("Suspend") }))
        suspend(appId);
}

void AppActions::suspend(const QString &appId, bool force)
{
    if (const App *a = app(appId); a && a->instances > 0)
        m_suspendedInstances.insert(appId, a->instances);
    m_client->suspendApp(appId, force, this, [this, appId](const ActionResult &r) {
        handle({ tr("Suspend %1").arg(appId), tr("Suspending %1 (0 instances)").arg(appId), {}, appId, {} },
               r, [this, appId](bool force) { suspend(appId, force); });
    });
}

void AppActions::resume(const QString &appId)
{
    bool ok = false;
    const int n
        = QInputDialog::getInt(m_dialogParent, tr("Resume %1").arg(appId), tr("Instances of %1:").arg(appId),
                               m_suspendedInstances.value(appId, 1), 1, 100000, 1, &ok);
    if (ok)
        scaleTo(appId, n);
}

void AppActions::confirmDestroy(const QString &appId)
{
    const int tasks = activeTasks(appId);
    if (!ask({ tr("Destroy %1?").arg(appId),
               tr("Destroy the app %1?").arg(appId),
               { describeApp(appId) },
               tr("Its %n task(s) are killed and its definition is removed from Marathon; this cannot be "
                  "undone.",
                  nullptr, tasks),
               tr("Destroy %1").arg(appId) }))
        return;
    // Nothing stays selected: the next Del hits nothing until the user selects again.
    if (m_appsPage)
        m_appsPage->apps()->view()->clearSelection();
    destroy(appId);
}

void AppActions::destroy(const QString &appId)
{
    m_client->destroyApp(appId, this, [this, appId](const ActionResult &r) {
        handle({ tr("Destroy %1").arg(appId), tr("Destroying %1").arg(appId), {}, appId, {} }, r, {});
    });
}

AppActions::Told AppActions::killTold(const QStringList &taskIds, bool scale) const
{
    Told told;
    if (taskIds.size() == 1) {
        const QString task = describeTask(taskIds.first());
        told.what = scale ? tr("Kill task %1 and scale down").arg(task) : tr("Kill task %1").arg(task);
        told.done = scale ? tr("Killed task %1 and scaled down").arg(task) : tr("Killed task %1").arg(task);
        told.taskId = taskIds.first();
        const int row = m_models->tasks()->rowOf(taskIds.first());
        told.appId = row < 0 ? QString() : m_models->tasks()->row(row).appId();
    } else {
        told.what = scale ? tr("Kill %n task(s) and scale down", nullptr, int(taskIds.size()))
                          : tr("Kill %n task(s)", nullptr, int(taskIds.size()));
        told.done = scale ? tr("Killed %n task(s) and scaled down", nullptr, int(taskIds.size()))
                          : tr("Killed %n task(s)", nullptr, int(taskIds.size()));
        QStringList names;
        for (const QString &id : taskIds)
            names << describeTask(id);
        told.detail = names.join(u'\n');
    }
    return told;
}

void AppActions::confirmKill(const QStringList &taskIds, bool scale)
{
    if (taskIds.isEmpty())
        return;
    QStringList objects;
    QSet<QString> apps;
    for (const QString &id : taskIds) {
        objects << describeTask(id);
        if (const int row = m_models->tasks()->rowOf(id);
            row >= 0 && !m_models->tasks()->row(row).appId().isEmpty())
            apps.insert(m_models->tasks()->row(row).appId());
    }
    const int n = int(taskIds.size());
    const QString consequence = scale
        ? tr("Each task is stopped and its app's instance count is lowered by one, so no replacement starts.")
        : tr("Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a "
             "replacement for each, so %n app(s) keep their instance count.",
             nullptr, int(apps.size()));
    if (!ask({ scale ? tr("Kill %n task(s) and scale down?", nullptr, n) : tr("Kill %n task(s)?", nullptr, n),
               scale ? tr("Kill these %n task(s) and scale their apps down?", nullptr, n)
                     : tr("Kill these %n task(s)?", nullptr, n),
               objects, consequence,
               scale ? tr("Kill %n and scale down", nullptr, n) : tr("Kill %n task(s)", nullptr, n) }))
        return;
    kill(taskIds, scale);
}

void AppActions::kill(const QStringList &taskIds, bool scale, bool force)
{
    if (taskIds.isEmpty())
        return;
    const Told told = killTold(taskIds, scale);
    m_client->killTasks(taskIds, scale, force, this, [this, taskIds, scale, told](const ActionResult &r) {
        handle(told, r, [this, taskIds, scale](bool force) { kill(taskIds, scale, force); });
    });
}

void AppActions::confirmRollback(const QString &deploymentId, bool stop)
{
    const Deployment *d = deployment(deploymentId);
    const QString apps = d ? d->affectedApps.join(QStringLiteral(", ")) : QString();
    const QString line = d ? tr("%1 — %2; step %3 of %4: %5")
                                 .arg(deploymentId, apps)
                                 .arg(d->currentStep)
                                 .arg(d->totalSteps)
                                 .arg(d->currentActions.join(QStringLiteral("; ")))
                           : deploymentId;
    const bool confirmed = stop
        ? ask(
            { tr("Stop deployment?"),
              tr("Stop the deployment of %1 where it is?").arg(apps.isEmpty() ? deploymentId : apps),
              { line },
              tr("No rollback: the apps keep the tasks they have now, some maybe on the new version and some "
                 "on the old, until the next deployment."),
              tr("Stop deployment") })
        : ask({ tr("Roll back deployment?"),
                tr("Roll the deployment of %1 back?").arg(apps.isEmpty() ? deploymentId : apps),
                { line },
                tr("Marathon starts a deployment back to the previous version: tasks this deployment started "
                   "are killed and replaced by tasks of the previous version."),
                tr("Roll back") });
    if (confirmed)
        rollback(deploymentId, stop);
}

void AppActions::rollback(const QString &deploymentId, bool stop)
{
    const Deployment *d = deployment(deploymentId);
    const QString appId = d ? d->affectedApps.value(0) : QString();
    m_client->rollbackDeployment(deploymentId, stop, this,
                                 [this, deploymentId, stop, appId](const ActionResult &r) {
                                     handle(stop ? Told { tr("Stop deployment %1").arg(deploymentId),
                                                          tr("Stopped deployment %1").arg(deploymentId),
                                                          {},
                                                          appId,
                                                          {} }
                                                 : Told { tr("Roll back deployment %1").arg(deploymentId),
                                                          tr("Rolling back deployment %1").arg(deploymentId),
                                                          {},
                                                          appId,
                                                          {} },
                                            r, {});
                                 });
}

void AppActions::handle(const Told &told, const ActionResult &result,
                        const std::function<void(bool force)> &again)
{
    if (result.ok()) {
        const QString deployment = result.outcome->deploymentId;
        QStringList text;
        if (!told.detail.isEmpty())
            text << told.detail;
        text << (deployment.isEmpty() ? tr("Done.") : tr("Deployment %1 started.").arg(deployment));
        Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                         Notice::Severity::Info,
                         told.done,
                         text.join(u'\n'),
                         {},
                         told.appId,
                         told.taskId });
        return;
    }
    if (result.isLocked() && again) {
        QMessageBox box(QMessageBox::Warning, tr("%1: app locked").arg(told.what),
                        tr("%1 is blocked by deployment %2, which is still running.\n\nWait for it to finish "
                           "(see Deployments in progress), or force the change: that cancels the running "
                           "deployment.")
                            .arg(told.what, result.blockingDeployments.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, m_dialogParent);
        QPushButton *force = box.addButton(tr("Force"), QMessageBox::DestructiveRole);
        QPushButton *wait = box.addButton(tr("Wait, then retry"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() == force) {
            again(true);
        } else if (box.clickedButton() == wait) {
            m_waiting.append({ result.blockingDeployments, [again] { again(false); } });
            Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                             Notice::Severity::Info,
                             told.what,
                             tr("Waiting for deployment %1 to finish; the change is sent then.")
                                 .arg(result.blockingDeployments.join(QStringLiteral(", "))),
                             {},
                             told.appId,
                             told.taskId });
        }
        return;
    }
    Q_EMIT noticed({ Notice::Kind::DeploymentFinished,
                     Notice::Severity::Error,
                     told.what,
                     result.outcome.error().message,
                     {},
                     told.appId,
                     told.taskId });
}

QList<PaletteEntry> AppActions::paletteEntries()
{
    const QString action = tr("Action");
    const QPointer<AppActions> self(this);
    QList<PaletteEntry> entries;
    if (m_guard && m_guard->isReadOnly())
        return entries; // every one of them changes the cluster
    entries.append({ tr("Launch app…"), action, [self] {
                        if (self)
                            self->launch();
                    } });
    if (!m_snapshot)
        return entries;
    for (const App &a : *m_snapshot->apps) {
        const QString id = a.id;
        const auto add = [&](AppAction kind, const QString &text, void (AppActions::*run)(const QString &)) {
            if (whyNot(kind, id).isEmpty())
                entries.append({ text, action, [self, run, id] {
                                    if (self)
                                        (self.data()->*run)(id);
                                } });
        };
        add(AppAction::Scale, tr("Scale %1…").arg(id), &AppActions::scale);
        add(AppAction::Restart, tr("Restart %1…").arg(id), &AppActions::confirmRestart);
        add(AppAction::Suspend, tr("Suspend %1…").arg(id), &AppActions::confirmSuspend);
        add(AppAction::Resume, tr("Resume %1…").arg(id), &AppActions::resume);
        add(AppAction::Edit, tr("Edit %1…").arg(id), &AppActions::edit);
        add(AppAction::Destroy, tr("Destroy %1…").arg(id), &AppActions::confirmDestroy);
    }
    for (const MarathonTask &t : *m_snapshot->marathonTasks) {
        const QString id = t.id;
        entries.append({ tr("Kill task %1…").arg(id), action, [self, id] {
                            if (self)
                                self->confirmKill({ id }, false);
                        } });
    }
    return entries;
}

void AppActions::onSnapshot(const cluster::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    updateControls();
    QSet<QString> running;
    for (const Deployment &d : *snapshot->deployments)
        running.insert(d.id);
    // Changes waiting for a deployment lock: sent once none of their blockers runs.
    QList<std::function<void()>> ready;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (std::none_of(it->blockers.cbegin(), it->blockers.cend(),
                         [&](const QString &id) { return running.contains(id); })) {
            ready.append(it->retry);
            it = m_waiting.erase(it); // clazy:exclude=strict-iterators erase() takes const_iterator
        } else {
            ++it;
        }
    }
    for (const auto &retry : ready)
        retry();
}

} // namespace mc::widgets
