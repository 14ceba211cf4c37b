#pragma once
// The `run --format csv` file of one SimulationResult, written by edgecim-cli and by the
// GUI's File > Export > Results as CSV: one serializer, the same bytes for the same result.
// RFC 4180 (csv.hpp): a header of metric names with their units, then one row of values.
#include <ostream>

#include "edgecim/simulation.hpp"

namespace edgecim {

void write_run_csv(const SimulationResult& result, std::ostream& out);

}  // namespace edgecim
