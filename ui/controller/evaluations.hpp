#pragma once
// The evaluations the GUI runs, as pure functions of an immutable input copy, and the
// value types they return. They run on worker threads: no Qt widgets, no shared state.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// One baseline device on one model (core compare_models).
struct BaselinePoint {
    std::string name;  // preset stem: orin-nano
    double tokens_per_s = 0;
    std::optional<double> tokens_per_j;     // none: the device has no published power
    double speedup = 0;                     // EdgeCIM tokens/s over the device's
    std::optional<double> efficiency_gain;  // at the configured energy boundary
    std::string error;                      // non-empty when the model does not run on the device
};
struct BaselineDevice {
    std::string name;
    std::string display_name;
    bool has_power = false;  // publishes a decode power (tokens/J available)
};

// EdgeCIM on every zoo model with the current hardware (analytical evaluator), and the
// baseline devices (presets/baselines plus the configuration's own) on the same workload.
struct ZooPoint {
    std::string name;
    std::string display_name;
    std::int64_t parameters = 0;
    double tokens_per_s = 0;
    double tokens_per_j = 0;  // at the configured boundary
    double tokens_per_j_chip = 0;
    double tokens_per_j_system = 0;
    double roofline_tokens_per_s = 0;
    double dram_bytes_per_token = 0;
    int prompt_tokens = 0;  // the workload actually run (clamped to the context)
    int generate_tokens = 0;
    std::vector<BaselinePoint> baselines;  // one per ZooComparison::devices, same order
    std::string error;                     // non-empty when this model could not be simulated
};
struct ZooComparison {
    std::string current_model;
    EnergyBoundary boundary = EnergyBoundary::system;
    std::vector<BaselineDevice> devices;
    std::vector<ZooPoint> points;
    const ZooPoint* find(const std::string& model) const;
};

// The current design at growing prompt lengths (analytical evaluator).
struct SweepPoint {
    std::int64_t prompt_tokens = 0;
    double tokens_per_s = 0;
    double energy_per_token_j = 0;
    double ttft_s = 0;
    double roofline_tokens_per_s = 0;
};
struct ContextSweep {
    std::string model;
    std::int64_t max_context = 0;
    std::int64_t generate_tokens = 0;
    EnergyBoundary boundary = EnergyBoundary::system;
    std::vector<SweepPoint> points;
};

SimulationResult evaluate_overview(const EvaluationInput& input);
SimulationResult evaluate_detail(const EvaluationInput& input, int timeline_token,
                                 TimelinePhase phase = TimelinePhase::decode);
ZooComparison evaluate_zoo(const EvaluationInput& input);
// Prompt lengths 128, 256, ... 32768 that fit the model's context with the
// configured generated tokens.
std::vector<std::int64_t> sweep_prompt_lengths(const ModelSpec& model, std::int64_t generate_tokens);
ContextSweep evaluate_context_sweep(const EvaluationInput& input);

}  // namespace edgecim::ui
