#pragma once
// The comparison's data files, written by `edgecim-cli compare --format json|csv` and by the
// GUI's File > Export > Comparison Table: one serializer, so both write the same bytes for
// the same comparison. Schema (docs/model.md#outputs): an array with one object per model,
//   {"model", "edgecim": {tokens_per_s, tokens_per_j, tokens_per_j_chip, tokens_per_j_system},
//    "baselines": {NAME: {tokens_per_s, tokens_per_j, speedup, efficiency_gain,
//                         efficiency_gain_chip, efficiency_gain_system}}}
// An entry that cannot run the workload has null figures and a "reason"; in CSV, empty cells
// and the reason in edgecim_reason / baseline_reason.
#include <ostream>
#include <vector>

#include "edgecim/comparison.hpp"
#include "edgecim/json_writer.hpp"

namespace edgecim {

void write_comparison_json(const std::vector<ModelComparison>& rows, std::ostream& out);
// Writes the array as the next value of an open JSON document.
void write_comparison_json(const std::vector<ModelComparison>& rows, JsonWriter& json);
// RFC 4180 (csv.hpp): one record per model and baseline device.
void write_comparison_csv(const std::vector<ModelComparison>& rows, std::ostream& out);

}  // namespace edgecim
