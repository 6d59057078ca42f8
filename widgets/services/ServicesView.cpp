#include "widgets/services/ServicesView.h"

#include "widgets/common/Shortcuts.h"

#include "core/cluster/ServiceControl.h"
#include "core/cluster/ServiceStatusWatcher.h"
#include "core/ssh/SshPool.h"
#include "models/services/ServicesModel.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/OverflowBar.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/services/AdHocCommandDialog.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include <map>

namespace mc::widgets {

using cluster::Service;
using cluster::ServiceAction;

namespace {
constexpr int kDefaultStatusIntervalMs = 15000;
constexpr int kUnansweredHostsNamed = 3;

QString actionWord(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Stop:
        return ServicesView::tr("Stop");
    case ServiceAction::Restart:
        return ServicesView::tr("Restart");
    case ServiceAction::Start:
        return ServicesView::tr("Start");
    case ServiceAction::Status:
        break;
    }
    return ServicesView::tr("Status");
}

// What stopping or restarting a service does to the cluster's tasks.
QString consequenceOf(Service service, ServiceAction action)
{
    const bool stop = action == ServiceAction::Stop;
    switch (service) {
    case Service::MesosAgent:
        return stop
            ? ServicesView::tr("The agent's tasks keep running only until the masters give the agent up "
                               "(agent_reregister_timeout, 10 minutes by default); Marathon then "
                               "starts them elsewhere.")
            : ServicesView::tr("The agent recovers its running tasks when it comes back (with checkpointing "
                               "on); it takes no new task while it restarts.");
    case Service::Docker:
        return ServicesView::tr(
            "Docker's containers stop with it (unless live-restore is on): the tasks running "
            "in containers on these hosts fail and Marathon starts them elsewhere.");
    case Service::MesosMaster:
    case Service::ZooKeeper:
        return stop
            ? ServicesView::tr("Masters left without a quorum cannot elect a leader: the cluster launches "
                               "and kills no task until they are back (running tasks go on).")
            : ServicesView::tr("Running tasks go on; while a leading master restarts, a standby takes "
                               "over and the cluster launches no task for a few seconds.");
    case Service::Marathon:
        return ServicesView::tr("Running tasks go on; Marathon deploys, scales and replaces no task until it "
                                "answers again.");
    case Service::HAProxy:
        return ServicesView::tr(
            "Apps routed through HAProxy on these hosts are not reachable until it answers "
            "again; their tasks go on.");
    }
    return {};
}
} // namespace

ServicesView::ServicesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::ServicesModel(this))
{
    m_confirm = [this](const Confirmation &c) { return confirm(this, c); };
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *empty = new EmptyState(themedIcon(QStringLiteral("services")), tr("No hosts to manage"),
                                 tr("Add hosts to the inventory to start, stop and restart ZooKeeper, Mesos, "
                                    "Marathon, HAProxy and Docker on them."),
                                 m_stack);
    m_stack->addWidget(empty);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildToolbar(content));
    m_statusLine = new QLabel(content);
    m_statusLine->setObjectName(QStringLiteral("servicesStatus"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLine);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Services on each host"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    addTableMenus();
    QWidget *bottom = buildOutput(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    m_stack->addWidget(content);

    m_options.prompts = guiPrompts(this);
    setHosts({});
}

QPushButton *ServicesView::addBarButton(QHBoxLayout *bar, QWidget *parent, const QString &text,
                                        const QString &objectName, const QString &tip,
                                        void (ServicesView::*slot)())
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    if (!tip.isEmpty())
        button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, slot);
    bar->addWidget(button);
    return button;
}

