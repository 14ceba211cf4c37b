// Roofline model of a baseline device and its calibration fit.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "edgecim/baseline.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/workload_fit.hpp"

namespace edgecim {
namespace {

double decoder_weights(const ModelSpec& m) {
    return static_cast<double>(m.linear_weights_per_token()) - static_cast<double>(m.vocab_size * m.hidden_size);
}

double flops_per_token(const ModelSpec& m, std::int64_t context) {
    const double attention = 4.0 * static_cast<double>(m.layers * m.q_dim()) * static_cast<double>(context);
    return 2.0 * static_cast<double>(m.linear_weights_per_token()) + attention;
}

std::int64_t kv_context(const DeviceSpec& d, std::int64_t context) {
    return d.format.compiled_context > 0 ? d.format.compiled_context : context;
}

// Mean bytes per token over a generation, and whether the compute ceiling binds.
struct GenerationCost {
    double mean_bytes = 0;
    double mean_time_s = 0;
    bool compute_bound = false;
};

GenerationCost generation_cost(const DeviceSpec& d, const ModelSpec& m, int prompt, int generate, double efficiency,
                               double fixed_ms) {
    GenerationCost cost;
    const double bandwidth = d.dram_bandwidth_gbps * 1e9 * efficiency;
    const double flops_rate = d.peak_tflops * 1e12;
    int compute_steps = 0;
    for (int i = 0; i < generate; ++i) {
        const std::int64_t context = static_cast<std::int64_t>(prompt) + i;
        const double bytes = device_bytes_per_token(d, m, context);
        const double memory_s = bytes / bandwidth;
        const double compute_s = flops_rate > 0 ? flops_per_token(m, context) / flops_rate : 0;
        if (compute_s > memory_s) ++compute_steps;
        cost.mean_bytes += bytes;
        cost.mean_time_s += std::max(memory_s, compute_s) + fixed_ms * 1e-3;
    }
    cost.mean_bytes /= std::max(generate, 1);
    cost.mean_time_s /= std::max(generate, 1);
    cost.compute_bound = compute_steps * 2 > generate;
    return cost;
}

// The device as it was when a calibration point was measured (its compiled context).
DeviceSpec as_measured(const DeviceSpec& d, const CalibrationPoint& p) {
    DeviceSpec measured = d;
    if (p.compiled_context >= 0) measured.format.compiled_context = p.compiled_context;
    return measured;
}

std::string fixed_text(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

}  // namespace

double device_bytes_per_token(const DeviceSpec& d, const ModelSpec& m, std::int64_t context) {
    const double layers_bytes = decoder_weights(m) * d.format.weight_bits / 8.0;
    const double head_bytes = static_cast<double>(m.vocab_size * m.hidden_size) * d.format.lm_head_bits / 8.0;
    const double embedding_row = static_cast<double>(m.hidden_size) * d.format.lm_head_bits / 8.0;
    const double kv_value_bytes = d.format.kv_bits / 8.0;
    const double kv_per_position = 2.0 * static_cast<double>(m.layers * m.kv_dim()) * kv_value_bytes;
    const double kv_read = kv_per_position * static_cast<double>(kv_context(d, context));
    const double kv_write = kv_per_position;
    return layers_bytes + head_bytes + embedding_row + kv_read + kv_write;
}

WorkloadFit baseline_fit(const DeviceSpec& d, const ModelSpec& m, std::int64_t prompt, std::int64_t generate) {
    WorkloadFit fit = context_fit(m, prompt, generate);
    const double weights_gb = (decoder_weights(m) * d.format.weight_bits +
                               static_cast<double>(m.vocab_size * m.hidden_size) * d.format.lm_head_bits) /
                              8e9;
    if (weights_gb > d.dram_capacity_gb)
        fit.add({d.source_file, 0, 0, "dram.capacity_gb",
                 "needs " + fixed_text(weights_gb, 2) + " GB of weights, more than the device's " +
                     fixed_text(d.dram_capacity_gb, 1) + " GB of DRAM",
                 "a model whose weights fit in " + fixed_text(d.dram_capacity_gb, 1) + " GB"},
                "DRAM " + fixed_text(d.dram_capacity_gb, 1) + " GB");
    const std::int64_t last_context = prompt + generate;
    if (d.format.compiled_context > 0 && last_context > d.format.compiled_context)
        fit.add({d.source_file, 0, 0, "engine.compiled_context",
                 "prompt + generated tokens = " + std::to_string(last_context) +
                     " exceed the engine's compiled context of " + std::to_string(d.format.compiled_context),
                 "<= " + std::to_string(d.format.compiled_context)},
                "compiled context " + std::to_string(d.format.compiled_context));
    return fit;
}

BaselineResult evaluate_baseline(const DeviceSpec& d, const ModelSpec& m, int prompt, int generate) {
    if (WorkloadFit fit = baseline_fit(d, m, prompt, generate); !fit.runs()) throw InputError(std::move(fit.problems));
    const GenerationCost cost = generation_cost(d, m, prompt, generate, d.bandwidth_efficiency, d.fixed_overhead_ms);
    BaselineResult r;
    r.device = d.name;
    r.time_per_token_s = cost.mean_time_s;
    r.tokens_per_s = cost.mean_time_s > 0 ? 1.0 / cost.mean_time_s : 0;
    r.bytes_per_token = cost.mean_bytes;
    r.compute_bound = cost.compute_bound;
    if (d.decode_power_w) {
        r.power_w = d.decode_power_w;
        r.tokens_per_j = r.tokens_per_s / *d.decode_power_w;
    }
    return r;
}

DeviceFit fit_device(const DeviceSpec& d) {
    // Model: t = bytes * a + b with a = 1 / (peak * efficiency), b = t_fixed (memory-bound
    // points). Minimise the sum of squared relative errors: weight each row by 1 / t_measured.
    std::vector<double> bytes, times;
    for (const auto& p : d.calibration) {
        const ModelSpec m = load_zoo_model(p.model);
        bytes.push_back(generation_cost(as_measured(d, p), m, p.prompt_tokens, p.generate_tokens, 1.0, 0).mean_bytes);
        times.push_back(1.0 / p.tokens_per_s);
    }
    if (bytes.empty()) throw std::invalid_argument("device " + d.name + " has no calibration points");
    DeviceFit fit;
    double a = 1.0 / (d.dram_bandwidth_gbps * 1e9 * d.bandwidth_efficiency);
    double b = 0;
    if (bytes.size() == 1) {
        b = times[0] - bytes[0] * a;
    } else {
        double sxx = 0, sx = 0, s1 = 0, sxy = 0, sy = 0;
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            const double w = 1.0 / (times[i] * times[i]);
            sxx += w * bytes[i] * bytes[i];
            sx += w * bytes[i];
            s1 += w;
            sxy += w * bytes[i] * times[i];
            sy += w * times[i];
        }
        const double det = sxx * s1 - sx * sx;
        if (std::fabs(det) < 1e-300) throw std::invalid_argument("calibration points of " + d.name + " are degenerate");
        a = (sxy * s1 - sx * sy) / det;
        b = (sxx * sy - sx * sxy) / det;
    }
    fit.bandwidth_efficiency = 1.0 / (a * d.dram_bandwidth_gbps * 1e9);
    fit.fixed_overhead_ms = b * 1e3;
    for (const auto& p : d.calibration) {
        const ModelSpec m = load_zoo_model(p.model);
        const double t = generation_cost(as_measured(d, p), m, p.prompt_tokens, p.generate_tokens,
                                         fit.bandwidth_efficiency, fit.fixed_overhead_ms)
                             .mean_time_s;
        fit.residuals_pct.push_back(100.0 * ((1.0 / t) - p.tokens_per_s) / p.tokens_per_s);
    }
    return fit;
}

}  // namespace edgecim
