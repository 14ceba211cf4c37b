#pragma once
// Energy of a step: the dynamic energy attached to each op, plus static power x time.
#include <array>

#include "edgecim/simulation.hpp"
#include "hw/hw_model.hpp"
#include "sim/program.hpp"

namespace edgecim::energy {

EnergyBreakdown step_energy(const sim::StepTemplate& step, const hw::HwModel& hw, double step_time_s);

// Dynamic energy per op kind inside the boundary (static energy is not split by op).
std::array<double, kOpKindCount> energy_by_op_kind(const sim::StepTemplate& step, EnergyBoundary boundary);

}  // namespace edgecim::energy
