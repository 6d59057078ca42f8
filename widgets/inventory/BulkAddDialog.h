#pragma once

#include "core/inventory/Host.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mc::widgets {

// Adds many hosts at once: one host per line as in an Ansible INI file
// (ranges such as node[01:20].example.com, inline key=value variables), or a
// pasted list of names. Shows how many hosts the text gives, or the first
// error with its line.
class BulkAddDialog : public QDialog
{
    Q_OBJECT

public:
    BulkAddDialog(const QStringList &groups, const QString &group, QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString group() const;
    [[nodiscard]] QList<inventory::Host> hosts() const { return m_hosts; }
    [[nodiscard]] QString summary() const;

    // The hosts a text gives (or the error, "line N: ...").
    [[nodiscard]] static Result<QList<inventory::Host>> parse(const QString &text);

private:
    void update();

    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<inventory::Host> m_hosts;
};

} // namespace mc::widgets
