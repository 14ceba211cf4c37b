#pragma once
// Renderings of a comparison: table, JSON (docs/model.md#outputs) and CSV.
#include <ostream>
#include <vector>

#include "edgecim/comparison.hpp"
#include "edgecim/json_writer.hpp"

namespace edgecim::cli {

void write_comparison_json(const std::vector<ModelComparison>& rows, std::ostream& out);
// Writes the array as the next value of an open JSON document.
void write_comparison_json(const std::vector<ModelComparison>& rows, JsonWriter& json);
void write_comparison_csv(const std::vector<ModelComparison>& rows, std::ostream& out);
void write_comparison_table(const std::vector<ModelComparison>& rows, EnergyBoundary boundary, std::ostream& out);

}  // namespace edgecim::cli
