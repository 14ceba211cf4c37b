#include "edgecim/run_metrics.hpp"

#include "edgecim/param_table.hpp"

namespace edgecim {

RunMetrics summarize(const SimulationResult& r) {
    RunMetrics m;
    m.model = r.model;
    m.parameters = r.parameters;
    m.precision = r.precision;
    m.prompt_tokens = r.prompt_tokens;
    m.generated_tokens = r.generated_tokens;
    m.ttft_s = r.ttft_s;
    m.decode_tokens_per_s = r.decode_tokens_per_s;
    m.end_to_end_s = r.end_to_end_s;
    m.energy_per_token_j = r.energy_per_token_j;
    m.tokens_per_j = r.tokens_per_j;
    m.average_power_w = r.average_power_w;
    m.dram_bytes_per_token = r.dram_bytes_per_token;
    m.roofline_tokens_per_s = r.roofline_tokens_per_s;
    m.roofline_fraction = r.roofline_fraction;
    m.bound = std::string(to_string(r.bound));
    m.area_mm2 = r.area_mm2;
    m.energy_boundary = std::string(to_string(r.energy_boundary));
    m.active_tiles = r.active_tiles;
    m.mapping = r.mapping;
    return m;
}

std::vector<MetricField> metric_fields(const RunMetrics& m) {
    return {
        {"model", m.model},
        {"parameters", m.parameters},
        {"precision", m.precision},
        {"prompt_tokens", m.prompt_tokens},
        {"generated_tokens", m.generated_tokens},
        {"ttft_s", m.ttft_s},
        {"decode_tokens_per_s", m.decode_tokens_per_s},
        {"end_to_end_s", m.end_to_end_s},
        {"energy_per_token_j", m.energy_per_token_j},
        {"tokens_per_j", m.tokens_per_j},
        {"average_power_w", m.average_power_w},
        {"dram_bytes_per_token", m.dram_bytes_per_token},
        {"roofline_tokens_per_s", m.roofline_tokens_per_s},
        {"roofline_fraction", m.roofline_fraction},
        {"bound", m.bound},
        {"area_mm2", m.area_mm2},
        {"energy_boundary", m.energy_boundary},
        {"active_tiles", m.active_tiles},
        {"mapping", m.mapping},
    };
}

std::vector<std::string> metric_names() {
    std::vector<std::string> names;
    for (auto& field : metric_fields(RunMetrics{})) names.push_back(std::move(field.name));
    return names;
}

std::string metric_text(const MetricValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return format_double(*d);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    return std::get<std::string>(value);
}

}  // namespace edgecim
