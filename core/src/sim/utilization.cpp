#include "sim/utilization.hpp"

#include <algorithm>

#include "sim/step_metrics.hpp"

namespace edgecim::sim {

namespace {

// Adds the overlap of [s, e) with each of the `count` bins of width w (in seconds).
void spread(double* bins, std::size_t count, double w, double s, double e) {
    if (!(w > 0) || !(e > s) || count == 0) return;
    const auto n = static_cast<std::int64_t>(count);
    auto b = std::clamp(static_cast<std::int64_t>(s / w), std::int64_t{0}, n - 1);
    for (; b < n; ++b) {
        const double lo = std::max(s, static_cast<double>(b) * w);
        const double hi = std::min(e, static_cast<double>(b + 1) * w);
        if (hi > lo) bins[static_cast<std::size_t>(b)] += hi - lo;
        if (static_cast<double>(b + 1) * w >= e) break;
    }
}

using Intervals = std::vector<std::pair<double, double>>;

// Union of two interval lists, as a sorted list of disjoint intervals. Each list is one
// track's records, already in time order (a track's records never overlap), so they are
// merged in linear time; sorting is the fallback.
Intervals merge(Intervals a, Intervals b) {
    if (!std::is_sorted(a.begin(), a.end())) std::sort(a.begin(), a.end());
    if (!std::is_sorted(b.begin(), b.end())) std::sort(b.begin(), b.end());
    Intervals all(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), all.begin());
    Intervals out;
    for (const auto& iv : all) {
        if (!out.empty() && iv.first <= out.back().second)
            out.back().second = std::max(out.back().second, iv.second);
        else
            out.push_back(iv);
    }
    return out;
}

}  // namespace