OverflowBar *ServicesView::buildToolbar(QWidget *content)
{
    // Buttons that do not fit the width go into a More menu.
    auto *toolbar = new OverflowBar(content);
    QHBoxLayout *bar = toolbar->rowLayout();
    const std::pair<ServiceAction, QString> actions[] = {
        { ServiceAction::Start, tr("Start") },
        { ServiceAction::Stop, tr("Stop") },
        { ServiceAction::Restart, tr("Restart") },
    };
    for (const auto &[action, text] : actions) {
        auto *button = new QPushButton(text, content);
        button->setObjectName(cluster::actionName(action) + QStringLiteral("Button"));
        button->setToolTip(
            tr("%1 the selected services (select a cell, a host row or a service column)").arg(text));
        connect(button, &QPushButton::clicked, this, [this, action = action] { runOnSelection(action); });
        setButtonShortcut(button,
                          action == ServiceAction::Restart ? QKeySequence(Qt::CTRL | Qt::Key_R)
                              : action == ServiceAction::Start
                              ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U) // Ctrl+Shift+S: Save As
                              : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        bar->addWidget(button);
        m_actionButtons << button;
    }
    m_rolling = new QCheckBox(tr("Rolling (one host at a time, wait until it answers)"), content);
    m_rolling->setObjectName(QStringLiteral("rolling"));
    m_rolling->setChecked(true);
    bar->addWidget(m_rolling);
    bar->addStretch();
    m_refresh
        = addBarButton(bar, content, tr("Refresh"), QStringLiteral("refreshButton"),
                       tr("Read every service's status on every host now"), &ServicesView::refreshStatus);
    setButtonShortcut(m_refresh, QKeySequence::Refresh);
    QPushButton *logs = addBarButton(bar, content, tr("Logs"), QStringLiteral("logsButton"),
                                     tr("Follow the log of the selected service on its host"),
                                     &ServicesView::requestLogsOfCurrentCell);
    setButtonShortcut(logs, QKeySequence(Qt::CTRL | Qt::Key_L));
    addBarButton(bar, content, tr("Shell"), QStringLiteral("shellButton"),
                 tr("Open a terminal on the selected host"), &ServicesView::requestShellOnCurrentHost);
    m_runCommand = addBarButton(bar, content, tr("Run Command…"), QStringLiteral("runCommandButton"),
                                QString(), &ServicesView::openCommandWindow);
    setButtonShortcut(m_runCommand, QKeySequence(Qt::CTRL | Qt::Key_E));
    return toolbar;
}

void ServicesView::addTableMenus()
{
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (ServiceAction action : { ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart })
            guardAction(menu.addAction(cluster::actionName(action), this,
                                       [this, action] { runOnSelection(action); }));
        menu.addSeparator();
        menu.addAction(tr("Logs"), this, &ServicesView::requestLogsOfCurrentCell);
        menu.addAction(tr("Shell"), this, &ServicesView::requestShellOnCurrentHost);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    // Per column (a service on every host) and per row (every service on a host).
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            const int column = m_table->horizontalHeader()->logicalIndexAt(pos);
            if (column < 0 || column >= m_model->services().size())
                return;
            const Service service = m_model->services().at(column);
            QMenu menu(this);
            for (ServiceAction action :
                 { ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart }) {
                guardAction(menu.addAction(
                    tr("%1 %2 on every host").arg(cluster::actionName(action), cluster::serviceName(service)),
                    this, [this, service, action] { runAction(service, m_model->hosts(), action); }));
            }
            menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
        });
    m_table->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->verticalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->verticalHeader()->logicalIndexAt(pos);
        if (row < 0 || row >= m_model->hosts().size())
            return;
        m_table->selectRow(row);
        QMenu menu(this);
        for (ServiceAction action : { ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart }) {
            guardAction(menu.addAction(
                tr("%1 every service on %2").arg(cluster::actionName(action), m_model->hosts().at(row)), this,
                [this, action] { runOnSelection(action); }));
        }
        menu.addSeparator();
        menu.addAction(tr("Shell on %1").arg(m_model->hosts().at(row)), this,
                       &ServicesView::requestShellOnCurrentHost);
        menu.exec(m_table->verticalHeader()->mapToGlobal(pos));
    });
}

