#pragma once
// The per-resource span rows the timeline chart draws, prepared off the UI thread (on
// the detail evaluation's worker): records grouped by resource, scaled to display time
// units and sorted by start. Plain data, no QCustomPlot: the controller builds it.
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "edgecim/simulation.hpp"

namespace edgecim::ui {

struct TimelineSpan {
    double start = 0;  // key units (e.g. microseconds)
    double end = 0;
    Activity activity = Activity::compute;
    std::int32_t record = 0;  // index into Timeline::records, for hover text
};

struct TimelineRows {
    std::vector<std::vector<TimelineSpan>> rows;  // one per Timeline::resources entry
    std::size_t span_count = 0;
    double key_end = 0;      // last end in key units (at least the step duration)
    double key_scale = 1e6;  // seconds -> key units
    QString unit;            // of the key units: "µs", "ms", ...
};

TimelineRows buildTimelineRows(const Timeline& timeline);
using TimelineRowsPtr = std::shared_ptr<const TimelineRows>;

}  // namespace edgecim::ui
