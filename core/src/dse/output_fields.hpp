#pragma once
// Shared pieces of the sweep and Pareto-front writers.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/json_writer.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/run_metrics.hpp"

namespace edgecim::output {

// RFC 4180 field, formula text neutralised: edgecim::csv_cell.
std::string csv_field(std::string_view text);
// One CSV record terminated by CRLF.
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

// Numbers stay numbers, "auto" and names stay strings.
void write_param_json(JsonWriter& json, const ParamValue& value);
std::string param_text(const ParamValue& value);
void write_metric_json(JsonWriter& json, const MetricValue& value);

}  // namespace edgecim::output
