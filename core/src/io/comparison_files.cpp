#include "edgecim/comparison_files.hpp"

#include "edgecim/csv.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim {
namespace {

void optional_field(JsonWriter& json, const char* key, const std::optional<double>& v) {
    json.key(key);
    if (v)
        json.value(*v);
    else
        json.null();
}

std::optional<double> if_runs(bool runs, double v) { return runs ? std::optional<double>(v) : std::nullopt; }

std::string cell(const std::optional<double>& v) { return v ? format_double(*v) : std::string(); }

}  // namespace

void write_comparison_json(const std::vector<ModelComparison>& rows, std::ostream& out) {
    JsonWriter json(out);
    write_comparison_json(rows, json);
}

void write_comparison_json(const std::vector<ModelComparison>& rows, JsonWriter& json) {
    json.begin_array();
    for (const auto& row : rows) {
        json.begin_object().field("model", row.model).key("edgecim").begin_object();
        const bool runs = row.runs();
        optional_field(json, "tokens_per_s", if_runs(runs, row.tokens_per_s));
        optional_field(json, "tokens_per_j", if_runs(runs, row.tokens_per_j));
        optional_field(json, "tokens_per_j_chip", if_runs(runs, row.tokens_per_j_chip));
        optional_field(json, "tokens_per_j_system", if_runs(runs, row.tokens_per_j_system));
        if (!runs) json.field("reason", row.na_reason);
        json.end_object();
        json.key("baselines").begin_object();
        for (const auto& b : row.baselines) {
            json.key(b.name).begin_object();
            optional_field(json, "tokens_per_s", if_runs(b.runs(), b.result.tokens_per_s));
            optional_field(json, "tokens_per_j", b.result.tokens_per_j);
            optional_field(json, "speedup", b.speedup);
            optional_field(json, "efficiency_gain", b.efficiency_gain);
            optional_field(json, "efficiency_gain_chip", b.efficiency_gain_chip);
            optional_field(json, "efficiency_gain_system", b.efficiency_gain_system);
            if (!b.runs()) json.field("reason", b.na_reason);
            json.end_object();
        }
        json.end_object().end_object();
    }
    json.end_array();
}

void write_comparison_csv(const std::vector<ModelComparison>& rows, std::ostream& out) {
    out << csv_record({"model", "edgecim_tokens_per_s", "edgecim_tokens_per_j_chip", "edgecim_tokens_per_j_system",
                       "baseline", "baseline_tokens_per_s", "baseline_tokens_per_j", "speedup", "efficiency_gain_chip",
                       "efficiency_gain_system", "edgecim_reason", "baseline_reason"});
    for (const auto& row : rows)
        for (const auto& b : row.baselines)
            out << csv_record(
                {row.model, cell(if_runs(row.runs(), row.tokens_per_s)),
                 cell(if_runs(row.runs(), row.tokens_per_j_chip)), cell(if_runs(row.runs(), row.tokens_per_j_system)),
                 b.name, cell(if_runs(b.runs(), b.result.tokens_per_s)), cell(b.result.tokens_per_j), cell(b.speedup),
                 cell(b.efficiency_gain_chip), cell(b.efficiency_gain_system), row.na_reason, b.na_reason});
}

}  // namespace edgecim
