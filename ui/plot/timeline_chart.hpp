#pragma once
// Gantt chart of one simulated step: a row per resource (DRAM, SFU, vector unit,
// interconnect, then each tile's write and compute banks), spans coloured by
// activity, op and layer on hover, horizontal-only drag and wheel zoom.
#include <memory>

#include "edgecim/simulation.hpp"
#include "plot/plot_widget.hpp"
#include "plot/timeline_rows.hpp"

namespace edgecim::ui {

class TimelinePlottable;

class TimelineChart : public PlotWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget* parent = nullptr);

    // rows: the result's timeline prepared on the worker (buildTimelineRows); built here
    // when null (tests, callers without a controller).
    void setTimeline(std::shared_ptr<const SimulationResult> result, TimelineRowsPtr rows = nullptr);
    std::size_t spanCount() const;
    int rowCount() const;
    TimelinePlottable* plottable() const { return spans_; }

    // Rows labelled on the resource axis: every row when they fit the height the plot is
    // laid out at, else every k-th (k even, so the labels stay on one kind of tile row);
    // hover names every row.
    int rowLabelStride() const { return label_stride_; }

    // A time zoom [from_s, to_s] made on `before` survives into `after` only for the same
    // model and phase, when the window lies inside the new step and the step time changed
    // by less than kKeepZoomRatio either way (small parameter tweaks); else the new result
    // shows its whole step.
    static constexpr double kKeepZoomRatio = 1.5;
    // Seconds of the shown step, and axis units per second (µs or ms axis).
    double shownDurationS() const { return shown_duration_s_; }
    double keyScale() const { return key_scale_; }
    static bool keepsTimeZoom(const SimulationResult& before, const SimulationResult& after, double from_s,
                              double to_s);

protected:
    QString hoverText(const QPointF& pos) const override;

private:
    bool updateRowLabels();  // true when the labelled rows changed

    int label_stride_ = 1;
    TimelinePlottable* spans_;
    std::shared_ptr<const SimulationResult> result_;
    double key_scale_ = 1e6;  // seconds -> microseconds
    double shown_duration_s_ = 0;
};

}  // namespace edgecim::ui
