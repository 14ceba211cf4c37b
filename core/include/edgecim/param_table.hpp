#pragma once
// Every configuration parameter described once, as data: key path, type, unit, default,
// valid range, one-line description and source. Loading, defaults, validation,
// --set overrides, saving, the GUI editor and its tooltips are all driven from here.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "edgecim/config.hpp"

namespace edgecim {

enum class ParamType { integer, real, choice, text, integer_or_auto, text_list };

// integer and integer_or_auto values are int64; "auto" is the string "auto".
using ParamValue = std::variant<std::int64_t, double, std::string, std::vector<std::string>>;

struct ParamSpec {
    std::string key;  // dotted path, e.g. hardware.macro.rows
    ParamType type;
    std::string group;  // General, Macro, Tile, Chip, DRAM, Mapping, Workload (GUI grouping)
    std::string unit;   // "" when dimensionless
    ParamValue default_value;
    double min = 0;  // inclusive range for integer / real / integer_or_auto
    double max = 0;
    std::vector<std::string> choices;  // for choice
    std::string description;           // one line, shown as tooltip and in errors
    std::string source;                // where the default comes from
    std::function<ParamValue(const Config&)> get;
    std::function<void(Config&, const ParamValue&)> set;

    std::string valid_range() const;  // "[8, 4096] rows", "one of: a, b", "auto or [1, 4095]"
    std::string leaf_name() const;    // last path component
};

const std::vector<ParamSpec>& param_table();
const ParamSpec* find_param(std::string_view key);
std::vector<std::string> param_keys();

// The built-in EdgeCIM 65 nm INT4 configuration (every parameter at its table default).
Config default_config();

// Text form of a value as it appears in YAML and on the command line.
std::string format_value(const ParamSpec& spec, const ParamValue& value);
// Shortest text that reads back to exactly the same double.
std::string format_double(double value);
// For messages: integral values without a fraction (65 -> "65"), others as format_double (28.5 -> "28.5").
std::string format_number(double value);

}  // namespace edgecim
