#include "sim/utilization.hpp"

#include <algorithm>

#include "sim/step_metrics.hpp"

namespace edgecim::sim {

namespace {

// Adds the overlap of [s, e) with each bin of width w to bins (in seconds).
void spread(std::vector<double>& bins, double w, double s, double e) {
    if (!(w > 0) || !(e > s) || bins.empty()) return;
    const auto n = static_cast<std::int64_t>(bins.size());
    auto b = std::clamp(static_cast<std::int64_t>(s / w), std::int64_t{0}, n - 1);
    for (; b < n; ++b) {
        const double lo = std::max(s, static_cast<double>(b) * w);
        const double hi = std::min(e, static_cast<double>(b + 1) * w);
        if (hi > lo) bins[static_cast<std::size_t>(b)] += hi - lo;
        if (static_cast<double>(b + 1) * w >= e) break;
    }
}

// Union of two time-sorted interval lists, as a sorted list of disjoint intervals.
std::vector<std::pair<double, double>> merge(std::vector<std::pair<double, double>> a) {
    std::sort(a.begin(), a.end());
    std::vector<std::pair<double, double>> out;
    for (const auto& iv : a) {
        if (!out.empty() && iv.first <= out.back().second) out.back().second = std::max(out.back().second, iv.second);
        else out.push_back(iv);
    }
    return out;
}

}  // namespace

void fill_utilization(SimulationResult& r, const Program& p, const mapping::MappingPlan& plan,
                      const StepOutcome& o, const hw::HwModel& hw, int time_bins, const std::vector<double>& m) {
    const int tiles = hw.tiles;
    const int G = std::max(1, plan.groups);
    const int A = std::max(1, plan.active_tiles);
    const auto nbins = static_cast<std::size_t>(std::clamp(time_bins, 1, 100000));
    const auto layers = static_cast<std::size_t>(std::max(0, p.layers));
    const double T = o.time_s;
    r.bin_width_s = T / static_cast<double>(nbins);
    std::vector<double> group_busy(static_cast<std::size_t>(G), 0.0);
    std::vector<std::vector<double>> group_bins(static_cast<std::size_t>(G), std::vector<double>(nbins, 0.0));
    std::vector<std::vector<double>> group_layers(static_cast<std::size_t>(G), std::vector<double>(layers, 0.0));
    std::vector<double> dram_bins(nbins, 0.0);

    const Timeline& tl = r.timeline;
    if (!tl.records.empty()) {
        std::vector<std::vector<std::pair<double, double>>> busy(static_cast<std::size_t>(G));
        for (const TimelineRecord& rec : tl.records) {
            if (rec.resource == 0) spread(dram_bins, r.bin_width_s, rec.start_s, rec.end_s);
            const int g = (rec.resource - 4) / 2;
            if (rec.resource < 4 || g >= G) continue;
            if (rec.activity != Activity::write && rec.activity != Activity::compute) continue;
            busy[static_cast<std::size_t>(g)].emplace_back(rec.start_s, rec.end_s);
            if (rec.layer >= 0 && static_cast<std::size_t>(rec.layer) < layers)
                group_layers[static_cast<std::size_t>(g)][static_cast<std::size_t>(rec.layer)] += rec.end_s - rec.start_s;
        }
        for (std::size_t g = 0; g < busy.size(); ++g)
            for (const auto& iv : merge(std::move(busy[g]))) {
                group_busy[g] += iv.second - iv.first;
                spread(group_bins[g], r.bin_width_s, iv.first, iv.second);
            }
    } else {
        for (std::size_t g = 0; g < group_busy.size(); ++g) {
            group_busy[g] = std::min(T, o.group_busy_s[g]);
            std::fill(group_bins[g].begin(), group_bins[g].end(), group_busy[g] / static_cast<double>(nbins));
        }
        for (const StageOp& op : p.ops)
            if (op.blocks > 0 && op.layer >= 0 && static_cast<std::size_t>(op.layer) < layers)
                for (auto& gl : group_layers)
                    gl[static_cast<std::size_t>(op.layer)] +=
                        static_cast<double>(chunks_of(op, plan)) / G * (op.write_s + op.compute_s);
        std::fill(dram_bins.begin(), dram_bins.end(), std::min(T, stage_demand(p, plan).dram_s) / static_cast<double>(nbins));
    }

    r.tile_utilization.assign(static_cast<std::size_t>(tiles), 0.0);
    r.tile_utilization_bins.assign(static_cast<std::size_t>(tiles), std::vector<double>(nbins, 0.0));
    r.tile_utilization_layers.assign(static_cast<std::size_t>(tiles), std::vector<double>(layers, 0.0));
    for (int t = 0; t < std::min(tiles, G * A); ++t) {
        const auto g = static_cast<std::size_t>(t / A);
        const auto ti = static_cast<std::size_t>(t);
        r.tile_utilization[ti] = hw::safe_div(group_busy[g], T);
        for (std::size_t b = 0; b < nbins; ++b)
            r.tile_utilization_bins[ti][b] = std::min(1.0, hw::safe_div(group_bins[g][b], r.bin_width_s));
        for (std::size_t l = 0; l < layers; ++l)
            r.tile_utilization_layers[ti][l] =
                std::min(1.0, hw::safe_div(group_layers[g][l], m[MetricLayout::layer_latency + l]));
    }
    r.dram_bandwidth_gbps_bins.resize(nbins);
    for (std::size_t b = 0; b < nbins; ++b)
        r.dram_bandwidth_gbps_bins[b] = hw::safe_div(dram_bins[b], r.bin_width_s) * hw.dram_bytes_per_s / 1e9;
}

}  // namespace edgecim::sim
