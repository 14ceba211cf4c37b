#include "controller/evaluations.hpp"

#include <algorithm>
#include <filesystem>

#include "edgecim/baseline.hpp"
#include "edgecim/comparison.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"

namespace edgecim::ui {

SimulationResult evaluate_overview(const EvaluationInput& input) {
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    return simulate(input.config, input.model, options);
}

SimulationResult evaluate_detail(const EvaluationInput& input, int timeline_token, TimelinePhase phase) {
    SimOptions options;
    options.evaluator = Evaluator::event;
    options.timeline_token = timeline_token;
    options.timeline_phase = phase;
    // The Gantt and heatmaps need only the shown step event by event; the KPIs come
    // from the overview evaluation.
    options.event_timeline_step_only = true;
    return simulate(input.config, input.model, options);
}

const ZooPoint* ZooComparison::find(const std::string& model) const {
    for (const ZooPoint& p : points)
        if (p.name == model) return &p;
    return nullptr;
}

namespace {

std::string directory_of(const Config& config) {
    return config.source_file.empty() ? std::string{}
                                      : std::filesystem::path(config.source_file).parent_path().string();
}

// The shipped baselines, then any the configuration adds (names or paths).
std::vector<BaselineDevice> baseline_devices(const Config& config, std::vector<std::string>& names) {
    names = shipped_preset_names("baselines");
    std::sort(names.begin(), names.end());  // orin-nano, orin-nano-super, sa8255p
    for (const std::string& extra : config.baselines)
        if (std::find(names.begin(), names.end(), extra) == names.end()) names.push_back(extra);
    std::vector<BaselineDevice> devices;
    std::vector<std::string> loaded;
    for (const std::string& name : names) {
        try {
            const DeviceSpec spec = load_device(name, directory_of(config));
            devices.push_back({spec.name, spec.display_name, spec.decode_power_w.has_value()});
            loaded.push_back(name);
        } catch (const std::exception&) {
            // validate() reports bad baselines of the configuration; skip them here.
        }
    }
    names = std::move(loaded);
    return devices;
}

BaselinePoint to_point(const BaselineComparison& b) {
    return {b.name, b.result.tokens_per_s, b.result.tokens_per_j, b.speedup, b.efficiency_gain, {}};
}

}  // namespace

ZooComparison evaluate_zoo(const EvaluationInput& input) {
    ZooComparison out;
    out.current_model = input.model.name;
    out.boundary = input.config.energy_boundary;
    std::vector<std::string> device_names;
    out.devices = baseline_devices(input.config, device_names);
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    std::vector<std::string> models = zoo_model_names();
    // An imported model (a file, not in the zoo) joins as one more category.
    if (std::find(models.begin(), models.end(), input.model.name) == models.end())
        models.push_back(input.config.workload.model);
    for (const std::string& name : models) {
        ZooPoint point;
        point.name = name;
        try {
            const ModelSpec model = resolve_model(name, directory_of(input.config));
            point.name = model.name;
            point.display_name = model.display_name;
            point.parameters = model.parameter_count();
            Config config = input.config;
            // Keep the workload inside each model's context window.
            const std::int64_t context = std::int64_t{config.workload.prompt_tokens} + config.workload.generate_tokens;
            if (model.max_context > 0 && context > model.max_context) {
                config.workload.generate_tokens = std::max(2, config.workload.generate_tokens);
                config.workload.prompt_tokens =
                    static_cast<int>(std::max<std::int64_t>(1, model.max_context - config.workload.generate_tokens));
            }
            point.prompt_tokens = config.workload.prompt_tokens;
            point.generate_tokens = config.workload.generate_tokens;
            std::vector<ModelComparison> rows;
            try {
                rows = compare_models(config, {name}, device_names, options);
                for (const BaselineComparison& b : rows.front().baselines) point.baselines.push_back(to_point(b));
            } catch (const std::exception&) {
                // One device cannot run this model (memory, compiled context): keep the others.
                rows = compare_models(config, {name}, {}, options);
                for (const std::string& device : device_names) {
                    try {
                        const auto one = compare_models(config, {name}, {device}, options);
                        point.baselines.push_back(to_point(one.front().baselines.front()));
                    } catch (const std::exception& e) {
                        point.baselines.push_back({device, 0, std::nullopt, 0, std::nullopt, e.what()});
                    }
                }
            }
            const ModelComparison& row = rows.front();
            point.tokens_per_s = row.tokens_per_s;
            point.tokens_per_j = row.tokens_per_j;
            point.tokens_per_j_chip = row.tokens_per_j_chip;
            point.tokens_per_j_system = row.tokens_per_j_system;
            // Roofline context for the overview (same analytical evaluator).
            config.workload.model = name;
            const SimulationResult r = simulate(config, model, options);
            point.roofline_tokens_per_s = r.roofline_tokens_per_s;
            point.dram_bytes_per_token = r.dram_bytes_per_token;
        } catch (const std::exception& e) {
            point.error = e.what();
        }
        out.points.push_back(std::move(point));
    }
    return out;
}

std::vector<std::int64_t> sweep_prompt_lengths(const ModelSpec& model, std::int64_t generate_tokens) {
    std::vector<std::int64_t> lengths;
    for (std::int64_t p = 128; p <= 32768; p *= 2)
        if (model.max_context <= 0 || p + generate_tokens <= model.max_context) lengths.push_back(p);
    return lengths;
}

ContextSweep evaluate_context_sweep(const EvaluationInput& input) {
    ContextSweep out;
    out.model = input.model.display_name;
    out.max_context = input.model.max_context;
    out.generate_tokens = input.config.workload.generate_tokens;
    out.boundary = input.config.energy_boundary;
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    for (const std::int64_t prompt : sweep_prompt_lengths(input.model, out.generate_tokens)) {
        Config config = input.config;
        config.workload.prompt_tokens = static_cast<int>(prompt);
        const SimulationResult r = simulate(config, input.model, options);
        out.points.push_back({prompt, r.decode_tokens_per_s, r.energy_per_token_j, r.ttft_s, r.roofline_tokens_per_s});
    }
    return out;
}

}  // namespace edgecim::ui
