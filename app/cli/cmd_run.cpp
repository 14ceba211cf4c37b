// edgecim-cli run: one simulation, as a table, JSON or CSV; optionally the Chrome trace
// of the kept decode step and a report directory (the headless main job).
#include <iostream>
#include <sstream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/atomic_file.hpp"
#include "edgecim/chrome_trace.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/plausibility.hpp"
#include "edgecim/run_csv.hpp"
#include "edgecim/run_json.hpp"
#include "run_table.hpp"
#include "simulation_setup.hpp"

namespace edgecim::cli {
namespace {

std::vector<OptionSpec> options() {
    auto specs = config_options();
    for (auto& s : simulation_options()) specs.push_back(s);
    specs.push_back({"trace", "FILE.json", "write the kept step's timeline as a Chrome/Perfetto trace", false});
    specs.push_back(
        {"report", "DIR", "write run.json, run.txt, preset.yaml and trace.json into DIR (all or none)", false});
    specs.push_back({"help", "", "show this help", false});
    return specs;
}

}  // namespace

int cmd_run(const Args& args) {
    const auto specs = options();
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli run [--config FILE] [--model NAME|PATH] [--set KEY=VALUE]... [options]\n\n"
                     "Simulates the prefill and the decode of the configured workload on the configured\n"
                     "hardware and prints tokens/s, tokens/J (with its energy boundary), TTFT, power, the\n"
                     "bound, the roofline, the energy and latency breakdowns and per-tile utilization.\n"
                     "--format json prints the object documented in docs/model.md#outputs.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    if (!parsed.positionals.empty()) throw UsageError("unexpected argument '" + parsed.positionals.front() + "'");
    const OutputFormat format = parse_format(parsed, true);
    const Config config = build_config(parsed);
    const SimOptions sim_options = parse_sim_options(parsed, Evaluator::event);
    const ModelSpec model = configured_model(config);
    const SimulationResult result = simulate(config, model, sim_options);
    // On stderr: the numbers on stdout stay machine-readable and are still what the model says.
    for (const Problem& warning : plausibility_warnings(result)) std::cerr << warning.to_string() << '\n';

    if (format == OutputFormat::json)
        write_run_json(result, std::cout);
    else if (format == OutputFormat::csv)
        write_run_csv(result, std::cout);
    else
        write_run_table(config, result, std::cout);

    if (const auto trace = parsed.get("trace")) {
        std::ostringstream text;
        write_chrome_trace(result.timeline, text);
        write_file_atomically(*trace, text.str());
    }
    if (const auto dir = parsed.get("report")) {
        std::ostringstream json, table, trace;
        write_run_json(result, json);
        write_run_table(config, result, table);
        write_chrome_trace(result.timeline, trace);
        // All four or none: a failed write never leaves a mix of new, partial and old files.
        write_directory_atomically(*dir, {{"run.json", json.str()},
                                          {"run.txt", table.str()},
                                          {"trace.json", trace.str()},
                                          {"preset.yaml", save_config_text(config)}});
        std::cerr << "report written to " << *dir << "/ (run.txt, run.json, trace.json, preset.yaml)\n";
    }
    return kExitOk;
}

}  // namespace edgecim::cli
