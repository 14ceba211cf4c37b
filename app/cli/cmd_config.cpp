// edgecim-cli config: the effective preset (built-in defaults, --config, overrides) as
// self-documenting YAML. A starting point for new presets.
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/config_io.hpp"
#include "output_file.hpp"

namespace edgecim::cli {

int cmd_config(const Args& args) {
    std::vector<OptionSpec> specs = config_options();
    specs.erase(specs.end() - 1);  // no --format: the output is always YAML
    specs.push_back(out_option());
    specs.push_back({"help", "", "show this help", false});
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli config [--config FILE] [--set KEY=VALUE]... [--out FILE]\n\n"
                     "Prints the effective preset: the built-in EdgeCIM 65 nm INT4 defaults, then --config,\n"
                     "then the overrides, validated. Every key comes with its description, valid range and\n"
                     "the source of its default.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    const Config config = build_config(parsed);
    emit_output(parsed, save_config_text(config));
    return kExitOk;
}

}  // namespace edgecim::cli
