#pragma once
// Choosing the mapping of a step: the configured strategy, or the active-tile split with
// the shortest analytical step time (the balanced pipeline).
#include "edgecim/config.hpp"
#include "hw/hw_model.hpp"
#include "mapping/mapping.hpp"
#include "sim/program.hpp"

namespace edgecim::sim {

// Candidates are compared on the whole of `step` by the analytical evaluator.
mapping::MappingPlan choose_plan(const MappingConfig& mapping, const hw::HwModel& hw, const StepTemplate& step);

}  // namespace edgecim::sim
