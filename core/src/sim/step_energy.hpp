#pragma once
// Energy of a step: the dynamic energy attached to each op, plus static power x time.
// Lives in sim/ because it walks the step program (sim/program.hpp); energy/ holds only
// the vocabulary (components, boundaries, totals) and includes nothing from sim/.
#include <array>

#include "edgecim/simulation.hpp"
#include "hw/hw_model.hpp"
#include "sim/program.hpp"

namespace edgecim::sim {

EnergyBreakdown step_energy(const StepTemplate& step, const hw::HwModel& hw, double step_time_s);

// Dynamic energy per op kind inside the boundary (static energy is not split by op).
std::array<double, kOpKindCount> energy_by_op_kind(const StepTemplate& step, EnergyBoundary boundary);

}  // namespace edgecim::sim
