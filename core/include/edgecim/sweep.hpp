#pragma once
// Cartesian parameter sweeps over any schema key (edgecim-cli sweep, and the GUI's sweep
// view). Every point is the base configuration with one value per axis applied through
// the parameter table, validated as a whole, then evaluated; invalid combinations become
// rows with an error text instead of failing the sweep. Rows come back in the same order
// (the first axis varies slowest) whatever the number of threads.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/run_metrics.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim {

inline constexpr std::uint64_t kMaxSweepPoints = 1000000;
// The value forms accepted by --vary and by design-space genes.
inline constexpr std::string_view kValueListForm =
    "KEY=V1,V2,... or KEY=START..STOP:*FACTOR (FACTOR > 1) or KEY=START..STOP:+STEP (STEP > 0)";

struct SweepAxis {
    std::string key;                  // dotted schema path
    std::vector<ParamValue> values;   // parsed and range-checked
    std::vector<std::string> labels;  // the values as text (format_value)
};

struct SweepSpec {
    std::vector<SweepAxis> axes;
    // Product of the axis sizes (0 for no axes); saturates at UINT64_MAX.
    std::uint64_t point_count() const;
    // The value index on each axis of point `index` (first axis slowest).
    std::vector<std::size_t> point_indices(std::uint64_t index) const;
};

// Values of one key: "V1,V2,..." or, for numeric keys, "START..STOP:*FACTOR" /
// "START..STOP:+STEP". Integer keys round geometric values to the nearest integer and
// drop repeats. Throws InputError (file label `label`, naming the key and the valid
// form) for: unknown key (with a did-you-mean), a key that cannot be swept (lists),
// empty list or item, non-numeric numeric values, out-of-range values, repeated values,
// STOP < START, FACTOR <= 1, STEP <= 0, START <= 0 with a factor, or more than
// max_values values.
SweepAxis parse_axis_values(const ParamSpec& spec, std::string_view values_text, const std::string& label = "--vary",
                            std::uint64_t max_values = kMaxSweepPoints);
// One --vary argument: KEY=VALUES.
SweepAxis parse_vary(std::string_view assignment);
// All --vary arguments: also rejects a key given twice and more than kMaxSweepPoints
// points in total (InputError).
SweepSpec parse_sweep(const std::vector<std::string>& assignments);

struct SweepOptions {
    SimOptions sim{Evaluator::analytical};
    int jobs = 0;                               // threads; <= 0: all cores
    const std::atomic<bool>* cancel = nullptr;  // points not started when it turns true are skipped
    // Called after each finished point with (points done, total), serialised (never
    // concurrently), from worker threads.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

struct SweepRow {
    std::uint64_t index = 0;
    std::vector<ParamValue> values;     // one per axis
    std::optional<RunMetrics> metrics;  // absent when the point is invalid or skipped
    std::string error;                  // why metrics are absent; empty otherwise
};

// Throws InputError only when the base configuration's model cannot be resolved; every
// per-point problem is reported in its row.
std::vector<SweepRow> run_sweep(const Config& base, const SweepSpec& spec, const SweepOptions& options);

// Evaluates single points of a sweep, exactly as run_sweep does: the models are resolved
// once at construction (throws InputError only when the base model cannot be resolved),
// then evaluate() is const and thread-safe. Distributed runners (edgecim-mpi) evaluate
// any subset of points with it and still produce run_sweep's rows.
class SweepPointEvaluator {
public:
    SweepPointEvaluator(const Config& base, const SweepSpec& spec, const SimOptions& sim);
    SweepRow evaluate(std::uint64_t index) const;
    // The row of a point skipped by a cancel: its coordinates and an error text.
    SweepRow skipped(std::uint64_t index) const;

private:
    const Config& base_;
    const SweepSpec& spec_;
    SimOptions sim_;
    std::vector<const ParamSpec*> params_;
    std::map<std::string, ModelSpec> models_;
    std::map<std::string, std::string> model_errors_;
};

// Writes sweep rows one at a time, for runs that cannot hold every row (streaming to a
// file in bounded memory). The bytes are exactly those of write_sweep_csv /
// write_sweep_json for the same rows: each row is rendered by those functions, so the
// two outputs cannot drift apart. Rows become text where they are evaluated, so a
// distributed run ships text to the writing process.
enum class SweepFormat : std::uint8_t { csv, json };
class SweepRowStream {
public:
    SweepRowStream(const SweepSpec& spec, SweepFormat format);
    // What precedes the first row (the CSV header, or "[" for JSON).
    std::string header() const;
    // The text of consecutive rows, separated from each other, without the separator
    // that goes before the first of them when rows precede it ("" for no rows).
    std::string rows_text(const std::vector<SweepRow>& rows) const;
    // The separator written between rows ("," for JSON).
    std::string separator() const;
    // What follows the last row; rows_written tells an empty JSON array apart.
    std::string footer(std::uint64_t rows_written) const;

private:
    const SweepSpec& spec_;
    SweepFormat format_;
    std::string empty_;      // the whole output for no row
    std::string json_tail_;  // what follows the last JSON element
};

// RFC 4180 (CRLF line ends): header = axis keys, the metric names, error.
void write_sweep_csv(const SweepSpec& spec, const std::vector<SweepRow>& rows, std::ostream& out);
// An array of objects: axis keys (numbers stay numbers, "auto" a string), the metrics,
// and "error" (null when the point ran).
void write_sweep_json(const SweepSpec& spec, const std::vector<SweepRow>& rows, std::ostream& out);

// The text of a problem list for a row: "key: message (valid: ...)" joined by "; "; the
// file is named only with a position (a model file's problem), not for whole-config checks.
std::string problems_text(const std::vector<Problem>& problems);

}  // namespace edgecim
