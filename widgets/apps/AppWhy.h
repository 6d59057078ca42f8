#pragma once

#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/marathon/LaunchQueue.h"

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

// Marathon's launch queue on the Apps page: read every few seconds (and when an app is selected)
// into the apps' Queue column and the Why tab of the app's details (a WhyPane), whose Reset delay
// goes through AppActions (the gate, the notices). An app that waits for offers longer than
// waitingNoticeAfter() is noticed once, with the main reason, and again when the reason changes.
class AppWhy : public QObject
{
    Q_OBJECT

public:
    AppWhy(marathon::MarathonClient *client, models::ClusterModels *models, AppActions *actions,
           AppsPage *page, ChangeGuard *guard, QObject *parent = nullptr);

    [[nodiscard]] WhyPane *pane() const { return m_pane; }
    // How long an app may wait for offers before it is noticed (QSettings
    // "notifications/waitingForOffersMinutes", default 5 minutes).
    void setWaitingNoticeAfter(qint64 seconds) { m_noticeAfterSeconds = seconds; }
    [[nodiscard]] qint64 waitingNoticeAfter() const { return m_noticeAfterSeconds; }
    // Reads the queue again for the selected app.
    void refresh();

Q_SIGNALS:
    void noticed(const mc::cluster::Notice &notice);

private:
    [[nodiscard]] QString selectedApp() const;
    void showSelected();
    void noticeLongWaits();

    models::ClusterModels *m_models;
    QList<marathon::QueueEntry> m_queue;
    QString m_queueError;
    QHash<QString, QString> m_told; // app id -> the reason its long wait was noticed with
    qint64 m_noticeAfterSeconds = 300;

    marathon::MarathonClient *m_client;
    QPointer<AppActions> m_actions;
    QPointer<AppsPage> m_page;
    WhyPane *m_pane;
    QTimer *m_timer;
    cluster::SnapshotPtr m_snapshot;
    bool m_reading = false;
};

} // namespace mc::widgets
