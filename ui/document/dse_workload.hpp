#pragma once
// The workload a design-space search evaluates its designs at, besides its models: the
// precision, prompt and generated tokens and the energy boundary of its base configuration.
// The design being edited is placed beside the search's designs at the same workload, so
// only its hardware and mapping differ from theirs (a switch to the chip boundary in the
// editor must not move the marker among designs evaluated at the system boundary).
#include <string>
#include <utility>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim::ui {

using ParamValues = std::vector<std::pair<std::string, ParamValue>>;

// The keys, in display order: workload.precision.*, workload.prompt_tokens,
// workload.generate_tokens, energy_boundary.
const std::vector<std::string>& searchWorkloadKeys();
// Those keys' values in base.
ParamValues searchWorkload(const Config& base);
// config with the search's workload, except for keys the search varies itself (genes):
// there the design's own value is the one the search would have used.
Config atSearchWorkload(Config config, const ParamValues& workload, const std::vector<std::string>& gene_keys);
// "workload.prompt_tokens = 128, energy_boundary = system": the entries of workload that
// config (the editor's) holds differently, gene keys left out; empty when none differ.
std::string workloadDifferences(const Config& config, const ParamValues& workload,
                                const std::vector<std::string>& gene_keys);

}  // namespace edgecim::ui