QWidget *ServicesView::buildOutput(QSplitter *splitter)
{
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(bottom);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m hosts"));
    m_progress->setTextVisible(false); // until an action runs
    m_summary = new QLabel(tr("Select services and press an action; output appears here."), bottom);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_cancel = new QPushButton(tr("Cancel"), bottom);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Start no further host: the command running now finishes, hosts not yet "
                            "started are left alone"));
    m_cancel->setVisible(false); // while an action runs
    connect(m_cancel, &QPushButton::clicked, this, &ServicesView::cancelAction);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_summary, 3);
    bottomLayout->addLayout(progressRow);
    m_output = new QPlainTextEdit(bottom);
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Output of the service actions"));
    m_output->setMaximumBlockCount(20000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottomLayout->addWidget(m_output);
    return bottom;
}

ServicesView::~ServicesView()
{
    if (m_pool)
        m_pool->cancel();
    if (m_watcher)
        m_watcher->stop();
}

void ServicesView::setSessionOptions(const ssh::SessionOptions &options)
{
    const ssh::Prompts prompts = m_options.prompts;
    m_options = options;
    if (!m_options.prompts.unknownHostKey && !m_options.prompts.secret)
        m_options.prompts = prompts;
    const QList<ssh::HostSpec> hosts = m_hosts;
    m_hosts.clear();
    setHosts(hosts); // a new watcher with the new options
}

ssh::SessionOptions ServicesView::effectiveOptions()
{
    return m_options;
}

void ServicesView::requestLogsOfCurrentCell()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_hosts.size() || index.column() >= m_model->services().size())
        return;
    Q_EMIT logsRequested(m_hosts.at(index.row()), m_model->services().at(index.column()), effectiveOptions());
}

void ServicesView::requestShellOnCurrentHost()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_hosts.size())
        return;
    Q_EMIT shellRequested(m_hosts.at(index.row()), effectiveOptions());
}

void ServicesView::setStatusInterval(int ms)
{
    if (m_watcher)
        m_watcher->setInterval(ms);
}

void ServicesView::setHosts(const QList<ssh::HostSpec> &hosts)
{
    if (m_watcher && hosts == m_hosts)
        return; // an unrelated inventory edit: keep watching
    m_hosts = hosts;
    QStringList names;
    for (const ssh::HostSpec &h : hosts)
        names << h.displayName();
    m_model->setHosts(names);
    m_stack->setCurrentIndex(hosts.isEmpty() ? 0 : 1);

    if (m_watcher) {
        m_watcher->stop();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (hosts.isEmpty())
        return;
    m_watcher = new cluster::ServiceStatusWatcher(effectiveOptions(), this);
    m_watcher->setHosts(hosts);
    m_watcher->setServices(m_model->services());
    m_watcher->setInterval(kDefaultStatusIntervalMs);
    connect(m_watcher, &cluster::ServiceStatusWatcher::statusChanged, m_model,
            &models::ServicesModel::setStatus);
    connect(m_watcher, &cluster::ServiceStatusWatcher::hostReachabilityChanged, this,
            &ServicesView::hostReachabilityChanged);
    connect(m_watcher, &cluster::ServiceStatusWatcher::refreshFinished, this, &ServicesView::showStatusRound);
    m_watcher->start();
    m_refresh->setEnabled(false);
    m_statusLine->setText(tr("Reading the status of %n host(s) over SSH…", nullptr, int(hosts.size())));
}

void ServicesView::refreshStatus()
{
    if (!m_watcher)
        return;
    m_watcher->refresh();
    // Busy until the round ends (one already running counts: its end is this refresh's answer).
    m_refresh->setEnabled(false);
    m_statusLine->setText(tr("Refreshing the status of %n host(s)…", nullptr, int(m_hosts.size())));
}

void ServicesView::showStatusRound()
{
    m_refresh->setEnabled(true);
    // Hosts whose every cell is unknown did not answer: named with why, so nobody has to hover.
    QStringList unanswered;
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        bool unknown = m_model->columnCount() > 0;
        QString why;
        for (int column = 0; column < m_model->columnCount() && unknown; ++column) {
            const QModelIndex cell = m_model->index(row, column);
            unknown = cell.data(models::ServicesModel::StatusRole).toInt()
                == int(cluster::ServiceStatus::Unknown);
            why = cell.data(models::ServicesModel::DetailRole).toString();
        }
        if (!unknown)
            continue;
        if (++count <= kUnansweredHostsNamed) {
            const QString host = m_model->hosts().at(row);
            unanswered << (why.isEmpty() ? host : tr("%1 (%2)").arg(host, why));
        }
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    if (count == 0) {
        m_statusLine->setText(tr("Refreshed at %1.").arg(time));
        return;
    }
    QString names = unanswered.join(QStringLiteral("; "));
    if (count > kUnansweredHostsNamed)
        names = tr("%1; and %n more", nullptr, count - kUnansweredHostsNamed).arg(names);
    m_statusLine->setText(
        tr("Refreshed at %1. %2 of %3 hosts did not answer over SSH, their status is unknown: %4")
            .arg(time)
            .arg(count)
            .arg(m_model->rowCount())
            .arg(names));
}

bool ServicesView::isBusy() const
{
    return m_pool && m_pool->isRunning();
}

void ServicesView::runOnSelection(ServiceAction action)
{
    // service -> hosts, in grid order
    std::map<int, QStringList> byService;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        // A row or column selection skips services a host does not have.
        if (selected.size() > 1
            && index.data(models::ServicesModel::StatusRole).toInt() == int(cluster::ServiceStatus::Absent))
            continue;
        const QString host = index.data(models::ServicesModel::HostRole).toString();
        QStringList &hosts = byService[index.data(models::ServicesModel::ServiceRole).toInt()];
        if (!hosts.contains(host))
            hosts << host;
    }
    if (byService.empty()) {
        m_summary->setText(tr("Select a cell, a host row or a service column first."));
        return;
    }
    for (auto &[service, hosts] : byService) {
        // keep the grid's host order
        QStringList ordered;
        for (const QString &h : m_model->hosts()) {
            if (hosts.contains(h))
                ordered << h;
        }
        runAction(Service(service), ordered, action);
    }
}

