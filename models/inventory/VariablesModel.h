#pragma once

#include "core/inventory/ValidationIssue.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>

namespace mc::models {

class InventoryDocument;

// The variables of one host or group: its own (editable, one undo step per
// edit) and, for a host, those it inherits (read-only, with where they come
// from, after Ansible's precedence). Rows with a validation issue carry it
// as tooltip and background.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SourceColumn, ColumnCount };
    enum Role { OwnRole = Qt::UserRole + 1, SeverityRole };

    explicit VariablesModel(InventoryDocument *document, QObject *parent = nullptr);

    // Shows a host (isGroup false) or a group; empty name: nothing.
    void setSubject(const QString &name, bool isGroup);
    [[nodiscard]] QString subject() const { return m_name; }
    [[nodiscard]] bool subjectIsGroup() const { return m_isGroup; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Values are typed as YAML: 1 is a number, yes a boolean, [a, b] a list,
    // "quoted" text stays text.
    Status setVariable(const QString &key, const QString &valueText);
    Status removeVariable(const QString &key);
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    struct Row
    {
        QString key;
        QVariant value;
        QString source;
        bool own = false;
    };
    void reload();

    InventoryDocument *m_document;
    QString m_name;
    bool m_isGroup = false;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace mc::models
