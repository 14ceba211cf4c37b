#include "views/utilization_view.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "plot/heatmap_chart.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

UtilizationView::UtilizationView(QWidget* parent)
    : QWidget(parent),
      by_layer_(new HeatmapChart(tr("tile busy (write or compute) [%]"), this)),
      by_time_(new HeatmapChart(tr("tile busy (write or compute) [%]"), this)) {
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Busy fraction of each tile in the timeline step (event simulator); "
                               "grey cells: no data. Scale fixed at 0–100 %."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    by_layer_->setTitle(tr("Tile utilization by decoder layer"));
    by_time_->setTitle(tr("Tile utilization over the decode step"));
    layout->addWidget(by_layer_, 1);
    layout->addWidget(by_time_, 1);
}

void UtilizationView::setResult(ResultPtr result) {
    if (!result) return;
    HeatmapData layers;
    layers.cells = result->tile_utilization_layers;
    layers.column_label = tr("decoder layer");
    layers.row_label = tr("tile");
    layers.column_name = tr("layer");
    layers.integer_columns = true;
    by_layer_->setHeatmap(std::move(layers));

    HeatmapData bins;
    bins.cells = result->tile_utilization_bins;
    const units::Scaled time = units::timeScale(result->timeline.duration_s);
    bins.column_step = result->bin_width_s * time.factor;
    bins.column_origin = bins.column_step / 2;
    bins.column_label =
        tr("time within %1 [%2] (bins of %3)")
            .arg(QString::fromStdString(result->timeline.step), time.unit, units::formatTime(result->bin_width_s));
    bins.row_label = tr("tile");
    bins.column_name = tr("bin centred at");
    bins.column_unit = time.unit;
    by_time_->setHeatmap(std::move(bins));
}

}  // namespace edgecim::ui
