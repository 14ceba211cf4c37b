// simulate(): prefill, a set of decode steps (first, middle, last, or all), linear
// interpolation in context length for the others, and the result value.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "edgecim/simulation.hpp"
#include "sim/plan_choice.hpp"
#include "sim/step_energy.hpp"
#include "sim/step_metrics.hpp"
#include "sim/step_outcome.hpp"
#include "sim/utilization.hpp"

namespace edgecim {

namespace {

using sim::MetricLayout;

struct Engine {
    const Config& cfg;
    const ModelSpec& model;
    const SimOptions& opt;
    hw::HwModel hw;
    MetricLayout layout;

    sim::StepTemplate prefill(std::int64_t prompt) const {
        return sim::build_template(
            lowering::prefill_shape(model, cfg.workload.precision, prompt, cfg.mapping.attention), hw);
    }
    lowering::StepShape decode_shape(std::int64_t context) const {
        return lowering::decode_shape(model, cfg.workload.precision, context, cfg.mapping.attention);
    }

    // The event simulator runs when the evaluator is event, except for steps that keep no
    // timeline when only the timeline step is asked to be event-simulated.
    sim::StepOutcome evaluate(const sim::StepTemplate& t, const mapping::MappingPlan& plan, Timeline* timeline) const {
        const bool event = opt.evaluator == Evaluator::event && (timeline != nullptr || !opt.event_timeline_step_only);
        if (!event) return sim::run_analytical(t, plan);
        sim::StepOutcome o = sim::run_event(sim::flatten(t), plan, timeline);
        // Which resource each op waited for follows the analytical rules (same ops, same plan).
        o.op_limiter = sim::run_analytical(t, plan).op_limiter;
        return o;
    }

