#pragma once

#include <QAbstractTableModel>

namespace mc::models {

// The signals of SnapshotTableModel (a template, so it cannot declare any).
class SnapshotModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // Around the row removes, data changes and inserts of one snapshot: a proxy
    // can treat them as one layout change (and take the row order it asked for,
    // computed with the plan off the GUI thread) instead of reacting to each.
    void applyStarting();
    void applyFinished();
};

} // namespace mc::models
