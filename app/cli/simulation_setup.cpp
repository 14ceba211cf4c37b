#include "simulation_setup.hpp"

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"

namespace edgecim::cli {

std::vector<OptionSpec> simulation_options() {
    return {
        {"evaluator", "event|analytical", "event simulator (exact timeline) or closed-form evaluator", false},
        {"timeline-token", "K|prefill",
         "step whose timeline and tile utilization are kept: decode step K (0-based; default the last) or prefill",
         false},
        {"all-steps", "", "simulate every decode step instead of first, middle and last", false},
    };
}

SimOptions parse_sim_options(const ParsedArgs& args, Evaluator default_evaluator) {
    SimOptions options;
    options.evaluator = default_evaluator;
    if (const auto e = args.get("evaluator")) {
        const auto found = find_enum<Evaluator>(*e);
        if (!found)
            throw UsageError("--evaluator: " + unknown_enum_message<Evaluator>(*e) +
                             " (valid: " + enum_name_list<Evaluator>() + ")");
        options.evaluator = *found;
    }
    if (const auto k = args.get("timeline-token"); k && *k == "prefill") {
        options.timeline_phase = TimelinePhase::prefill;
    } else if (k) {
        try {
            std::size_t used = 0;
            const long value = std::stol(*k, &used);
            if (used != k->size() || value < -1 || value > 1048576) throw std::invalid_argument("range");
            options.timeline_token = static_cast<int>(value);
        } catch (const std::exception&) {
            throw UsageError("--timeline-token: '" + *k +
                             "' is not a step index (valid: prefill, -1 or 0..generate-1)");
        }
    }
    options.all_steps = args.has("all-steps");
    return options;
}

ModelSpec configured_model(const Config& config) {
    return resolve_model(config.workload.model, preset_directory(config));
}

}  // namespace edgecim::cli
