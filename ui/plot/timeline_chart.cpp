#include "plot/timeline_chart.hpp"

#include <qcustomplot.h>

#include <cmath>
#include <utility>

#include "plot/palette.hpp"
#include "plot/timeline_plottable.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

namespace {
constexpr Activity kLegendOrder[] = {Activity::fetch, Activity::write,   Activity::compute,
                                     Activity::stall, Activity::kv_read, Activity::kv_write,
                                     Activity::sfu,   Activity::vector,  Activity::interconnect};
}

TimelineChart::TimelineChart(QWidget* parent)
    : PlotWidget(parent), spans_(new TimelinePlottable(plot_->xAxis, plot_->yAxis)) {
    spans_->removeFromLegend();
    // Legend entries: empty bars carry the activity colours into the exported image too.
    for (Activity a : kLegendOrder) {
        auto* entry = new QCPBars(plot_->xAxis, plot_->yAxis);
        entry->setName(palette::activityLabel(a));
        entry->setBrush(palette::activity(a));
        entry->setPen(Qt::NoPen);
    }
    placeLegendBelow(9);

    plot_->xAxis->setLabel(tr("time within the decode step [µs]"));
    plot_->yAxis->setRangeReversed(true);
    plot_->yAxis->grid()->setVisible(false);
    plot_->yAxis->setLabel(tr("resource"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);  // vertical: once rows are zoomed
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    // The wheel zooms time; Shift+wheel zooms rows (hundreds of tile rows on a big chip).
    // mouseWheel is emitted before the axis rect handles the event.
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* event) {
        plot_->axisRect()->setRangeZoom(event->modifiers() & Qt::ShiftModifier ? Qt::Vertical : Qt::Horizontal);
    });
    // Rows stay within the chart, at least four visible.
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        const double rows = std::max(1, rowCount());
        QCPRange clamped(std::max(range.lower, -0.5), std::min(range.upper, rows - 0.5));
        const double size = std::clamp(range.size(), std::min(4.0, rows), rows);
        if (clamped.size() < size) {
            clamped = range.lower < -0.5 ? QCPRange(-0.5, -0.5 + size) : QCPRange(clamped.upper - size, clamped.upper);
            if (clamped.lower < -0.5) clamped = QCPRange(-0.5, -0.5 + size);
        }
        if (clamped != range) plot_->yAxis->setRange(clamped);
    });
    // Keep the view inside the step: no dragging into negative time.
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& range) {
        bool found = false;
        const QCPRange full = spans_->getKeyRange(found);
        if (!found) return;
        QCPRange clamped = range;
        if (clamped.size() > full.size()) clamped = full;
        if (clamped.lower < full.lower) clamped += full.lower - clamped.lower;
        if (clamped.upper > full.upper) clamped -= clamped.upper - full.upper;
        if (clamped != range) plot_->xAxis->setRange(clamped);
    });
    // The row labels depend on the height the plot is laid out at (the window, a PNG or
    // PDF export, the report page): choose them right after each layout and, when they
    // change, lay out again so the tick labels and margins match.
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (!updateRowLabels()) return;
        QCPLayoutGrid* layout = plot_->plotLayout();
        layout->update(QCPLayoutElement::upPreparation);
        layout->update(QCPLayoutElement::upMargins);
        layout->update(QCPLayoutElement::upLayout);
    });
    setEmptyMessage(tr("No timeline yet: waiting for the event simulator"));
    applyStyle();
}

bool TimelineChart::keepsTimeZoom(const SimulationResult& before, const SimulationResult& after, double from_s,
                                  double to_s) {
    const double old_s = before.timeline.duration_s, new_s = after.timeline.duration_s;
    if (before.model != after.model || before.timeline_phase != after.timeline_phase) return false;
    if (from_s < 0 || to_s > new_s * (1 + 1e-9)) return false;  // the window left the new step
    return new_s <= old_s * kKeepZoomRatio && old_s <= new_s * kKeepZoomRatio;
}

