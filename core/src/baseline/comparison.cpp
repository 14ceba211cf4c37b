#include "edgecim/comparison.hpp"

#include <filesystem>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"

namespace edgecim {

std::vector<ModelComparison> compare_models(const Config& config, const std::vector<std::string>& models,
                                            const std::vector<std::string>& baselines, const SimOptions& options) {
    std::string dir;
    if (!config.source_file.empty()) dir = std::filesystem::path(config.source_file).parent_path().string();
    std::vector<DeviceSpec> devices;
    for (const auto& name : baselines) devices.push_back(load_device(name, dir));
    std::vector<ModelComparison> rows;
    for (const auto& name : models) {
        Config c = config;
        c.workload.model = name;
        if (auto problems = validate(c); !problems.empty()) throw InputError(std::move(problems));
        const ModelSpec model = resolve_model(name, dir);
        const SimulationResult r = simulate(c, model, options);
        ModelComparison row;
        row.model = model.name;
        row.display_name = model.display_name;
        row.tokens_per_s = r.decode_tokens_per_s;
        row.tokens_per_j = r.tokens_per_j;
        row.tokens_per_j_chip = 1.0 / r.energy_per_token.total(EnergyBoundary::chip);
        row.tokens_per_j_system = 1.0 / r.energy_per_token.total(EnergyBoundary::system);
        for (const auto& device : devices) {
            BaselineComparison b;
            b.name = device.name;
            b.display_name = device.display_name;
            b.result = evaluate_baseline(device, model, c.workload.prompt_tokens, c.workload.generate_tokens);
            b.speedup = row.tokens_per_s / b.result.tokens_per_s;
            if (b.result.tokens_per_j) {
                b.efficiency_gain = row.tokens_per_j / *b.result.tokens_per_j;
                b.efficiency_gain_chip = row.tokens_per_j_chip / *b.result.tokens_per_j;
                b.efficiency_gain_system = row.tokens_per_j_system / *b.result.tokens_per_j;
            }
            row.baselines.push_back(b);
        }
        rows.push_back(row);
    }
    return rows;
}

}  // namespace edgecim
