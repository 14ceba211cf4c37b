// CSV and JSON renderings of a design-space exploration result.
#include <algorithm>

#include "dse/output_fields.hpp"
#include "edgecim/dse.hpp"

namespace edgecim {
namespace {

void write_metrics_object(JsonWriter& json, const RunMetrics& metrics) {
    json.begin_object();
    for (const auto& f : metric_fields(metrics)) {
        json.key(f.name);
        output::write_metric_json(json, f.value);
    }
    json.end_object();
}

void write_point(JsonWriter& json, const ParetoFront& front, const DesignPoint& p, bool with_status) {
    json.begin_object();
    json.key("design").begin_object();
    for (std::size_t g = 0; g < front.keys.size() && g < p.values.size(); ++g) {
        json.key(front.keys[g]);
        output::write_param_json(json, p.values[g]);
    }
    json.end_object();
    json.key("objectives").begin_object();
    for (std::size_t k = 0; k < front.objectives.size(); ++k) {
        json.key(objective_column(front.objectives[k]));
        if (k < p.objectives.size())
            json.value(p.objectives[k]);
        else
            json.null();
    }
    json.end_object();
    if (with_status) {
        json.field("feasible", p.feasible);
        json.field("violation", p.violation);
        json.field("generation", p.generation);
        json.key("error");
        if (p.error.empty())
            json.null();
        else
            json.value(p.error);
    }
    json.key("metrics");
    if (p.metrics)
        write_metrics_object(json, *p.metrics);
    else
        json.null();
    if (p.per_model.size() > 1) {
        json.key("per_model").begin_array();
        for (const auto& run : p.per_model) write_metrics_object(json, run);
        json.end_array();
    }
    json.end_object();
}

}  // namespace

void write_front_csv(const ParetoFront& front, std::ostream& out) {
    std::vector<std::string> header = front.keys;
    for (Objective o : front.objectives) header.emplace_back(objective_column(o));
    std::vector<bool> metric_kept;  // a metric that is also an objective column appears once
    for (const auto& name : metric_names()) {
        const bool duplicate = std::find(header.begin(), header.end(), name) != header.end();
        metric_kept.push_back(!duplicate);
        if (!duplicate) header.push_back(name);
    }
    output::write_csv_record(out, header);
    for (std::size_t index : front.front) {
        const DesignPoint& p = front.points[index];
        std::vector<std::string> fields;
        for (const auto& v : p.values) fields.push_back(output::param_text(v));
        for (double v : p.objectives) fields.push_back(format_double(v));
        const auto metrics = metric_fields(*p.metrics);
        for (std::size_t m = 0; m < metrics.size(); ++m)
            if (metric_kept[m]) fields.push_back(metric_text(metrics[m].value));
        output::write_csv_record(out, fields);
    }
}

void write_front_json(const ParetoFront& front, std::ostream& out, bool all_points) {
    JsonWriter json(out);
    json.begin_object();
    json.key("models").begin_array();
    for (const auto& m : front.models) json.value(m);
    json.end_array();
    json.field("aggregate", to_string(front.aggregate));
    json.key("objectives").begin_array();
    for (Objective o : front.objectives) json.value(objective_column(o));
    json.end_array();
    json.field("generations_completed", front.generations_completed);
    json.field("cancelled", front.cancelled);
    json.field("evaluated_designs", static_cast<std::int64_t>(front.points.size()));
    json.field("simulations", static_cast<std::int64_t>(front.simulations));
    json.key("front").begin_array();
    for (std::size_t index : front.front) write_point(json, front, front.points[index], false);
    json.end_array();
    if (all_points) {
        json.key("points").begin_array();
        for (const auto& p : front.points) write_point(json, front, p, true);
        json.end_array();
    }
    json.end_object();
    out << "\n";
}

}  // namespace edgecim
