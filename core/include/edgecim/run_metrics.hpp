#pragma once
// The scalar metrics of one run, as sweeps and design-space exploration keep them per
// point (a SimulationResult also carries the timeline and per-tile series, far too much
// to keep for up to a million points). Names and units are those of `run --format csv`.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "edgecim/simulation.hpp"

namespace edgecim {

struct RunMetrics {
    std::string model;
    std::int64_t parameters = 0;
    std::string precision;
    std::int64_t prompt_tokens = 0;
    std::int64_t generated_tokens = 0;
    double ttft_s = 0;
    double decode_tokens_per_s = 0;
    double end_to_end_s = 0;
    double energy_per_token_j = 0;  // at energy_boundary
    double tokens_per_j = 0;
    double average_power_w = 0;
    double dram_bytes_per_token = 0;
    double roofline_tokens_per_s = 0;
    double roofline_fraction = 0;
    std::string bound;
    double area_mm2 = 0;
    std::string energy_boundary;
    std::int64_t active_tiles = 0;  // the decode split actually used (resolves auto)
    std::string mapping;
};

RunMetrics summarize(const SimulationResult& result);

// One named metric value, for writers that must keep numbers as numbers (JSON) and
// print them exactly (CSV, via format_double).
using MetricValue = std::variant<double, std::int64_t, std::string>;
struct MetricField {
    std::string name;  // with its unit: decode_tokens_per_s, energy_per_token_j, area_mm2
    MetricValue value;
};

// The metrics in the documented column order.
std::vector<MetricField> metric_fields(const RunMetrics& metrics);
std::vector<std::string> metric_names();
std::string metric_text(const MetricValue& value);

}  // namespace edgecim
