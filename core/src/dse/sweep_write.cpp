// CSV and JSON renderings of sweep rows.
#include "dse/output_fields.hpp"
#include "edgecim/sweep.hpp"

namespace edgecim {

void write_sweep_csv(const SweepSpec& spec, const std::vector<SweepRow>& rows, std::ostream& out) {
    std::vector<std::string> header;
    for (const auto& axis : spec.axes) header.push_back(axis.key);
    const auto names = metric_names();
    header.insert(header.end(), names.begin(), names.end());
    header.push_back("error");
    output::write_csv_record(out, header);
    for (const auto& row : rows) {
        std::vector<std::string> fields;
        for (const auto& v : row.values) fields.push_back(output::param_text(v));
        if (row.metrics) {
            for (const auto& f : metric_fields(*row.metrics)) fields.push_back(metric_text(f.value));
        } else {
            fields.resize(fields.size() + names.size());  // empty cells: no metric for an invalid point
        }
        fields.push_back(row.error);
        output::write_csv_record(out, fields);
    }
}

void write_sweep_json(const SweepSpec& spec, const std::vector<SweepRow>& rows, std::ostream& out) {
    JsonWriter json(out);
    json.begin_array();
    for (const auto& row : rows) {
        json.begin_object();
        for (std::size_t a = 0; a < spec.axes.size() && a < row.values.size(); ++a) {
            json.key(spec.axes[a].key);
            output::write_param_json(json, row.values[a]);
        }
        if (row.metrics) {
            for (const auto& f : metric_fields(*row.metrics)) {
                json.key(f.name);
                output::write_metric_json(json, f.value);
            }
        } else {
            for (const auto& name : metric_names()) json.key(name).null();  // same keys in every row
        }
        json.key("error");
        if (row.error.empty())
            json.null();
        else
            json.value(row.error);
        json.end_object();
    }
    json.end_array();
    out << "\n";
}

}  // namespace edgecim
