// edgecim-cli: the headless front end. Dispatches to one subcommand; turns input
// problems into messages on stderr and exit code 2.
#include <csignal>
#include <cstring>
#include <iostream>
#include <map>

#include "cli_args.hpp"
#include "commands.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/text_util.hpp"
#include "output_file.hpp"

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

namespace {

int run_command(const std::string& name, const Command& command, const Args& args) {
    try {
        return command.run(args);
    } catch (const UsageError& e) {
        std::cerr << "edgecim-cli " << name << ": " << edgecim::terminal_safe(e.what()) << "\n";
        return kExitBadInput;
    } catch (const edgecim::InputError& e) {
        print_problems(e.problems());
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "edgecim-cli " << name << ": error: " << edgecim::terminal_safe(e.what()) << "\n";
        return kExitRuntime;
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file size limit write() then fails with EFBIG, reported like a full disk,
    // instead of the signal killing the process with the old file half replaced.
    std::signal(SIGXFSZ, SIG_IGN);
    install_checked_stdout();
    if (argc < 2) {
        print_usage(std::cerr);
        return kExitBadInput;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(std::cout);
        return stdout_ok(name) ? kExitOk : kExitRuntime;
    }
    if (name == "--version") {
        std::cout << "edgecim-cli " EDGECIM_VERSION "\n";
        return stdout_ok(name) ? kExitOk : kExitRuntime;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        std::cerr << "edgecim-cli: unknown command '" << edgecim::terminal_safe(name) << "'\n\n";
        print_usage(std::cerr);
        return kExitBadInput;
    }
    const int code = run_command(name, it->second, Args(argv + 2, argv + argc));
    // Output that never arrived is a failure even when the command itself succeeded.
    if (!stdout_ok(name) && code == kExitOk) return kExitRuntime;
    return code;
}
