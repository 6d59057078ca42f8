#include "widgets/cluster/MesosActions.h"

#include "models/cluster/AgentLabel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/RolesModel.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include <set>

namespace mc::widgets {

namespace {
constexpr int kPollMs = 3000;

bool activeState(mesos::TaskState s)
{
    return s == mesos::TaskState::Staging || s == mesos::TaskState::Starting || s == mesos::TaskState::Running
        || s == mesos::TaskState::Killing;
}

bool askWindow(QWidget *parent, QDateTime *start, qint64 *durationSeconds)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MesosActions::tr("Schedule Maintenance"));
    auto *startEdit = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    startEdit->setObjectName(QStringLiteral("maintenanceStartEdit"));
    startEdit->setCalendarPopup(true);
    auto *hours = new QSpinBox(&dialog);
    hours->setObjectName(QStringLiteral("maintenanceHoursSpin"));
    hours->setRange(1, 24 * 14);
    hours->setValue(2);
    hours->setSuffix(MesosActions::tr(" h"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(MesosActions::tr("Starts:"), startEdit);
    form->addRow(MesosActions::tr("Lasts:"), hours);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *start = startEdit->dateTime().toUTC();
    *durationSeconds = qint64(hours->value()) * 3600;
    return true;
}
} // namespace

MesosActions::MesosActions(ClusterPage *page, models::ClusterModels *models, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_models(models)
    , m_roles(new models::RolesModel(this))
    , m_poll(new QTimer(this))
    , m_confirm([page](const Confirmation &c) { return confirm(page, c); })
    , m_prompt([page](QDateTime *start, qint64 *duration) { return askWindow(page, start, duration); })
{
    struct Spec
    {
        mesos::OperatorCall call;
        const char *objectName;
        QString text;
        QString tip;
    };
    const QList<Spec> specs {
        { mesos::OperatorCall::DrainAgent, "agentDrainButton", tr("Drain"),
          tr("Kill every task on the selected agents and give them no new ones; Marathon starts replacements "
             "elsewhere") },
        { mesos::OperatorCall::DeactivateAgent, "agentDeactivateButton", tr("Deactivate"),
          tr("Give the selected agents no new tasks; running ones keep running") },
        { mesos::OperatorCall::ReactivateAgent, "agentReactivateButton", tr("Reactivate"),
          tr("Give the selected (deactivated or drained) agents tasks again") },
        { mesos::OperatorCall::MarkAgentGone, "agentGoneButton", tr("Mark Gone"),
          tr("Remove the selected agents for good; their tasks end") },
        { mesos::OperatorCall::UpdateMaintenanceSchedule, "agentScheduleButton", tr("Schedule Maintenance…"),
          tr("Add a maintenance window for the selected agents' machines") },
        { mesos::OperatorCall::MachinesDown, "agentDownButton", tr("Down"),
          tr("Take the selected agents' scheduled machines down: their agents stop and their tasks end") },
    };
    for (const Spec &s : specs) {
        QPushButton *b = addButton(page->agents(), QLatin1String(s.objectName), s.text);
        b->setProperty("mcTip", s.tip);
        m_agentButtons.insert(s.call, b);
        const mesos::OperatorCall call = s.call;
        connect(b, &QPushButton::clicked, this, [this, call] {
            if (call == mesos::OperatorCall::UpdateMaintenanceSchedule)
                scheduleWindow();
            else if (call == mesos::OperatorCall::MachinesDown)
                machinesDown();
            else
                runOnAgents(call);
        });
    }
    m_upButton = addButton(page->agents(), QStringLiteral("agentUpButton"), tr("Up"));
    m_upButton->setProperty("mcTip", tr("Bring the machines that are down up again"));
    connect(m_upButton, &QPushButton::clicked, this, &MesosActions::machinesUp);
    m_teardownButton = addButton(page->frameworks(), QStringLiteral("frameworkTeardownButton"), tr("Teardown"));
    m_teardownButton->setProperty("mcTip", tr("Kill every task of the selected framework and remove it"));
    connect(m_teardownButton, &QPushButton::clicked, this, &MesosActions::teardown);

    m_rolesTable = new DetailTable(
        m_roles,
        [this](int row) {
            const mesos::RoleInfo &r = m_roles->roles().at(row);
            return tr("<h3>%1</h3><p>Weight %2</p><p>Frameworks:<br>%3</p>")
                .arg(r.name.toHtmlEscaped(), QString::number(r.weight),
                     r.frameworks.isEmpty() ? tr("none") : r.frameworks.join(QStringLiteral("<br>")).toHtmlEscaped());
        },
        nullptr, page);
    m_rolesTable->setObjectName(QStringLiteral("rolesTable"));
    m_rolesTable->setSubject(tr("Roles"));
    page->tabs()->addTab(m_rolesTable, tr("Roles"));

    connect(page->tabs(), &QTabWidget::currentChanged, this, &MesosActions::refresh);
    connect(page->agents(), &DetailTable::selectionChanged, this, &MesosActions::updateButtons);
    connect(page->frameworks(), &DetailTable::selectionChanged, this, &MesosActions::updateButtons);
    connect(models, &models::ClusterModels::snapshotApplied, this, &MesosActions::onSnapshot);
    if (models->snapshot())
        onSnapshot(models->snapshot());
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_page->isVisible())
            refresh();
    });
    m_poll->start();
    updateButtons();
}

