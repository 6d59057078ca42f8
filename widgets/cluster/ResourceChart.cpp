#include "widgets/cluster/ResourceChart.h"

#include "models/common/StateColorPalette.h"
#include "widgets/cluster/PlotColors.h"

#include <QDateTime>
#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace mc::widgets {

namespace {
constexpr int kCpu = 0, kMem = 1, kDisk = 2;

double percent(double used, double total)
{
    return total > 0 ? 100.0 * used / total : 0.0;
}
} // namespace

ResourceChart::ResourceChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    constexpr int kMinimumHeight = 160;
    setMinimumHeight(kMinimumHeight);

    for (const QString &name : { tr("CPU"), tr("Memory"), tr("Disk") })
        m_plot->addGraph()->setName(name); // pens: applyColors()
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0, 100);
    // Whole percents in fixed notation: never "1e+02".
    m_plot->yAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->yAxis->setNumberPrecision(0);
    m_plot->yAxis->setLabel(tr("% of cluster used"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom, double-click to follow the latest values."));

    applyColors();
    connect(m_plot, &QCustomPlot::mouseMove, this, &ResourceChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_follow = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_follow = false; });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_follow = true;
        followLatest();
    });
    followLatest();
}

void ResourceChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void ResourceChart::applyColors()
{
    const models::StateColorPalette state(palette());
    using Role = models::StateColorPalette::Role;
    m_plot->graph(kCpu)->setPen(QPen(state.color(Role::ChartCpu), 2));
    m_plot->graph(kMem)->setPen(QPen(state.color(Role::ChartMemory), 2));
    m_plot->graph(kDisk)->setPen(QPen(state.color(Role::ChartDisk), 2));
    applyPlotColors(m_plot, palette());
}

void ResourceChart::addSnapshot(const cluster::ClusterSnapshot &snapshot)
{
    const QDateTime at = snapshot.mesos.lastSuccess;
    if (!at.isValid() || at == m_lastSample)
        return;
    m_lastSample = at;
    const cluster::ResourceTotals &t = snapshot.totals;
    addSample(at.toMSecsSinceEpoch() / 1000.0, percent(t.cpusUsed, t.cpusTotal),
              percent(t.memUsed, t.memTotal), percent(t.diskUsed, t.diskTotal));
}

void ResourceChart::addSample(double timeSeconds, double cpuPercent, double memPercent, double diskPercent)
{
    const double values[] = { cpuPercent, memPercent, diskPercent };
    for (int g = kCpu; g <= kDisk; ++g) {
        m_plot->graph(g)->addData(timeSeconds, values[g]);
        m_plot->graph(g)->data()->removeBefore(timeSeconds - kKeepSeconds);
    }
    m_latest = timeSeconds;
    if (m_follow)
        followLatest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ResourceChart::sampleCount() const
{
    return m_plot->graph(kCpu)->dataCount();
}

void ResourceChart::followLatest()
{
    const double end = m_latest > 0 ? m_latest : QDateTime::currentMSecsSinceEpoch() / 1000.0;
    // Right after connecting there is little history: show what there is (at least a minute)
    // rather than a mostly empty window with the data squeezed at its right edge.
    double start = end - m_windowSeconds;
    if (QCPGraph *cpu = m_plot->graph(kCpu); cpu->dataCount() > 0) {
        constexpr double kMinimumSpanSeconds = 60;
        start = std::max(start, std::min(cpu->data()->constBegin()->key, end - kMinimumSpanSeconds));
    }
    m_plot->xAxis->setRange(start, end + 5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ResourceChart::hoverText(double timeSeconds) const
{
    QCPGraph *cpu = m_plot->graph(kCpu);
    if (cpu->dataCount() == 0)
        return {};
    auto it = cpu->data()->findBegin(timeSeconds, false);
    if (it == cpu->data()->constEnd())
        --it;
    // nearest sample
    auto next = it + 1;
    if (next != cpu->data()->constEnd() && qAbs(next->key - timeSeconds) < qAbs(it->key - timeSeconds))
        it = next;
    const int index = int(it - cpu->data()->constBegin());
    const QString when
        = QDateTime::fromMSecsSinceEpoch(qint64(it->key * 1000)).toString(QStringLiteral("HH:mm:ss"));
    // One decimal in the locale's own notation ("12.5", "12,5").
    const auto percent = [&](int graph) {
        return locale().toString(m_plot->graph(graph)->data()->at(index)->value, 'f', 1);
    };
    return tr("%1\nCPU %2 %\nMemory %3 %\nDisk %4 %").arg(when, percent(kCpu), percent(kMem), percent(kDisk));
}

void ResourceChart::onMouseMove(QMouseEvent *event)
{
    const QString text = hoverText(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (!text.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace mc::widgets
