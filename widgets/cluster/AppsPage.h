#pragma once

#include <QWidget>

namespace mc::models {
class ClusterModels;
}

namespace mc::widgets {

class ConnectionBadge;
class DetailTable;

// Marathon apps (instances, health, deployments, last failure) and the
// deployments in progress.
class AppsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AppsPage(models::ClusterModels *models, QWidget *parent = nullptr);

    [[nodiscard]] DetailTable *apps() const { return m_apps; }
    [[nodiscard]] DetailTable *deployments() const { return m_deployments; }
    [[nodiscard]] ConnectionBadge *badge() const { return m_badge; }

private:
    ConnectionBadge *m_badge;
    DetailTable *m_apps;
    DetailTable *m_deployments;
};

} // namespace mc::widgets
