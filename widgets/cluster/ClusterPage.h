#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QWidget>

class QTabWidget;

namespace mc::models {
class ClusterModels;
}

namespace mc::widgets {

class ClusterOverview;
class DetailTable;

// The Cluster page: Overview, Agents and Frameworks tabs over ClusterModels.
class ClusterPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterPage(models::ClusterModels *models, QWidget *parent = nullptr);

    [[nodiscard]] ClusterOverview *overview() const { return m_overview; }
    [[nodiscard]] DetailTable *agents() const { return m_agents; }
    [[nodiscard]] DetailTable *frameworks() const { return m_frameworks; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // A shell on the host of the selected agent (by agent id).
    void shellRequested(const QString &agentId);

private:
    QTabWidget *m_tabs;
    ClusterOverview *m_overview;
    DetailTable *m_agents;
    DetailTable *m_frameworks;
};

} // namespace mc::widgets
