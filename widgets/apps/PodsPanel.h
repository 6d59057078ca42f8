#pragma once

#include "core/cluster/ClusterNotices.h"
#include "core/marathon/MarathonClient.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mc::models {
class PodsModel;
}

namespace mc::widgets {

class ChangeGuard;
struct Confirmation;

// Marathon's pods (1.4+) next to the apps: each pod's stable and wanted instances, status,
// containers and endpoints (the host ports they got), and under the table the selected pod's
// instances with their containers' Mesos tasks (the Tasks view lists them, their logs open
// there). Create and Edit open the pod's JSON (review the diff, apply; Marathon's objections
// under the editor); Scale asks the count; Restart (every instance replaced) and Destroy ask
// first. Read every few seconds while shown and after each change; a Marathon without pods
// (404) is said instead of the table.
class PodsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 3000;

    explicit PodsPanel(QWidget *parent = nullptr);
    ~PodsPanel() override;

    void setClient(marathon::MarathonClient *client);
    // Every button here changes the cluster: disabled while `guard` says read-only.
    void setGuard(ChangeGuard *guard);
    // Asked before Restart and Destroy; default: ConfirmDialog. Tests may replace it.
    void setConfirmation(std::function<bool(const Confirmation &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // Asked for Scale: the new count, nullopt when cancelled; default: QInputDialog.
    void setAskInstances(std::function<std::optional<int>(const QString &podId, int current)> ask)
    {
        m_askInstances = std::move(ask);
    }

    [[nodiscard]] models::PodsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLabel *notice() const { return m_notice; }
    [[nodiscard]] QLabel *details() const { return m_details; }
    [[nodiscard]] QString selectedPodId() const;
    bool selectPod(const QString &podId);

    void refresh();
    void create();
    void edit(const QString &podId);
    void scale(const QString &podId);
    void confirmRestart(const QString &podId);
    void confirmDestroy(const QString &podId);

Q_SIGNALS:
    void noticed(const mc::cluster::Notice &notice);
    // Every read of /v2/pods that came back (tests wait for it).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateControls();
    void updateDetails();
    void tell(const QString &title, const marathon::ActionResult &result, const QString &done);
    [[nodiscard]] bool ask(const Confirmation &confirmation);
    // Asks before a change to the pod, its instances listed.
    [[nodiscard]] bool askAboutPod(const QString &podId, const QString &title, const QString &question,
                                   const QString &consequence, const QString &acceptText);
    [[nodiscard]] QStringList describeInstances(const QString &podId) const;

    QPointer<marathon::MarathonClient> m_client;
    QPointer<ChangeGuard> m_guard;
    std::function<bool(const Confirmation &)> m_confirm;
    std::function<std::optional<int>(const QString &, int)> m_askInstances;
    models::PodsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_notice;
    QLabel *m_details;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_scale;
    QPushButton *m_restart;
    QPushButton *m_destroy;
    QTimer *m_timer;
    bool m_reading = false;
};

} // namespace mc::widgets
