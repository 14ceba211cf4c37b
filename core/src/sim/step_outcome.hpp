#pragma once
// What an evaluator returns for one step.
#include <vector>

#include "edgecim/simulation.hpp"
#include "sim/program.hpp"

namespace edgecim::sim {

struct StepOutcome {
    double time_s = 0;                // the step's wall time (chain end or last DRAM transfer)
    std::vector<double> op_end_s;     // per op: when its output is ready (monotone along the chain)
    std::vector<double> op_start_s;   // per op: when its input is ready
    std::vector<double> group_busy_s; // per tile group: write or compute time (analytical: sum)
};

// Discrete-event simulation chunk by chunk; fills `timeline` when it is not null.
StepOutcome run_event(const Program& program, const mapping::MappingPlan& plan, Timeline* timeline);
// Closed-form stage times per op with the same overlap rules.
StepOutcome run_analytical(const Program& program, const mapping::MappingPlan& plan);

// Critical-path time of each op: op_end - previous op_end (the step time's increments).
std::vector<double> critical_path_s(const StepOutcome& outcome);

}  // namespace edgecim::sim
