// edgecim-cli: the headless front end. Dispatches to one subcommand; turns input
// problems into messages on stderr and exit code 2.
#include <cstring>
#include <iostream>
#include <map>

#include "cli_args.hpp"
#include "commands.hpp"
#include "edgecim/problem.hpp"

#ifndef EDGECIM_HAVE_REPORT
namespace edgecim::cli {
int cmd_report(const Args&) {
    std::cerr << "edgecim-cli report: this build has no report support (it needs the GUI library: "
                 "configure with -DEDGECIM_BUILD_GUI=ON)\n";
    return kExitRuntime;
}
}  // namespace edgecim::cli
#endif

namespace {

using namespace edgecim::cli;

struct Command {
    int (*run)(const Args&);
    const char* summary;
};

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {
        {"models", {cmd_models, "list the model zoo, or describe model YAML / config.json files"}},
        {"validate", {cmd_validate, "check presets, model files and Hugging Face configs"}},
        {"params", {cmd_params, "list every preset key with unit, default, range and source"}},
        {"baselines", {cmd_baselines, "list the calibrated baseline devices; --fit redoes their calibration"}},
        {"compare", {cmd_compare, "the simulated design against baseline devices, per model"}},
        {"config", {cmd_config, "print the effective preset YAML (defaults, --config, --set)"}},
        {"reproduce", {cmd_reproduce, "the EdgeCIM paper's headline numbers beside the simulated ones"}},
        {"run", {cmd_run, "simulate one configuration (prefill and decode)"}},
        {"report", {cmd_report, "write a PDF or HTML report with charts and tables (--out F.pdf|F.html)"}},
        {"sweep", {cmd_sweep, "cartesian parameter sweep over any preset keys, on all cores"}},
        {"dse", {cmd_dse, "genetic multi-objective design-space search; prints the Pareto front"}},
    };
    return table;
}

void print_usage(std::ostream& out) {
    out << "Usage: edgecim-cli <command> [options]\n\n"
           "EdgeCIM Studio: simulate compute-in-memory accelerators running small language models.\n\n"
           "Commands:\n";
    for (const auto& [name, command] : commands()) {
        std::string left = "  " + name;
        left.resize(14, ' ');
        out << left << command.summary << "\n";
    }
    out << "\nRun 'edgecim-cli <command> --help' for the options of a command.\n"
           "Exit codes: 0 success, 1 simulation failure, 2 bad input.\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_usage(std::cerr);
        return kExitBadInput;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(std::cout);
        return kExitOk;
    }
    if (name == "--version") {
        std::cout << "edgecim-cli " EDGECIM_VERSION "\n";
        return kExitOk;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        std::cerr << "edgecim-cli: unknown command '" << name << "'\n\n";
        print_usage(std::cerr);
        return kExitBadInput;
    }
    const Args args(argv + 2, argv + argc);
    try {
        return it->second.run(args);
    } catch (const UsageError& e) {
        std::cerr << "edgecim-cli " << name << ": " << e.what() << "\n";
        return kExitBadInput;
    } catch (const edgecim::InputError& e) {
        for (const auto& problem : e.problems()) std::cerr << problem.to_string() << "\n";
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "edgecim-cli " << name << ": error: " << e.what() << "\n";
        return kExitRuntime;
    }
}
