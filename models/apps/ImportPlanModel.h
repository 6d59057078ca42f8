#pragma once

#include "core/marathon/ImportApplier.h"
#include "core/marathon/ImportPlan.h"

#include <QAbstractTableModel>

namespace mc::models {

// The apps and pods of an import plan, one row each: what happens to it, its id, what changes (or why it
// cannot), and once applied what became of it. Rows stay as they are while outcomes arrive.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, AppColumn, DetailColumn, ResultColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(marathon::PlanAction)
        DiffRole, // the unified diff of an update (or a conflict's differences)
        IdRole,
        PodRole, // bool: a pod, else an app
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const marathon::ImportPlan &plan);
    [[nodiscard]] const marathon::ImportPlan &plan() const { return m_plan; }
    void setOutcome(const marathon::ApplyOutcome &outcome);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    marathon::ImportPlan m_plan;
    QHash<QString, marathon::ApplyOutcome> m_outcomes; // by app id
};

} // namespace mc::models
