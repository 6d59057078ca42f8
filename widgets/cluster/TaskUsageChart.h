#pragma once

#include "core/cluster/UsageSampler.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace mc::widgets {

// One task's CPU (cores, left axis) and resident memory (MiB, right axis) over
// the samples taken while it was on screen or selected, with its limits as
// dashed lines.
class TaskUsageChart : public QWidget
{
    Q_OBJECT

public:
    explicit TaskUsageChart(QWidget *parent = nullptr);

    void setUsage(const QString &taskId, const QList<cluster::UsagePoint> &points,
                  const cluster::TaskUsage &now);
    void clear();
    [[nodiscard]] QString taskId() const { return m_taskId; }
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_title;
    QCustomPlot *m_plot;
    QString m_taskId;
};

} // namespace mc::widgets
