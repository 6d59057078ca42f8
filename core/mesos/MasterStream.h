#pragma once

#include "core/mesos/MasterEvent.h"
#include "core/mesos/TaskList.h"

#include <QHash>
#include <QString>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace mc::mesos {

// The master's agents, frameworks and tasks as a SUBSCRIBE stream tells them:
// SUBSCRIBED sets everything, later events change it. A plain value: no I/O,
// no Qt event loop; the watcher applies events on a worker thread.
//
// The stream carries no used resources and no task counters after SUBSCRIBED:
// each agent's `used` is the sum of its active tasks' resources and the
// counters are counted from the tasks, kept up to date as tasks change (sums
// in Mesos' fixed point of 0.001, so the order of changes does not matter).
// Completed tasks are kept as the master keeps them: the latest
// kMaxCompletedTasksPerFramework per framework.
class MasterStream
{
public:
    static constexpr int kMaxCompletedTasksPerFramework = 1000; // --max_completed_tasks_per_framework

    template<typename T> using List = std::shared_ptr<const std::vector<T>>;
    struct Lists
    {
        List<Agent> agents;
        List<Framework> frameworks;
        std::shared_ptr<const TaskList> tasks; // a changed task is a new object, the others are shared
    };

    MasterStream();

    // Applies one event. Events before SUBSCRIBED are ignored.
    void apply(MasterEvent event);

    [[nodiscard]] bool subscribed() const { return m_subscribed; }
    [[nodiscard]] double heartbeatIntervalSeconds() const { return m_heartbeatSeconds; }
    // The lists now. A list that did not change since the previous call is the
    // same pointer, so snapshots share it and models skip it. A list is handed
    // out as it is, not copied: the first change after that copies it once (the
    // stream and the snapshots shown hold one copy of 100,000 tasks, not two).
    [[nodiscard]] Lists lists();
    // The tasks in the lists that are not completed, by state: kept as events
    // are applied, so the totals need not walk 100,000 tasks per batch.
    [[nodiscard]] const std::array<int, kTaskStateCount> &liveTasksByState() const { return m_liveByState; }

private:
    void reset(MasterState state);
    void addTask(TaskList::Ptr task);
    void updateTask(const TaskUpdate &update);
    void completeTask(int index);
    void removeTask(int index);
    // Adds (sign +1) or takes away (-1) what `task` counts for its agent and framework.
    void account(const Task &task, int sign);
    void upsertAgent(Agent agent);
    void removeAgent(const QString &id);
    void upsertFramework(Framework framework);
    void removeFramework(const QString &id);

    // A list the stream changes, handed out in lists() as it is and copied at
    // the first change after that (copy on write). The tasks' list copies
    // pointers: see TaskList.
    template<typename Container> class Shared
    {
    public:
        [[nodiscard]] const Container &read() const { return *m_list; }
        Container &write()
        {
            if (m_handedOut) {
                m_list = std::make_shared<Container>(*m_list);
                m_handedOut = false;
            }
            return *m_list;
        }
        void set(Container list)
        {
            m_list = std::make_shared<Container>(std::move(list));
            m_handedOut = false;
        }
        std::shared_ptr<const Container> handOut()
        {
            m_handedOut = true;
            return m_list;
        }

    private:
        std::shared_ptr<Container> m_list = std::make_shared<Container>();
        bool m_handedOut = false;
    };

    bool m_subscribed = false;
    double m_heartbeatSeconds = 0;
    std::array<int, kTaskStateCount> m_liveByState {}; // the tasks not completed, by state
    Shared<std::vector<Agent>> m_agents;
    Shared<std::vector<Framework>> m_frameworks;
    Shared<TaskList> m_tasks;
    QHash<QString, int> m_agentIndex;
    QHash<QString, int> m_frameworkIndex;
    QHash<QString, int> m_taskIndex;
    QHash<QString, std::deque<QString>> m_completedOrder; // framework id -> completed task ids, oldest first
    Lists m_published;
    bool m_agentsChanged = true;
    bool m_frameworksChanged = true;
    bool m_tasksChanged = true;
};

} // namespace mc::mesos
