#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QWidget>

class QCustomPlot;
class QMouseEvent;

namespace mc::widgets {

// CPU, memory and disk used (% of total) over time. Live: follows the latest
// hour until the user drags or zooms (mouse wheel, horizontal); double-click
// follows again. Hovering shows the values at that moment. One hour of
// samples is kept.
class ResourceChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kKeepSeconds = 3600;

    explicit ResourceChart(QWidget *parent = nullptr);

    // Adds a sample when the snapshot carries new Mesos data.
    void addSnapshot(const cluster::ClusterSnapshot &snapshot);
    void addSample(double timeSeconds, double cpuPercent, double memPercent, double diskPercent);

    [[nodiscard]] int sampleCount() const;
    [[nodiscard]] bool following() const { return m_follow; }
    [[nodiscard]] QString hoverText(double timeSeconds) const; // what hovering at that time shows
    [[nodiscard]] QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onMouseMove(QMouseEvent *event);
    // Background, axes, grid and legend in the theme's colours.
    void applyColors();
    void followLatest();

    QCustomPlot *m_plot;
    QDateTime m_lastSample;
    double m_latest = 0;
    bool m_follow = true;
    int m_windowSeconds = 600;
};

} // namespace mc::widgets