void ServicesView::runAction(Service service, const QStringList &hosts, ServiceAction action)
{
    if (hosts.isEmpty())
        return;
    if (cluster::isDisruptive(action)) {
        const bool rolling = m_rolling->isChecked() && cluster::isMasterService(service);
        const QString question = rolling
            ? tr("%1 %2 on %n host(s), one at a time (%3)?", nullptr, int(hosts.size()))
                  .arg(cluster::actionName(action), cluster::serviceName(service),
                       hosts.join(QStringLiteral(", ")))
            : tr("%1 %2 on %n host(s) at once (%3)?", nullptr, int(hosts.size()))
                  .arg(cluster::actionName(action), cluster::serviceName(service),
                       hosts.join(QStringLiteral(", ")));
        const QString what = tr("%1 %2").arg(actionWord(action), cluster::serviceName(service));
        if (!m_confirm({ tr("%1?").arg(what), question, hosts, consequenceOf(service, action), what }))
            return;
    }
    m_queue.append({ service, hosts, action });
    if (!isBusy())
        startNext();
}

void ServicesView::cancelAction()
{
    if (!isBusy() || m_cancelling)
        return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    for (const Pending &p : std::as_const(m_queue))
        appendOutput(p.hosts.join(QStringLiteral(", ")),
                     tr("cancelled: %1 %2 not started")
                         .arg(cluster::actionName(p.action), cluster::serviceName(p.service)));
    m_queue.clear();
    m_summary->setText(tr("Cancelling: the command running now finishes, no further host starts…"));
    m_pool->cancelAfterRunning();
}

