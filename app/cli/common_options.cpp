#include "common_options.hpp"

#include <iostream>

#include "commands.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim::cli {

std::vector<OptionSpec> config_options() {
    return {
        {"config", "FILE", "preset YAML (default: the built-in EdgeCIM 65 nm INT4 preset)", false},
        {"model", "NAME|PATH", "zoo model name, model YAML or Hugging Face config.json", false},
        {"precision", "int4|int8", "weight precision", false},
        {"prompt", "N", "prompt tokens", false},
        {"generate", "N", "generated tokens", false},
        {"set", "KEY=VALUE", "override any preset key by its dotted path", true},
        {"format", "table|json|csv", "output format (default table)", false},
    };
}

Config build_config(const ParsedArgs& args) { return build_config(args, default_config()); }

Config build_config(const ParsedArgs& args, const Config& base) {
    Config config = base;
    if (const auto path = args.get("config")) config = load_config(*path);
    if (const auto model = args.get("model")) apply_override(config, "workload.model=" + *model);
    if (const auto precision = args.get("precision"))
        apply_override(config, "workload.precision.weights=" + *precision);
    if (const auto prompt = args.get("prompt")) apply_override(config, "workload.prompt_tokens=" + *prompt);
    if (const auto generate = args.get("generate")) apply_override(config, "workload.generate_tokens=" + *generate);
    for (const auto& assignment : args.all("set")) apply_override(config, assignment);
    if (auto problems = validate(config); !problems.empty()) throw InputError(std::move(problems));
    return config;
}

OutputFormat parse_format(const ParsedArgs& args, bool csv_allowed) {
    const std::string format = args.get("format").value_or("table");
    if (format == "table") return OutputFormat::table;
    if (format == "json") return OutputFormat::json;
    if (format == "csv" && csv_allowed) return OutputFormat::csv;
    throw UsageError("--format: unknown format '" + format + "' (valid: table, json" + (csv_allowed ? ", csv)" : ")"));
}

}  // namespace edgecim::cli
