#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace mc::marathon {
class MarathonClient;
}
namespace mc::models {
class ClusterModels;
}

namespace mc::widgets {

class AppActions;
class AppsPage;
class ChangeGuard;
class WhyPane;

// The Why tab of the Apps page's details: reads Marathon's launch queue for the selected app
// (when it is selected, then every few seconds while the tab is shown) into a WhyPane, and
// sends its Reset delay through AppActions (the gate, the notices).
class AppWhy : public QObject
{
    Q_OBJECT

public:
    AppWhy(marathon::MarathonClient *client, models::ClusterModels *models, AppActions *actions, AppsPage *page,
           ChangeGuard *guard, QObject *parent = nullptr);

    [[nodiscard]] WhyPane *pane() const { return m_pane; }
    // Reads the queue again for the selected app.
    void refresh();

private:
    [[nodiscard]] QString selectedApp() const;

    marathon::MarathonClient *m_client;
    QPointer<AppActions> m_actions;
    QPointer<AppsPage> m_page;
    WhyPane *m_pane;
    QTimer *m_timer;
    cluster::SnapshotPtr m_snapshot;
    bool m_reading = false;
};

} // namespace mc::widgets
