#pragma once

#include "core/marathon/App.h"
#include "core/marathon/Deployment.h"
#include "core/marathon/MarathonEvent.h"
#include "core/marathon/MarathonTask.h"
#include "core/util/SharedList.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mc::marathon {

// Marathon's apps, tasks and deployments kept up to date from its event bus
// (/v2/events): a full read sets everything, then status updates, health
// and deployment events change the lists directly. What an event cannot
// carry (an app's definition after a deployment, an app never seen) it asks
// for: the watcher reads those apps alone (/v2/apps/{id}). A plain value: no
// I/O, no Qt event loop.
//
// The app counters (staged, running, healthy, unhealthy) are counted from the
// tasks, so they stay right as tasks change.
class MarathonState
{
public:
    template<typename T> using List = std::shared_ptr<const std::vector<T>>;
    struct Lists
    {
        std::shared_ptr<const SharedList<App>> apps; // a changed app is a new object (see SharedList)
        std::shared_ptr<const SharedList<MarathonTask>> tasks; // a changed task is a new object (see SharedList)
        List<Deployment> deployments;
    };
    // What the events applied since the last takeFollowUp() need read.
    struct FollowUp
    {
        QStringList apps; // read alone: /v2/apps/{id}
        bool everything = false; // a full read; no event Marathon sends needs one (apply() says why)
        bool refresh = false; // an event that could not be read: the watcher's timed read, now
    };

    MarathonState();

    // A full read (/v2/apps?embed=apps.tasks and /v2/deployments).
    void reset(std::vector<App> apps, std::vector<MarathonTask> tasks, std::vector<Deployment> deployments);
    // One app read alone with its tasks; nullopt: the app is gone.
    void replaceApp(const QString &appId, std::optional<App> app, std::vector<MarathonTask> tasks);
    void setDeployments(std::vector<Deployment> deployments);
    void apply(const MarathonEvent &event);
    // An event as it came off the bus, read here (the watcher applies events
    // on its worker, not on the GUI thread); one that is not JSON asks for a refresh.
    void apply(const QString &type, const QByteArray &data);

    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] FollowUp takeFollowUp() { return std::exchange(m_followUp, {}); }
    // As MasterStream::lists(): unchanged lists keep their pointer.
    [[nodiscard]] Lists lists();

private:
    void statusUpdate(const MarathonEvent &event);
    void healthChanged(const QString &taskOrInstanceId, bool healthy);
    void deploymentProgress(const QJsonObject &payload);
    void deploymentEnded(const QString &id, const QStringList &planApps);
    void upsertTask(MarathonTask task);
    void removeTask(int index);
    void removeApp(const QString &appId);
    void account(const MarathonTask &task, int sign);
    void askFor(const QString &appId);
    int appIndex(const QString &appId) const { return m_appIndex.value(appId, -1); }

    bool m_ready = false;
    SharedList<App> m_apps; // edited in place (edit()): the published lists keep theirs
    SharedList<MarathonTask> m_tasks;
    std::vector<Deployment> m_deployments;
    QHash<QString, int> m_appIndex;
    QHash<QString, int> m_taskIndex;
    FollowUp m_followUp;
    Lists m_published;
    bool m_appsChanged = true;
    bool m_tasksChanged = true;
    bool m_deploymentsChanged = true;
};

} // namespace mc::marathon