void ServicesView::startNext()
{
    if (m_queue.isEmpty())
        return;
    const Pending next = m_queue.takeFirst();
    QList<ssh::HostSpec> specs;
    for (const QString &name : next.hosts) {
        for (const ssh::HostSpec &h : std::as_const(m_hosts)) {
            if (h.displayName() == name)
                specs << h;
        }
    }
    if (m_pool)
        m_pool->deleteLater();
    m_pool = new ssh::SshPool(effectiveOptions(), this);
    m_results.clear();
    m_total = int(specs.size());
    m_done = 0;
    m_progress->setRange(0, m_total);
    m_progress->setTextVisible(true);
    m_progress->setValue(0);
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(false);
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    const QString serviceName = cluster::serviceName(next.service);
    const QString actionName = cluster::actionName(next.action);
    const bool rolling = m_rolling->isChecked() && cluster::isMasterService(next.service);
    m_summary->setText(rolling ? tr("%1 %2 (rolling)…").arg(actionName, serviceName)
                               : tr("%1 %2…").arg(actionName, serviceName));
    for (const ssh::HostSpec &h : std::as_const(specs))
        m_model->setBusy(h.displayName(), next.service, true, actionName);

    connect(m_pool, &ssh::SshPool::outputLine, this, [this](const ssh::OutputLine &line) {
        appendOutput(line.host, line.text, line.stream == ssh::OutputStream::Stderr);
    });
    connect(m_pool, &ssh::SshPool::hostFinished, this, [this, next](const ssh::HostResult &r) {
        m_model->setBusy(r.host, next.service, false);
        // A status round begun before the action ended must not paint the cell
        // with what it saw mid-restart.
        if (m_watcher)
            m_watcher->supersede(r.host, next.service);
        if (!r.value.isEmpty())
            m_model->setStatus(r.host, next.service, cluster::statusFromName(r.value), r.reason);
        appendOutput(r.host,
                     r.reason.isEmpty() ? ssh::hostStateName(r.state)
                                        : ssh::hostStateName(r.state) + QStringLiteral(": ") + r.reason,
                     r.state == ssh::HostState::Failed || r.state == ssh::HostState::Unreachable);
        m_progress->setValue(++m_done);
    });
    connect(m_pool, &ssh::SshPool::finished, this, [this](const QList<ssh::HostResult> &results) {
        int ok = 0;
        int failed = 0;
        int skipped = 0;
        for (const ssh::HostResult &r : results) {
            if (r.state == ssh::HostState::Ok || r.state == ssh::HostState::Changed)
                ++ok;
            else if (r.state == ssh::HostState::Skipped)
                ++skipped;
            else
                ++failed;
        }
        m_summary->setText(
            m_cancelling ? tr("Cancelled: %1 ok, %2 failed, %3 not started").arg(ok).arg(failed).arg(skipped)
                         : tr("Done: %1 ok, %2 failed, %3 skipped").arg(ok).arg(failed).arg(skipped));
        for (QPushButton *b : std::as_const(m_actionButtons))
            b->setEnabled(true);
        if (m_queue.isEmpty())
            m_cancel->setVisible(false);
        Q_EMIT actionFinished(results);
        startNext();
    });
    cluster::ServiceControlOptions options;
    options.rolling = rolling;
    options.gate = m_gate;
    if (const Status started
        = cluster::ServiceControl::run(*m_pool, specs, next.service, next.action, options);
        !started) {
        m_summary->setText(started.error().message);
        for (QPushButton *b : std::as_const(m_actionButtons))
            b->setEnabled(true);
        m_queue.clear();
        m_cancel->setVisible(false);
    }
}

void ServicesView::appendOutput(const QString &host, const QString &text, bool error)
{
    // "stderr:" says it in words too, not only in red.
    const QString line = QStringLiteral("%1 %2 | %3")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), host,
                                  error ? tr("stderr: %1").arg(text) : text);
    if (error)
        appendStateLine(m_output, line, models::StateColorPalette::Role::Error);
    else
        m_output->appendPlainText(line);
}

void ServicesView::setGate(std::shared_ptr<const audit::ActionGate> gate, ChangeGuard *guard)
{
    m_gate = std::move(gate);
    m_guard = guard;
    if (!guard)
        return;
    for (QPushButton *b : std::as_const(m_actionButtons))
        guard->guard(b);
    guard->guard(m_runCommand);
}

void ServicesView::guardAction(QAction *action) const
{
    if (m_guard)
        m_guard->guard(action);
}

void ServicesView::openCommandWindow()
{
    auto *dialog = new AdHocCommandDialog(m_hosts, effectiveOptions(), this);
    dialog->setGate(m_gate);
    dialog->setGroups(m_groups);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace mc::widgets
