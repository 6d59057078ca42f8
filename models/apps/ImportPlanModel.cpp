#include "models/apps/ImportPlanModel.h"

#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>

namespace mc::models {

using marathon::PlanAction;

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPlan(const marathon::ImportPlan &plan)
{
    // A new plan is a new table: its rows are other apps.
    beginResetModel();
    m_plan = plan;
    m_outcomes.clear();
    endResetModel();
}

void ImportPlanModel::setOutcome(const marathon::ApplyOutcome &outcome)
{
    m_outcomes.insert(outcome.id, outcome);
    for (int row = 0; row < m_plan.items.size(); ++row) {
        if (m_plan.items[row].id == outcome.id)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const marathon::PlanItem &item = m_plan.items[index.row()];
    const auto outcome = m_outcomes.constFind(item.id);
    switch (role) {
    case ActionRole:
        return int(item.action);
    case DiffRole:
        return item.diff;
    case IdRole:
        return item.id;
    case PodRole:
        return item.pod;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && outcome != m_outcomes.cend() && !outcome->ok) {
            QStringList lines { outcome->error };
            for (const marathon::FieldError &e : outcome->fieldErrors)
                lines.append(tr("%1: %2").arg(e.path, e.message));
            return lines.join(u'\n');
        }
        return index.column() == DetailColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ActionColumn && item.action == PlanAction::Conflict)
            return StateColorPalette().brush(StateColorPalette::Role::Error);
        if (index.column() == ResultColumn && outcome != m_outcomes.cend() && !outcome->ok)
            return StateColorPalette().brush(StateColorPalette::Role::Error);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ActionColumn:
        return marathon::ImportPlan::actionName(item.action);
    case AppColumn:
        if (item.pod)
            return item.sourceId == item.id ? tr("%1 (pod)").arg(item.id)
                                            : tr("%1 (pod, from %2)").arg(item.id, item.sourceId);
        return item.sourceId == item.id ? item.id : tr("%1 (from %2)").arg(item.id, item.sourceId);
    case DetailColumn:
        return item.action == PlanAction::Update ? item.changedFields.join(QStringLiteral(", "))
                                                 : item.reason;
    case ResultColumn:
        if (outcome == m_outcomes.cend())
            return QString();
        if (!outcome->ok)
            return outcome->fieldErrors.isEmpty()
                ? tr("failed: %1").arg(outcome->error)
                : tr("failed: %1: %2")
                      .arg(outcome->fieldErrors.first().path, outcome->fieldErrors.first().message);
        return outcome->action == PlanAction::Create ? tr("created") : tr("updated");
    }
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Action"), tr("App or pod"), tr("Changes / reason"), tr("Result") };
    });
}

} // namespace mc::models
