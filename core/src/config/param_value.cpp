// Parsing and range-checking one parameter value, shared by the YAML loader, --set and the GUI.
#include <cmath>

#include "edgecim/config_io.hpp"
#include "edgecim/text_util.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
bool parse_param_text(const ParamSpec& spec, std::string_view raw, ParamValue& out, std::string* error) {
    const std::string text = trim(raw);
    const auto fail = [&](std::string message) {
        if (error) *error = std::move(message);
        return false;
    };
    if (text.empty() && spec.type != ParamType::text_list) return fail("missing value");
    switch (spec.type) {
        case ParamType::integer:
        case ParamType::integer_or_auto: {
            if (spec.type == ParamType::integer_or_auto && text == "auto") {
                out = std::string("auto");
                return true;
            }
            bool non_finite = false;
            const auto real = yaml_input::parse_real(text, &non_finite);
            if (non_finite) return fail("'" + text + "' is not a finite number");
            if (!real) return fail("'" + text + "' is not a number");
            if (std::floor(*real) != *real) return fail("'" + text + "' is not an integer");
            if (*real < spec.min || *real > spec.max) return fail("'" + text + "' is out of range");
            out = static_cast<std::int64_t>(*real);
            return true;
        }
        case ParamType::real: {
            bool non_finite = false;
            const auto real = yaml_input::parse_real(text, &non_finite);
            if (non_finite) return fail("'" + text + "' is not a finite number");
            if (!real) return fail("'" + text + "' is not a number");
            out = *real;
            return true;
        }
        case ParamType::choice:
        case ParamType::text:
            out = text;
            return true;
        case ParamType::text_list: {
            std::vector<std::string> items;
            std::size_t start = 0;
            while (start <= text.size() && !text.empty()) {
                const auto comma = text.find(',', start);
                const std::string item = trim(std::string_view(text).substr(
                    start, comma == std::string::npos ? std::string::npos : comma - start));
                if (item.empty()) return fail("empty name in list '" + text + "'");
                items.push_back(item);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            out = items;
            return true;
        }
    }
    return fail("unsupported parameter type");
}

std::string check_param_value(const ParamSpec& spec, const ParamValue& value) {
    switch (spec.type) {
        case ParamType::integer:
        case ParamType::integer_or_auto:
            if (const auto* i = std::get_if<std::int64_t>(&value)) {
                const auto v = static_cast<double>(*i);
                if (v < spec.min || v > spec.max) return std::to_string(*i) + " is out of range";
            }
            return {};
        case ParamType::real:
            if (const auto* d = std::get_if<double>(&value)) {
                if (!std::isfinite(*d)) return "not a finite number";
                if (*d < spec.min || *d > spec.max) return format_double(*d) + " is out of range";
            }
            return {};
        case ParamType::choice: {
            const auto& s = std::get<std::string>(value);
            for (const auto& c : spec.choices)
                if (c == s) return {};
            const std::string near = yaml_input::closest_match(s, spec.choices);
            return "unknown " + spec.leaf_name() + " '" + s + "'" +
                   (near.empty() ? "" : "; did you mean '" + near + "'?");
        }
        case ParamType::text:
            if (std::get<std::string>(value).empty()) return "must not be empty";
            return {};
        case ParamType::text_list:
            return {};
    }
    return {};
}

}  // namespace edgecim
