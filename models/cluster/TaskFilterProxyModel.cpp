#include "models/cluster/TaskFilterProxyModel.h"

#include "models/cluster/TasksModel.h"

namespace mc::models {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setApp(const QString &appId)
{
    m_app = appId;
    invalidateFilter();
}

void TaskFilterProxyModel::setAgent(const QString &agentIdOrHost)
{
    m_agent = agentIdOrHost;
    invalidateFilter();
}

void TaskFilterProxyModel::setStates(StateFilter filter, mesos::TaskState exact)
{
    m_stateFilter = filter;
    m_state = exact;
    invalidateFilter();
}

void TaskFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *tasks = qobject_cast<const TasksModel *>(sourceModel());
    if (!tasks)
        return true;
    const TaskRow &row = tasks->row(sourceRow);
    if (!m_app.isEmpty() && row.appId != m_app)
        return false;
    if (!m_agent.isEmpty() && row.task->agentId != m_agent && row.host != m_agent)
        return false;
    switch (m_stateFilter) {
    case StateFilter::Active:
        if (!mesos::isActive(row.task->state) || row.task->completed)
            return false;
        break;
    case StateFilter::Terminal:
        if (!mesos::isTerminal(row.task->state))
            return false;
        break;
    case StateFilter::Exact:
        if (row.task->state != m_state)
            return false;
        break;
    case StateFilter::All:
        break;
    }
    if (!m_text.isEmpty()) {
        const auto has = [&](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
        if (!has(row.task->id) && !has(row.task->name) && !has(row.appId) && !has(row.host))
            return false;
    }
    return true;
}

} // namespace mc::models
