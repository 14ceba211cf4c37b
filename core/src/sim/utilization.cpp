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

// Adds the overlap of [s, e) with each window [edges[k], edges[k + 1]) (sorted edges).
void spread_windows(double* windows, const std::vector<double>& edges, double s, double e) {
    if (!(e > s) || edges.size() < 2) return;
    auto k = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), s) - edges.begin());
    k = k == 0 ? 0 : k - 1;
    for (; k + 1 < edges.size() && edges[k] < e; ++k) {
        const double lo = std::max(s, edges[k]), hi = std::min(e, edges[k + 1]);
        if (hi > lo) windows[k] += hi - lo;
    }
}

// Each decoder layer's window on the critical path, as edges: layer l spans
// [edges[l], edges[l + 1]), the increments of the running maximum of op ends that
// step_metrics charges to it (the trailing remainder goes to the last layer when there is
// no epilogue, as there).
std::vector<double> layer_edges(const StepTemplate& step, const StepOutcome& o) {
    std::vector<double> edges;
    edges.reserve(static_cast<std::size_t>(step.layers()) + 1);
    double running = 0;
    std::size_t i = 0;
    const auto advance = [&](std::size_t ops) {
        for (std::size_t k = 0; k < ops && i < o.op_end_s.size(); ++k) running = std::max(running, o.op_end_s[i++]);
    };
    advance(step.prologue.size());
    edges.push_back(running);
    for (int l = 0; l < step.layers(); ++l) {
        advance(step.layer_ops(l).size());
        edges.push_back(running);
    }
    if (step.epilogue.empty() && !edges.empty()) edges.back() = std::max(edges.back(), o.time_s);
    return edges;
}

