// Cross-parameter checks and reference resolution (model, baselines). Per-value range
// checks come from the parameter table, so every rule about one value lives there.
#include "config/config_validate.hpp"

#include <filesystem>
#include <set>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"

namespace edgecim {
namespace {

struct Checker {
    const std::string& file;
    const KeyLocations& locations;
    std::vector<Problem> problems;

    void add(const std::string& key, std::string message, std::string valid) {
        Problem p;
        p.file = file;
        if (const auto it = locations.find(key); it != locations.end()) {
            p.line = it->second.line;
            p.column = it->second.column;
        }
        p.key = key;
        p.message = std::move(message);
        p.valid = std::move(valid);
        problems.push_back(std::move(p));
    }
};

std::string directory_of(const std::string& file) {
    if (file.empty() || file.front() == '<' || file == "--set") return {};
    return std::filesystem::path(file).parent_path().string();
}

}  // namespace

std::vector<Problem> validate_config(const Config& config, const std::string& file,
                                     const KeyLocations& locations) {
    Checker check{file, locations, {}};
    for (const auto& spec : param_table()) {
        const std::string error = check_param_value(spec, spec.get(config));
        if (!error.empty()) check.add(spec.key, error, spec.valid_range());
    }
    const auto& hw = config.hardware;
    if (config.mapping.active_tiles && *config.mapping.active_tiles >= hw.chip.tiles)
        check.add("mapping.active_tiles",
                  std::to_string(*config.mapping.active_tiles) + " active tiles leave no tile to load weights",
                  "auto, or 1 to hardware.chip.tiles - 1 = " + std::to_string(hw.chip.tiles - 1));
    if (config.mapping.active_tiles && hw.chip.tiles < 2)
        check.add("mapping.active_tiles", "a fixed split needs at least 2 tiles", "auto");
    const int activation_bits = bits_of(config.workload.precision.activations);
    if (hw.macro.input_bits_per_cycle > activation_bits)
        check.add("hardware.macro.input_bits_per_cycle",
                  std::to_string(hw.macro.input_bits_per_cycle) + " exceeds the " +
                      std::to_string(activation_bits) + "-bit activations",
                  "[1, " + std::to_string(activation_bits) + "] bits/cycle");
    const int weight_bits = bits_of(config.workload.precision.weights);
    if (hw.macro.cols < weight_bits)
        check.add("hardware.macro.cols", "a row must hold at least one " + std::to_string(weight_bits) + "-bit weight",
                  ">= " + std::to_string(weight_bits) + " bit cells");
    if (hw.macro.rows_written_per_cycle > hw.macro.rows)
        check.add("hardware.macro.rows_written_per_cycle", "more rows per cycle than the macro has",
                  "[1, hardware.macro.rows = " + std::to_string(hw.macro.rows) + "]");
    if (static_cast<double>(hw.chip.tiles) * hw.tile.macros > 1048576.0)
        check.add("hardware.tile.macros", "tiles x macros exceeds 1,048,576 macros", "tiles x macros <= 1048576");

    if (!config.workload.model.empty()) {
        try {
            const ModelSpec model = resolve_model(config.workload.model, directory_of(file));
            const std::int64_t context =
                static_cast<std::int64_t>(config.workload.prompt_tokens) + config.workload.generate_tokens;
            if (model.max_context > 0 && context > model.max_context)
                check.add("workload.generate_tokens",
                          "prompt + generated tokens = " + std::to_string(context) + " exceeds " +
                              model.display_name + "'s context of " + std::to_string(model.max_context),
                          "prompt_tokens + generate_tokens <= " + std::to_string(model.max_context));
            const double weight_gb = model.weight_bytes_per_token(config.workload.precision.weights) / 1e9;
            if (weight_gb > hw.dram.capacity_gb)
                check.add("hardware.dram.capacity_gb",
                          model.display_name + " needs " + std::to_string(weight_gb) + " GB of weights",
                          ">= " + std::to_string(weight_gb) + " GB");
        } catch (const InputError& e) {
            for (Problem p : e.problems()) {
                if (p.file.empty()) {
                    p.file = file;
                    if (const auto it = locations.find("workload.model"); it != locations.end()) {
                        p.line = it->second.line;
                        p.column = it->second.column;
                    }
                    p.key = "workload.model";
                }
                check.problems.push_back(std::move(p));
            }
        }
    }
    // Each device is a file or a preset to load: a list of thousands is no configuration
    // anyone means, and would take minutes to resolve.
    constexpr std::size_t kMaxBaselines = 32;
    std::set<std::string> resolved;
    if (config.baselines.size() > kMaxBaselines) {
        Problem p{file,
                  0,
                  0,
                  "baselines",
                  std::to_string(config.baselines.size()) + " baseline devices",
                  "at most " + std::to_string(kMaxBaselines)};
        if (const auto it = locations.find("baselines"); it != locations.end()) {
            p.line = it->second.line;
            p.column = it->second.column;
        }
        check.problems.push_back(std::move(p));
        return check.problems;
    }
    for (const auto& baseline : config.baselines) {
        if (!resolved.insert(baseline).second) continue;  // named twice: checked once
        try {
            (void)load_device(baseline, directory_of(file));
        } catch (const InputError& e) {
            for (Problem p : e.problems()) {
                if (p.file.empty()) {
                    p.file = file;
                    if (const auto it = locations.find("baselines"); it != locations.end()) {
                        p.line = it->second.line;
                        p.column = it->second.column;
                    }
                }
                check.problems.push_back(std::move(p));
            }
        }
    }
    return check.problems;
}

std::vector<Problem> validate(const Config& config) {
    return validate_config(config, config.source_file, {});
}

}  // namespace edgecim
