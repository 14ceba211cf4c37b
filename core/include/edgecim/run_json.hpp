#pragma once
// The `run --format json` object (docs/model.md#outputs) of one SimulationResult, plus extra
// keys beside the documented ones (evaluator, mapping, per-layer and per-op figures).
#include <ostream>

#include "edgecim/simulation.hpp"

namespace edgecim {

void write_run_json(const SimulationResult& result, std::ostream& out, bool pretty = true);

}  // namespace edgecim
