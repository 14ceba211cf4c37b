// edgecim-cli validate: checks presets, model YAML files and Hugging Face configs, and
// reports every problem of every file.
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/text_util.hpp"
#include "output_file.hpp"

namespace edgecim::cli {
namespace {

const std::vector<OptionSpec>& options() {
    static const std::vector<OptionSpec> specs = {
        {"format", "table|json", "json prints nothing on success (problems always go to stderr)", false},
        {"help", "", "show this help", false},
    };
    return specs;
}

}  // namespace

int cmd_validate(const Args& args) {
    const ParsedArgs parsed = parse_args(args, options());
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli validate [--format table|json] FILE...\n\n"
                     "Checks preset YAML files, model YAML files and Hugging Face config.json files.\n"
                     "Every problem is printed to stderr as FILE:LINE:COL: key.path: what is wrong (valid: range).\n"
                     "Exit code 0 when all files are valid, 2 otherwise.\n\n"
                  << format_options_help(options());
        return kExitOk;
    }
    const OutputFormat format = parse_format(parsed, false);
    if (parsed.positionals.empty()) throw UsageError("no FILE given (see --help)");
    bool all_valid = true;
    for (const auto& path : parsed.positionals) {
        try {
            const std::string kind = validate_file(path);
            if (format == OutputFormat::table) std::cout << terminal_safe(path) << ": ok (" << kind << ")\n";
        } catch (const InputError& e) {
            all_valid = false;
            print_problems(e.problems());
        }
    }
    return all_valid ? kExitOk : kExitBadInput;
}

}  // namespace edgecim::cli
