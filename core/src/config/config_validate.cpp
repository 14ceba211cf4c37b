// Cross-parameter checks and reference resolution (model, baselines). Per-value range
// checks come from the parameter table, so every rule about one value lives there.
#include "config/config_validate.hpp"

#include <cmath>
#include <cstdio>
#include <set>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/text_util.hpp"
#include "edgecim/voltage_frequency.hpp"
#include "edgecim/workload_fit.hpp"

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

std::string mhz_text(double mhz) { return format_fixed(mhz, 1) + " MHz"; }

// The node selects the voltage/frequency curve; the clock must be reachable at its highest
// supply (docs/model.md#voltage-and-frequency).
void check_clock(Checker& check, const HardwareConfig& hw) {
    if (!std::isfinite(hw.technology_nm) || !std::isfinite(hw.frequency_mhz)) return;  // reported by the table
    const hw::NodeCurve* node = hw::find_node_curve(hw.technology_nm);
    if (!node) {
        check.add("hardware.technology_nm",
                  "no voltage/frequency curve for a " + format_number(hw.technology_nm) + " nm node",
                  "one of: " + hw::supported_nodes_text() + " (nm)");
        return;
    }
    const double limit = hw::node_f_limit_mhz(*node);
    if (hw.frequency_mhz > limit)
        check.add("hardware.frequency_mhz",
                  mhz_text(hw.frequency_mhz) + " is above the " + format_fixed(node->node_nm, 0) +
                      " nm node's f_max of " + mhz_text(limit) + " at its highest supply (" +
                      format_fixed(node->v_max, 2) + " V)",
                  "[1, " + format_fixed(std::floor(limit * 10) / 10, 1) + "] MHz at " + format_fixed(node->node_nm, 0) +
                      " nm");
}

}  // namespace

std::vector<Problem> validate_config(const Config& config, const std::string& file, const KeyLocations& locations) {
    Checker check{file, locations, {}};
    for (const auto& spec : param_table()) {
        const std::string error = check_param_value(spec, spec.get(config));
        if (!error.empty()) check.add(spec.key, error, spec.valid_range());
    }
    const auto& hw = config.hardware;
    check_clock(check, hw);
    if (config.mapping.active_tiles && *config.mapping.active_tiles > hw.chip.tiles)
        check.add("mapping.active_tiles",
                  std::to_string(*config.mapping.active_tiles) + " active tiles exceed the chip's " +
                      std::to_string(hw.chip.tiles) + " tiles",
                  "auto, or 1 to hardware.chip.tiles = " + std::to_string(hw.chip.tiles));
    const int activation_bits = bits_of(config.workload.precision.activations);
    if (hw.macro.input_bits_per_cycle > activation_bits)
        check.add("hardware.macro.input_bits_per_cycle",
                  std::to_string(hw.macro.input_bits_per_cycle) + " exceeds the " + std::to_string(activation_bits) +
                      "-bit activations",
                  "[1, " + std::to_string(activation_bits) + "] bits/cycle");
    const int weight_bits = bits_of(config.workload.precision.weights);
    if (hw.macro.cols < weight_bits)
        check.add("hardware.macro.cols", "a row must hold at least one " + std::to_string(weight_bits) + "-bit weight",
                  ">= " + std::to_string(weight_bits) + " bit cells");
    if (hw.macro.rows_written_per_cycle > hw.macro.rows)
        check.add("hardware.macro.rows_written_per_cycle", "more rows per cycle than the macro has",
                  "[1, hardware.macro.rows = " + std::to_string(hw.macro.rows) + "]");
    // A tile buffers one input slice (rows x activation bytes) and one block's partial sums
    // (a row's weights x 32 bits) for each of its macros: less cannot run a single pass.
    const double input_min_kb = static_cast<double>(hw.tile.macros) * hw.macro.rows * activation_bits / 8.0 / 1024.0;
    if (hw.tile.input_buffer_kb < input_min_kb)
        check.add("hardware.tile.input_buffer_kb",
                  format_double(hw.tile.input_buffer_kb) + " KB cannot hold one input slice per macro (" +
                      std::to_string(hw.tile.macros) + " macros x " + std::to_string(hw.macro.rows) + " rows x " +
                      std::to_string(activation_bits) + " bits)",
                  ">= " + format_double(input_min_kb) + " KB");
    const double output_min_kb =
        static_cast<double>(hw.tile.macros) * std::max(1, hw.macro.cols / std::max(1, weight_bits)) * 4.0 / 1024.0;
    if (hw.tile.output_buffer_kb < output_min_kb)
        check.add("hardware.tile.output_buffer_kb",
                  format_double(hw.tile.output_buffer_kb) + " KB cannot hold one block's 32-bit partial sums per macro",
                  ">= " + format_double(output_min_kb) + " KB");
    if (static_cast<double>(hw.chip.tiles) * hw.tile.macros > 1048576.0)
        check.add("hardware.tile.macros", "tiles x macros exceeds 1,048,576 macros", "tiles x macros <= 1048576");

    if (!config.workload.model.empty()) {
        try {
            const ModelSpec model = resolve_model(config.workload.model, preset_directory(file));
            // The context window and the DRAM capacity: the rule that makes a zoo model or a
            // baseline "n/a" is an input error for the configured model.
            for (Problem& p : design_fit(config, model).problems)
                check.add(p.key, std::move(p.message), std::move(p.valid));
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
            (void)load_device(baseline, preset_directory(file));
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

std::vector<Problem> validate(const Config& config) { return validate_config(config, config.source_file, {}); }

}  // namespace edgecim
