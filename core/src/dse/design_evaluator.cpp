// DesignEvaluator: explore()'s evaluation of one design, for processes that evaluate
// designs on behalf of a search running elsewhere; evaluate_configuration: the same
// evaluation of a whole configuration (the GUI places the design being edited with it).
#include "dse/design_eval.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {

struct DesignEvaluator::Impl {
    dse_detail::EvalContext context;
};

DesignEvaluator::DesignEvaluator(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                                 const std::vector<Objective>& objectives, const ExploreOptions& options)
    : impl_(std::make_unique<Impl>(Impl{dse_detail::make_context(base, models, space, objectives, options)})) {}

DesignEvaluator::~DesignEvaluator() = default;

DesignPoint DesignEvaluator::evaluate(const std::vector<std::size_t>& genes) const {
    return dse_detail::evaluate_design(impl_->context, genes);
}

DesignPoint evaluate_configuration(const Config& config, const std::vector<std::string>& models,
                                   const std::vector<Objective>& objectives, const ExploreOptions& options) {
    check_explore_options(options);
    if (objectives.empty())
        throw InputError(Problem{"--objectives", 0, 0, "", "no objective", "latency,energy[,area]"});
    Config evaluated = config;
    evaluated.baselines.clear();  // as for every design of a search: no effect on the metrics
    DesignPoint point;
    dse_detail::evaluate_config(dse_detail::resolve_search_models(config, models), objectives, options,
                                std::move(evaluated), point);
    return point;
}

}  // namespace edgecim
