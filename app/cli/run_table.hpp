#pragma once
// The human-readable rendering of one simulation result (CSV and JSON: core run_csv.hpp,
// run_json.hpp, shared with the GUI).
#include <ostream>

#include "edgecim/config.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::cli {

// Includes a comparison with the configured baselines (config.baselines).
void write_run_table(const Config& config, const SimulationResult& result, std::ostream& out);

}  // namespace edgecim::cli
