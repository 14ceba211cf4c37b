#include "edgecim/run_json.hpp"

#include "edgecim/json_writer.hpp"

namespace edgecim {

namespace {

void write_pairs(JsonWriter& w, const std::vector<std::pair<std::string, double>>& pairs) {
    w.begin_object();
    for (const auto& [k, v] : pairs) w.field(k, v);
    w.end_object();
}

void write_array(JsonWriter& w, const std::vector<double>& values) {
    w.begin_array();
    for (double v : values) w.value(v);
    w.end_array();
}

}  // namespace

void write_run_json(const SimulationResult& r, std::ostream& out, bool pretty) {
    JsonWriter w(out, pretty);
    w.begin_object();
    w.field("model", r.model);
    w.field("parameters", r.parameters);
    w.field("precision", r.precision);
    w.field("prompt_tokens", r.prompt_tokens);
    w.field("generated_tokens", r.generated_tokens);
    w.field("ttft_s", r.ttft_s);
    w.field("decode_tokens_per_s", r.decode_tokens_per_s);
    w.field("end_to_end_s", r.end_to_end_s);
    w.field("energy_per_token_j", r.energy_per_token_j);
    w.field("tokens_per_j", r.tokens_per_j);
    w.field("average_power_w", r.average_power_w);
    w.field("dram_bytes_per_token", r.dram_bytes_per_token);
    w.field("roofline_tokens_per_s", r.roofline_tokens_per_s);
    w.field("roofline_fraction", r.roofline_fraction);
    w.field("bound", to_string(r.bound));
    w.field("prefill_bound", to_string(r.prefill_bound));
    w.field("prefill_dram_bytes", r.prefill_dram_bytes);
    w.field("weights_resident", r.weights_resident);
    w.field("area_mm2", r.area_mm2);
    w.field("energy_boundary", to_string(r.energy_boundary));
    w.key("energy_breakdown_j");
    write_pairs(w, r.energy_breakdown_j(r.energy_boundary));
    w.key("latency_breakdown_s");
    write_pairs(w, r.latency_breakdown_s());
    w.key("tile_utilization");
    write_array(w, r.tile_utilization);
    // Extras beside the documented keys.
    w.field("evaluator", r.evaluator);
    w.field("mapping", r.mapping);
    w.field("active_tiles", r.active_tiles);
    w.field("prefill_active_tiles", r.prefill_active_tiles);
    w.key("energy_breakdown_chip_j");
    write_pairs(w, r.energy_breakdown_j(EnergyBoundary::chip));
    w.key("energy_breakdown_system_j");
    write_pairs(w, r.energy_breakdown_j(EnergyBoundary::system));
    w.key("energy_by_op_kind_j");
    w.begin_object();
    for (int k = 0; k < kOpKindCount; ++k)
        w.field(to_string(static_cast<OpKind>(k)), r.energy_by_op_kind_j[static_cast<std::size_t>(k)]);
    w.end_object();
    // Share of the step's critical path each resource limits (sums to 1).
    for (const auto& [key, shares] :
         {std::pair{"bound_shares", &r.bound_shares}, std::pair{"prefill_bound_shares", &r.prefill_bound_shares}}) {
        w.key(key);
        w.begin_object();
        for (int k = 0; k < kBoundCount; ++k)
            w.field(to_string(static_cast<Bound>(k)), (*shares)[static_cast<std::size_t>(k)]);
        w.end_object();
    }
    w.key("latency_by_layer_s");
    write_array(w, r.latency_by_layer_s);
    w.field("latency_head_s", r.latency_head_s);
    w.key("dram_bandwidth_gbps_bins");
    write_array(w, r.dram_bandwidth_gbps_bins);
    w.field("bin_width_s", r.bin_width_s);
    w.end_object();
    if (pretty) out << '\n';
}

}  // namespace edgecim
