#include "widgets/apps/AppActions.h"

#include "models/cluster/ClusterModels.h"
#include "models/cluster/SnapshotTableModel.h"
#include "widgets/apps/AppEditDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/Shortcuts.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
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
QPushButton *addButton(DetailTable *table, const QString &text, const QString &tip,
                       const QKeySequence &keys = {})
{
    auto *button = new QPushButton(text, table->toolbar());
    button->setToolTip(tip);
    if (!keys.isEmpty())
        setButtonShortcut(button, keys);
    if (auto *layout = qobject_cast<QHBoxLayout *>(table->toolbar()->layout()))
        layout->addWidget(button);
    return button;
}

QStringList selectedIds(const DetailTable *table)
{
    QStringList ids;
    for (const QModelIndex &index : table->view()->selectionModel()->selectedRows())
        ids.append(index.data(models::IdRole).toString());
    if (ids.isEmpty() && !table->currentId().isEmpty())
        ids.append(table->currentId());
    return ids;
}

} // namespace

AppActions::AppActions(MarathonClient *client, models::ClusterModels *models, QWidget *dialogParent,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_models(models)
    , m_dialogParent(dialogParent)
{
    connect(models, &models::ClusterModels::snapshotApplied, this, &AppActions::onSnapshot);
    m_client->detectDialect(this, [](Result<AppDialect>) {});
}

void AppActions::attachApps(AppsPage *page)
{
    DetailTable *apps = page->apps();
    const auto current = [apps] { return apps->currentId(); };
    connect(addButton(apps, tr("Launch…"), tr("Launch a new app (Docker image, resources, ports…)"),
                      QKeySequence::New),
            &QPushButton::clicked, this, &AppActions::launch);
    struct Entry
    {
        QString text;
        QString tip;
        QKeySequence keys;
        std::function<void(const QString &)> run;
    };
    const QList<Entry> entries = {
        { tr("Edit…"), tr("Change the app's definition"), QKeySequence(Qt::CTRL | Qt::Key_E),
          [this](const QString &id) { edit(id); } },
        { tr("Scale…"), tr("Set the number of instances"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
          [this](const QString &id) { scale(id); } },
        { tr("Restart"), tr("Replace every task, following the upgrade strategy"),
          QKeySequence(Qt::CTRL | Qt::Key_R), [this](const QString &id) { restart(id); } },
        { tr("Suspend"), tr("Scale to 0 instances"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
          [this](const QString &id) { suspend(id); } },
        { tr("Resume…"), tr("Scale a suspended app up again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
          [this](const QString &id) { resume(id); } },
        { tr("Destroy…"), tr("Remove the app and kill its tasks"), QKeySequence(Qt::Key_Delete),
          [this](const QString &id) { destroy(id); } },
    };
    auto *menu = new QMenu(apps->view());
    for (const Entry &e : entries) {
        QPushButton *button = addButton(apps, e.text, e.tip, e.keys);
        button->setEnabled(false);
        connect(apps->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, button,
                [button](const QModelIndex &index) { button->setEnabled(index.isValid()); });
        const auto run = e.run;
        connect(button, &QPushButton::clicked, this, [current, run] {
            if (!current().isEmpty())
                run(current());
        });
        menu->addAction(e.text, this, [current, run] {
            if (!current().isEmpty())
                run(current());
        });
    }
    apps->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(apps->view(), &QWidget::customContextMenuRequested, menu, [apps, menu](const QPoint &pos) {
        if (apps->view()->indexAt(pos).isValid())
            menu->popup(apps->view()->viewport()->mapToGlobal(pos));
    });
    connect(apps, &DetailTable::activated, this, [this, current](int) { edit(current()); });

    DetailTable *deployments = page->deployments();
    QPushButton *rollbackButton
        = addButton(deployments, tr("Roll back"), tr("Start a deployment back to the previous version"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QPushButton *stopButton
        = addButton(deployments, tr("Stop"), tr("Stop the deployment where it is (no rollback)"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(rollbackButton, &QPushButton::clicked, this, [this, deployments] {
        if (!deployments->currentId().isEmpty())
            rollback(deployments->currentId(), false);
    });
    connect(stopButton, &QPushButton::clicked, this, [this, deployments] {
        if (!deployments->currentId().isEmpty())
            rollback(deployments->currentId(), true);
    });
}

void AppActions::attachTasks(TasksPage *page)
{
    DetailTable *tasks = page->table();
    tasks->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QPushButton *killButton
        = addButton(tasks, tr("Kill"), tr("Kill the selected tasks; Marathon starts replacements"),
                    QKeySequence(Qt::Key_Delete));
    QPushButton *killScaleButton = addButton(tasks, tr("Kill && scale down"),
                                             tr("Kill the selected tasks and lower the instance count"),
                                             QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(killButton, &QPushButton::clicked, this, [this, tasks] {
        if (const QStringList ids = selectedIds(tasks); !ids.isEmpty())
            kill(ids, false);
    });
    connect(killScaleButton, &QPushButton::clicked, this, [this, tasks] {
        if (const QStringList ids = selectedIds(tasks); !ids.isEmpty())
            kill(ids, true);
    });
    auto *menu = new QMenu(tasks->view());
    menu->addAction(tr("Kill"), this, [this, tasks] { kill(selectedIds(tasks), false); });
    menu->addAction(tr("Kill and scale down"), this, [this, tasks] { kill(selectedIds(tasks), true); });
    tasks->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tasks->view(), &QWidget::customContextMenuRequested, menu, [tasks, menu](const QPoint &pos) {
        if (tasks->view()->indexAt(pos).isValid())
            menu->popup(tasks->view()->viewport()->mapToGlobal(pos));
    });
}

const App *AppActions::app(const QString &appId) const
{
    if (!m_snapshot)
        return nullptr;
    for (const App &a : *m_snapshot->apps)
        if (a.id == appId)
            return &a;
    return nullptr;
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
        emit noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Info, tr("Launching %1").arg(id),
                       tr("Deployment %1 started.").arg(ref.deploymentId) });
    });
    dialog->open();
}

void AppActions::edit(const QString &appId)
{
    m_client->fetchApp(appId, this, [this, appId](Result<QJsonObject> app) {
        if (!app.ok()) {
            emit noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Error,
                           tr("Cannot edit %1").arg(appId), app.error().message });
            return;
        }
        auto *dialog
            = new AppEditDialog(m_client, AppDefinition::fromJson(app.value()), app.value(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AppEditDialog::submitted, this, [this, appId](const DeploymentRef &ref) {
            emit noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Info,
                           tr("Update of %1").arg(appId),
                           ref.deploymentId.isEmpty() ? tr("Done.")
                                                      : tr("Deployment %1 started.").arg(ref.deploymentId) });
        });
        dialog->open();
    });
}

void AppActions::scale(const QString &appId)
{
    const App *a = app(appId);
    bool ok = false;
    const int n
        = QInputDialog::getInt(m_dialogParent, tr("Scale %1").arg(appId), tr("Instances of %1:").arg(appId),
                               a ? a->instances : 1, 0, 100000, 1, &ok);
    if (ok)
        scaleTo(appId, n);
}

void AppActions::scaleTo(const QString &appId, int instances, bool force)
{
    m_client->scaleApp(appId, instances, force, this, [this, appId, instances](const ActionResult &r) {
        handle(tr("Scale %1 to %2").arg(appId).arg(instances), r,
               [this, appId, instances](bool force) { scaleTo(appId, instances, force); });
    });
}

void AppActions::restart(const QString &appId, bool force)
{
    m_client->restartApp(appId, force, this, [this, appId](const ActionResult &r) {
        handle(tr("Restart %1").arg(appId), r, [this, appId](bool force) { restart(appId, force); });
    });
}

void AppActions::suspend(const QString &appId, bool force)
{
    if (const App *a = app(appId); a && a->instances > 0)
        m_suspendedInstances.insert(appId, a->instances);
    m_client->suspendApp(appId, force, this, [this, appId](const ActionResult &r) {
        handle(tr("Suspend %1").arg(appId), r, [this, appId](bool force) { suspend(appId, force); });
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

void AppActions::destroy(const QString &appId)
{
    QMessageBox box(QMessageBox::Warning, tr("Destroy %1?").arg(appId),
                    tr("Destroy the app <b>%1</b>? Its tasks are killed and its definition is removed from "
                       "Marathon; this cannot be undone.")
                        .arg(appId.toHtmlEscaped()),
                    QMessageBox::Cancel, m_dialogParent);
    QPushButton *yes = box.addButton(tr("Destroy %1").arg(appId), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        destroyConfirmed(appId);
}

void AppActions::destroyConfirmed(const QString &appId)
{
    m_client->destroyApp(
        appId, this, [this, appId](const ActionResult &r) { handle(tr("Destroy %1").arg(appId), r, {}); });
}

void AppActions::kill(const QStringList &taskIds, bool scale, bool force)
{
    if (taskIds.isEmpty())
        return;
    m_client->killTasks(taskIds, scale, force, this, [this, taskIds, scale](const ActionResult &r) {
        handle(scale ? tr("Kill %n task(s) and scale down", nullptr, int(taskIds.size()))
                     : tr("Kill %n task(s)", nullptr, int(taskIds.size())),
               r, [this, taskIds, scale](bool force) { kill(taskIds, scale, force); });
    });
}

void AppActions::rollback(const QString &deploymentId, bool force)
{
    m_client->rollbackDeployment(deploymentId, force, this,
                                 [this, deploymentId, force](const ActionResult &r) {
                                     handle(force ? tr("Stop deployment %1").arg(deploymentId)
                                                  : tr("Roll back deployment %1").arg(deploymentId),
                                            r, {});
                                 });
}

void AppActions::handle(const QString &what, const ActionResult &result,
                        const std::function<void(bool force)> &again)
{
    if (result.ok()) {
        const QString deployment = result.outcome->deploymentId;
        emit noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Info, what,
                       deployment.isEmpty() ? tr("Done.") : tr("Deployment %1 started.").arg(deployment) });
        return;
    }
    if (result.isLocked() && again) {
        QMessageBox box(QMessageBox::Warning, tr("%1: app locked").arg(what),
                        tr("%1 is blocked by deployment %2, which is still running.\n\nWait for it to finish "
                           "(see Deployments in progress), or force the change: that cancels the running "
                           "deployment.")
                            .arg(what, result.blockingDeployments.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, m_dialogParent);
        QPushButton *force = box.addButton(tr("Force"), QMessageBox::DestructiveRole);
        QPushButton *wait = box.addButton(tr("Wait, then retry"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == force) {
            again(true);
        } else if (box.clickedButton() == wait) {
            m_waiting.append({ result.blockingDeployments, [again] { again(false); } });
            emit noticed({ Notice::Kind::DeploymentFinished, Notice::Severity::Info, what,
                           tr("Waiting for deployment %1 to finish; the change is sent then.")
                               .arg(result.blockingDeployments.join(QStringLiteral(", "))) });
        }
        return;
    }
    emit noticed(
        { Notice::Kind::DeploymentFinished, Notice::Severity::Error, what, result.outcome.error().message });
}

void AppActions::onSnapshot(const cluster::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    QSet<QString> running;
    for (const Deployment &d : *snapshot->deployments)
        running.insert(d.id);
    // Changes waiting for a deployment lock: sent once none of their blockers runs.
    QList<std::function<void()>> ready;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (std::none_of(it->blockers.cbegin(), it->blockers.cend(),
                         [&](const QString &id) { return running.contains(id); })) {
            ready.append(it->retry);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &retry : ready)
        retry();
}

} // namespace mc::widgets
