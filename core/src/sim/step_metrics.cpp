// The metrics of one evaluated step: time, DRAM bytes, energy (total and per op kind) and
// the critical path per op kind, per layer and per limiting resource.
#include "sim/step_metrics.hpp"

#include <algorithm>
#include <array>

#include "sim/step_energy.hpp"

namespace edgecim::sim {

namespace {

using Kinds = std::array<double, kOpKindCount>;

// Critical path: each op's increment of the running maximum of op ends, charged to its op
// kind and to the resource its end waited for; the step's remainder (a trailing DRAM
// transfer) counts for the last op and for DRAM. A repeated layer (analytical outcome) has
// the increments of the layer it repeats.
void add_critical_path(const MetricLayout& layout, const StepTemplate& t, const StepOutcome& o,
                       std::vector<double>& v) {
    double prev = 0;
    std::size_t i = 0, last_kind = 0, last_slot = 0;
    const bool labelled = o.op_limiter.size() == o.op_end_s.size();
    auto add_ops = [&](const std::vector<StageOp>& ops, std::size_t slot, Kinds& kinds, BoundShares& bounds) {
        if (!ops.empty()) last_slot = slot;
        double sum = 0;
        for (const StageOp& op : ops) {
            const Bound limiter = labelled ? o.op_limiter[i] : Bound::dram;
            const double end = o.op_end_s[i++];
            const double cp = std::max(0.0, end - prev);
            prev = std::max(prev, end);
            last_kind = static_cast<std::size_t>(op.kind);
            kinds[last_kind] += cp;
            bounds[static_cast<std::size_t>(limiter)] += cp;
            sum += cp;
        }
        v[slot] += sum;
    };
    const int p = o.repeat_from >= 0 ? o.repeat_period : 0;
    Kinds head{};
    BoundShares head_bounds{};
    std::vector<Kinds> layer_kinds(static_cast<std::size_t>(t.layers()));
    std::vector<BoundShares> layer_bounds(static_cast<std::size_t>(t.layers()));
    add_ops(t.prologue, MetricLayout::head_latency, head, head_bounds);
    for (int l = 0; l < t.layers(); ++l) {
        const auto layer = static_cast<std::size_t>(l);
        const std::size_t slot =
            layer < layout.layers ? MetricLayout::layer_latency + layer : MetricLayout::head_latency;
        const std::vector<StageOp>& ops = t.layer_ops(l);
        if (p > 0 && l >= o.repeat_from && !ops.empty()) {
            const auto base = static_cast<std::size_t>(l - p);
            layer_kinds[layer] = layer_kinds[base];
            layer_bounds[layer] = layer_bounds[base];
            v[slot] += v[MetricLayout::layer_latency + base];
            i += ops.size();
            prev = std::max(prev, o.op_end_s[i - 1]);
            last_slot = slot;
            last_kind = static_cast<std::size_t>(ops.back().kind);
        } else {
            add_ops(ops, slot, layer_kinds[layer], layer_bounds[layer]);
        }
    }
    add_ops(t.epilogue, MetricLayout::head_latency, head, head_bounds);
    for (const Kinds& kinds : layer_kinds)
        for (std::size_t k = 0; k < kOpKindCount; ++k) head[k] += kinds[k];
    for (const BoundShares& b : layer_bounds)
        for (std::size_t k = 0; k < b.size(); ++k) head_bounds[k] += b[k];
    if (i > 0) {
        const double rest = std::max(0.0, o.time_s - prev);
        head[last_kind] += rest;
        head_bounds[static_cast<std::size_t>(Bound::dram)] += rest;
        v[last_slot] += rest;
    }
    std::copy(head.begin(), head.end(), v.begin() + MetricLayout::op_latency);
    std::copy(head_bounds.begin(), head_bounds.end(), v.begin() + MetricLayout::limiter);
}

}  // namespace

std::vector<double> step_metrics(const MetricLayout& layout, const StepTemplate& t, const StepOutcome& o,
                                 const hw::HwModel& hw) {
    std::vector<double> v(layout.size(), 0.0);
    v[MetricLayout::time] = o.time_s;
    v[MetricLayout::dram_bytes] = t.dram_bytes;
    const EnergyBreakdown e = step_energy(t, hw, o.time_s);
    std::copy(e.j.begin(), e.j.end(), v.begin() + MetricLayout::energy);
    const auto chip = energy_by_op_kind(t, EnergyBoundary::chip);
    const auto sys = energy_by_op_kind(t, EnergyBoundary::system);
    std::copy(chip.begin(), chip.end(), v.begin() + MetricLayout::op_energy);
    std::copy(sys.begin(), sys.end(), v.begin() + MetricLayout::op_energy_sys);
    add_critical_path(layout, t, o, v);
    return v;
}

}  // namespace edgecim::sim
