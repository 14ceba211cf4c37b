#include "dse/design_eval.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim::dse_detail {
namespace {

// Combines one number over models: the mean, or the worse end for the design.
double combine(const std::vector<RunMetrics>& runs, double RunMetrics::*field, Aggregate aggregate,
               bool higher_is_better) {
    std::vector<double> v;
    v.reserve(runs.size());
    for (const auto& r : runs) v.push_back(r.*field);
    if (aggregate == Aggregate::mean) return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    return higher_is_better ? *std::min_element(v.begin(), v.end()) : *std::max_element(v.begin(), v.end());
}

std::int64_t combine(const std::vector<RunMetrics>& runs, std::int64_t RunMetrics::*field, Aggregate aggregate) {
    std::int64_t sum = 0, worst = runs.front().*field;
    for (const auto& r : runs) {
        sum += r.*field;
        worst = std::max(worst, r.*field);
    }
    return aggregate == Aggregate::mean ? sum / static_cast<std::int64_t>(runs.size()) : worst;
}

std::string combine(const std::vector<RunMetrics>& runs, std::string RunMetrics::*field) {
    std::vector<std::string> distinct;
    for (const auto& r : runs)
        if (std::find(distinct.begin(), distinct.end(), r.*field) == distinct.end()) distinct.push_back(r.*field);
    return join(distinct, "+");
}

// Metrics of the design over all models. Throughput and tokens/J are the inverses of the
// aggregated latency and energy, so they always agree with the objectives.
RunMetrics aggregate_metrics(const std::vector<RunMetrics>& runs, Aggregate a) {
    if (runs.size() == 1) return runs.front();
    RunMetrics m;
    m.model = combine(runs, &RunMetrics::model);
    m.parameters = combine(runs, &RunMetrics::parameters, a);
    m.precision = combine(runs, &RunMetrics::precision);
    m.prompt_tokens = combine(runs, &RunMetrics::prompt_tokens, a);
    m.generated_tokens = combine(runs, &RunMetrics::generated_tokens, a);
    m.ttft_s = combine(runs, &RunMetrics::ttft_s, a, false);
    std::vector<RunMetrics> latency(runs);
    for (auto& r : latency) r.decode_tokens_per_s = 1 / r.decode_tokens_per_s;  // s per token
    m.decode_tokens_per_s = 1 / combine(latency, &RunMetrics::decode_tokens_per_s, a, false);
    m.end_to_end_s = combine(runs, &RunMetrics::end_to_end_s, a, false);
    m.energy_per_token_j = combine(runs, &RunMetrics::energy_per_token_j, a, false);
    m.tokens_per_j = 1 / m.energy_per_token_j;
    m.average_power_w = combine(runs, &RunMetrics::average_power_w, a, false);
    m.dram_bytes_per_token = combine(runs, &RunMetrics::dram_bytes_per_token, a, false);
    m.roofline_tokens_per_s = combine(runs, &RunMetrics::roofline_tokens_per_s, a, true);
    m.roofline_fraction = combine(runs, &RunMetrics::roofline_fraction, a, true);
    m.bound = combine(runs, &RunMetrics::bound);
    m.area_mm2 = combine(runs, &RunMetrics::area_mm2, a, false);
    m.energy_boundary = combine(runs, &RunMetrics::energy_boundary);
    m.active_tiles = combine(runs, &RunMetrics::active_tiles, Aggregate::worst);
    m.mapping = combine(runs, &RunMetrics::mapping);
    return m;
}

double objective_value(const RunMetrics& m, Objective o) {
    switch (o) {
        case Objective::latency:
            return 1 / m.decode_tokens_per_s;
        case Objective::energy:
            return m.energy_per_token_j;
        case Objective::area:
            return m.area_mm2;
    }
    return 0;
}

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::vector<ModelRef> resolve_models(const Config& base, const std::vector<std::string>& references) {
    const std::string dir = preset_directory(base);
    std::vector<ModelRef> models;
    std::vector<Problem> problems;
    for (const auto& ref : references.empty() ? std::vector<std::string>{base.workload.model} : references) {
        try {
            models.push_back({ref, resolve_model(ref, dir)});
        } catch (const InputError& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
        }
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    return models;
}

}  // namespace

EvalContext make_context(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                         const std::vector<Objective>& objectives, const ExploreOptions& options) {
    check_explore_options(options);
    if (objectives.empty())
        throw InputError(Problem{"--objectives", 0, 0, "", "no objective", "latency,energy[,area]"});
    if (space.genes.empty())
        throw InputError(Problem{space.source, 0, 0, "genes", "no gene to vary", "at least one key"});
    EvalContext context;
    context.base = &base;
    context.space = &space;
    for (const auto& gene : space.genes) {
        const ParamSpec* spec = find_param(gene.key);
        if (!spec || gene.values.empty())
            throw InputError(Problem{space.source, 0, 0, gene.key, spec ? "gene has no values" : "unknown key", {}});
        context.params.push_back(spec);
    }
    context.models = resolve_models(base, models);
    context.objectives = objectives;
    context.options = &options;
    return context;
}

DesignPoint evaluate_design(const EvalContext& c, const std::vector<std::size_t>& genes) {
    DesignPoint point;
    point.genes = genes;
    Config config = *c.base;
    config.baselines.clear();  // they do not change the metrics, and validating them costs ~1 ms a design
    for (std::size_t g = 0; g < genes.size(); ++g) {
        point.values.push_back(c.space->genes[g].values[genes[g]]);
        c.params[g]->set(config, point.values.back());
    }
    evaluate_config(c.models, c.objectives, *c.options, std::move(config), point);
    return point;
}

std::vector<ModelRef> resolve_search_models(const Config& base, const std::vector<std::string>& models) {
    return resolve_models(base, models);
}

void evaluate_config(const std::vector<ModelRef>& models, const std::vector<Objective>& objectives,
                     const ExploreOptions& o, Config config, DesignPoint& point) {
    for (const auto& model : models) {
        config.workload.model = model.reference;
        if (const auto problems = validate(config); !problems.empty()) {
            point.violation = kInvalidViolation + static_cast<double>(problems.size());
            point.error = problems_text(problems);
            point.per_model.clear();
            return;
        }
        try {
            point.per_model.push_back(summarize(simulate(config, model.spec, o.sim)));
        } catch (const std::exception& e) {
            point.violation = kInvalidViolation;
            point.error = std::string("simulation failed: ") + e.what();
            point.per_model.clear();
            return;
        }
    }
    point.metrics = aggregate_metrics(point.per_model, o.aggregate);
    for (Objective objective : objectives) point.objectives.push_back(objective_value(*point.metrics, objective));

    std::vector<std::string> excess;
    const double area = point.metrics->area_mm2;
    if (o.area_budget_mm2 && area > *o.area_budget_mm2) {
        point.violation += area / *o.area_budget_mm2 - 1;
        excess.push_back("area " + number_text(area) + " mm2 exceeds the budget of " + number_text(*o.area_budget_mm2) +
                         " mm2");
    }
    if (o.power_budget_w) {
        double power = 0;  // the budget holds for every model
        for (const auto& run : point.per_model) power = std::max(power, run.average_power_w);
        if (power > *o.power_budget_w) {
            point.violation += power / *o.power_budget_w - 1;
            excess.push_back("power " + number_text(power) + " W exceeds the budget of " +
                             number_text(*o.power_budget_w) + " W");
        }
    }
    // Over budget stays better than invalid, however tiny the budget.
    point.violation = std::min(point.violation, kInvalidViolation - 1);
    point.error = join(excess, "; ");
    point.feasible = point.violation <= 0;
}

}  // namespace edgecim::dse_detail
