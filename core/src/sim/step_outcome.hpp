#pragma once
// What an evaluator returns for one step.
#include <vector>

#include "edgecim/simulation.hpp"
#include "sim/program.hpp"

namespace edgecim::sim {

struct StepOutcome {
    double time_s = 0;                 // the step's wall time (chain end or last DRAM transfer)
    std::vector<double> op_end_s;      // per op in program order: when its output is ready (monotone)
    std::vector<double> group_busy_s;  // per tile group: write or compute time (analytical: sum)
    std::vector<Bound> op_limiter;     // per op: the resource its end waited for (analytical rules)
    // Analytical only: decoder layers from repeat_from on repeat the repeat_period layers
    // before them, shifted in time (same op durations); -1 when none does.
    int repeat_from = -1;
    int repeat_period = 0;
};

// Discrete-event simulation chunk by chunk; fills `timeline` when it is not null.
StepOutcome run_event(const Program& program, const mapping::MappingPlan& plan, Timeline* timeline);
// Closed-form stage times per op with the same overlap rules.
StepOutcome run_analytical(const StepTemplate& step, const mapping::MappingPlan& plan);
// The time of the prologue, the first `layers` decoder layers and the epilogue of `step`
// under each plan (no per-op or per-group output), for comparing mappings.
std::vector<double> analytical_times(const StepTemplate& step, int layers,
                                     const std::vector<mapping::MappingPlan>& plans);

}  // namespace edgecim::sim
