#include "widgets/inventory/BulkAddDialog.h"

#include "core/inventory/IniImporter.h"
#include "widgets/common/ThemeFollow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mc::widgets {

BulkAddDialog::BulkAddDialog(const QStringList &groups, const QString &group, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Hosts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("One host per line. Ranges such as <tt>agent[01:20].example.com</tt> or "
                        "<tt>10.0.0.[10:15]</tt> add several; <tt>key=value</tt> after a name sets its "
                        "variables (<tt>zoo_id=1</tt>)."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bulkText"));
    m_text->setAccessibleName(tr("Host names or range patterns, one per line"));
    m_text->setPlaceholderText(QStringLiteral("master[1:3].example.com\nagent[01:10].example.com"));
    layout->addWidget(m_text, 1);
    auto *form = new QFormLayout;
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("bulkGroup"));
    m_group->addItems(groups);
    m_group->setCurrentText(group);
    form->addRow(tr("Add to &group:"), m_group);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Hosts"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &BulkAddDialog::update);
    resize(520, 360);
    update();
}

void BulkAddDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString BulkAddDialog::group() const
{
    return m_group->currentText();
}

QString BulkAddDialog::summary() const
{
    return m_summary->text();
}

Result<QList<inventory::Host>> BulkAddDialog::parse(const QString &text)
{
    // Section headers make no sense here; everything else is INI host lines.
    static const QRegularExpression header(QStringLiteral(R"(^\s*\[[^\]]*(:\w+)?\]\s*$)"),
                                           QRegularExpression::MultilineOption);
    if (const auto m = header.match(text); m.hasMatch() && !m.captured(0).contains(u'.'))
        return Error { tr("Leave out [group] lines; choose the group below."), {} };
    auto parsed = inventory::IniImporter::parse(text, tr("line"));
    if (!parsed) {
        // "line:N:C: message" -> "line N, column C: message"
        QString message = parsed.error().message;
        static const QRegularExpression pos(QStringLiteral(R"(^[^:]*:(\d+):(\d+): )"));
        const auto m = pos.match(message);
        if (m.hasMatch())
            message = tr("Line %1, column %2: %3")
                          .arg(m.captured(1), m.captured(2), message.mid(m.capturedLength()));
        return Error { message, {} };
    }
    return parsed->inventory.hosts();
}

void BulkAddDialog::update()
{
    const auto parsed = parse(m_text->toPlainText());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!parsed) {
        m_hosts.clear();
        m_summary->setText(parsed.error().message);
        setStateTextColor(m_summary, models::StateColorPalette::Role::Error);
        ok->setEnabled(false);
        return;
    }
    m_hosts = parsed.value();
    clearThemedStyleSheet(m_summary);
    if (m_hosts.isEmpty())
        m_summary->setText(tr("No hosts yet."));
    else if (m_hosts.size() == 1)
        m_summary->setText(tr("1 host: %1").arg(m_hosts.first().name));
    else
        m_summary->setText(
            tr("%1 hosts: %2 … %3").arg(m_hosts.size()).arg(m_hosts.first().name, m_hosts.last().name));
    ok->setEnabled(!m_hosts.isEmpty());
}

} // namespace mc::widgets
