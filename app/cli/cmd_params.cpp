// edgecim-cli params: the parameter table, the one description every preset key has.
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim::cli {

int cmd_params(const Args& args) {
    static const std::vector<OptionSpec> specs = {
        {"format", "table|json", "output format (default table)", false},
        {"help", "", "show this help", false},
    };
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli params [--format table|json]\n\n"
                     "Lists every preset key (usable with --set KEY=VALUE) with its unit, default, valid\n"
                     "range, description and the source of the default.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    const OutputFormat format = parse_format(parsed, false);
    if (format == OutputFormat::json) {
        JsonWriter json(std::cout);
        json.begin_array();
        for (const auto& p : param_table()) {
            json.begin_object()
                .field("key", p.key)
                .field("group", p.group)
                .field("unit", p.unit)
                .field("default", format_value(p, p.default_value))
                .field("valid", p.valid_range())
                .field("description", p.description)
                .field("source", p.source)
                .end_object();
        }
        json.end_array();
        return kExitOk;
    }
    for (const auto& p : param_table()) {
        std::cout << p.key << " = " << format_value(p, p.default_value) << (p.unit.empty() ? "" : " " + p.unit)
                  << "\n    " << p.description << "\n    valid: " << p.valid_range() << "\n    source: " << p.source
                  << "\n";
    }
    return kExitOk;
}

}  // namespace edgecim::cli
