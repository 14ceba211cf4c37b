#pragma once
// One rule for a model or a baseline device that cannot run a workload (issue #13): every
// output (CLI tables, JSON, CSV, the GUI's views and exports, reports) shows such an entry as
// "n/a (reason)" and carries on with the others. The workload is never altered to make an
// entry fit. Only the design's own configured model is an input error: validate() reports
// the same problems, with file, line and key, for that one.
#include <string>
#include <vector>

#include "edgecim/baseline.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {

// Whether an entry can run the workload. Each problem names the key that limits it and the
// valid range, so the same check gives an input error (validate, evaluate_baseline) and an
// "n/a (reason)" entry.
struct WorkloadFit {
    std::vector<Problem> problems;
    // Per problem, the limit it hits in a few words ("context 2048", "DRAM 8.0 GB"): where a
    // table cell has no room for the whole reason.
    std::vector<std::string> limits;
    bool runs() const { return problems.empty(); }
    // The problems' messages joined with "; " (empty when it runs).
    std::string reason() const;
    // The first limit, "; …" when there are more (empty when it runs): a cell's worth.
    std::string short_reason() const;
    void add(Problem problem, std::string limit);
};

// The model's context window: prompt + generated tokens must fit it.
WorkloadFit context_fit(const ModelSpec& model, std::int64_t prompt_tokens, std::int64_t generate_tokens);
// The simulated design with this model and the configuration's workload and precision: the
// model's context window, and the design's DRAM holds the weights and the KV cache of the
// whole context (docs/model.md#dram-and-capacity).
WorkloadFit design_fit(const Config& config, const ModelSpec& model);
// A baseline device with this model: the model's context window, the device's DRAM holds the
// weights in its engine's storage format, and the workload fits the engine's compiled context.
WorkloadFit baseline_fit(const DeviceSpec& device, const ModelSpec& model, std::int64_t prompt_tokens,
                         std::int64_t generate_tokens);

// "n/a (reason)": how every text output shows an entry that cannot run.
std::string not_available_text(const std::string& reason);

}  // namespace edgecim
