#include "controller/sweep_evaluation.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "edgecim/problem.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim::ui {

namespace {

const std::string kLabel = "sweep axis";

bool isNumeric(const ParamSpec& spec) {
    return spec.type == ParamType::integer || spec.type == ParamType::real || spec.type == ParamType::integer_or_auto;
}
bool isInteger(const ParamSpec& spec) {
    return spec.type == ParamType::integer || spec.type == ParamType::integer_or_auto;
}

[[noreturn]] void fail(const std::string& key, const std::string& message, const std::string& valid) {
    throw InputError(Problem{kLabel, 0, 0, key, message, valid});
}

// Values as the preset would write them: whole numbers for integer keys, the shortest
// round-tripping text for reals (after trimming binary noise such as 0.30000000000000004
// at 12 significant digits, as the CLI's range parser does).
std::string valueText(const ParamSpec& spec, double v) {
    if (isInteger(spec)) return std::to_string(std::llround(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return format_double(std::strtod(buf, nullptr));
}

}  // namespace

std::vector<const ParamSpec*> sweepable_params() {
    std::vector<const ParamSpec*> out;
    for (const ParamSpec& spec : param_table())
        if (isNumeric(spec)) out.push_back(&spec);
    return out;
}

SweepRequest default_sweep_request() {
    SweepRequest request;
    request.axes.push_back({"workload.prompt_tokens", 128, 32768, 9, AxisSpacing::doubling});
    return request;
}

std::string axis_values_text(const SweepAxisRequest& axis) {
    const ParamSpec* spec = find_param(axis.key);
    if (!spec) fail(axis.key, "unknown key", "a key listed by 'edgecim-cli params'");
    if (!isNumeric(*spec)) fail(axis.key, "not a numeric key", "an integer or real key");
    const std::string range = spec->valid_range();
    // Messages give whole numbers without a fraction ("FROM 0", not "FROM 0.0").
    if (!std::isfinite(axis.from) || !std::isfinite(axis.to)) fail(axis.key, "FROM and TO must be numbers", range);
    if (axis.from < spec->min || axis.from > spec->max)
        fail(axis.key, "FROM " + format_number(axis.from) + " is outside the valid range", range);
    if (axis.to < spec->min || axis.to > spec->max)
        fail(axis.key, "TO " + format_number(axis.to) + " is outside the valid range", range);
    if (axis.to < axis.from)
        fail(axis.key, "TO " + format_number(axis.to) + " is below FROM " + format_number(axis.from),
             "FROM <= TO within " + range);
    if (isInteger(*spec) && (std::floor(axis.from) != axis.from || std::floor(axis.to) != axis.to))
        fail(axis.key, "FROM and TO must be whole numbers for this key", range);
    if (axis.spacing != AxisSpacing::linear && axis.from <= 0)
        fail(axis.key, "FROM must be positive for log or x2 spacing", "FROM > 0");
    if (axis.spacing == AxisSpacing::doubling) {
        const std::string text = valueText(*spec, axis.from) + ".." + valueText(*spec, axis.to) + ":*2";
        return text;
    }
    if (axis.steps < 1 || axis.steps > kMaxSweepAxisValues)
        fail(axis.key, "steps " + std::to_string(axis.steps) + " is outside the valid range",
             "[1, " + std::to_string(kMaxSweepAxisValues) + "] values");
    std::vector<std::string> values;
    std::set<std::string> seen;
    for (int k = 0; k < axis.steps; ++k) {
        const double f = axis.steps == 1 ? 0.0 : static_cast<double>(k) / (axis.steps - 1);
        // The end points exactly as typed; the inner points interpolated.
        double v = axis.from;
        if (k == axis.steps - 1)
            v = axis.to;
        else if (k > 0)
            v = axis.spacing == AxisSpacing::log ? axis.from * std::pow(axis.to / axis.from, f)
                                                 : axis.from + f * (axis.to - axis.from);
        std::string text = valueText(*spec, v);
        if (seen.insert(text).second) values.push_back(std::move(text));  // integer rounding repeats
    }
    return join(values, ",");
}

SweepSpec build_sweep_spec(const SweepRequest& request) {
    if (request.axes.empty() || request.axes.size() > 2)
        throw InputError(Problem{kLabel, 0, 0, "", "a sweep has one or two axes", "one or two numeric keys"});
    SweepSpec spec;
    for (const SweepAxisRequest& axis : request.axes) {
        const std::string text = axis_values_text(axis);
        for (const SweepAxis& other : spec.axes)
            if (other.key == axis.key) fail(axis.key, "key is swept on both axes", "two different keys");
        spec.axes.push_back(parse_axis_values(*find_param(axis.key), text, kLabel, kMaxSweepAxisValues));
    }
    if (spec.point_count() > static_cast<std::uint64_t>(kMaxGuiSweepPoints))
        fail(request.axes.back().key, "the sweep has " + std::to_string(spec.point_count()) + " points",
             "at most " + std::to_string(kMaxGuiSweepPoints) +
                 " points in the GUI (edgecim-cli sweep has no such limit)");
    return spec;
}

std::string sweep_command_line(const SweepSpec& spec) {
    std::string line = "edgecim-cli sweep";
    for (const SweepAxis& axis : spec.axes) line += " --vary " + axis.key + "=" + join(axis.labels, ",");
    return line;
}

SweepOutcome evaluate_sweep(const EvaluationInput& input, const SweepRequest& request, const std::atomic<bool>* cancel,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
    SweepOutcome out;
    out.request = request;
    out.spec = build_sweep_spec(request);
    out.model = input.model.display_name;
    SweepOptions options;  // analytical evaluator, all cores: as edgecim-cli sweep by default
    options.cancel = cancel;
    options.progress = progress;
    out.rows = run_sweep(input.config, out.spec, options);
    out.cancelled = cancel && cancel->load();
    if (request.reference && out.spec.axes.size() == 1 && !out.cancelled) {
        options.progress = nullptr;
        try {
            // At the current design's energy boundary, a reporting choice, like the cards.
            Config reference = request.reference->config;
            reference.energy_boundary = input.config.energy_boundary;
            out.reference_rows = run_sweep(reference, out.spec, options);
        } catch (const InputError& e) {
            out.reference_error = problems_text(e.problems());
        }
        out.cancelled = cancel && cancel->load();
    }
    return out;
}

}  // namespace edgecim::ui
