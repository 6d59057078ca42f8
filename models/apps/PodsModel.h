#pragma once

#include "core/marathon/Pod.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

// Marathon's pods with their status (GET /v2/pods/::status), one row per pod, updated by
// diff (selection and sort survive a refresh).
class PodsModel : public SnapshotTableModel<marathon::PodStatus>
{
    Q_OBJECT

public:
    enum Column { Id, Instances, Status, Containers, Endpoints, Cpus, Mem, ColumnCount };

    explicit PodsModel(QObject *parent = nullptr);

    static const QString &idOf(const marathon::PodStatus &p) { return p.spec.id; }
    void setPods(std::vector<marathon::PodStatus> pods);
    // The row of `id`, or nullptr.
    [[nodiscard]] const marathon::PodStatus *pod(const QString &id) const;
    // "web:31002, metrics" of every instance: each endpoint with the host port it got.
    [[nodiscard]] static QString endpointsText(const marathon::PodStatus &pod);

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace mc::models
