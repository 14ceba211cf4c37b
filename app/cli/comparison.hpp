#pragma once
// The terminal table of a comparison. JSON and CSV come from core (comparison_files.hpp),
// shared with the GUI's exports.
#include <ostream>
#include <vector>

#include "edgecim/comparison.hpp"
#include "edgecim/comparison_files.hpp"

namespace edgecim::cli {

// A model or device that cannot run the workload shows "n/a (reason)" (workload_fit.hpp).
void write_comparison_table(const std::vector<ModelComparison>& rows, EnergyBoundary boundary, std::ostream& out);

}  // namespace edgecim::cli
