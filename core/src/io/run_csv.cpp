#include "edgecim/run_csv.hpp"

#include <utility>

#include "edgecim/csv.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim {

void write_run_csv(const SimulationResult& r, std::ostream& out) {
    // The column names are public (docs/cli.md, scripts read them): append, never rename.
    const std::vector<std::pair<std::string, std::string>> columns = {
        {"model", r.model},
        {"parameters", std::to_string(r.parameters)},
        {"precision", r.precision},
        {"prompt_tokens", std::to_string(r.prompt_tokens)},
        {"generated_tokens", std::to_string(r.generated_tokens)},
        {"ttft_s", format_double(r.ttft_s)},
        {"decode_tokens_per_s", format_double(r.decode_tokens_per_s)},
        {"end_to_end_s", format_double(r.end_to_end_s)},
        {"energy_per_token_j", format_double(r.energy_per_token_j)},
        {"tokens_per_j", format_double(r.tokens_per_j)},
        {"average_power_w", format_double(r.average_power_w)},
        {"dram_bytes_per_token", format_double(r.dram_bytes_per_token)},
        {"roofline_tokens_per_s", format_double(r.roofline_tokens_per_s)},
        {"roofline_fraction", format_double(r.roofline_fraction)},
        {"bound", std::string(to_string(r.bound))},
        {"area_mm2", format_double(r.area_mm2)},
        {"energy_boundary", std::string(to_string(r.energy_boundary))},
    };
    std::vector<std::string> header, row;
    for (const auto& [name, value] : columns) {
        header.push_back(name);
        row.push_back(value);
    }
    out << csv_record(header) << csv_record(row);
}

}  // namespace edgecim
