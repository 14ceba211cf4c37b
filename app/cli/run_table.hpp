#pragma once
// Human-readable and CSV renderings of one simulation result.
#include <ostream>

#include "edgecim/config.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::cli {

// Includes a comparison with the configured baselines (config.baselines).
void write_run_table(const Config& config, const SimulationResult& result, std::ostream& out);
// RFC 4180: a header of metric names with units, one row of values.
void write_run_csv(const SimulationResult& result, std::ostream& out);

}  // namespace edgecim::cli
