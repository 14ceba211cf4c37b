// libFuzzer target: the command-line front of edgecim-cli. The input is an argument
// vector (arguments separated by NUL bytes, the first byte picks the option table); it
// goes through the same parsing a command does before it simulates: parse_args, the
// configuration (--config, --model, --set ...), the output format, the evaluator options,
// integer options and sweep axes. Bad arguments must end in UsageError or InputError.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "common_options.hpp"
#include "edgecim/sweep.hpp"
#include "simulation_setup.hpp"

using namespace edgecim::cli;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const int table = data[0] % 3;
    std::vector<std::string> args;
    std::string current;
    for (std::size_t i = 1; i < size; ++i) {
        if (data[i] == 0) {
            args.push_back(current);
            current.clear();
        } else {
            current += static_cast<char>(data[i]);
        }
    }
    args.push_back(current);
    if (args.size() > 64) return 0;

    std::vector<OptionSpec> specs = config_options();
    for (auto& s : simulation_options()) specs.push_back(s);
    if (table == 1) specs.push_back({"vary", "KEY=VALUES", "", true});
    if (table == 2) specs.push_back({"jobs", "N", "", false});
    specs.push_back({"out", "FILE", "", false});
    specs.push_back({"help", "", "", false});
    try {
        const ParsedArgs parsed = parse_args(args, specs);
        (void)format_options_help(specs);
        (void)parse_format(parsed, table != 2);
        (void)parse_sim_options(parsed, edgecim::Evaluator::analytical);
        if (table == 2) (void)integer_option(parsed, "jobs", 1, 1, 1024);
        if (table == 1 && parsed.has("vary")) {
            const edgecim::SweepSpec spec = edgecim::parse_sweep(parsed.all("vary"));
            (void)spec.point_count();
        }
        (void)build_config(parsed);
    } catch (const UsageError&) {
    } catch (const edgecim::InputError&) {
    }
    return 0;
}
