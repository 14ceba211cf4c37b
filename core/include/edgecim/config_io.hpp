#pragma once
// Loading, validating, overriding and saving presets. Every function that takes user
// input reports all problems it finds, each naming file, line, column, key and the
// valid range, by throwing InputError (or returning the list, for validate).
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {

// A preset file: keys missing from the file keep the built-in defaults, except
// workload.model which a preset must name. Relative model paths resolve against the
// preset's directory.
Config load_config(const std::string& path);
Config parse_config(std::string_view yaml_text, const std::string& file_label);

// Every key, grouped as in the schema, with its unit, range and source as comments.
// parse_config(save_config_text(c)) == c for every valid c.
std::string save_config_text(const Config& config);
// Atomic (write_file_atomically): the old file stays on any failure. Throws WriteError.
void save_config(const Config& config, const std::string& path);

// The folder that relative model and baseline paths in a preset resolve against: the
// directory of the preset file, or "" (the working directory) when the preset came from
// no file (empty source, a "<label>" such as "<stdin>", or "--set"). The one rule every
// loader, CLI command and GUI document uses, so a path means the same everywhere.
std::string preset_directory(const std::string& source_file);
std::string preset_directory(const Config& config);

// Range, choice and cross-parameter checks, and that the model and baselines resolve.
std::vector<Problem> validate(const Config& config);

// Parses one value as typed on a command line or in an editor ("64", "auto", "int4",
// "a,b" for lists). Returns the problem text through *error when it fails.
bool parse_param_text(const ParamSpec& spec, std::string_view text, ParamValue& out, std::string* error);
// Range and choice check of a typed value; empty when valid.
std::string check_param_value(const ParamSpec& spec, const ParamValue& value);

// --set KEY=VALUE. Throws InputError naming the key (with a did-you-mean) and the
// valid range. Call validate() after applying all overrides for cross-field checks.
void apply_override(Config& config, std::string_view assignment);

// Loads any input file the tools accept and reports its kind: "preset", "model" (model
// YAML) or "hf-config" (Hugging Face config.json). Throws InputError with every problem.
std::string validate_file(const std::string& path);

}  // namespace edgecim
