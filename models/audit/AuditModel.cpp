#include "models/audit/AuditModel.h"

#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace mc::models {

void AuditModel::setEntries(const QList<audit::AuditEntry> &entries)
{
    // The log is read anew on each change of the filters or the file: a new list.
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const audit::AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Cluster:
            return e.cluster;
        case Action:
            return e.action;
        case Targets:
            return role == Qt::ToolTipRole ? e.targets.join(u'\n') : e.targets.join(QStringLiteral(", "));
        case Result:
            return audit::AuditEntry::outcomeName(e.outcome);
        case Duration:
            return tr("%1 ms").arg(e.durationMs);
        case User:
            return QStringLiteral("%1@%2").arg(e.user, e.machine);
        case FrontEnd:
            return e.frontEnd;
        case Error:
            return e.error;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result && e.outcome != audit::AuditEntry::Outcome::Ok)
        return StateColorPalette().brush(e.outcome == audit::AuditEntry::Outcome::Failed
                                             ? StateColorPalette::Role::Error
                                             : StateColorPalette::Role::Warning);
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Time"),     tr("Cluster"), tr("Action"), tr("Targets"), tr("Result"),
                             tr("Duration"), tr("User"),    tr("From"),   tr("Error") };
    });
}

} // namespace mc::models
