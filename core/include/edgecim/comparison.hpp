#pragma once
// The simulated design against baseline devices, per model: one computation shared by
// the CLI (compare, reproduce), the GUI comparison view and reports.
#include <optional>
#include <string>
#include <vector>

#include "edgecim/baseline.hpp"
#include "edgecim/config.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim {

struct BaselineComparison {
    std::string name;
    std::string display_name;
    BaselineResult result;
    double speedup = 0;
    std::optional<double> efficiency_gain;  // at the preset's energy boundary
    std::optional<double> efficiency_gain_chip;
    std::optional<double> efficiency_gain_system;
};

struct ModelComparison {
    std::string model;
    std::string display_name;
    double tokens_per_s = 0;
    double tokens_per_j = 0;  // at the preset's energy boundary
    double tokens_per_j_chip = 0;
    double tokens_per_j_system = 0;
    std::vector<BaselineComparison> baselines;
};

// Models are zoo names or paths; baselines are shipped names or paths (relative paths
// resolve against the preset's directory). Throws InputError for invalid combinations.
std::vector<ModelComparison> compare_models(const Config& config, const std::vector<std::string>& models,
                                            const std::vector<std::string>& baselines, const SimOptions& options);

}  // namespace edgecim
