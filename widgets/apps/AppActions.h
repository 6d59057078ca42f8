#pragma once

#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/marathon/MarathonClient.h"
#include "widgets/palette/CommandPalette.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPushButton;
class QWidget;

namespace mc::models {
class ClusterModels;
}

namespace mc::widgets {

class AppImportDialog;
class AppsPage;
class ChangeGuard;
class DetailTable;
class TasksPage;
struct Confirmation;

// The lifecycle actions on Marathon apps, tasks and deployments, as buttons
// and context menus of the Apps and Tasks views and entries of the command
// palette: launch, edit, scale, restart, suspend / resume, destroy, kill
// tasks (with or without scaling down), roll back or stop a deployment.
//
// An action applies to the rows the user sees selected, never to a row that
// is only current; its button is enabled only when it applies, and its tool
// tip says why not otherwise. Whatever stops, kills, scales down, restarts
// or removes something asks first (ConfirmDialog), naming the objects and
// what happens to their tasks. Each action's own result (refused, done,
// deployment started) is told naming its objects; how a deployment ends is
// told once, by the notice feed (cluster::NoticeFeed).
class AppActions : public QObject
{
    Q_OBJECT

public:
    AppActions(marathon::MarathonClient *client, models::ClusterModels *models, QWidget *dialogParent,
               QObject *parent = nullptr);

    void attachApps(AppsPage *page);
    void attachTasks(TasksPage *page);

    // What a person starts: disruptive ones ask first.
    void launch();
    void edit(const QString &appId);
    void scale(const QString &appId); // asks for the count; a scale down is confirmed
    void resume(const QString &appId); // asks for the count
    void confirmRestart(const QString &appId);
    void confirmSuspend(const QString &appId);
    void confirmDestroy(const QString &appId);
    void confirmKill(const QStringList &taskIds, bool scale);
    void confirmRollback(const QString &deploymentId, bool stop);
    void confirmApplyVersion(const QString &appId, const QString &version);

    // The actions themselves, without asking (after the confirmation).
    void scaleTo(const QString &appId, int instances, bool force = false);
    void restart(const QString &appId, bool force = false);
    void suspend(const QString &appId, bool force = false);
    void destroy(const QString &appId);
    void kill(const QStringList &taskIds, bool scale, bool force = false);
    void rollback(const QString &deploymentId, bool stop);
    // Ends the app's back-off delay (DELETE /v2/queue/{id}/delay); `done` after the answer.
    void resetDelay(const QString &appId, const std::function<void()> &done = {});
    // Deploys `version` of the app ({"version": …}); a deployment lock is handled as for any change.
    void applyVersion(const QString &appId, const QString &version, bool force = false);

    // Every app definition of the cluster without the fields Marathon manages: `path` ending in
    // .json is one group document, anything else a new or empty folder of one file per app.
    void exportApps(bool oneFile); // asks where
    void exportTo(const QString &path);
    // Reads an export (folder or file) and opens the import plan for it; nullptr (told) when
    // it cannot be read.
    void importApps(bool fromFolder); // asks where
    AppImportDialog *importFrom(const QString &path);

    // On a group of the Apps page's tree: scale every app by a factor (asks it; below 1 confirmed),
    // restart every app, destroy the group with its apps (both confirmed, naming the apps and their
    // tasks).
    static constexpr double kMaxScaleFactor = 100;
    void editGroup(const QString &groupId); // GroupEditDialog: review the diff, then apply
    void scaleGroup(const QString &groupId);
    void scaleGroupBy(const QString &groupId, double factor, bool force = false);
    void confirmRestartGroup(const QString &groupId);
    void confirmDestroyGroup(const QString &groupId);
    void destroyGroup(const QString &groupId, bool force = false);
    // Why a group action cannot apply to `groupId` now; empty when it can.
    [[nodiscard]] QString whyNotGroup(const QString &groupId) const;

    // Why an app action cannot apply to `appId` now; empty when it can.
    enum class AppAction { Edit, Scale, Restart, Suspend, Resume, Destroy };
    [[nodiscard]] QString whyNot(AppAction action, const QString &appId) const;

    // Actions for the command palette: launch, and per app and running task what applies now.
    [[nodiscard]] QList<PaletteEntry> paletteEntries();

    // "web.1a2b of /demo/web on 127.0.0.1:5051 · S0" (as the Tasks view knows it).
    [[nodiscard]] QString describeTask(const QString &taskId) const;

    // Every control here changes the cluster: disabled while `guard` says read-only.
    void setGuard(ChangeGuard *guard);

    // Asked before a disruptive action; default: ConfirmDialog. Tests may replace it.
    void setConfirmation(std::function<bool(const Confirmation &)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    // A person should see this: the result of an action.
    void noticed(const mc::cluster::Notice &notice);

private:
    // How an action's result is told: `what` (imperative) when it fails, `done` when Marathon took it.
    struct Told
    {
        QString what;
        QString done;
        QString detail; // added to the result text ("Marathon starts a replacement.")
        QString appId;
        QString taskId;
    };
    void onSnapshot(const cluster::SnapshotPtr &snapshot);
    // The group actions; an app's row in the tree offers `appMenu` (the flat list's).
    void attachGroups(AppsPage *page, QMenu *appMenu);
    // "/prod/web — 2 instance(s), 2 running — 2 task(s)" for every app of the group.
    [[nodiscard]] QStringList describeGroupApps(const QString &groupId) const;
    [[nodiscard]] int groupTasks(const QString &groupId) const; // running and staged
    void showDependencies(AppsPage *page); // of the selected group, from GET /v2/groups/{id}
    // Reports the result; on a deployment lock offers to force `again(true)` or to wait and then
    // `again(false)`.
    void handle(const Told &told, const marathon::ActionResult &result,
                const std::function<void(bool force)> &again);
    [[nodiscard]] const marathon::App *app(const QString &appId) const;
    [[nodiscard]] const marathon::Deployment *deployment(const QString &deploymentId) const;
    // The app's line in a confirmation: its instances and running tasks, or only its id when it
    // is not listed (any more).
    [[nodiscard]] QString describeApp(const QString &appId) const;
    // The app's running and staged tasks: what a restart, suspend or destroy ends (0 when not listed).
    [[nodiscard]] int activeTasks(const QString &appId) const;
    [[nodiscard]] Told killTold(const QStringList &taskIds, bool scale) const;
    bool ask(const Confirmation &confirmation);

    // A button (and its context-menu twin) that is enabled when `whyNot()` is empty, with the
    // reason in its tool tip otherwise.
    struct Control
    {
        QPushButton *button = nullptr;
        QAction *menuAction = nullptr;
        QString tip;
        std::function<QString()> whyNot;
    };
    void addControl(DetailTable *table, QPushButton *button, QAction *menuAction,
                    std::function<QString()> whyNot);
    void updateControls();

    marathon::MarathonClient *m_client;
    QPointer<ChangeGuard> m_guard;
    models::ClusterModels *m_models;
    QPointer<QWidget> m_dialogParent;
    QPointer<AppsPage> m_appsPage;
    QPointer<TasksPage> m_tasksPage;
    cluster::SnapshotPtr m_snapshot;
    std::function<bool(const Confirmation &)> m_confirm;
    QList<Control> m_controls;
    QHash<QString, int> m_suspendedInstances; // app id -> instances before suspend
    struct Waiting
    {
        QStringList blockers; // deployment ids
        std::function<void()> retry;
    };
    QList<Waiting> m_waiting; // changes refused with 409, sent again once their blockers end
};

} // namespace mc::widgets
