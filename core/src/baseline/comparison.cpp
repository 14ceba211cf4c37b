#include "edgecim/comparison.hpp"

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/workload_fit.hpp"

namespace edgecim {
namespace {

BaselineComparison compare_baseline(const ModelComparison& row, const DeviceSpec& device, const ModelSpec& model) {
    BaselineComparison b;
    b.name = device.name;
    b.display_name = device.display_name;
    b.has_power = device.decode_power_w.has_value();
    if (const WorkloadFit fit = baseline_fit(device, model, row.prompt_tokens, row.generate_tokens); !fit.runs()) {
        b.na_reason = fit.reason();
        b.na_short = fit.short_reason();
        return b;
    }
    b.result = evaluate_baseline(device, model, row.prompt_tokens, row.generate_tokens);
    if (!row.runs()) return b;  // the device's own figures stand; no ratio against an n/a design
    b.speedup = row.tokens_per_s / b.result.tokens_per_s;
    if (b.result.tokens_per_j) {
        b.efficiency_gain = row.tokens_per_j / *b.result.tokens_per_j;
        b.efficiency_gain_chip = row.tokens_per_j_chip / *b.result.tokens_per_j;
        b.efficiency_gain_system = row.tokens_per_j_system / *b.result.tokens_per_j;
    }
    return b;
}

}  // namespace

std::vector<DeviceSpec> load_devices(const Config& config, const std::vector<std::string>& baselines) {
    std::vector<DeviceSpec> devices;
    devices.reserve(baselines.size());
    for (const auto& name : baselines) devices.push_back(load_device(name, preset_directory(config)));
    return devices;
}

ModelComparison compare_model(const Config& config, const std::string& model_reference, const ModelSpec& model,
                              const std::vector<DeviceSpec>& devices, const SimOptions& options) {
    Config c = config;
    c.workload.model = model_reference;
    ModelComparison row;
    row.model = model.name;
    row.display_name = model.display_name;
    row.parameters = model.parameter_count();
    row.prompt_tokens = c.workload.prompt_tokens;
    row.generate_tokens = c.workload.generate_tokens;
    if (const WorkloadFit fit = design_fit(c, model); !fit.runs()) {
        row.na_reason = fit.reason();
        row.na_short = fit.short_reason();
    } else {
        if (auto problems = validate(c); !problems.empty()) throw InputError(std::move(problems));
        const SimulationResult r = simulate(c, model, options);
        row.tokens_per_s = r.decode_tokens_per_s;
        row.tokens_per_j = r.tokens_per_j;
        row.tokens_per_j_chip = 1.0 / r.energy_per_token.total(EnergyBoundary::chip);
        row.tokens_per_j_system = 1.0 / r.energy_per_token.total(EnergyBoundary::system);
        row.roofline_tokens_per_s = r.roofline_tokens_per_s;
        row.dram_bytes_per_token = r.dram_bytes_per_token;
    }
    for (const auto& device : devices) row.baselines.push_back(compare_baseline(row, device, model));
    return row;
}

std::vector<ModelComparison> compare_models(const Config& config, const std::vector<std::string>& models,
                                            const std::vector<std::string>& baselines, const SimOptions& options) {
    const std::vector<DeviceSpec> devices = load_devices(config, baselines);
    std::vector<ModelComparison> rows;
    for (const auto& name : models)
        rows.push_back(compare_model(config, name, resolve_model(name, preset_directory(config)), devices, options));
    return rows;
}

}  // namespace edgecim
