// edgecim-cli baselines: the calibrated baseline devices, and (--fit) their calibration
// redone from the measurements stored in each preset.
#include <iomanip>
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/baseline.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim::cli {

int cmd_baselines(const Args& args) {
    static const std::vector<OptionSpec> specs = {
        {"fit", "", "refit each device to its calibration points and print the residuals", false},
        {"format", "table|json", "output format (default table)", false},
        {"help", "", "show this help", false},
    };
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli baselines [--fit] [--format table|json] [NAME|PATH...]\n\n"
                     "Lists baseline devices (default: every shipped one) with their roofline parameters.\n"
                     "--fit recomputes bandwidth efficiency and fixed overhead from the measurements in each\n"
                     "preset and prints the residual of every calibration point.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    const OutputFormat format = parse_format(parsed, false);
    std::vector<std::string> names = parsed.positionals;
    if (names.empty()) names = shipped_preset_names("baselines");
    JsonWriter json(std::cout);
    if (format == OutputFormat::json) json.begin_array();
    for (const auto& name : names) {
        const DeviceSpec d = load_device(name);
        DeviceFit fit{d.bandwidth_efficiency, d.fixed_overhead_ms, {}};
        if (parsed.has("fit")) fit = fit_device(d);
        if (format == OutputFormat::json) {
            json.begin_object()
                .field("name", d.name)
                .field("display_name", d.display_name)
                .field("bandwidth_gbps", d.dram_bandwidth_gbps)
                .field("bandwidth_efficiency", fit.bandwidth_efficiency)
                .field("fixed_overhead_ms", fit.fixed_overhead_ms)
                .key("decode_power_w");
            if (d.decode_power_w)
                json.value(*d.decode_power_w);
            else
                json.null();
            json.key("residuals_pct").begin_array();
            for (double r : fit.residuals_pct) json.value(r);
            json.end_array().end_object();
            continue;
        }
        std::cout << terminal_safe(d.name) << ": " << terminal_safe(d.display_name) << "\n  "
                  << terminal_safe(d.format.engine) << ", " << d.dram_bandwidth_gbps << " GB/s peak x "
                  << std::setprecision(4) << fit.bandwidth_efficiency << " = "
                  << d.dram_bandwidth_gbps * fit.bandwidth_efficiency << " GB/s effective, fixed overhead "
                  << fit.fixed_overhead_ms << " ms/token, power "
                  << (d.decode_power_w ? format_double(*d.decode_power_w) + " W" : std::string("not published"))
                  << "\n";
        for (std::size_t i = 0; i < fit.residuals_pct.size(); ++i) {
            const auto& p = d.calibration[i];
            std::cout << "  calibration " << p.model << ": measured " << p.tokens_per_s << " tokens/s, residual "
                      << std::showpos << std::fixed << std::setprecision(2) << fit.residuals_pct[i] << std::noshowpos
                      << std::defaultfloat << std::setprecision(4) << " % (" << p.source << ")\n";
        }
    }
    if (format == OutputFormat::json) json.end_array();
    return kExitOk;
}

}  // namespace edgecim::cli
