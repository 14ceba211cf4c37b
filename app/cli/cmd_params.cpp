// edgecim-cli params: the parameter table, the one description every preset key has.
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim::cli {
namespace {

std::string markdown_cell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

// The parameter table of docs/model.md (a CLI test keeps the two identical).
void write_markdown(std::ostream& out) {
    out << "| key | unit | default | valid | description | source |\n|---|---|---|---|---|---|\n";
    for (const auto& p : param_table())
        out << "| `" << p.key << "` | " << markdown_cell(p.unit) << " | "
            << markdown_cell(format_value(p, p.default_value)) << " | " << markdown_cell(p.valid_range()) << " | "
            << markdown_cell(p.description) << " | " << markdown_cell(p.source) << " |\n";
}

}  // namespace

int cmd_params(const Args& args) {
    static const std::vector<OptionSpec> specs = {
        {"format", "table|json|markdown", "output format (default table)", false},
        {"help", "", "show this help", false},
    };
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli params [--format table|json|markdown]\n\n"
                     "Lists every preset key (usable with --set KEY=VALUE) with its unit, default, valid\n"
                     "range, description and the source of the default. --format markdown prints the\n"
                     "table of docs/model.md#parameters.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    if (parsed.get("format").value_or("") == "markdown") {
        write_markdown(std::cout);
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
