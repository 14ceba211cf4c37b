#pragma once
// Evaluating one design of a design space: apply its genes to the base configuration,
// validate and simulate it for every model, aggregate objectives and check the budgets.
#include <string>
#include <vector>

#include "edgecim/dse.hpp"
#include "edgecim/model_spec.hpp"

namespace edgecim::dse_detail {

struct ModelRef {
    std::string reference;  // as given: zoo name or path; becomes workload.model
    ModelSpec spec;
};

struct EvalContext {
    const Config* base = nullptr;
    const DesignSpace* space = nullptr;
    std::vector<const ParamSpec*> params;  // per gene
    std::vector<ModelRef> models;
    std::vector<Objective> objectives;
    const ExploreOptions* options = nullptr;
};

// Violation of a design that is not a valid configuration, growing with the number of
// problems; a budget excess (a fraction of the budget) is capped below it.
inline constexpr double kInvalidViolation = 1e3;

// Checks the options, objectives and genes and resolves the models (relative to the base
// preset's directory; empty = base.workload.model). Throws InputError. The context keeps
// pointers to base, space and options.
EvalContext make_context(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                         const std::vector<Objective>& objectives, const ExploreOptions& options);

// Pure and thread-safe: reads only its arguments.
DesignPoint evaluate_design(const EvalContext& context, const std::vector<std::size_t>& genes);

// The models of a search (relative to the base preset's directory; empty =
// base.workload.model). Throws InputError naming every model that cannot be resolved.
std::vector<ModelRef> resolve_search_models(const Config& base, const std::vector<std::string>& models);

// Validates and simulates `config` for every model (as workload.model), aggregates the
// metrics and objectives and checks the budgets into `point` (genes and values untouched).
void evaluate_config(const std::vector<ModelRef>& models, const std::vector<Objective>& objectives,
                     const ExploreOptions& options, Config config, DesignPoint& point);

}  // namespace edgecim::dse_detail
