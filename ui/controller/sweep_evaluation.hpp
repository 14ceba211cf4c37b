#pragma once
// The Sweep view's request (one or two numeric preset keys, each with a range) and its
// evaluation through core's run_sweep, the machinery behind `edgecim-cli sweep`: an axis
// becomes the same --vary text the CLI parses, so the GUI and the CLI compute the same
// rows for the same axes. Plain C++ (no Qt): it runs on a worker thread.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "controller/evaluations.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/sweep.hpp"

namespace edgecim::ui {

enum class AxisSpacing { linear, log, doubling };

struct SweepAxisRequest {
    std::string key;  // a numeric preset key (sweepable_params)
    double from = 0;
    double to = 0;
    int steps = 2;  // number of values for linear and log spacing; doubling ignores it
    AxisSpacing spacing = AxisSpacing::doubling;
};

struct SweepRequest {
    std::vector<SweepAxisRequest> axes;  // one (lines) or two (heatmap)
    // The A/B reference, evaluated on the same axes for the dashed overlay (1-D only), at
    // the energy boundary of the evaluation input (the current design's).
    std::shared_ptr<const EvaluationInput> reference;
};

// At most this many values per axis and points per sweep in the GUI: a 2-D sweep of
// 64 x 64 analytical points takes seconds, more would leave the view stale for long.
inline constexpr int kMaxSweepAxisValues = 64;
inline constexpr int kMaxGuiSweepPoints = 4096;

// The preset keys the view offers: integer, real and integer-or-auto parameters.
std::vector<const ParamSpec*> sweepable_params();

// The prompt-length sweep the view starts with (the former context sweep): prompt
// tokens 128 ... 32768, doubling.
SweepRequest default_sweep_request();

// The --vary value text of one axis, exactly what `edgecim-cli sweep --vary KEY=TEXT`
// takes: "FROM..TO:*2" for doubling, otherwise the explicit list "v1,v2,..." (integer
// keys rounded to the nearest integer, repeats dropped). Throws InputError (label
// "sweep axis", naming the key and its valid range) for an unknown or non-numeric key,
// FROM/TO outside the key's range, TO < FROM, FROM <= 0 with log or doubling spacing,
// or steps outside [2, kMaxSweepAxisValues].
std::string axis_values_text(const SweepAxisRequest& axis);
// Every axis parsed by core's parse_axis_values (the CLI's parser) into one spec.
// Throws InputError as axis_values_text does, and for a key used twice or more than
// kMaxGuiSweepPoints points.
SweepSpec build_sweep_spec(const SweepRequest& request);
// The command line that computes the same rows: edgecim-cli sweep --vary ... .
std::string sweep_command_line(const SweepSpec& spec);

struct SweepOutcome {
    SweepRequest request;  // what was asked (spacing decides the chart's axis scale)
    SweepSpec spec;
    std::string model;  // display name of the swept model
    std::vector<SweepRow> rows;
    std::vector<SweepRow> reference_rows;  // empty: no reference, or it could not be evaluated
    std::string reference_error;           // why the reference has no rows (empty: none asked or fine)
    bool cancelled = false;                // a newer request replaced this one mid-run
};

// Runs the sweep with core's run_sweep (analytical evaluator, all cores), then the
// reference on the same axes for a 1-D sweep. Points that fail carry their reason in
// SweepRow::error. Throws InputError for a bad request or an unresolvable model.
SweepOutcome evaluate_sweep(const EvaluationInput& input, const SweepRequest& request,
                            const std::atomic<bool>* cancel = nullptr,
                            const std::function<void(std::uint64_t done, std::uint64_t total)>& progress = {});

}  // namespace edgecim::ui
