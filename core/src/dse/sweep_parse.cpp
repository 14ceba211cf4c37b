// Parsing of --vary value lists and ranges (shared with design-space genes).
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include "edgecim/config_io.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/text_util.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

bool is_numeric(const ParamSpec& spec) {
    return spec.type == ParamType::integer || spec.type == ParamType::real || spec.type == ParamType::integer_or_auto;
}

bool is_integer(const ParamSpec& spec) {
    return spec.type == ParamType::integer || spec.type == ParamType::integer_or_auto;
}

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return buf;
}

// Sweep arithmetic accumulates no error (value k is computed from k), but 0.1 steps
// still print as 0.30000000000000004; 12 significant digits is far beyond any unit here.
double tidy(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return std::strtod(buf, nullptr);
}

struct AxisBuilder {
    const ParamSpec& spec;
    const std::string& label;
    std::string_view text;
    std::uint64_t max_values;
    SweepAxis axis;
    std::set<std::string> seen;

    [[noreturn]] void fail(const std::string& message, const std::string& valid = std::string(kValueListForm)) const {
        throw InputError(Problem{label, 0, 0, spec.key, message, valid});
    }

    void add(const ParamValue& value) {
        if (const std::string error = check_param_value(spec, value); !error.empty()) fail(error, spec.valid_range());
        const std::string text_value = format_value(spec, value);
        if (!seen.insert(text_value).second) fail("value " + text_value + " is given twice");
        if (axis.values.size() >= max_values)
            fail("more than " + std::to_string(max_values) + " values", "at most " + std::to_string(max_values));
        axis.values.push_back(value);
        axis.labels.push_back(text_value);
    }

    double number(std::string_view part, const char* what) const {
        bool non_finite = false;
        const auto v = yaml_input::parse_real(trim(part), &non_finite);
        if (!v) fail(std::string(what) + " '" + trim(part) + "' is not a finite number");
        return *v;
    }

    void range(std::size_t dots) {
        const std::string_view rest = text.substr(dots + 2);
        const auto colon = rest.find(':');
        if (colon == std::string_view::npos) fail("range '" + std::string(text) + "' has no :*FACTOR or :+STEP");
        const double start = number(text.substr(0, dots), "START");
        const double stop = number(rest.substr(0, colon), "STOP");
        const std::string step_text = trim(rest.substr(colon + 1));
        if (step_text.empty() || (step_text[0] != '*' && step_text[0] != '+'))
            fail("range step '" + step_text + "' must be *FACTOR or +STEP");
        const bool geometric = step_text[0] == '*';
        const double step = number(std::string_view(step_text).substr(1), geometric ? "FACTOR" : "STEP");
        if (stop < start) fail("STOP " + number_text(stop) + " is below START " + number_text(start));
        if (start < spec.min || stop > spec.max)
            fail("range " + number_text(start) + ".." + number_text(stop) + " leaves the valid range",
                 spec.valid_range());
        if (is_integer(spec) && (std::floor(start) != start || std::floor(stop) != stop))
            fail("START and STOP must be integers for this key", spec.valid_range());
        double count = 0;
        if (geometric) {
            if (step <= 1) fail("FACTOR " + number_text(step) + " must be greater than 1");
            if (start <= 0) fail("START must be positive with a FACTOR");
            count = std::floor(std::log(stop / start) / std::log(step) + 1e-9) + 1;
        } else {
            if (step <= 0) fail("STEP " + number_text(step) + " must be positive");
            if (is_integer(spec) && std::floor(step) != step)
                fail("STEP must be an integer for this key", spec.valid_range());
            count = std::floor((stop - start) / step + 1e-9) + 1;
        }
        if (!(count <= static_cast<double>(max_values)))
            fail("range has " + number_text(count) + " values, more than " + std::to_string(max_values),
                 "at most " + std::to_string(max_values) + " values");
        const auto n = static_cast<std::uint64_t>(count);
        for (std::uint64_t k = 0; k < n; ++k) {
            const double kd = static_cast<double>(k);
            double v = geometric ? start * std::pow(step, kd) : start + kd * step;
            if (is_integer(spec)) {
                v = std::round(v);
                const auto rounded = static_cast<std::int64_t>(v);
                if (!axis.values.empty() && std::get<std::int64_t>(axis.values.back()) == rounded)
                    continue;  // rounding repeat
                add(rounded);
            } else {
                add(tidy(v));
            }
        }
    }

