#include "simulation_setup.hpp"

#include <filesystem>

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
        if (*e == "event")
            options.evaluator = Evaluator::event;
        else if (*e == "analytical")
            options.evaluator = Evaluator::analytical;
        else
            throw UsageError("--evaluator: unknown evaluator '" + *e + "' (valid: event, analytical)");
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
    std::string dir;
    if (!config.source_file.empty()) dir = std::filesystem::path(config.source_file).parent_path().string();
    return resolve_model(config.workload.model, dir);
}

}  // namespace edgecim::cli
