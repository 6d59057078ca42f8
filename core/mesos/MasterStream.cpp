#include "core/mesos/MasterStream.h"

#include "core/util/IdIndex.h"

#include <cmath>

namespace mc::mesos {

namespace {
// Mesos keeps scalars in fixed point with three decimals.
double fixedPoint(double value)
{
    return std::llround(value * 1000.0) / 1000.0;
}

void addScaled(Resources &to, const Resources &r, int sign)
{
    to.cpus = fixedPoint(to.cpus + sign * r.cpus);
    to.mem = fixedPoint(to.mem + sign * r.mem);
    to.disk = fixedPoint(to.disk + sign * r.disk);
    to.gpus = fixedPoint(to.gpus + sign * r.gpus);
}

} // namespace

MasterStream::MasterStream()
    : m_published { m_agents.handOut(), m_frameworks.handOut(), m_tasks.handOut() }
{ }

void MasterStream::apply(MasterEvent event)
{
    using Type = MasterEvent::Type;
    if (event.type == Type::Subscribed) {
        m_heartbeatSeconds = event.heartbeatIntervalSeconds;
        reset(std::move(event.state));
        return;
    }
    if (!m_subscribed)
        return;
    switch (event.type) {
    case Type::TaskAdded:
        addTask(std::make_shared<const Task>(std::move(event.task)));
        break;
    case Type::TaskUpdated:
        updateTask(event.update);
        break;
    case Type::AgentAdded:
        upsertAgent(std::move(event.agent));
        break;
    case Type::AgentRemoved:
        removeAgent(event.id);
        break;
    case Type::FrameworkAdded:
    case Type::FrameworkUpdated:
        upsertFramework(std::move(event.framework));
        break;
    case Type::FrameworkRemoved:
        removeFramework(event.id);
        break;
    case Type::Subscribed:
    case Type::Heartbeat:
    case Type::Unknown:
        break;
    }
}

void MasterStream::reset(MasterState state)
{
    m_subscribed = true;
    m_agents.set(std::move(state.agents));
    m_frameworks.set(std::move(state.frameworks));
    m_tasks.set({});
    m_liveByState = {};
    m_completedOrder.clear();
    for (Agent &agent : m_agents.write()) {
        agent.used = {};
        agent.taskCounts = {};
    }
    for (Framework &framework : m_frameworks.write())
        framework.taskCounts = {};
    reindex(m_agents.read(), m_agentIndex);
    reindex(m_frameworks.read(), m_frameworkIndex);
    m_taskIndex.clear();
    m_taskIndex.reserve(qsizetype(state.tasks.size()));
    m_tasks.write().reserve(state.tasks.size());
    const TaskList subscribed(std::move(state.tasks)); // one block for the lot
    for (size_t i = 0; i < subscribed.size(); ++i)
        addTask(subscribed.ptr(i));
    m_agentsChanged = m_frameworksChanged = m_tasksChanged = true;
}

void MasterStream::account(const Task &task, int sign)
{
    if (!task.completed)
        m_liveByState[size_t(task.state)] += sign;
    if (const auto f = m_frameworkIndex.constFind(task.frameworkId); f != m_frameworkIndex.cend()) {
        m_frameworks.write()[size_t(*f)].taskCounts[size_t(task.state)] += sign;
        m_frameworksChanged = true;
    }
    if (task.completed)
        return;
    if (const auto a = m_agentIndex.constFind(task.agentId); a != m_agentIndex.cend()) {
        Agent &agent = m_agents.write()[size_t(*a)];
        agent.taskCounts[size_t(task.state)] += sign;
        if (isActive(task.state))
            addScaled(agent.used, task.resources, sign);
        m_agentsChanged = true;
    }
}

void MasterStream::addTask(TaskList::Ptr task)
{
    if (task->id.isEmpty())
        return;
    if (const auto existing = m_taskIndex.constFind(task->id); existing != m_taskIndex.cend())
        removeTask(*existing); // a task id relaunched: the newer one counts
    if (task->completed)
        m_completedOrder[task->frameworkId].push_back(task->id);
    account(*task, +1);
    TaskList &tasks = m_tasks.write();
    m_taskIndex.insert(task->id, int(tasks.size()));
    const bool completed = task->completed;
    tasks.push_back(std::move(task));
    m_tasksChanged = true;
    if (completed)
        completeTask(int(tasks.size()) - 1);
}

void MasterStream::updateTask(const TaskUpdate &update)
{
    const auto found = m_taskIndex.constFind(update.taskId);
    if (found == m_taskIndex.cend())
        return; // not known (added before we subscribed and already gone): the next SUBSCRIBED has it
    const int index = *found;
    account(m_tasks.read()[size_t(index)], -1);
    Task task = m_tasks.read()[size_t(index)]; // a new object: lists handed out keep the old one
    task.state = update.state;
    if (!update.agentId.isEmpty())
        task.agentId = update.agentId;
    if (update.statusState == TaskState::Running && task.startedAt == 0)
        task.startedAt = update.timestamp;
    task.updatedAt = qMax(task.updatedAt, update.timestamp);
    if (update.healthy)
        task.healthy = update.healthy;
    if (!update.ipAddresses.isEmpty())
        task.ipAddresses = update.ipAddresses;
    const bool nowCompleted = isTerminal(task.state) && !task.completed;
    task.completed = task.completed || isTerminal(task.state);
    account(task, +1);
    const QString frameworkId = task.frameworkId;
    const QString taskId = task.id;
    m_tasks.write().set(size_t(index), std::move(task));
    m_tasksChanged = true;
    if (nowCompleted) {
        m_completedOrder[frameworkId].push_back(taskId);
        completeTask(index);
    }
}

// Drops the oldest completed tasks of the task's framework over the limit.
void MasterStream::completeTask(int index)
{
    std::deque<QString> &order = m_completedOrder[m_tasks.read()[size_t(index)].frameworkId];
    while (int(order.size()) > kMaxCompletedTasksPerFramework) {
        const QString oldest = order.front();
        order.pop_front();
        if (const auto it = m_taskIndex.constFind(oldest); it != m_taskIndex.cend())
            removeTask(*it);
    }
}

void MasterStream::removeTask(int index)
{
    account(m_tasks.read()[size_t(index)], -1);
    swapRemove(m_tasks.write(), m_taskIndex, index);
    m_tasksChanged = true;
}

void MasterStream::upsertAgent(Agent agent)
{
    if (agent.id.isEmpty())
        return;
    const auto found = m_agentIndex.constFind(agent.id);
    if (found != m_agentIndex.cend()) {
        Agent &known = m_agents.write()[size_t(*found)];
        agent.used = known.used;
        agent.taskCounts = known.taskCounts;
        known = std::move(agent);
        m_agentsChanged = true;
        return;
    }
    agent.used = {};
    agent.taskCounts = {};
    std::vector<Agent> &agents = m_agents.write();
    m_agentIndex.insert(agent.id, int(agents.size()));
    agents.push_back(std::move(agent));
    m_agentsChanged = true;
    // Tasks the agent had when it went away (an agent that comes back) count again.
    Agent &added = agents.back();
    for (const Task &task : m_tasks.read()) {
        if (task.agentId == added.id && !task.completed) {
            added.taskCounts[size_t(task.state)] += 1;
            if (isActive(task.state))
                addScaled(added.used, task.resources, +1);
        }
    }
}

void MasterStream::removeAgent(const QString &id)
{
    const auto found = m_agentIndex.constFind(id);
    if (found == m_agentIndex.cend())
        return;
    swapRemove(m_agents.write(), m_agentIndex, *found);
    m_agentsChanged = true;
}

void MasterStream::upsertFramework(Framework framework)
{
    if (framework.id.isEmpty())
        return;
    const auto found = m_frameworkIndex.constFind(framework.id);
    if (found != m_frameworkIndex.cend()) {
        Framework &known = m_frameworks.write()[size_t(*found)];
        framework.taskCounts = known.taskCounts;
        known = std::move(framework);
        m_frameworksChanged = true;
        return;
    }
    framework.taskCounts = {};
    for (const Task &task : m_tasks.read()) {
        if (task.frameworkId == framework.id)
            framework.taskCounts[size_t(task.state)] += 1;
    }
    std::vector<Framework> &frameworks = m_frameworks.write();
    m_frameworkIndex.insert(framework.id, int(frameworks.size()));
    frameworks.push_back(std::move(framework));
    m_frameworksChanged = true;
}

// FRAMEWORK_REMOVED: the master keeps it among the completed frameworks.
void MasterStream::removeFramework(const QString &id)
{
    const auto found = m_frameworkIndex.constFind(id);
    if (found == m_frameworkIndex.cend())
        return;
    Framework &framework = m_frameworks.write()[size_t(*found)];
    framework.completed = true;
    framework.active = false;
    framework.connected = false;
    framework.used = {};
    framework.offered = {};
    m_frameworksChanged = true;
}

MasterStream::Lists MasterStream::lists()
{
    if (m_agentsChanged)
        m_published.agents = m_agents.handOut();
    if (m_frameworksChanged)
        m_published.frameworks = m_frameworks.handOut();
    if (m_tasksChanged)
        m_published.tasks = m_tasks.handOut();
    m_agentsChanged = m_frameworksChanged = m_tasksChanged = false;
    return m_published;
}

} // namespace mc::mesos
