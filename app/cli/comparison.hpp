#pragma once
// The EdgeCIM design against baseline devices, per model: computed once, rendered as a
// table, JSON (cli-and-schema.md) or CSV.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "edgecim/baseline.hpp"
#include "edgecim/config.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::cli {

struct BaselineComparison {
    std::string name;
    std::string display_name;
    BaselineResult result;
    double speedup = 0;
    std::optional<double> efficiency_gain;         // at the preset's energy boundary
    std::optional<double> efficiency_gain_chip;
    std::optional<double> efficiency_gain_system;
};

struct ModelComparison {
    std::string model;
    double tokens_per_s = 0;
    double tokens_per_j = 0;                       // at the preset's energy boundary
    double tokens_per_j_chip = 0;
    double tokens_per_j_system = 0;
    std::vector<BaselineComparison> baselines;
};

std::vector<ModelComparison> compare_models(const Config& config, const std::vector<std::string>& models,
                                            const std::vector<std::string>& baselines, const SimOptions& options);
void write_comparison_json(const std::vector<ModelComparison>& rows, std::ostream& out);
void write_comparison_csv(const std::vector<ModelComparison>& rows, std::ostream& out);
void write_comparison_table(const std::vector<ModelComparison>& rows, EnergyBoundary boundary, std::ostream& out);

}  // namespace edgecim::cli
