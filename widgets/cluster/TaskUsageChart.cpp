#include "widgets/cluster/TaskUsageChart.h"

#include "models/common/StateColorPalette.h"
#include "widgets/cluster/PlotColors.h"

#include "core/util/Numbers.h"
#include "models/cluster/Format.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace mc::widgets {

namespace {
constexpr int kCpu = 0, kMem = 1, kCpuLimit = 2, kMemLimit = 3;
constexpr double kMiB = 1024.0 * 1024.0;
} // namespace

TaskUsageChart::TaskUsageChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("taskUsageChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    constexpr int kMinimumHeight = 180;
    setMinimumHeight(kMinimumHeight);

    QCPGraph *cpu = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    cpu->setName(tr("CPU (cores)"));
    QCPGraph *mem = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    mem->setName(tr("Memory (MiB)"));
    QCPGraph *cpuLimit = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    cpuLimit->setName(tr("CPU limit"));
    QCPGraph *memLimit = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    memLimit->setName(tr("Memory limit"));

    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("CPU (cores)"));
    m_plot->yAxis2->setLabel(tr("Memory (MiB)"));
    m_plot->yAxis2->setVisible(true);
    for (QCPAxis *axis : { m_plot->yAxis, m_plot->yAxis2 })
        axis->setNumberFormat(QStringLiteral("f"));
    m_plot->yAxis->setNumberPrecision(2);
    m_plot->yAxis2->setNumberPrecision(0);
    // One row of small entries above the plot, never over the lines.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_plot->legend->setFont(small);
    m_plot->legend->setIconSize(18, 8);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    applyColors();
    clear();
}

void TaskUsageChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void TaskUsageChart::applyColors()
{
    applyPlotColors(m_plot, palette());
    // The series in the theme's shades; the limits dashed and thinner.
    const models::StateColorPalette state(palette());
    const QColor cpu = state.color(models::StateColorPalette::Role::ChartCpu);
    const QColor mem = state.color(models::StateColorPalette::Role::ChartMemory);
    m_plot->graph(kCpu)->setPen(QPen(cpu, 2));
    m_plot->graph(kMem)->setPen(QPen(mem, 2));
    m_plot->graph(kCpuLimit)->setPen(QPen(cpu, 1, Qt::DashLine));
    m_plot->graph(kMemLimit)->setPen(QPen(mem, 1, Qt::DashLine));
}

void TaskUsageChart::clear()
{
    m_taskId.clear();
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->data()->clear();
    m_title->setText(tr("Select a running task to chart its CPU and memory."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int TaskUsageChart::pointCount() const
{
    return m_plot->graph(kCpu)->dataCount();
}

void TaskUsageChart::setUsage(const QString &taskId, const QList<cluster::UsagePoint> &points,
                              const cluster::TaskUsage &now)
{
    m_taskId = taskId;
    QVector<double> time, cpu, mem;
    for (const cluster::UsagePoint &p : points) {
        time << p.time;
        cpu << p.cpusUsed;
        mem << double(p.memRssBytes) / kMiB;
    }
    m_plot->graph(kCpu)->setData(time, cpu, true);
    m_plot->graph(kMem)->setData(time, mem, true);
    double cpuTop = now.cpusLimit;
    double memTop = double(now.memLimitBytes) / kMiB;
    if (!time.isEmpty()) {
        m_plot->graph(kCpuLimit)->setData({ time.first(), time.last() }, { now.cpusLimit, now.cpusLimit },
                                          true);
        m_plot->graph(kMemLimit)->setData({ time.first(), time.last() }, { memTop, memTop }, true);
        m_plot->xAxis->setRange(time.first(), std::max(time.last(), time.first() + 10));
        cpuTop = std::max(cpuTop, *std::max_element(cpu.cbegin(), cpu.cend()));
        memTop = std::max(memTop, *std::max_element(mem.cbegin(), mem.cend()));
    }
    m_plot->yAxis->setRange(0, cpuTop * 1.15 + 0.01);
    m_plot->yAxis2->setRange(0, memTop * 1.15 + 1);
    m_title->setText(
        now.cpusUsed < 0
            ? tr("%1: measuring…").arg(taskId)
            : tr("%1: %2 of %3 CPUs, %4 of %5")
                  .arg(taskId, models::Format::number(now.cpusUsed), models::Format::number(now.cpusLimit),
                       util::bytes(double(now.memRssBytes)), util::bytes(double(now.memLimitBytes))));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mc::widgets
