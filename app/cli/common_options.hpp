#pragma once
// Options shared by the commands that simulate: where the configuration comes from and
// how to override it, and the output format.
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "edgecim/config.hpp"

namespace edgecim::cli {

std::vector<OptionSpec> config_options();
// --config FILE (or the built-in defaults), then --model, --precision, --prompt,
// --generate, then every --set in order; validated as a whole. Throws InputError.
Config build_config(const ParsedArgs& args);
// The same, starting from `base` instead of the built-in defaults when --config is absent.
Config build_config(const ParsedArgs& args, const Config& base);

enum class OutputFormat { table, json, csv };
// Throws UsageError for anything but the allowed names.
OutputFormat parse_format(const ParsedArgs& args, bool csv_allowed);

}  // namespace edgecim::cli
