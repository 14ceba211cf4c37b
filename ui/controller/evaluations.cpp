#include "controller/evaluations.hpp"

#include <algorithm>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
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

const ModelComparison* ZooComparison::find(const std::string& model) const {
    for (const ModelComparison& m : models)
        if (m.model == model) return &m;
    return nullptr;
}

namespace {

// The shipped baselines, then any the configuration adds (names or paths).
std::vector<std::string> default_baselines(const Config& config) {
    std::vector<std::string> names = shipped_preset_names("baselines");
    std::sort(names.begin(), names.end());  // orin-nano, orin-nano-super, sa8255p
    for (const std::string& extra : config.baselines)
        if (std::find(names.begin(), names.end(), extra) == names.end()) names.push_back(extra);
    return names;
}

}  // namespace

ZooComparison evaluate_zoo(const EvaluationInput& input) {
    return evaluate_zoo(input, default_baselines(input.config));
}

ZooComparison evaluate_zoo(const EvaluationInput& input, const std::vector<std::string>& baselines) {
    ZooComparison out;
    out.current_model = input.model.name;
    out.boundary = input.config.energy_boundary;
    std::vector<DeviceSpec> devices;
    for (const std::string& name : baselines) {
        try {
            devices.push_back(load_device(name, preset_directory(input.config)));
        } catch (const std::exception&) {
            // validate() reports bad baselines of the configuration; leave them out here.
            continue;
        }
        const DeviceSpec& d = devices.back();
        out.devices.push_back({d.name, d.display_name, d.decode_power_w.has_value()});
    }
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    std::vector<std::string> models = zoo_model_names();
    // An imported model (a file, not in the zoo) joins as one more category.
    if (std::find(models.begin(), models.end(), input.model.name) == models.end())
        models.push_back(input.config.workload.model);
    for (const std::string& name : models) {
        try {
            const ModelSpec model = resolve_model(name, preset_directory(input.config));
            out.models.push_back(compare_model(input.config, name, model, devices, options));
        } catch (const std::exception& e) {
            // The model itself failed (a file that no longer loads, an invalid combination):
            // an entry with the reason, so the other models still show.
            ModelComparison failed;
            failed.model = name;
            failed.display_name = name;
            failed.prompt_tokens = input.config.workload.prompt_tokens;
            failed.generate_tokens = input.config.workload.generate_tokens;
            failed.na_reason = e.what();
            for (const DeviceSpec& d : devices) {
                BaselineComparison b;
                b.name = d.name;
                b.display_name = d.display_name;
                b.has_power = d.decode_power_w.has_value();
                b.na_reason = failed.na_reason;
                failed.baselines.push_back(std::move(b));
            }
            out.models.push_back(std::move(failed));
        }
    }
    return out;
}

}  // namespace edgecim::ui
