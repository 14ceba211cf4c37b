#pragma once
// Shared helpers of the engine tests: the default configuration, the zoo, and a finite check.
#include <cmath>
#include <string>
#include <vector>

#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/simulation.hpp"

namespace engine_test {

inline edgecim::SimulationResult run(const edgecim::Config& c, const edgecim::ModelSpec& m,
                                     edgecim::Evaluator e = edgecim::Evaluator::analytical) {
    edgecim::SimOptions o;
    o.evaluator = e;
    return edgecim::simulate(c, m, o);
}

// Every scalar and series of a result is finite; returns the name of the first that is not.
inline std::string first_non_finite(const edgecim::SimulationResult& r) {
    const std::vector<std::pair<const char*, double>> scalars = {{"ttft_s", r.ttft_s},
                                                                 {"decode_tokens_per_s", r.decode_tokens_per_s},
                                                                 {"end_to_end_s", r.end_to_end_s},
                                                                 {"energy_per_token_j", r.energy_per_token_j},
                                                                 {"tokens_per_j", r.tokens_per_j},
                                                                 {"average_power_w", r.average_power_w},
                                                                 {"dram_bytes_per_token", r.dram_bytes_per_token},
                                                                 {"roofline_tokens_per_s", r.roofline_tokens_per_s},
                                                                 {"roofline_fraction", r.roofline_fraction},
                                                                 {"area_mm2", r.area_mm2},
                                                                 {"bin_width_s", r.bin_width_s},
                                                                 {"latency_head_s", r.latency_head_s}};
    for (const auto& [name, v] : scalars)
        if (!std::isfinite(v)) return name;
    for (double v : r.energy_per_token.j)
        if (!std::isfinite(v)) return "energy_per_token";
    for (double v : r.latency_by_op_kind_s)
        if (!std::isfinite(v)) return "latency_by_op_kind_s";
    for (double v : r.energy_by_op_kind_j)
        if (!std::isfinite(v)) return "energy_by_op_kind_j";
    for (double v : r.latency_by_layer_s)
        if (!std::isfinite(v)) return "latency_by_layer_s";
    for (double v : r.tile_utilization)
        if (!std::isfinite(v)) return "tile_utilization";
    for (const auto& row : r.tile_utilization_bins)
        for (double v : row)
            if (!std::isfinite(v)) return "tile_utilization_bins";
    for (const auto& row : r.tile_utilization_layers)
        for (double v : row)
            if (!std::isfinite(v)) return "tile_utilization_layers";
    for (double v : r.dram_bandwidth_gbps_bins)
        if (!std::isfinite(v)) return "dram_bandwidth_gbps_bins";
    for (const auto& rec : r.timeline.records)
        if (!std::isfinite(rec.start_s) || !std::isfinite(rec.end_s)) return "timeline";
    return {};
}

}  // namespace engine_test