void TimelineChart::setTimeline(std::shared_ptr<const SimulationResult> result, TimelineRowsPtr rows) {
    const std::shared_ptr<const SimulationResult> previous = std::exchange(result_, std::move(result));
    if (!result_) {
        spans_->clear();
        replotQueued();
        return;
    }
    const Timeline& timeline = result_->timeline;
    if (!rows) rows = std::make_shared<const TimelineRows>(buildTimelineRows(timeline));
    // A zoom the user made survives new results of the same step (scrubbing a parameter
    // while looking at one layer): time in seconds, rows when the resources stayed the same.
    // Another model or phase, or a step the window no longer fits, shows the whole step:
    // a partial window there reads as a stale timeline.
    const int old_rows = spans_->rowCount();
    const QCPRange old_x = plot_->xAxis->range(), old_y = plot_->yAxis->range();
    const double old_scale = key_scale_;
    const bool time_zoomed = previous && old_rows > 0 && old_x.size() < shown_duration_s_ * key_scale_ * 0.999 &&
                             keepsTimeZoom(*previous, *result_, old_x.lower / old_scale, old_x.upper / old_scale);
    const bool rows_zoomed = old_rows == static_cast<int>(timeline.resources.size()) && old_y.size() < old_rows - 0.01;
    key_scale_ = rows->key_scale;
    shown_duration_s_ = timeline.duration_s;
    plot_->xAxis->setLabel(tr("time within %1 [%2]").arg(QString::fromStdString(timeline.step), rows->unit));
    spans_->setRows(std::move(rows));

    label_stride_ = 0;  // new rows: labelled at the next layout
    plot_->yAxis->setSubTicks(false);
    if (!rows_zoomed) plot_->yAxis->setRange(-0.5, static_cast<double>(timeline.resources.size()) - 0.5);
    if (time_zoomed)
        plot_->xAxis->setRange(old_x.lower / old_scale * key_scale_, old_x.upper / old_scale * key_scale_);
    else
        plot_->xAxis->setRange(0, std::max(timeline.duration_s * key_scale_, 1e-9));
    replotQueued();
}

bool TimelineChart::updateRowLabels() {
    if (!result_) return false;
    const auto& resources = result_->timeline.resources;
    const int rows = static_cast<int>(resources.size());
    const double visible_rows = std::clamp(plot_->yAxis->range().size(), 1.0, static_cast<double>(rows));
    // Labels stay legible down to about three quarters of the font's line height apart.
    const double label_px = 0.75 * QFontMetrics(plot_->yAxis->tickLabelFont()).height();
    const int axis_px = std::max(1, plot_->axisRect()->height());
    int stride = std::max(1, static_cast<int>(std::ceil(visible_rows * label_px / axis_px)));
    if (stride > 1 && stride % 2 != 0) ++stride;
    if (stride == label_stride_) return false;
    label_stride_ = stride;
    // 516 overlapping labels (256 tiles) cost ~10 ms of text layout per replot.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < rows; i += stride)
        ticker->addTick(i, QString::fromStdString(resources[static_cast<std::size_t>(i)]));
    plot_->yAxis->setTicker(ticker);
    return true;
}

std::size_t TimelineChart::spanCount() const { return spans_->spanCount(); }
int TimelineChart::rowCount() const { return spans_->rowCount(); }

QString TimelineChart::hoverText(const QPointF& pos) const {
    if (!result_) return {};
    const double key = plot_->xAxis->pixelToCoord(pos.x());
    const int row = static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(pos.y())));
    const TimelinePlottable::Span* span = spans_->spanAt(row, key);
    if (!span) return {};
    const Timeline& t = result_->timeline;
    const TimelineRecord& r = t.records[static_cast<std::size_t>(span->record)];
    QString op = tr("(no op)");
    if (r.op >= 0 && static_cast<std::size_t>(r.op) < t.ops.size())
        op = QString::fromStdString(t.ops[static_cast<std::size_t>(r.op)].name);
    QString text =
        tr("<b>%1</b><br>%2 on %3<br>%4 – %5 (%6)")
            .arg(op.toHtmlEscaped(), palette::activityLabel(r.activity),
                 QString::fromStdString(t.resources[static_cast<std::size_t>(r.resource)]),
                 units::formatTime(r.start_s), units::formatTime(r.end_s), units::formatTime(r.end_s - r.start_s));
    if (r.layer >= 0) text += tr("<br>layer %1").arg(r.layer);
    if (r.block_end > r.block_begin) text += tr("<br>weight blocks %1 – %2").arg(r.block_begin).arg(r.block_end - 1);
    return text;
}

}  // namespace edgecim::ui
