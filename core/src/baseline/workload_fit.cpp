// Whether the design or a baseline device can run a model at a workload (workload_fit.hpp).
// baseline_fit lives beside the device model (device_model.cpp), which owns the storage
// format arithmetic.
#include "edgecim/workload_fit.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

#include "edgecim/param_table.hpp"
#include "edgecim/precision.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim {
std::string WorkloadFit::reason() const {
    std::string text;
    for (const Problem& p : problems) {
        if (!text.empty()) text += "; ";
        text += p.message;
    }
    return text;
}

std::string WorkloadFit::short_reason() const {
    if (limits.empty()) return {};
    return limits.size() == 1 ? limits.front() : limits.front() + "; …";
}

void WorkloadFit::add(Problem problem, std::string limit) {
    problems.push_back(std::move(problem));
    limits.push_back(std::move(limit));
}

std::string not_available_text(const std::string& reason) { return "n/a (" + reason + ")"; }

WorkloadFit context_fit(const ModelSpec& model, std::int64_t prompt_tokens, std::int64_t generate_tokens) {
    WorkloadFit fit;
    const std::int64_t context = prompt_tokens + generate_tokens;
    if (model.max_context > 0 && context > model.max_context)
        fit.add({"", 0, 0, "workload.generate_tokens",
                 "prompt + generated tokens = " + std::to_string(context) + " exceeds " + model.display_name +
                     "'s context of " + std::to_string(model.max_context),
                 "prompt_tokens + generate_tokens <= " + std::to_string(model.max_context)},
                "context " + std::to_string(model.max_context));
    return fit;
}

WorkloadFit design_fit(const Config& config, const ModelSpec& model) {
    const auto& w = config.workload;
    WorkloadFit fit = context_fit(model, w.prompt_tokens, w.generate_tokens);
    const double context = static_cast<double>(w.prompt_tokens) + w.generate_tokens;
    // Every parameter is stored, the input embedding included when it is not tied.
    const double weight_gb = static_cast<double>(model.parameter_count()) * bits_of(w.precision.weights) / 8.0 / 1e9;
    const double kv_gb = static_cast<double>(model.kv_bytes_per_token(w.precision.kv_cache)) * context / 1e9;
    const double need_gb = weight_gb + kv_gb;
    if (need_gb > config.hardware.dram.capacity_gb)
        fit.add(
            {"", 0, 0, "hardware.dram.capacity_gb",
             model.display_name + " needs " + format_fixed(need_gb, 2) + " GB: " + format_fixed(weight_gb, 2) +
                 " GB of " + std::string(to_string(w.precision.weights)) + " weights + " + format_fixed(kv_gb, 2) +
                 " GB of " + std::string(to_string(w.precision.kv_cache)) + " KV cache at " + format_fixed(context, 0) +
                 " tokens (prompt + generated), more than " + format_number(config.hardware.dram.capacity_gb) + " GB",
             ">= " + format_fixed(need_gb, 2) + " GB, or a shorter context or smaller KV precision"},
            "DRAM " + format_number(config.hardware.dram.capacity_gb) + " GB");
    return fit;
}

}  // namespace edgecim
