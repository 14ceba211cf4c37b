// edgecim-cli compare: the simulated design against baseline devices, per model.
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "comparison.hpp"
#include "edgecim/comparison_files.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/model_zoo.hpp"
#include "simulation_setup.hpp"

namespace edgecim::cli {

int cmd_compare(const Args& args) {
    auto specs = config_options();
    specs.push_back({"all-models", "", "compare on all 12 zoo models instead of the configured one", false});
    specs.push_back({"baseline", "NAME|PATH", "baseline device (default: the preset's baselines)", true});
    specs.push_back({"evaluator", "event|analytical", "simulator for the EdgeCIM side (default analytical)", false});
    specs.push_back({"help", "", "show this help", false});
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout
            << "Usage: edgecim-cli compare [--config FILE] [--model NAME|--all-models] [--baseline NAME|PATH]...\n\n"
               "Simulates the configured design and evaluates each baseline device on the same model\n"
               "and workload; prints tokens/s, tokens/J, the speedup and the tokens/J gain. The EdgeCIM\n"
               "tokens/J is given at both energy boundaries (chip and system); a baseline without a\n"
               "published power gets no tokens/J and no gain. A model or device that cannot run the\n"
               "workload (context window, DRAM, compiled context) is shown as n/a with the reason\n"
               "(JSON: null figures and a \"reason\"; CSV: empty cells and edgecim_reason or\n"
               "baseline_reason); the workload is never shortened.\n\n"
            << format_options_help(specs);
        return kExitOk;
    }
    if (!parsed.positionals.empty()) throw UsageError("unexpected argument '" + parsed.positionals.front() + "'");
    const OutputFormat format = parse_format(parsed, true);
    const Config config = build_config(parsed);
    const SimOptions options = parse_sim_options(parsed, Evaluator::analytical);
    std::vector<std::string> baselines = parsed.all("baseline");
    if (baselines.empty()) baselines = config.baselines;
    if (baselines.empty()) throw UsageError("no baseline: give --baseline NAME or list baselines in the preset");
    std::vector<std::string> models;
    if (parsed.has("all-models"))
        models = zoo_model_names();
    else
        models.push_back(config.workload.model);
    const std::vector<ModelComparison> rows = compare_models(config, models, baselines, options);
    if (format == OutputFormat::json)
        write_comparison_json(rows, std::cout);
    else if (format == OutputFormat::csv)
        write_comparison_csv(rows, std::cout);
    else
        write_comparison_table(rows, config.energy_boundary, std::cout);
    return kExitOk;
}

}  // namespace edgecim::cli
