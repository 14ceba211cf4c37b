#include "comparison.hpp"

#include <cstdio>

#include "edgecim/csv.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/param_table.hpp"
#include "text_format.hpp"

namespace edgecim::cli {

void write_comparison_json(const std::vector<ModelComparison>& rows, std::ostream& out) {
    JsonWriter json(out);
    write_comparison_json(rows, json);
}

void write_comparison_json(const std::vector<ModelComparison>& rows, JsonWriter& json) {
    const auto optional = [&json](const char* key, const std::optional<double>& v) {
        json.key(key);
        if (v)
            json.value(*v);
        else
            json.null();
    };
    json.begin_array();
    for (const auto& row : rows) {
        json.begin_object().field("model", row.model).key("edgecim").begin_object();
        json.field("tokens_per_s", row.tokens_per_s)
            .field("tokens_per_j", row.tokens_per_j)
            .field("tokens_per_j_chip", row.tokens_per_j_chip)
            .field("tokens_per_j_system", row.tokens_per_j_system)
            .end_object();
        json.key("baselines").begin_object();
        for (const auto& b : row.baselines) {
            json.key(b.name).begin_object().field("tokens_per_s", b.result.tokens_per_s);
            optional("tokens_per_j", b.result.tokens_per_j);
            json.field("speedup", b.speedup);
            optional("efficiency_gain", b.efficiency_gain);
            optional("efficiency_gain_chip", b.efficiency_gain_chip);
            optional("efficiency_gain_system", b.efficiency_gain_system);
            json.end_object();
        }
        json.end_object().end_object();
    }
    json.end_array();
}

void write_comparison_csv(const std::vector<ModelComparison>& rows, std::ostream& out) {
    out << "model,edgecim_tokens_per_s,edgecim_tokens_per_j_chip,edgecim_tokens_per_j_system,baseline,"
           "baseline_tokens_per_s,baseline_tokens_per_j,speedup,efficiency_gain_chip,efficiency_gain_system\r\n";
    const auto opt = [](const std::optional<double>& v) { return v ? format_double(*v) : std::string(); };
    for (const auto& row : rows)
        for (const auto& b : row.baselines)
            out << csv_cell(row.model) << ',' << format_double(row.tokens_per_s) << ','
                << format_double(row.tokens_per_j_chip) << ',' << format_double(row.tokens_per_j_system) << ','
                << csv_cell(b.name) << ',' << format_double(b.result.tokens_per_s) << ',' << opt(b.result.tokens_per_j)
                << ',' << format_double(b.speedup) << ',' << opt(b.efficiency_gain_chip) << ','
                << opt(b.efficiency_gain_system) << "\r\n";
}

void write_comparison_table(const std::vector<ModelComparison>& rows, EnergyBoundary boundary, std::ostream& out) {
    if (rows.empty()) return;
    out << "EdgeCIM tokens/J at both energy boundaries (chip | system); gains at the preset's boundary ("
        << to_string(boundary) << ")\n\n";
    out << "model           " << pad_left("tok/s", 9) << pad_left("tok/J chip", 12) << pad_left("tok/J sys", 11);
    for (const auto& b : rows.front().baselines)
        out << " | " << terminal_safe(b.name) << ": tok/s  speedup  tok/J  gain";
    out << "\n";
    for (const auto& row : rows) {
        std::string name = terminal_safe(row.model);
        name.resize(16, ' ');
        out << name << pad_left(fixed(row.tokens_per_s, 1), 9) << pad_left(fixed(row.tokens_per_j_chip, 1), 12)
            << pad_left(fixed(row.tokens_per_j_system, 1), 11);
        for (const auto& b : row.baselines) {
            out << " | " << pad_left(fixed(b.result.tokens_per_s, 1), b.name.size() + 7)
                << pad_left(fixed(b.speedup, 2) + "x", 9)
                << pad_left(b.result.tokens_per_j ? fixed(*b.result.tokens_per_j, 2) : "n/a", 7)
                << pad_left(b.efficiency_gain ? fixed(*b.efficiency_gain, 1) + "x" : "n/a", 6);
        }
        out << "\n";
    }
}

}  // namespace edgecim::cli
