#include "dse/output_fields.hpp"

#include "edgecim/csv.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim::output {

std::string csv_field(std::string_view text) { return csv_cell(text); }

void write_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << "\r\n";
}

void write_param_json(JsonWriter& json, const ParamValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        json.value(*i);
    else if (const auto* d = std::get_if<double>(&value))
        json.value(*d);
    else if (const auto* s = std::get_if<std::string>(&value))
        json.value(*s);
    else {
        json.begin_array();
        for (const auto& item : std::get<std::vector<std::string>>(value)) json.value(item);
        json.end_array();
    }
}

std::string param_text(const ParamValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return format_double(*d);
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    return join(std::get<std::vector<std::string>>(value), ",");
}

void write_metric_json(JsonWriter& json, const MetricValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        json.value(*d);
    else if (const auto* i = std::get_if<std::int64_t>(&value))
        json.value(*i);
    else
        json.value(std::get<std::string>(value));
}

}  // namespace edgecim::output
