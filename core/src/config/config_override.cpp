// --set KEY=VALUE on top of a loaded configuration.
#include "edgecim/config_io.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {

void apply_override(Config& config, std::string_view assignment) {
    const std::string label = "--set";
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0)
        throw InputError(
            Problem{label, 0, 0, std::string(assignment), "expected KEY=VALUE", "e.g. hardware.chip.tiles=64"});
    const std::string key(assignment.substr(0, eq));
    const std::string_view text = assignment.substr(eq + 1);
    const ParamSpec* spec = find_param(key);
    if (!spec) {
        std::string message = "unknown key";
        const std::string near = yaml_input::closest_match(key, param_keys());
        if (!near.empty()) message += "; did you mean '" + near + "'?";
        throw InputError(Problem{label, 0, 0, key, message, "a key listed by 'edgecim-cli params'"});
    }
    ParamValue value;
    std::string error;
    if (!parse_param_text(*spec, text, value, &error) || !(error = check_param_value(*spec, value)).empty())
        throw InputError(Problem{label, 0, 0, key, error, spec->valid_range()});
    spec->set(config, value);
}

}  // namespace edgecim
