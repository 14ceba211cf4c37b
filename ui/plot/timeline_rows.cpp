#include "plot/timeline_rows.hpp"

#include <algorithm>

#include "plot/units.hpp"

namespace edgecim::ui {

TimelineRows buildTimelineRows(const Timeline& timeline) {
    TimelineRows out;
    const units::Scaled time = units::timeScale(timeline.duration_s);
    out.key_scale = time.factor;
    out.unit = time.unit;
    out.rows.assign(timeline.resources.size(), {});
    // Two passes: count per row, then fill reserved vectors (no reallocation churn).
    std::vector<std::size_t> counts(out.rows.size(), 0);
    for (const TimelineRecord& r : timeline.records)
        if (r.resource >= 0 && static_cast<std::size_t>(r.resource) < counts.size())
            ++counts[static_cast<std::size_t>(r.resource)];
    for (std::size_t i = 0; i < out.rows.size(); ++i) out.rows[i].reserve(counts[i]);
    out.key_end = timeline.duration_s * out.key_scale;
    for (std::size_t i = 0; i < timeline.records.size(); ++i) {
        const TimelineRecord& r = timeline.records[i];
        if (r.resource < 0 || static_cast<std::size_t>(r.resource) >= out.rows.size()) continue;
        out.rows[static_cast<std::size_t>(r.resource)].push_back(
            {r.start_s * out.key_scale, r.end_s * out.key_scale, r.activity, static_cast<std::int32_t>(i)});
        out.key_end = std::max(out.key_end, r.end_s * out.key_scale);
        ++out.span_count;
    }
    // The simulator emits each resource's records in time order; sort only if not.
    const auto by_start = [](const TimelineSpan& a, const TimelineSpan& b) { return a.start < b.start; };
    for (auto& row : out.rows)
        if (!std::is_sorted(row.begin(), row.end(), by_start)) std::sort(row.begin(), row.end(), by_start);
    return out;
}

}  // namespace edgecim::ui
