// The paper's headline claims (arXiv 2604.11512, abstract) against this simulator.
#include "edgecim/reproduction.hpp"

#include <cmath>
#include <stdexcept>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"

namespace edgecim {
namespace {

// Headline figures quoted from the abstract (docs/model.md#the-paper).
constexpr double kPaperMeanTokensPerS = 336.42;   // INT4, mean of 12 SLMs
constexpr double kPaperMeanTokensPerJ = 173.02;   // INT4, mean of 12 SLMs
constexpr double kPaperSpeedupOrinLlama1b = 7.3;  // vs Jetson Orin Nano, LLaMA3.2-1B
constexpr double kPaperGainOrinLlama1b = 49.59;   // tokens/J vs Jetson Orin Nano, LLaMA3.2-1B
constexpr double kPaperSpeedupSa8255pLlama3b = 9.95;

const ModelComparison& row_of(const std::vector<ModelComparison>& rows, const std::string& model) {
    for (const auto& r : rows)
        if (r.model == model) return r;
    throw std::logic_error("reproduction: model " + model + " missing");
}

const BaselineComparison& baseline_of(const ModelComparison& row, const std::string& name) {
    for (const auto& b : row.baselines)
        if (b.name == name) return b;
    throw std::logic_error("reproduction: baseline " + name + " missing");
}

}  // namespace

bool HeadlineComparison::within_tolerance() const { return std::fabs(deviation_pct()) <= tolerance_pct; }

PaperReproduction reproduce_paper(const Config& config, const SimOptions& options) {
    Config c = config;
    c.workload.precision.weights = Precision::int4;  // the headline figures are INT4
    PaperReproduction out;
    out.models = compare_models(c, zoo_model_names(), {"orin-nano", "sa8255p"}, options);
    // The headlines average all 12 models and take ratios against both devices: a model or
    // device that cannot run this workload leaves nothing to compare with the paper.
    std::vector<Problem> not_runnable;
    for (const auto& r : out.models) {
        if (!r.runs()) not_runnable.push_back({"", 0, 0, "workload", r.model + ": " + r.na_reason, ""});
        for (const auto& b : r.baselines)
            if (!b.runs())
                not_runnable.push_back({"", 0, 0, "workload", r.model + " on " + b.name + ": " + b.na_reason, ""});
    }
    if (!not_runnable.empty()) {
        not_runnable.front().valid = "a workload every zoo model and both devices can run";
        throw InputError(std::move(not_runnable));
    }

    double tps_sum = 0, tpj_sum = 0;
    for (const auto& r : out.models) {
        tps_sum += r.tokens_per_s;
        tpj_sum += r.tokens_per_j;
    }
    const double n = static_cast<double>(out.models.size());
    const auto& llama1b = row_of(out.models, "llama-3.2-1b");
    const auto& llama3b = row_of(out.models, "llama-3.2-3b");
    const auto& orin = baseline_of(llama1b, "orin-nano");

    // The paper's tokens/J of LLaMA3.2-1B is not stated. Scaling its 12-model mean by the
    // throughput ratio (7.3 x Orin's tokens/s over the 336.42 mean) and dividing by 49.59 gives
    // the Orin tokens/J the paper must have used; with Orin's tokens/s that is a power of
    // 49.59 * 336.42 / (173.02 * 7.3) = 13.2 W, independent of the simulation. The measured
    // module power (orin-nano preset) is lower, so the gain at that power is shown beside it.
    out.implied_orin_power_w =
        kPaperGainOrinLlama1b * kPaperMeanTokensPerS / (kPaperMeanTokensPerJ * kPaperSpeedupOrinLlama1b);
    out.measured_orin_power_w = orin.result.power_w.value_or(0);
    const double orin_tpj_implied = orin.result.tokens_per_s / out.implied_orin_power_w;
    out.gain_at_measured_power = orin.efficiency_gain.value_or(0);

    // Same boundary: Orin's module power includes its LPDDR5, so EdgeCIM pays for its DRAM too.
    out.orin_gain_system_boundary = orin.efficiency_gain_system.value_or(0);
    // Same DRAM bandwidth: EdgeCIM keeps its own streaming efficiency (hardware.dram.efficiency);
    // only the interface width changes to Orin's peak.
    Config equal_bw = c;
    equal_bw.workload.model = "llama-3.2-1b";
    equal_bw.hardware.dram.bandwidth_gbps = load_device("orin-nano").dram_bandwidth_gbps;
    if (auto problems = validate(equal_bw); !problems.empty()) throw InputError(std::move(problems));
    out.orin_dram_bandwidth_gbps = equal_bw.hardware.dram.bandwidth_gbps;
    out.equal_bandwidth_tokens_per_s = simulate(equal_bw, load_zoo_model("llama-3.2-1b"), options).decode_tokens_per_s;
    out.orin_speedup_equal_bandwidth = out.equal_bandwidth_tokens_per_s / orin.result.tokens_per_s;

    const std::string boundary = std::string(to_string(c.energy_boundary));
    out.headlines = {
        {"mean decode throughput, 12 SLMs, INT4", "tokens/s", kPaperMeanTokensPerS, tps_sum / n, 10,
         "12 zoo models, prompt " + std::to_string(c.workload.prompt_tokens) + ", generate " +
             std::to_string(c.workload.generate_tokens)},
        {"mean energy efficiency, 12 SLMs, INT4", "tokens/J", kPaperMeanTokensPerJ, tpj_sum / n, 15,
         "energy boundary: " + boundary},
        {"LLaMA3.2-1B throughput vs Jetson Orin Nano", "x", kPaperSpeedupOrinLlama1b, orin.speedup.value(), 10,
         "Orin Nano: calibrated MLC roofline, " + std::to_string(orin.result.tokens_per_s).substr(0, 5) + " tokens/s"},
        {"LLaMA3.2-1B tokens/J vs Jetson Orin Nano", "x", kPaperGainOrinLlama1b,
         llama1b.tokens_per_j / orin_tpj_implied, 15,
         "EdgeCIM at the " + boundary + " boundary; Orin at the paper-implied 13.2 W"},
        {"LLaMA3.2-3B throughput vs Qualcomm SA8255P", "x", kPaperSpeedupSa8255pLlama3b,
         baseline_of(llama3b, "sa8255p").speedup.value(), 10, "SA8255P: calibrated Genie w4a16 roofline"},
    };
    return out;
}

}  // namespace edgecim