QPushButton *MesosActions::addButton(DetailTable *table, const QString &objectName, const QString &text)
{
    auto *b = new QPushButton(text, table);
    b->setObjectName(objectName);
    qobject_cast<QHBoxLayout *>(table->toolbar()->layout())->addWidget(b);
    return b;
}

void MesosActions::setOperator(mesos::MesosOperator *op)
{
    m_operator = op;
    if (m_snapshot)
        onSnapshot(m_snapshot);
    updateButtons();
    refresh();
}

void MesosActions::setGuard(ChangeGuard *guard)
{
    m_guard = guard;
    if (!guard)
        return;
    for (QPushButton *b : std::as_const(m_agentButtons))
        guard->guard(b);
    guard->guard(m_upButton);
    guard->guard(m_teardownButton);
    connect(guard, &ChangeGuard::changed, this, &MesosActions::updateButtons);
    updateButtons();
}

void MesosActions::onSnapshot(const cluster::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (m_operator && snapshot && snapshot->leader) {
        const bool moved = m_operator->master() != snapshot->leader->url();
        m_operator->setMaster(snapshot->leader->url());
        m_operator->setVersion(snapshot->leader->version.isEmpty() ? snapshot->mesosVersion
                                                                   : snapshot->leader->version);
        if (moved)
            refresh();
    }
    updateButtons();
}

void MesosActions::updateButtons()
{
    const bool readOnly = m_guard && m_guard->isReadOnly();
    const QString version = m_operator ? m_operator->version() : QString();
    const bool agentsSelected = !m_page->agents()->selectedIds().isEmpty();
    auto apply = [&](QPushButton *b, mesos::OperatorCall call, bool selected, const QString &noSelection) {
        QString why;
        if (readOnly)
            why = m_guard->whyNot();
        else if (!m_operator)
            why = tr("No Mesos master is connected");
        else if (const auto lacks = mesos::MesosOperator::unsupported(call, version))
            why = *lacks;
        else if (!selected)
            why = noSelection;
        b->setEnabled(why.isEmpty());
        b->setToolTip(why.isEmpty() ? b->property("mcTip").toString() : why);
    };
    for (auto it = m_agentButtons.cbegin(); it != m_agentButtons.cend(); ++it)
        apply(it.value(), it.key(), agentsSelected, tr("Select one or more agents"));
    apply(m_upButton, mesos::OperatorCall::MachinesUp, !m_status.down.isEmpty(), tr("No machine is down"));
    apply(m_teardownButton, mesos::OperatorCall::TeardownFramework, !m_page->frameworks()->selectedId().isEmpty(),
          tr("Select a framework"));
}

