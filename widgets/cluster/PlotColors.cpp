#include "widgets/cluster/PlotColors.h"

#include <QPalette>

#include <qcustomplot.h>

namespace mc::widgets {

void applyPlotColors(QCustomPlot *plot, const QPalette &p)
{
    const QColor text = p.color(QPalette::WindowText);
    const QColor grid = p.color(QPalette::Mid);
    plot->setBackground(p.brush(QPalette::Base));
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2 }) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(p.brush(QPalette::Base));
    plot->legend->setBorderPen(QPen(grid));
    plot->legend->setTextColor(text);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mc::widgets
