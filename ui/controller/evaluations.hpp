#pragma once
// The evaluations the GUI runs, as pure functions of an immutable input copy, and the
// value types they return. They run on worker threads: no Qt widgets, no shared state.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edgecim/comparison.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::ui {

// What one request evaluates: a copy of the configuration and the resolved model.
struct EvaluationInput {
    Config config;
    ModelSpec model;
};

using ResultPtr = std::shared_ptr<const SimulationResult>;

// A baseline device of the comparison, in column order.
struct BaselineDevice {
    std::string name;
    std::string display_name;
    bool has_power = false;  // publishes a decode power (tokens/J available)
};

// EdgeCIM on every zoo model with the current hardware (analytical evaluator), and the
// baseline devices (presets/baselines plus the configuration's own) on the same workload:
// core's comparison (compare_model), one simulation per model. A model or device that
// cannot run the configured workload is an entry with its reason (ModelComparison::na_reason,
// BaselineComparison::na_reason), never a shortened workload.
struct ZooComparison {
    std::string current_model;
    EnergyBoundary boundary = EnergyBoundary::system;
    std::vector<BaselineDevice> devices;
    std::vector<ModelComparison> models;  // each with one baseline per device, same order
    const ModelComparison* find(const std::string& model) const;
};

SimulationResult evaluate_overview(const EvaluationInput& input);
SimulationResult evaluate_detail(const EvaluationInput& input, int timeline_token,
                                 TimelinePhase phase = TimelinePhase::decode);
ZooComparison evaluate_zoo(const EvaluationInput& input);
// Against the given devices (names or paths) instead of the shipped ones plus the
// configuration's; devices that do not load are left out (validate() reports them).
ZooComparison evaluate_zoo(const EvaluationInput& input, const std::vector<std::string>& baselines);

}  // namespace edgecim::ui
