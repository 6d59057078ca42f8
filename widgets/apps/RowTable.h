#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mc::widgets {

// An editable table of text rows with Add / Remove buttons and an error line
// underneath; the launch form uses one per list field (ports, env, labels,
// constraints, health checks, volumes, fetch URIs).
class RowTable : public QWidget
{
    Q_OBJECT

public:
    // `defaults` fills a new row.
    RowTable(const QStringList &headers, const QStringList &defaults, QWidget *parent = nullptr);

    [[nodiscard]] QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);
    void addRow(const QStringList &values);
    void setError(const QString &message); // empty hides it
    [[nodiscard]] QString error() const;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
    QStringList m_defaults;
};

} // namespace mc::widgets
