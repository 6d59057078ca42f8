#include "widgets/services/AdHocCommandDialog.h"

#include "core/audit/GatedRun.h"

#include "core/settings/AppSettings.h"
#include "core/ssh/SshPool.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/common/ThemeFollow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace mc::widgets {

AdHocCommandDialog::AdHocCommandDialog(const QList<ssh::HostSpec> &hosts, const ssh::SessionOptions &options,
                                       QWidget *parent)
    : QDialog(parent)
    , m_hosts(hosts)
    , m_options(options)
    , m_confirm([this](const Confirmation &c) { return confirm(this, c); })
{
    setWindowTitle(tr("Run Command"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *picker = new QVBoxLayout;
    m_groupPicker = new QComboBox(this);
    m_groupPicker->setObjectName(QStringLiteral("groupPicker"));
    m_groupPicker->setAccessibleName(tr("Pick the hosts of a group"));
    m_groupPicker->setToolTip(tr("Tick exactly the hosts of a group of the workspace"));
    m_groupPicker->setMaximumWidth(220);
    m_groupPicker->setVisible(false); // until there are groups
    picker->addWidget(m_groupPicker);
    m_hostList = new QListWidget(this);
    m_hostList->setMaximumWidth(220);
    m_hostList->setAccessibleName(tr("Hosts to run the command on"));
    for (const ssh::HostSpec &h : hosts) {
        auto *item = new QListWidgetItem(h.displayName(), m_hostList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    picker->addWidget(m_hostList);
    top->addLayout(picker);
    auto *form = new QFormLayout;
    m_command = new QLineEdit(this);
    m_command->setPlaceholderText(tr("e.g. df -h /var/lib/mesos"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Command:"), m_command);
    m_become = new QCheckBox(tr("Run as root (sudo)"), this);
    form->addRow(QString(), m_become);
    m_forks = new QSpinBox(this);
    m_forks->setRange(1, 100);
    m_forks->setValue(qBound(1, settings::AppSettings::load().clamped().sshForks, 100)); // Settings > SSH
    form->addRow(tr("Hosts at a time:"), m_forks);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    form->addRow(buttons);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    form->addRow(m_summary);
    top->addLayout(form, 1);
    layout->addLayout(top);
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_output, 1);

    connect(m_groupPicker, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            pickGroup(m_groupPicker->itemData(index).toString());
    });
    // A host ticked or unticked by hand: the picker no longer names the selection.
    connect(m_hostList, &QListWidget::itemChanged, this, [this] {
        if (!m_applyingGroup)
            m_groupPicker->setCurrentIndex(0);
    });
    connect(m_run, &QPushButton::clicked, this, &AdHocCommandDialog::run);
    connect(m_command, &QLineEdit::returnPressed, this, &AdHocCommandDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_pool || !m_pool->isRunning())
            return;
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling…"));
        m_pool->cancel();
    });
}

AdHocCommandDialog::~AdHocCommandDialog()
{
    if (m_pool)
        m_pool->cancel();
}

void AdHocCommandDialog::setGroups(const QList<ssh::HostGroup> &groups)
{
    m_groups.clear();
    m_groupPicker->clear();
    m_groupPicker->addItem(tr("Pick a group…"));
    QStringList mine;
    for (const ssh::HostSpec &h : std::as_const(m_hosts))
        mine << h.displayName();
    for (const ssh::HostGroup &g : groups) {
        int count = 0;
        for (const QString &h : g.hosts)
            count += mine.contains(h) ? 1 : 0;
        if (count == 0)
            continue; // none of its hosts is here
        m_groups << g;
        m_groupPicker->addItem(tr("%1 (%n host(s))", nullptr, count).arg(g.name), g.name);
    }
    m_groupPicker->setVisible(!m_groups.isEmpty());
}

bool AdHocCommandDialog::pickGroup(const QString &group)
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                 [&](const ssh::HostGroup &g) { return g.name == group; });
    if (it == m_groups.cend())
        return false;
    m_applyingGroup = true;
    for (int i = 0; i < m_hostList->count(); ++i) {
        QListWidgetItem *item = m_hostList->item(i);
        item->setCheckState(it->hosts.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_applyingGroup = false;
    m_groupPicker->setCurrentIndex(m_groupPicker->findData(group));
    return true;
}

QStringList AdHocCommandDialog::pickedHosts() const
{
    QStringList picked;
    for (int i = 0; i < m_hostList->count(); ++i) {
        if (m_hostList->item(i)->checkState() == Qt::Checked)
            picked << m_hostList->item(i)->text();
    }
    return picked;
}

void AdHocCommandDialog::run()
{
    const QString command = m_command->text().trimmed();
    if (command.isEmpty() || (m_pool && m_pool->isRunning()))
        return;
    QList<ssh::HostSpec> picked;
    for (int i = 0; i < m_hostList->count(); ++i) {
        if (m_hostList->item(i)->checkState() == Qt::Checked)
            picked << m_hosts.at(i);
    }
    if (picked.isEmpty()) {
        m_summary->setText(tr("Pick at least one host."));
        return;
    }
    if (m_become->isChecked()) {
        QStringList names;
        for (const ssh::HostSpec &h : std::as_const(picked))
            names << h.displayName();
        const int n = int(picked.size());
        if (!m_confirm({ tr("Run as root?"), tr("Run this command as root on %n host(s)?", nullptr, n), names,
                         tr("“%1” runs through sudo with every right on each host: what it stops, changes or "
                            "removes cannot be taken back from here.")
                             .arg(command),
                         tr("Run as root on %n host(s)", nullptr, n) })) {
            m_summary->setText(tr("Not run."));
            return;
        }
    }
    if (m_pool)
        m_pool->deleteLater();
    m_pool = new ssh::SshPool(m_options, this);
    m_pool->setForks(m_forks->value());
    m_output->clear();
    m_summary->setText(tr("Running on %n host(s)…", nullptr, int(picked.size())));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(m_pool, &ssh::SshPool::outputLine, this, [this](const ssh::OutputLine &line) {
        const bool error = line.stream == ssh::OutputStream::Stderr;
        // "stderr:" says it in words too, not only in red.
        const QString text = QStringLiteral("%1 %2 | %3")
                                 .arg(line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                      line.host, error ? tr("stderr: %1").arg(line.text) : line.text);
        if (error)
            appendStateLine(m_output, text, models::StateColorPalette::Role::Error);
        else
            m_output->appendPlainText(text);
    });
    connect(m_pool, &ssh::SshPool::finished, this, [this](const QList<ssh::HostResult> &results) {
        QStringList parts;
        int failed = 0;
        for (const ssh::HostResult &r : results) {
            const bool bad = r.state == ssh::HostState::Failed || r.state == ssh::HostState::Unreachable;
            failed += bad ? 1 : 0;
            if (r.state == ssh::HostState::Changed || r.state == ssh::HostState::Ok)
                parts << tr("%1: exit 0").arg(r.host);
            else if (r.exitStatus >= 0)
                parts << tr("%1: exit %2").arg(r.host).arg(r.exitStatus);
            else
                parts << tr("%1: %2 (%3)").arg(r.host, ssh::hostStateName(r.state), r.reason);
        }
        const QString summary = tr("%1 of %2 hosts failed. %3")
                                    .arg(QString::number(failed), QString::number(results.size()),
                                         parts.join(QStringLiteral("; ")));
        m_summary->setText(m_pool->isCancelled() ? tr("Cancelled. %1").arg(summary) : summary);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        Q_EMIT commandFinished(results);
    });
    ssh::ExecOptions options;
    options.become = m_become->isChecked();
    if (const Status started = audit::gatedRun(
            *m_pool, picked, ssh::SshPool::commandJob(command, options), m_gate,
            { QStringLiteral("host.run"),
              {},
              { { QStringLiteral("command"), command }, { QStringLiteral("become"), options.become } } });
        !started) {
        m_summary->setText(started.error().message);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
    }
}

} // namespace mc::widgets
