#pragma once
// The colour map set-up the heatmaps share (utilization heatmaps, sweep heatmap): the viridis
// ramp with grey for missing cells, whole cells, and a colour scale right of the axes at the
// same height. One place, so the two kinds of heatmap read alike.
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace edgecim::ui {

// Adds a colour scale right of plot's axis rect (layout cell 0, 1) and styles map with it:
// viridis, missing (NaN) cells muted, no interpolation, whole edge cells, no grid.
// The scale is owned by the plot.
QCPColorScale* attachHeatScale(QCustomPlot* plot, QCPColorMap* map);

}  // namespace edgecim::ui