void fill_utilization(SimulationResult& r, const StepTemplate& step, const mapping::MappingPlan& plan,
                      const StepOutcome& o, const hw::HwModel& hw, int time_bins, const std::vector<double>& m) {
    const int tiles = hw.tiles;
    const int G = std::max(1, plan.groups);
    const int A = std::max(1, plan.active_tiles);
    const auto nbins = static_cast<std::size_t>(std::clamp(time_bins, 1, 100000));
    const auto layers = static_cast<std::size_t>(step.layers());
    const double T = o.time_s;
    r.bin_width_s = T / static_cast<double>(nbins);
    // Per group: busy seconds overall, per time bin and per layer; DRAM busy seconds per
    // bin. The analytical step has flat bins (one value per group, flat_bins) and the same
    // layer figures for every group (one row, shared_layers).
    std::vector<double> group_busy(static_cast<std::size_t>(G), 0.0);
    std::vector<double> group_bins, group_layers;  // [g * nbins + b] or [g]; [g * layers + l] or [l]
    bool flat_bins = false, shared_layers = false;
    std::vector<double> dram_bins(nbins, 0.0);

    const Timeline& tl = r.timeline;
    if (!tl.records.empty()) {
        group_bins.assign(static_cast<std::size_t>(G) * nbins, 0.0);
        group_layers.assign(static_cast<std::size_t>(G) * layers, 0.0);
        std::vector<Intervals> writes(static_cast<std::size_t>(G)), computes(static_cast<std::size_t>(G));
        for (const TimelineRecord& rec : tl.records) {
            if (rec.resource == 0) spread(dram_bins.data(), nbins, r.bin_width_s, rec.start_s, rec.end_s);
            const int g = (rec.resource - 4) / 2;
            if (rec.resource < 4 || g >= G) continue;
            if (rec.activity != Activity::write && rec.activity != Activity::compute) continue;
            const auto gi = static_cast<std::size_t>(g);
            (rec.activity == Activity::write ? writes[gi] : computes[gi]).emplace_back(rec.start_s, rec.end_s);
            if (rec.layer >= 0 && static_cast<std::size_t>(rec.layer) < layers)
                group_layers[gi * layers + static_cast<std::size_t>(rec.layer)] += rec.end_s - rec.start_s;
        }
        for (std::size_t g = 0; g < writes.size(); ++g)
            for (const auto& iv : merge(std::move(writes[g]), std::move(computes[g]))) {
                group_busy[g] += iv.second - iv.first;
                spread(group_bins.data() + g * nbins, nbins, r.bin_width_s, iv.first, iv.second);
            }
    } else {
        flat_bins = shared_layers = true;
        group_bins.resize(static_cast<std::size_t>(G));
        for (std::size_t g = 0; g < group_busy.size(); ++g) {
            group_busy[g] = std::min(T, o.group_busy_s[g]);
            group_bins[g] = group_busy[g] / static_cast<double>(nbins);
        }
        // Round-robin placement: every group gets the same share of each layer's chunks.
        std::vector<double> shape_busy(step.shapes.size(), 0.0);
        for (std::size_t s = 0; s < step.shapes.size(); ++s)
            for (const StageOp& op : step.shapes[s])
                if (op.blocks > 0)
                    shape_busy[s] += static_cast<double>(chunks_of(op, plan)) / G * (op.write_s + op.compute_s);
        group_layers.resize(layers);
        for (std::size_t l = 0; l < layers; ++l)
            group_layers[l] = shape_busy[static_cast<std::size_t>(step.layer_shape[l])];
        // DRAM seconds at full effective bandwidth: the bytes, not the (possibly network-paced) spans.
        std::fill(dram_bins.begin(), dram_bins.end(),
                  std::min(T, hw::safe_div(step.dram_bytes, hw.dram_bytes_per_s)) / static_cast<double>(nbins));
    }

    // Rows are built once per group and copied to its A tiles (and built once in all
    // when every group has the same figures).
    const int used = std::min(tiles, G * A);
    r.tile_utilization.assign(static_cast<std::size_t>(tiles), 0.0);
    r.tile_utilization_bins.clear();
    r.tile_utilization_bins.reserve(static_cast<std::size_t>(tiles));
    r.tile_utilization_layers.clear();
    r.tile_utilization_layers.reserve(static_cast<std::size_t>(tiles));
    std::vector<double> bins(nbins), per_layer(layers);
    for (int t0 = 0; t0 < used; t0 += A) {  // the A tiles of a group share its figures
        const auto g = static_cast<std::size_t>(t0 / A);
        if (flat_bins)
            std::fill(bins.begin(), bins.end(), std::min(1.0, hw::safe_div(group_bins[g], r.bin_width_s)));
        else
            for (std::size_t b = 0; b < nbins; ++b)
                bins[b] = std::min(1.0, hw::safe_div(group_bins[g * nbins + b], r.bin_width_s));
        if (!shared_layers || g == 0) {
            const double* busy = group_layers.data() + (shared_layers ? 0 : g * layers);
            for (std::size_t l = 0; l < layers; ++l)
                per_layer[l] = std::min(1.0, hw::safe_div(busy[l], m[MetricLayout::layer_latency + l]));
        }
        for (int t = t0; t < std::min(used, t0 + A); ++t) {
            r.tile_utilization[static_cast<std::size_t>(t)] = hw::safe_div(group_busy[g], T);
            r.tile_utilization_bins.push_back(bins);
            r.tile_utilization_layers.push_back(per_layer);
        }
    }
    r.tile_utilization_bins.resize(static_cast<std::size_t>(tiles), std::vector<double>(nbins, 0.0));
    r.tile_utilization_layers.resize(static_cast<std::size_t>(tiles), std::vector<double>(layers, 0.0));
    r.dram_bandwidth_gbps_bins.resize(nbins);
    for (std::size_t b = 0; b < nbins; ++b)
        r.dram_bandwidth_gbps_bins[b] = hw::safe_div(dram_bins[b], r.bin_width_s) * hw.dram_bytes_per_s / 1e9;
}

}  // namespace edgecim::sim
