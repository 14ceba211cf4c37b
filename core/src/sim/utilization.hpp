#pragma once
// Tile utilization (per tile, per time bin, per layer) and DRAM bandwidth over time of
// the timeline step. From the event timeline when there is one; the analytical
// evaluator has no timeline, so its per-bin series are flat averages over the step.
#include <vector>

#include "edgecim/simulation.hpp"
#include "hw/hw_model.hpp"
#include "sim/program.hpp"
#include "sim/step_outcome.hpp"

namespace edgecim::sim {

void fill_utilization(SimulationResult& result, const StepTemplate& step, const mapping::MappingPlan& plan,
                      const StepOutcome& outcome, const hw::HwModel& hw, int time_bins,
                      const std::vector<double>& step_metrics);

}  // namespace edgecim::sim
