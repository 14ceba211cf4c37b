#pragma once
// Designs that simulate but could not be built, or would not be an edge device: warnings,
// not errors. Their numbers are still computed and shown; the GUI lists the warnings in
// Problems and the CLI prints them on stderr. Limits and sources: docs/model.md#plausibility.
#include <vector>

#include "edgecim/problem.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim {

// The largest die one lithography exposure can print: the 26 mm x 33 mm scanner field of
// 193 nm immersion and EUV tools. A larger chip would need stitching or several dies.
inline constexpr double kReticleFieldMm2 = 26.0 * 33.0;

// The power budget of an edge module: 25 W, the highest power mode (MAXN SUPER) of the
// Jetson Orin Nano Super, the most power-hungry of the baseline devices.
inline constexpr double kEdgePowerBudgetW = 25.0;

// A die larger than one reticle field; decode power at the system boundary (chip + DRAM)
// above the edge power budget.
std::vector<Problem> plausibility_warnings(const SimulationResult& result);

}  // namespace edgecim
