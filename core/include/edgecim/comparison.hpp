#pragma once
// The simulated design against baseline devices, per model: one computation and one result
// model shared by the CLI (compare, reproduce), the GUI comparison and overview views, the
// GUI's exports and reports. A model or device that cannot run the workload is kept as an
// entry with a reason ("n/a (reason)", workload_fit.hpp); the workload is never altered.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edgecim/baseline.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim {

struct BaselineComparison {
    std::string name;
    std::string display_name;
    bool has_power = false;  // the device publishes a decode power (tokens/J available)
    // Non-empty: the device cannot run this model at this workload; result holds no figures.
    std::string na_reason;
    std::string na_short;  // the limit it hits in a few words (WorkloadFit::short_reason)
    BaselineResult result;
    std::optional<double> speedup;          // none when either side cannot run
    std::optional<double> efficiency_gain;  // at the preset's energy boundary
    std::optional<double> efficiency_gain_chip;
    std::optional<double> efficiency_gain_system;
    bool runs() const { return na_reason.empty(); }
};

struct ModelComparison {
    std::string model;
    std::string display_name;
    std::int64_t parameters = 0;
    int prompt_tokens = 0;  // the configured workload, as run
    int generate_tokens = 0;
    // Non-empty: the design cannot run this model at this workload; the figures below are 0.
    std::string na_reason;
    std::string na_short;  // the limit it hits in a few words (WorkloadFit::short_reason)
    double tokens_per_s = 0;
    double tokens_per_j = 0;  // at the preset's energy boundary
    double tokens_per_j_chip = 0;
    double tokens_per_j_system = 0;
    double roofline_tokens_per_s = 0;  // the DRAM roofline of the same simulation
    double dram_bytes_per_token = 0;
    std::vector<BaselineComparison> baselines;  // one per device, in the order given
    bool runs() const { return na_reason.empty(); }
};

// One model (its reference as given, a zoo name or a path, and the resolved spec) against
// loaded devices: one simulation. Throws InputError for a configuration that is invalid for
// another reason than the model's fit (workload_fit.hpp).
ModelComparison compare_model(const Config& config, const std::string& model_reference, const ModelSpec& model,
                              const std::vector<DeviceSpec>& devices, const SimOptions& options);

// Models are zoo names or paths; baselines are shipped names or paths (relative paths
// resolve against the preset's directory). Throws InputError for an unknown model or device.
std::vector<ModelComparison> compare_models(const Config& config, const std::vector<std::string>& models,
                                            const std::vector<std::string>& baselines, const SimOptions& options);

// The devices of a comparison, loaded once (relative paths against the preset's directory).
std::vector<DeviceSpec> load_devices(const Config& config, const std::vector<std::string>& baselines);

}  // namespace edgecim