    std::vector<double> metrics(const sim::StepTemplate& t, const sim::StepOutcome& o) const {
        return sim::step_metrics(layout, t, o, hw);
    }
};

void check_model(const ModelSpec& m) {
    if (m.hidden_size <= 0 || m.layers <= 0 || m.heads <= 0 || m.kv_heads <= 0 || m.head_dim <= 0 ||
        m.intermediate_size <= 0 || m.vocab_size <= 0)
        throw std::invalid_argument("model '" + m.name + "' has a non-positive dimension");
}

// Sum over integer contexts [first, last] of a quantity known at sorted sample contexts,
// linear between samples: per segment, count x left sample + (sum of weights) x slope.
void accumulate(const std::vector<std::int64_t>& xs, const std::vector<std::vector<double>>& ys, std::int64_t first,
                std::int64_t last, std::vector<double>& sum) {
    std::size_t seg = 0;
    for (std::int64_t L = first; L <= last;) {
        while (seg + 1 < xs.size() && xs[seg + 1] < L) ++seg;
        const std::size_t a = seg, b = std::min(seg + 1, xs.size() - 1);
        const std::int64_t hi = seg + 2 < xs.size() ? std::min(last, xs[seg + 1]) : last;
        const double span = static_cast<double>(xs[b] - xs[a]);
        double weights = 0;
        for (std::int64_t k = L; k <= hi; ++k)
            weights += span > 0 ? std::clamp(static_cast<double>(k - xs[a]) / span, 0.0, 1.0) : 0.0;
        const auto count = static_cast<double>(hi - L + 1);
        for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += count * ys[a][i] + weights * (ys[b][i] - ys[a][i]);
        L = hi + 1;
    }
}

double finite(double v) { return std::isfinite(v) ? v : 0.0; }

// The critical-path seconds each resource limits, as fractions of their sum.
BoundShares bound_shares(const std::vector<double>& metrics) {
    BoundShares s{};
    double total = 0;
    for (std::size_t k = 0; k < s.size(); ++k) total += s[k] = metrics[MetricLayout::limiter + k];
    for (double& v : s) v = finite(hw::safe_div(v, total));
    return s;
}
Bound main_bound(const BoundShares& s) { return static_cast<Bound>(std::max_element(s.begin(), s.end()) - s.begin()); }

}  // namespace

SimulationResult simulate(const Config& cfg, const ModelSpec& model, const SimOptions& opt) {
    check_model(model);
    Engine eng{cfg, model, opt, hw::make_hw_model(cfg), {}};
    eng.layout.layers = static_cast<std::size_t>(model.layers);
    const PrecisionConfig& prec = cfg.workload.precision;
    const std::int64_t P = std::max(1, cfg.workload.prompt_tokens);
    const std::int64_t G = std::max(1, cfg.workload.generate_tokens);
    const std::int64_t n_dec = G - 1;  // decode steps after the prefill
    const std::int64_t first_L = P + 1, last_L = P + std::max<std::int64_t>(1, n_dec);

    SimulationResult r;
    r.model = model.name;
    r.parameters = model.parameter_count();
    r.precision = std::string(to_string(prec.weights));
    r.prompt_tokens = P;
    r.generated_tokens = G;
    r.evaluator = opt.evaluator == Evaluator::event && opt.event_timeline_step_only
                      ? "event+analytical"
                      : std::string(to_string(opt.evaluator));
    r.area_mm2 = hw::chip_area_mm2(cfg);
    r.energy_boundary = cfg.energy_boundary;

    // Mappings: chosen separately for prefill (compute-heavy) and decode (DRAM-heavy).
    const sim::StepTemplate pre = eng.prefill(P);
    const mapping::MappingPlan prefill_plan = sim::choose_plan(cfg.mapping, eng.hw, pre);
    const std::int64_t mid_L = (first_L + last_L) / 2;
    const lowering::StepShape mid_shape = eng.decode_shape(mid_L);
    // Weights that fit in the macro banks stay there after the prefill wrote them; CIM
    // attention keeps one bank per macro free for the streamed K/V.
    const std::int64_t bank_layers = cfg.mapping.attention == AttentionPlacement::cim ? eng.hw.banks - 1 : eng.hw.banks;
    hw::HwModel decode_hw = eng.hw;
    decode_hw.weights_resident = sim::weight_blocks(mid_shape, eng.hw) <=
                                 static_cast<std::int64_t>(eng.hw.tiles) * eng.hw.macros_per_tile * bank_layers;
    r.weights_resident = decode_hw.weights_resident;
    const sim::StepTemplate mid = sim::build_template(mid_shape, decode_hw);
    const sim::Prior like_mid{mid_shape, mid};  // other contexts differ only in attention
    const mapping::MappingPlan plan = sim::choose_plan(cfg.mapping, eng.hw, mid);
    r.active_tiles = plan.active_tiles;
    r.prefill_active_tiles = prefill_plan.active_tiles;
    r.mapping = to_string(plan.pipelined ? MappingStrategy::active_tile_pipeline : MappingStrategy::layer_sequential);

    const bool prefill_timeline = opt.timeline_phase == TimelinePhase::prefill;
    r.timeline_phase = opt.timeline_phase;
    if (prefill_timeline) r.timeline.step = "prefill P=" + std::to_string(P);
    const sim::StepOutcome pre_out = eng.evaluate(pre, prefill_plan, prefill_timeline ? &r.timeline : nullptr);
    r.ttft_s = pre_out.time_s;
    r.prefill_energy = sim::step_energy(pre, eng.hw, pre_out.time_s);
    r.prefill_dram_bytes = pre.dram_bytes;
    {
        const std::vector<double> pm = eng.metrics(pre, pre_out);
        r.prefill_bound_shares = bound_shares(pm);
        r.prefill_bound = main_bound(r.prefill_bound_shares);
        if (prefill_timeline) {
            sim::fill_utilization(r, pre, prefill_plan, pre_out, eng.hw, opt.time_bins, pm);
            r.timeline_bound_shares = r.prefill_bound_shares;
            r.timeline_bound = r.prefill_bound;
        }
    }

    // Decode samples: first, middle, last (or all), plus the timeline step (none when the
    // prefill is the timeline: the samples, and so the figures, are then those of the
    // default last-step timeline).
    const std::int64_t tl_index =
        opt.timeline_token < 0 ? last_L - first_L : std::min<std::int64_t>(opt.timeline_token, last_L - first_L);
    const std::int64_t tl_L = prefill_timeline ? last_L : first_L + tl_index;
    std::vector<std::int64_t> xs;
    if (opt.all_steps) {
        for (std::int64_t L = first_L; L <= last_L; ++L) xs.push_back(L);
    } else {
        xs = {first_L, (first_L + last_L) / 2, last_L, tl_L};
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::vector<std::vector<double>> ys;
    ys.reserve(xs.size());
    r.sampled_contexts.reserve(xs.size());
    r.sampled_step_s.reserve(xs.size());
    sim::StepTemplate other;
    for (std::int64_t L : xs) {
        if (L != mid_L) other = sim::build_template(eng.decode_shape(L), decode_hw, &like_mid);
        const sim::StepTemplate& p = L == mid_L ? mid : other;
        const bool keep = !prefill_timeline && L == tl_L;
        if (keep) r.timeline.step = "decode L=" + std::to_string(L);
        const sim::StepOutcome o = eng.evaluate(p, plan, keep ? &r.timeline : nullptr);
        ys.push_back(eng.metrics(p, o));
        r.sampled_contexts.push_back(L);
        r.sampled_step_s.push_back(o.time_s);
        if (keep) {
            sim::fill_utilization(r, p, plan, o, eng.hw, opt.time_bins, ys.back());
            r.timeline_bound_shares = bound_shares(ys.back());
            r.timeline_bound = main_bound(r.timeline_bound_shares);
        }
    }
    std::vector<double> sum(eng.layout.size(), 0.0);
    accumulate(xs, ys, first_L, last_L, sum);
    const double steps = static_cast<double>(std::max<std::int64_t>(1, n_dec));
    for (double& v : sum) v = finite(v / steps);  // per decode step

    const double step_s = sum[MetricLayout::time];
    const double decode_s = n_dec > 0 ? step_s * static_cast<double>(n_dec) : 0.0;
    r.decode_tokens_per_s = finite(hw::safe_div(1.0, step_s));
    r.end_to_end_s = r.ttft_s + decode_s;
    std::copy(sum.begin() + MetricLayout::energy, sum.begin() + MetricLayout::energy + kEnergyComponentCount,
              r.energy_per_token.j.begin());
    r.energy_per_token_j = r.energy_per_token.total(cfg.energy_boundary);
    r.tokens_per_j = finite(hw::safe_div(1.0, r.energy_per_token_j));
    r.average_power_w = finite(hw::safe_div(r.energy_per_token_j, step_s));
    r.dram_bytes_per_token = sum[MetricLayout::dram_bytes];
    r.roofline_tokens_per_s = finite(hw::safe_div(eng.hw.dram_bytes_per_s, r.dram_bytes_per_token));
    r.roofline_fraction = finite(hw::safe_div(r.decode_tokens_per_s, r.roofline_tokens_per_s));
    const std::size_t e0 =
        cfg.energy_boundary == EnergyBoundary::chip ? MetricLayout::op_energy : MetricLayout::op_energy_sys;
    for (std::size_t k = 0; k < kOpKindCount; ++k) {
        r.energy_by_op_kind_j[k] = sum[e0 + k];
        r.latency_by_op_kind_s[k] = sum[MetricLayout::op_latency + k];
    }
    r.latency_head_s = sum[MetricLayout::head_latency];
    r.latency_by_layer_s.assign(sum.begin() + static_cast<std::ptrdiff_t>(MetricLayout::layer_latency), sum.end());
    r.bound_shares = bound_shares(sum);
    r.bound = main_bound(r.bound_shares);
    return r;
}

}  // namespace edgecim
