#pragma once
// Baseline edge devices (Jetson Orin Nano, SA8255P, ...) as calibrated roofline models:
//   t_token = max(bytes_per_token / (peak_bw * efficiency), flops / peak_flops) + t_fixed
// bytes_per_token comes from the model and the inference engine's storage format
// (weight bits, LM-head bits, KV bits, and whether the KV of the whole compiled context is
// streamed every token). efficiency and t_fixed are fitted to published measurements.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edgecim/model_spec.hpp"

namespace edgecim {

struct CalibrationPoint {
    std::string model;  // zoo name
    int prompt_tokens = 0;
    int generate_tokens = 0;
    double tokens_per_s = 0;    // measured decode throughput
    int compiled_context = -1;  // the measured build's compiled context; -1 = the device's
    std::string source;
};

struct StorageFormat {
    std::string engine;        // e.g. "MLC-LLM q4f16_ft"
    double weight_bits = 0;    // effective bits per weight of the decoder layers (scales included)
    double lm_head_bits = 0;   // effective bits per weight of the LM head
    double kv_bits = 0;        // bits per cached K or V value
    int compiled_context = 0;  // > 0: the engine streams the KV of this whole context every token
};

struct DeviceSpec {
    std::string name;  // file stem: orin-nano
    std::string display_name;
    std::string source_file;
    double dram_bandwidth_gbps = 0;  // peak GB/s
    double dram_capacity_gb = 0;
    double peak_tflops = 0;  // dense matmul throughput at the engine's compute precision
    StorageFormat format;
    double bandwidth_efficiency = 0;       // fitted: achieved / peak DRAM bandwidth
    double fixed_overhead_ms = 0;          // fitted: per-token time that does not scale with bytes
    std::optional<double> decode_power_w;  // power while decoding; none when not published
    std::vector<CalibrationPoint> calibration;
};

struct BaselineResult {
    std::string device;
    double tokens_per_s = 0;
    std::optional<double> tokens_per_j;  // only when the device has a power figure
    std::optional<double> power_w;
    double bytes_per_token = 0;  // mean over the generated tokens
    double time_per_token_s = 0;
    bool compute_bound = false;
};

// Bytes moved per generated token at the given context (tokens already in the KV cache).
double device_bytes_per_token(const DeviceSpec& device, const ModelSpec& model, std::int64_t context);
// Mean decode throughput over generate_tokens steps after a prompt_tokens prompt.
// Throws InputError when the model does not fit the device's DRAM or the context
// exceeds a compiled context.
BaselineResult evaluate_baseline(const DeviceSpec& device, const ModelSpec& model, int prompt_tokens,
                                 int generate_tokens);

struct DeviceFit {
    double bandwidth_efficiency = 0;
    double fixed_overhead_ms = 0;
    std::vector<double> residuals_pct;  // (predicted - measured) / measured, per calibration point
};
// Least squares in relative time over the device's calibration points. With one point
// only t_fixed is fitted and the efficiency is kept.
DeviceFit fit_device(const DeviceSpec& device);

// A shipped baseline name (presets/baselines/<name>.yaml) or a path.
DeviceSpec load_device(const std::string& name_or_path, const std::string& relative_to_dir = {});
DeviceSpec parse_device(std::string_view yaml_text, const std::string& file_label);

}  // namespace edgecim