    void list() {
        std::size_t start = 0;
        for (;;) {
            const auto comma = text.find(',', start);
            const std::string item =
                trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
            if (item.empty()) fail("empty value in list '" + std::string(text) + "'");
            ParamValue value;
            std::string error;
            if (!parse_param_text(spec, item, value, &error)) fail(error, spec.valid_range());
            add(value);
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
    }
};

}  // namespace

SweepAxis parse_axis_values(const ParamSpec& spec, std::string_view values_text, const std::string& label,
                            std::uint64_t max_values) {
    AxisBuilder b{spec, label, values_text, max_values, {}, {}};
    b.axis.key = spec.key;
    if (spec.type == ParamType::text_list)
        b.fail("a list-valued key cannot be swept", "a scalar key listed by 'edgecim-cli params'");
    if (trim(values_text).empty()) b.fail("empty value list");
    const auto dots = values_text.find("..");
    if (is_numeric(spec) && dots != std::string_view::npos)
        b.range(dots);
    else
        b.list();
    return std::move(b.axis);
}

SweepAxis parse_vary(std::string_view assignment) {
    const std::string label = "--vary";
    const auto eq = assignment.find('=');
    const std::string key = trim(assignment.substr(0, eq == std::string_view::npos ? assignment.size() : eq));
    if (eq == std::string_view::npos || key.empty())
        throw InputError(
            Problem{label, 0, 0, std::string(assignment), "expected KEY=VALUES", std::string(kValueListForm)});
    const ParamSpec* spec = find_param(key);
    if (!spec) {
        std::string message = "unknown key";
        const std::string near = yaml_input::closest_match(key, param_keys());
        if (!near.empty()) message += "; did you mean '" + near + "'?";
        throw InputError(Problem{label, 0, 0, key, message, "a key listed by 'edgecim-cli params'"});
    }
    return parse_axis_values(*spec, assignment.substr(eq + 1), label);
}

SweepSpec parse_sweep(const std::vector<std::string>& assignments) {
    SweepSpec spec;
    for (const auto& a : assignments) {
        SweepAxis axis = parse_vary(a);
        for (const auto& other : spec.axes)
            if (other.key == axis.key)
                throw InputError(Problem{"--vary", 0, 0, axis.key, "key is varied twice",
                                         "each key once; list all its values in one --vary"});
        spec.axes.push_back(std::move(axis));
    }
    if (spec.axes.empty())
        throw InputError(Problem{"--vary", 0, 0, "", "no --vary given", std::string(kValueListForm)});
    if (spec.point_count() > kMaxSweepPoints) {
        std::string sizes;
        for (const auto& axis : spec.axes) sizes += (sizes.empty() ? "" : " x ") + std::to_string(axis.values.size());
        throw InputError(Problem{"--vary", 0, 0, "",
                                 "the sweep has " + sizes + " points, more than " + std::to_string(kMaxSweepPoints),
                                 "at most " + std::to_string(kMaxSweepPoints) + " points"});
    }
    return spec;
}

std::uint64_t SweepSpec::point_count() const {
    if (axes.empty()) return 0;
    std::uint64_t n = 1;
    for (const auto& axis : axes) {
        const std::uint64_t size = axis.values.size();
        if (size != 0 && n > std::numeric_limits<std::uint64_t>::max() / size)
            return std::numeric_limits<std::uint64_t>::max();
        n *= size;
    }
    return n;
}

std::vector<std::size_t> SweepSpec::point_indices(std::uint64_t index) const {
    std::vector<std::size_t> indices(axes.size());
    for (std::size_t a = axes.size(); a-- > 0;) {
        const std::uint64_t size = axes[a].values.size();
        indices[a] = static_cast<std::size_t>(index % size);
        index /= size;
    }
    return indices;
}

}  // namespace edgecim