void MesosActions::refresh()
{
    if (!m_operator || m_operator->master().host().isEmpty())
        return; // no leader known yet
    // Only what the tab in sight shows: /master/slaves is large on a big cluster.
    QWidget *tab = m_page->tabs()->currentWidget();
    if (tab == m_rolesTable) {
        m_operator->fetchRoles(this, [this](Result<QList<mesos::RoleInfo>> r) {
            if (r)
                m_roles->setRoles(*r);
        });
        return;
    }
    if (tab != m_page->agents())
        return;
    m_operator->fetchAgentStates(this, [this](Result<QHash<QString, mesos::AgentOperatorState>> r) {
        if (r) {
            m_agentStates = *r;
            updateMaintenanceColumn();
        }
    });
    m_operator->fetchSchedule(this, [this](Result<QList<mesos::MaintenanceWindow>> r) {
        if (r) {
            m_schedule = *r;
            updateMaintenanceColumn();
        }
    });
    m_operator->fetchStatus(this, [this](Result<mesos::MaintenanceStatus> r) {
        if (r) {
            m_status = *r;
            updateMaintenanceColumn();
            updateButtons();
        }
    });
}

void MesosActions::updateMaintenanceColumn()
{
    if (!m_snapshot)
        return;
    QHash<QString, QString> texts;
    for (const mesos::Agent &a : *m_snapshot->agents) {
        const mesos::MachineId machine { a.hostname, a.url().host() };
        // What /master/slaves said last; else what the snapshot has (a polled /master/state carries it).
        const mesos::AgentOperatorState state
            = m_agentStates.value(a.id, mesos::AgentOperatorState { a.deactivated, a.drainState, a.hostname });
        QStringList parts;
        if (state.drainState == QLatin1String("DRAINING"))
            parts << tr("draining");
        else if (state.drainState == QLatin1String("DRAINED"))
            parts << tr("drained");
        else if (state.deactivated || a.deactivated)
            parts << tr("deactivated");
        if (m_status.down.contains(machine))
            parts << tr("down");
        for (const mesos::MaintenanceWindow &w : std::as_const(m_schedule)) {
            if (w.machines.contains(machine) && !m_status.down.contains(machine)) {
                parts << (w.durationSeconds >= 0
                              ? tr("window %1, %2 h").arg(QLocale().toString(w.start.toLocalTime(), QLocale::ShortFormat))
                                    .arg(double(w.durationSeconds) / 3600.0, 0, 'g', 3)
                              : tr("window %1").arg(QLocale().toString(w.start.toLocalTime(), QLocale::ShortFormat)));
            }
        }
        if (!parts.isEmpty())
            texts.insert(a.id, parts.join(QStringLiteral(" · ")));
    }
    m_models->agents()->setMaintenance(texts);
}

QString MesosActions::agentLabelOf(const QString &agentId) const
{
    if (m_snapshot) {
        for (const mesos::Agent &a : *m_snapshot->agents) {
            if (a.id == agentId)
                return models::agentLabel(a);
        }
    }
    return agentId;
}

MesosActions::Impact MesosActions::impactOfAgents(const QStringList &agentIds) const
{
    Impact impact;
    if (!m_snapshot)
        return impact;
    QHash<QString, QString> appOfTask;
    for (const marathon::MarathonTask &t : *m_snapshot->marathonTasks)
        appOfTask.insert(t.id, t.appId);
    QHash<QString, QString> frameworkName;
    for (const mesos::Framework &f : *m_snapshot->frameworks)
        frameworkName.insert(f.id, f.name);
    for (const QString &id : agentIds) {
        int tasks = 0;
        std::set<QString> apps;
        std::set<QString> frameworks;
        for (const mesos::Task &t : *m_snapshot->tasks) {
            if (t.agentId != id || t.completed || !activeState(t.state))
                continue;
            ++tasks;
            if (const QString app = appOfTask.value(t.id); !app.isEmpty())
                apps.insert(app);
            frameworks.insert(frameworkName.value(t.frameworkId, t.frameworkId));
        }
        if (!m_snapshot->hasTaskList) {
            for (const mesos::Agent &a : *m_snapshot->agents) {
                if (a.id == id)
                    tasks = models::AgentsModel::runningTasks(a);
            }
        }
        impact.tasks += tasks;
        QString line = tr("%1: %n task(s)", nullptr, tasks).arg(agentLabelOf(id));
        if (!apps.empty())
            line += tr("; apps %1").arg(QStringList(apps.begin(), apps.end()).join(QStringLiteral(", ")));
        if (!frameworks.empty())
            line += tr("; frameworks %1").arg(QStringList(frameworks.begin(), frameworks.end()).join(QStringLiteral(", ")));
        impact.lines << line;
    }
    return impact;
}