double length(const Intervals& ivs) {
    double sum = 0;
    for (const auto& iv : ivs) sum += iv.second - iv.first;
    return sum;
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
    // The split: compute seconds per group (overall, per bin like group_bins) and, per
    // group and layer window, compute and busy seconds ([g * layers + l]); the analytical
    // step keeps per-layer fractions of the window instead (one shared row).
    std::vector<double> group_compute(static_cast<std::size_t>(G), 0.0);
    std::vector<double> group_compute_bins, window_compute, window_busy, window_s(layers, 0.0);
    // Event timeline only: seconds busy or stalled (weights in, waiting for the input), per
    // group, per group and bin, per group and layer window.
    std::vector<double> group_waiting, group_waiting_bins, window_waiting;

    const Timeline& tl = r.timeline;
    if (!tl.records.empty()) {
        group_bins.assign(static_cast<std::size_t>(G) * nbins, 0.0);
        group_layers.assign(static_cast<std::size_t>(G) * layers, 0.0);
        std::vector<Intervals> writes(static_cast<std::size_t>(G)), computes(static_cast<std::size_t>(G)),
            stalls(static_cast<std::size_t>(G));
        for (const TimelineRecord& rec : tl.records) {
            if (rec.resource == 0) spread(dram_bins.data(), nbins, r.bin_width_s, rec.start_s, rec.end_s);
            const int g = (rec.resource - 4) / 2;
            if (rec.resource < 4 || g >= G) continue;
            const auto gi = static_cast<std::size_t>(g);
            if (rec.activity == Activity::stall) stalls[gi].emplace_back(rec.start_s, rec.end_s);
            if (rec.activity != Activity::write && rec.activity != Activity::compute) continue;
            (rec.activity == Activity::write ? writes[gi] : computes[gi]).emplace_back(rec.start_s, rec.end_s);
            if (rec.layer >= 0 && static_cast<std::size_t>(rec.layer) < layers)
                group_layers[gi * layers + static_cast<std::size_t>(rec.layer)] += rec.end_s - rec.start_s;
        }
        group_compute_bins.assign(static_cast<std::size_t>(G) * nbins, 0.0);
        const std::vector<double> edges = layer_edges(step, o);
        window_compute.assign(static_cast<std::size_t>(G) * layers, 0.0);
        window_busy.assign(static_cast<std::size_t>(G) * layers, 0.0);
        group_waiting.assign(static_cast<std::size_t>(G), 0.0);
        group_waiting_bins.assign(static_cast<std::size_t>(G) * nbins, 0.0);
        window_waiting.assign(static_cast<std::size_t>(G) * layers, 0.0);
        for (std::size_t l = 0; l + 1 < edges.size() && l < layers; ++l) window_s[l] = edges[l + 1] - edges[l];
        for (std::size_t g = 0; g < writes.size(); ++g) {
            // A group's compute spans never overlap each other (one track); sorted for the merge.
            Intervals compute = merge(std::move(computes[g]), {});
            group_compute[g] = length(compute);
            for (const auto& iv : compute) {
                spread(group_compute_bins.data() + g * nbins, nbins, r.bin_width_s, iv.first, iv.second);
                spread_windows(window_compute.data() + g * layers, edges, iv.first, iv.second);
            }
            Intervals busy = merge(std::move(writes[g]), std::move(compute));
            for (const auto& iv : busy) {
                group_busy[g] += iv.second - iv.first;
                spread(group_bins.data() + g * nbins, nbins, r.bin_width_s, iv.first, iv.second);
                spread_windows(window_busy.data() + g * layers, edges, iv.first, iv.second);
            }
            // Busy or stalled; the stalled part is this minus busy.
            for (const auto& iv : merge(std::move(stalls[g]), std::move(busy))) {
                group_waiting[g] += iv.second - iv.first;
                spread(group_waiting_bins.data() + g * nbins, nbins, r.bin_width_s, iv.first, iv.second);
                spread_windows(window_waiting.data() + g * layers, edges, iv.first, iv.second);
            }
        }
    } else {
        flat_bins = shared_layers = true;
        group_bins.resize(static_cast<std::size_t>(G));
        for (std::size_t g = 0; g < group_busy.size(); ++g) {
            group_busy[g] = std::min(T, o.group_busy_s[g]);
            group_bins[g] = group_busy[g] / static_cast<double>(nbins);
        }
        // Round-robin placement: every group gets the same share of each layer's chunks.
        std::vector<double> shape_busy(step.shapes.size(), 0.0), shape_compute(step.shapes.size(), 0.0);
        for (std::size_t s = 0; s < step.shapes.size(); ++s)
            for (const StageOp& op : step.shapes[s])
                if (op.blocks > 0) {
                    const double per_group = static_cast<double>(chunks_of(op, plan)) / G;
                    shape_busy[s] += per_group * (op.write_s + op.compute_s);
                    shape_compute[s] += per_group * op.compute_s;
                }
        group_layers.resize(layers);
        window_compute.resize(layers);
        for (std::size_t l = 0; l < layers; ++l) {
            const auto s = static_cast<std::size_t>(step.layer_shape[l]);
            group_layers[l] = shape_busy[s];
            window_compute[l] = shape_compute[s];
        }
        // The groups' share of compute in their busy time, from the same ops.
        double all_busy = 0, all_compute = 0;
        const auto add = [&](const std::vector<StageOp>& ops, double times) {
            for (const StageOp& op : ops)
                if (op.blocks > 0) {
                    const double per_group = static_cast<double>(chunks_of(op, plan)) / G;
                    all_busy += times * per_group * (op.write_s + op.compute_s);
                    all_compute += times * per_group * op.compute_s;
                }
        };
        add(step.prologue, 1);
        add(step.epilogue, 1);
        for (std::size_t s = 0; s < step.shapes.size(); ++s) add(step.shapes[s], step.layers_of(s));
        const double compute_share = all_busy > 0 ? all_compute / all_busy : 0.0;
        for (std::size_t g = 0; g < group_busy.size(); ++g) group_compute[g] = group_busy[g] * compute_share;
        // DRAM seconds at full effective bandwidth: the bytes, not the (possibly network-paced) spans.
        std::fill(dram_bins.begin(), dram_bins.end(),
                  std::min(T, hw::safe_div(step.dram_bytes, hw.dram_bytes_per_s)) / static_cast<double>(nbins));
    }

    // Rows are built once per group and copied to its A tiles (and built once in all
    // when every group has the same figures).
    const int used = std::min(tiles, G * A);
    const auto n_tiles = static_cast<std::size_t>(tiles);
    r.tile_utilization.assign(n_tiles, 0.0);
    r.tile_write_fraction.assign(n_tiles, 0.0);
    r.tile_compute_fraction.assign(n_tiles, 0.0);
    const bool stalls = !group_waiting.empty();
    r.tile_stall_fraction.assign(stalls ? n_tiles : 0, 0.0);
    for (auto* rows : {&r.tile_utilization_bins, &r.tile_write_bins, &r.tile_compute_bins, &r.tile_utilization_layers,
                       &r.tile_write_layers, &r.tile_compute_layers, &r.tile_stall_bins, &r.tile_stall_layers}) {
        rows->clear();
        rows->reserve(n_tiles);
    }
    std::vector<double> stall_bins(nbins), stall_layer(layers);
    std::vector<double> bins(nbins), per_layer(layers);
    std::vector<double> write_bins(nbins), compute_bins(nbins), write_layer(layers), compute_layer(layers);
    for (int t0 = 0; t0 < used; t0 += A) {  // the A tiles of a group share its figures
        const auto g = static_cast<std::size_t>(t0 / A);
        for (std::size_t b = 0; b < nbins; ++b) {
            const std::size_t at = flat_bins ? g : g * nbins + b;
            bins[b] = std::min(1.0, hw::safe_div(group_bins[at], r.bin_width_s));
            // Flat (analytical) bins carry the step's compute share of the busy time.
            const double compute_s =
                flat_bins ? hw::safe_div(group_compute[g], static_cast<double>(nbins)) : group_compute_bins[at];
            compute_bins[b] = std::min(bins[b], hw::safe_div(compute_s, r.bin_width_s));
            write_bins[b] = bins[b] - compute_bins[b];
            if (stalls)
                stall_bins[b] = std::clamp(
                    hw::safe_div(group_waiting_bins[g * nbins + b] - group_bins[g * nbins + b], r.bin_width_s), 0.0,
                    1.0 - bins[b]);
        }
        if (!shared_layers || g == 0) {
            const double* busy = group_layers.data() + (shared_layers ? 0 : g * layers);
            for (std::size_t l = 0; l < layers; ++l) {
                const double window = m[MetricLayout::layer_latency + l];
                per_layer[l] = std::min(1.0, hw::safe_div(busy[l], window));
                if (shared_layers) {  // analytical: compute first, writes in the time left
                    compute_layer[l] = std::min(1.0, hw::safe_div(window_compute[l], window));
                    write_layer[l] =
                        std::min(1.0 - compute_layer[l], hw::safe_div(group_layers[l] - window_compute[l], window));
                } else {
                    const std::size_t at = g * layers + l;
                    compute_layer[l] = std::min(1.0, hw::safe_div(window_compute[at], window_s[l]));
                    write_layer[l] = std::clamp(hw::safe_div(window_busy[at], window_s[l]) - compute_layer[l], 0.0,
                                                1.0 - compute_layer[l]);
                    stall_layer[l] = std::clamp(hw::safe_div(window_waiting[at] - window_busy[at], window_s[l]), 0.0,
                                                1.0 - compute_layer[l] - write_layer[l]);
                }
            }
        }
        const double busy_fraction = hw::safe_div(group_busy[g], T);
        const double compute_fraction = std::min(busy_fraction, hw::safe_div(group_compute[g], T));
        for (int t = t0; t < std::min(used, t0 + A); ++t) {
            const auto ti = static_cast<std::size_t>(t);
            r.tile_utilization[ti] = busy_fraction;
            r.tile_compute_fraction[ti] = compute_fraction;
            r.tile_write_fraction[ti] = busy_fraction - compute_fraction;
            if (stalls) {
                r.tile_stall_fraction[ti] =
                    std::clamp(hw::safe_div(group_waiting[g] - group_busy[g], T), 0.0, 1.0 - busy_fraction);
                r.tile_stall_bins.push_back(stall_bins);
                r.tile_stall_layers.push_back(stall_layer);
            }
            r.tile_utilization_bins.push_back(bins);
            r.tile_write_bins.push_back(write_bins);
            r.tile_compute_bins.push_back(compute_bins);
            r.tile_utilization_layers.push_back(per_layer);
            r.tile_write_layers.push_back(write_layer);
            r.tile_compute_layers.push_back(compute_layer);
        }
    }
    for (auto* rows : {&r.tile_utilization_bins, &r.tile_write_bins, &r.tile_compute_bins})
        rows->resize(n_tiles, std::vector<double>(nbins, 0.0));
    for (auto* rows : {&r.tile_utilization_layers, &r.tile_write_layers, &r.tile_compute_layers})
        rows->resize(n_tiles, std::vector<double>(layers, 0.0));
    if (stalls) {
        r.tile_stall_bins.resize(n_tiles, std::vector<double>(nbins, 0.0));
        r.tile_stall_layers.resize(n_tiles, std::vector<double>(layers, 0.0));
    }
    r.dram_bandwidth_gbps_bins.resize(nbins);
    for (std::size_t b = 0; b < nbins; ++b)
        r.dram_bandwidth_gbps_bins[b] = hw::safe_div(dram_bins[b], r.bin_width_s) * hw.dram_bytes_per_s / 1e9;
}

}  // namespace edgecim::sim
