// DesignEvaluator: explore()'s evaluation of one design, for processes that evaluate
// designs on behalf of a search running elsewhere.
#include "dse/design_eval.hpp"
#include "edgecim/dse.hpp"

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

}  // namespace edgecim