QList<mesos::MachineId> MesosActions::machinesOf(const QStringList &agentIds) const
{
    QList<mesos::MachineId> machines;
    if (!m_snapshot)
        return machines;
    for (const mesos::Agent &a : *m_snapshot->agents) {
        const mesos::MachineId m { a.hostname, a.url().host() };
        if (agentIds.contains(a.id) && !machines.contains(m))
            machines << m;
    }
    return machines;
}

bool MesosActions::ask(const Confirmation &confirmation)
{
    return m_confirm && m_confirm(confirmation);
}

void MesosActions::report(const mc::Status &status, const QString &success)
{
    Q_EMIT finished(status ? success : status.error().message, status.ok());
    refresh();
}

void MesosActions::runOnAgents(mesos::OperatorCall call)
{
    const QStringList ids = m_page->agents()->selectedIds();
    if (ids.isEmpty() || !m_operator)
        return;
    const Impact impact = impactOfAgents(ids);
    Confirmation c;
    c.objects = impact.lines;
    switch (call) {
    case mesos::OperatorCall::DrainAgent:
        c.title = tr("Drain %n agent(s)?", nullptr, int(ids.size()));
        c.question = tr("Drain these agents?");
        c.consequence = tr("Mesos kills their %n task(s) now and gives them no new ones; Marathon starts "
                           "replacements on other agents. Reactivate them after the maintenance.",
                           nullptr, impact.tasks);
        c.acceptText = tr("Drain %n agent(s)", nullptr, int(ids.size()));
        break;
    case mesos::OperatorCall::DeactivateAgent:
        c.title = tr("Deactivate %n agent(s)?", nullptr, int(ids.size()));
        c.question = tr("Deactivate these agents?");
        c.consequence = tr("Their %n task(s) keep running; no new task is placed on them.", nullptr, impact.tasks);
        c.acceptText = tr("Deactivate %n agent(s)", nullptr, int(ids.size()));
        break;
    case mesos::OperatorCall::ReactivateAgent:
        c.title = tr("Reactivate %n agent(s)?", nullptr, int(ids.size()));
        c.question = tr("Reactivate these agents?");
        c.consequence = tr("They get new tasks again.");
        c.acceptText = tr("Reactivate %n agent(s)", nullptr, int(ids.size()));
        break;
    default:
        c.title = tr("Mark %n agent(s) gone?", nullptr, int(ids.size()));
        c.question = tr("Mark these agents gone for good?");
        c.consequence = tr("Their %n task(s) end (TASK_GONE_BY_OPERATOR) and the agents can never register "
                           "again with these ids.",
                           nullptr, impact.tasks);
        c.acceptText = tr("Mark %n agent(s) gone", nullptr, int(ids.size()));
        break;
    }
    if (!ask(c))
        return;
    for (const QString &id : ids) {
        const QString label = agentLabelOf(id);
        auto done = [this, call, label](mc::Status s) {
            const QString what = call == mesos::OperatorCall::DrainAgent        ? tr("Draining %1").arg(label)
                : call == mesos::OperatorCall::DeactivateAgent                  ? tr("Deactivated %1").arg(label)
                : call == mesos::OperatorCall::ReactivateAgent                  ? tr("Reactivated %1").arg(label)
                                                                                : tr("Marked %1 gone").arg(label);
            report(s, what);
        };
        switch (call) {
        case mesos::OperatorCall::DrainAgent:
            m_operator->drainAgent(id, -1, false, this, done);
            break;
        case mesos::OperatorCall::DeactivateAgent:
            m_operator->deactivateAgent(id, this, done);
            break;
        case mesos::OperatorCall::ReactivateAgent:
            m_operator->reactivateAgent(id, this, done);
            break;
        default:
            m_operator->markAgentGone(id, this, done);
            break;
        }
    }
}

