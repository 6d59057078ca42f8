#include "widgets/services/AdHocCommandDialog.h"

#include "core/ssh/SshPool.h"

#include <QCheckBox>
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
{
    setWindowTitle(tr("Run Command"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_hostList = new QListWidget(this);
    m_hostList->setMaximumWidth(220);
    for (const ssh::HostSpec &h : hosts) {
        auto *item = new QListWidgetItem(h.displayName(), m_hostList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    top->addWidget(m_hostList);
    auto *form = new QFormLayout;
    m_command = new QLineEdit(this);
    m_command->setPlaceholderText(tr("e.g. df -h /var/lib/mesos"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Command:"), m_command);
    m_become = new QCheckBox(tr("Run as root (sudo)"), this);
    form->addRow(QString(), m_become);
    m_forks = new QSpinBox(this);
    m_forks->setRange(1, 100);
    m_forks->setValue(10);
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

    connect(m_run, &QPushButton::clicked, this, &AdHocCommandDialog::run);
    connect(m_command, &QLineEdit::returnPressed, this, &AdHocCommandDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_pool)
            m_pool->cancel();
    });
}

AdHocCommandDialog::~AdHocCommandDialog()
{
    if (m_pool)
        m_pool->cancel();
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
    if (m_pool)
        m_pool->deleteLater();
    m_pool = new ssh::SshPool(m_options, this);
    m_pool->setForks(m_forks->value());
    m_output->clear();
    m_summary->setText(tr("Running on %n host(s)…", nullptr, int(picked.size())));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(m_pool, &ssh::SshPool::outputLine, this, [this](const ssh::OutputLine &line) {
        const QString text = QStringLiteral("%1 %2 | %3")
                                 .arg(line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                      line.host, line.text);
        if (line.stream == ssh::OutputStream::Stderr)
            m_output->appendHtml(
                QStringLiteral("<span style=\"color:#c01c28\">%1</span>").arg(text.toHtmlEscaped()));
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
        m_summary->setText(tr("%1 of %2 hosts failed. %3")
                               .arg(failed)
                               .arg(results.size())
                               .arg(parts.join(QStringLiteral("; "))));
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        emit commandFinished(results);
    });
    ssh::ExecOptions options;
    options.become = m_become->isChecked();
    m_pool->run(picked, ssh::SshPool::commandJob(command, options));
}

} // namespace mc::widgets
