#pragma once

class QCustomPlot;
class QPalette;

namespace mc::widgets {

// A chart's background, axes, grid and legend in the theme's colours (call again on a
// palette change).
void applyPlotColors(QCustomPlot *plot, const QPalette &palette);

} // namespace mc::widgets
