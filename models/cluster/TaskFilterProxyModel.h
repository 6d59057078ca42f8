#pragma once

#include "core/mesos/TaskState.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace mc::models {

class TasksModel;

// Tasks filtered by app, agent (id or host), state and free text (id, name,
// app, host); sorted by raw values.
class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { All, Active, Terminal, Exact };

    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setApp(const QString &appId);
    void setAgent(const QString &agentIdOrHost);
    void setStates(StateFilter filter, mesos::TaskState exact = mesos::TaskState::Running);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_app;
    QString m_agent;
    StateFilter m_stateFilter = StateFilter::All;
    mesos::TaskState m_state = mesos::TaskState::Running;
    QString m_text;
};

} // namespace mc::models
