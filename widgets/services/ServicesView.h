#pragma once

#include "core/audit/ActionGate.h"
#include "core/cluster/ServiceTypes.h"
#include "core/ssh/HostResult.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/SshTypes.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mc::cluster {
class ServiceStatusWatcher;
}
namespace mc::ssh {
class SshPool;
}
namespace mc::models {
class ServicesModel;
}

class QAction;

namespace mc::widgets {

class ChangeGuard;
class OverflowBar;

struct Confirmation;

// Hosts x services grid with live status. Select a cell, a host row (row
// header) or a service column (column header) and start / stop / restart it;
// stop and restart ask first; "Rolling" restarts masters one host at a time,
// waiting until each answers. Progress and every host's output below.
class ServicesView : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesView(QWidget *parent = nullptr);
    ~ServicesView() override;

    void setSessionOptions(const ssh::SessionOptions &options);
    void setHosts(const QList<ssh::HostSpec> &hosts);
    [[nodiscard]] QList<ssh::HostSpec> hosts() const { return m_hosts; }
    [[nodiscard]] const ssh::SessionOptions &sessionOptions() const { return m_options; }
    // The workspace's groups, offered by the command window to pick hosts by group.
    void setGroups(const QList<ssh::HostGroup> &groups) { m_groups = groups; }
    // Start, stop, restart and Run Command pass `gate`; `guard` disables their buttons on a
    // read-only cluster.
    void setGate(std::shared_ptr<const audit::ActionGate> gate, ChangeGuard *guard);
    [[nodiscard]] QList<ssh::HostGroup> groups() const { return m_groups; }
    void setStatusInterval(int ms);

    // Asked before disruptive actions; default: ConfirmDialog. Tests replace it.
    void setConfirmation(std::function<bool(const Confirmation &)> confirm) { m_confirm = std::move(confirm); }

    // Runs `action` of each selected cell's service on its host (grouped by service).
    void runOnSelection(cluster::ServiceAction action);
    void runAction(cluster::Service service, const QStringList &hosts, cluster::ServiceAction action);
    void refreshStatus();
    void openCommandWindow();
    // Stops the running action before its next host (the command running on a
    // host finishes; a rolling wait for it to answer ends) and drops queued
    // actions. Every host not started is reported "cancelled".
    void cancelAction();

    models::ServicesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *output() const { return m_output; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *refreshButton() const { return m_refresh; }
    // When the status was last read and which hosts did not answer, in words.
    QLabel *statusLine() const { return m_statusLine; }
    [[nodiscard]] bool isBusy() const;

    // Asks for the log of the service in the current cell (host x service).
    void requestLogsOfCurrentCell();
    void requestShellOnCurrentHost();

Q_SIGNALS:
    void actionFinished(const QList<mc::ssh::HostResult> &results);
    void logsRequested(const mc::ssh::HostSpec &host, mc::cluster::Service service,
                       const mc::ssh::SessionOptions &options);
    // A shell on the selected host (the Terminal page opens it).
    void shellRequested(const mc::ssh::HostSpec &host, const mc::ssh::SessionOptions &options);
    // From the live status rounds: a host stopped answering over SSH, or answers again.
    void hostReachabilityChanged(const QString &host, bool reachable, const QString &reason);

private:
    // Start, Stop, Restart, Rolling, then Refresh, Logs, Shell and Run Command.
    [[nodiscard]] OverflowBar *buildToolbar(QWidget *content);
    // A button at the end of `bar` that calls `slot` when clicked.
    QPushButton *addBarButton(QHBoxLayout *bar, QWidget *parent, const QString &text,
                              const QString &objectName, const QString &tip, void (ServicesView::*slot)());
    // The context menus of the cells, the column headers (a service) and the row headers (a host).
    void addTableMenus();
    // The progress, Cancel, the summary and the actions' output, below the table.
    [[nodiscard]] QWidget *buildOutput(QSplitter *splitter);
    void startNext();
    void appendOutput(const QString &host, const QString &text, bool error = false);
    ssh::SessionOptions effectiveOptions();
    void showStatusRound();

    struct Pending
    {
        cluster::Service service = cluster::Service::ZooKeeper;
        QStringList hosts;
        cluster::ServiceAction action = cluster::ServiceAction::Status;
    };

    ssh::SessionOptions m_options;
    QList<ssh::HostSpec> m_hosts;
    QList<ssh::HostGroup> m_groups;
    std::function<bool(const Confirmation &)> m_confirm;
    QList<Pending> m_queue;
    QList<ssh::HostResult> m_results;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelling = false;

    models::ServicesModel *m_model = nullptr;
    cluster::ServiceStatusWatcher *m_watcher = nullptr;
    ssh::SshPool *m_pool = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_rolling = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_statusLine = nullptr;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_runCommand = nullptr;
    std::shared_ptr<const audit::ActionGate> m_gate;
    QPointer<ChangeGuard> m_guard;
    // A context menu's start / stop / restart entry: disabled on a read-only cluster.
    void guardAction(QAction *action) const;
};

} // namespace mc::widgets