void MesosActions::scheduleWindow()
{
    const QStringList ids = m_page->agents()->selectedIds();
    if (ids.isEmpty() || !m_operator)
        return;
    mesos::MaintenanceWindow window;
    window.machines = machinesOf(ids);
    if (!m_prompt || !m_prompt(&window.start, &window.durationSeconds))
        return;
    QList<mesos::MaintenanceWindow> schedule = m_schedule;
    schedule.append(window);
    QStringList names;
    for (const mesos::MachineId &m : std::as_const(window.machines))
        names << m.text();
    m_operator->updateSchedule(schedule, this, [this, names](mc::Status s) {
        report(s, tr("Scheduled maintenance of %1").arg(names.join(QStringLiteral(", "))));
    });
}

void MesosActions::machinesDown()
{
    const QStringList ids = m_page->agents()->selectedIds();
    if (ids.isEmpty() || !m_operator)
        return;
    const QList<mesos::MachineId> machines = machinesOf(ids);
    const Impact impact = impactOfAgents(ids);
    Confirmation c;
    c.title = tr("Take %n machine(s) down?", nullptr, int(machines.size()));
    c.question = tr("Take the machines of these agents down?");
    c.objects = impact.lines;
    c.consequence = tr("Their agents are shut down and their %n task(s) end; Marathon starts replacements on "
                       "other machines. Bring the machines up when the maintenance is over.",
                       nullptr, impact.tasks);
    c.acceptText = tr("Take %n machine(s) down", nullptr, int(machines.size()));
    if (!ask(c))
        return;
    QStringList names;
    for (const mesos::MachineId &m : machines)
        names << m.text();
    m_operator->machinesDown(machines, this, [this, names](mc::Status s) {
        report(s, tr("Took %1 down").arg(names.join(QStringLiteral(", "))));
    });
}

void MesosActions::machinesUp()
{
    if (!m_operator || m_status.down.isEmpty())
        return;
    QStringList names;
    for (const mesos::MachineId &m : std::as_const(m_status.down))
        names << m.text();
    Confirmation c;
    c.title = tr("Bring %n machine(s) up?", nullptr, int(names.size()));
    c.question = tr("Bring these machines up?");
    c.objects = names;
    c.consequence = tr("They leave the maintenance schedule; their agents register again and get tasks.");
    c.acceptText = tr("Bring %n machine(s) up", nullptr, int(names.size()));
    if (!ask(c))
        return;
    m_operator->machinesUp(m_status.down, this, [this, names](mc::Status s) {
        report(s, tr("Brought %1 up").arg(names.join(QStringLiteral(", "))));
    });
}

void MesosActions::teardown()
{
    const QString id = m_page->frameworks()->selectedId();
    if (id.isEmpty() || !m_operator || !m_snapshot)
        return;
    QString name = id;
    for (const mesos::Framework &f : *m_snapshot->frameworks) {
        if (f.id == id)
            name = f.name;
    }
    QStringList tasks;
    for (const mesos::Task &t : *m_snapshot->tasks) {
        if (t.frameworkId == id && !t.completed && activeState(t.state))
            tasks << tr("%1 on %2").arg(t.id, agentLabelOf(t.agentId));
    }
    Confirmation c;
    c.title = tr("Tear down %1?").arg(name);
    c.question = tr("Tear down the framework %1 (%2)?").arg(name, id);
    c.objects = tasks;
    c.consequence = tr("Mesos kills its %n task(s) and removes the framework; it cannot register again with "
                       "this id.",
                       nullptr, int(tasks.size()));
    c.acceptText = tr("Tear down %1").arg(name);
    if (!ask(c))
        return;
    m_operator->teardownFramework(id, this, [this, name](mc::Status s) {
        report(s, tr("Tore down %1").arg(name));
    });
}

} // namespace mc::widgets
