#include "report/report_charts.hpp"

#include <QComboBox>
#include <algorithm>

#include "plot/bar_chart.hpp"
#include "plot/heatmap_chart.hpp"
#include "plot/timeline_chart.hpp"
#include "plot/units.hpp"
#include "plot/xy_chart.hpp"
#include "views/energy_view.hpp"
#include "views/overview_view.hpp"
#include "views/timeline_view.hpp"
#include "views/utilization_view.hpp"

namespace edgecim::ui {

namespace {
QString boundaryText(EnergyBoundary b) {
    return b == EnergyBoundary::chip ? QObject::tr("chip boundary (macros, buffers, SFU, interconnect, leakage)")
                                     : QObject::tr("system boundary (chip + DRAM access and background)");
}
bool hasCells(const std::vector<std::vector<double>>& cells) {
    return std::any_of(cells.begin(), cells.end(), [](const auto& row) { return !row.empty(); });
}
}  // namespace

ReportCharts::ReportCharts(const ReportData& data)
    : overview_(std::make_unique<OverviewView>()),
      energy_(std::make_unique<EnergyView>()),
      timeline_(std::make_unique<TimelineView>()),
      utilization_(std::make_unique<UtilizationView>()) {
    const SimulationResult& r = *data.result;
    overview_->setResult(data.result);
    overview_->setComparison(data.zoo);
    energy_->setResult(data.result);
    // Reports keep the fixed 0-100 % scale their captions state, comparable across reports.
    utilization_->scaleSelector()->setCurrentIndex(utilization_->scaleSelector()->findData(false));
    utilization_->setResult(data.result);
    const QString evaluator = QString::fromStdString(r.evaluator);
    const QString step = QString::fromStdString(r.timeline.step);

    charts_.push_back({QStringLiteral("roofline"), QObject::tr("Roofline"),
                       QObject::tr("Decode throughput over DRAM traffic per token (log-log). The dashed line is the "
                                   "DRAM roofline at the effective bandwidth; the large point is this design "
                                   "(%1 % of the roofline), the grey points are the other zoo models on the same "
                                   "hardware (analytical evaluator).")
                           .arg(units::formatNumber(100 * r.roofline_fraction)),
                       overview_->roofline(), QSize(kWidth, 380)});

    const bool has_timeline = !r.timeline.records.empty();
    if (has_timeline) timeline_->setResult(data.result);
    const int rows = static_cast<int>(r.timeline.resources.size());
    charts_.push_back({QStringLiteral("timeline"), QObject::tr("Timeline of the kept decode step"),
                       has_timeline ? QObject::tr("Gantt chart of %1 (%2 evaluator): one row per resource, spans "
                                                  "coloured by activity; step time %3.")
                                          .arg(step, evaluator, units::formatTime(r.timeline.duration_s))
                                    : QObject::tr("No timeline: the %1 evaluator does not record events. "
                                                  "Run with --evaluator event for the Gantt chart.")
                                          .arg(evaluator),
                       has_timeline ? static_cast<PlotWidget*>(timeline_->chart()) : nullptr,
                       QSize(kTimelineWidth, std::clamp(150 + 12 * rows, 400, 1300))});

    const int tiles = static_cast<int>(r.tile_utilization_layers.size());
    const QSize heat(kWidth, std::clamp(130 + 7 * tiles, 260, 560));
    const bool has_layers = hasCells(r.tile_utilization_layers);
    charts_.push_back(
        {QStringLiteral("utilization_layers"), QObject::tr("Tile utilization by layer"),
         has_layers ? QObject::tr("Busy (weight write or compute) fraction of each tile during each decoder "
                                  "layer's stretch of the critical path in %1; fixed 0–100 % colour scale, grey: "
                                  "no data. %2")
                          .arg(step, UtilizationView::readingText(r))
                    : QObject::tr("No per-layer utilization: the %1 evaluator keeps no timeline.").arg(evaluator),
         has_layers ? static_cast<PlotWidget*>(utilization_->byLayer()) : nullptr, heat});
    const bool has_bins = hasCells(r.tile_utilization_bins);
    charts_.push_back(
        {QStringLiteral("utilization_time"), QObject::tr("Tile utilization over time"),
         has_bins ? QObject::tr("Busy fraction of each tile in time bins of %1 across %2.")
                        .arg(units::formatTime(r.bin_width_s), step)
                  : QObject::tr("No utilization over time: the %1 evaluator keeps no timeline.").arg(evaluator),
         has_bins ? static_cast<PlotWidget*>(utilization_->byTime()) : nullptr, heat});

    charts_.push_back({QStringLiteral("energy_components"), QObject::tr("Energy per token by component"),
                       QObject::tr("Energy per decoded token, stacked by component, at the chip and at the system "
                                   "boundary; the marked bar is the configured %1.")
                           .arg(boundaryText(r.energy_boundary)),
                       energy_->byComponent(), QSize(kWidth, 400)});
    charts_.push_back({QStringLiteral("energy_ops"), QObject::tr("Dynamic energy per token by operation"),
                       QObject::tr("Dynamic energy per decoded token split by operation kind, at the %1.")
                           .arg(boundaryText(r.energy_boundary)),
                       energy_->byOpKind(), QSize(kWidth, 440)});
}

ReportCharts::~ReportCharts() = default;

const ReportChart* ReportCharts::find(const QString& id) const {
    for (const ReportChart& c : charts_)
        if (c.id == id) return &c;
    return nullptr;
}

}  // namespace edgecim::ui
