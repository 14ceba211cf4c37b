#include "run_table.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "edgecim/baseline.hpp"
#include "edgecim/comparison.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/voltage_frequency.hpp"
#include "edgecim/workload_fit.hpp"
#include "simulation_setup.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

std::string seconds(double s) {
    if (s >= 1) return fixed(s, 3) + " s";
    if (s >= 1e-3) return fixed(s * 1e3, 3) + " ms";
    return fixed(s * 1e6, 3) + " us";
}

std::string joules(double j) {
    if (j >= 1) return fixed(j, 3) + " J";
    if (j >= 1e-3) return fixed(j * 1e3, 3) + " mJ";
    return fixed(j * 1e6, 3) + " uJ";
}

void breakdown(std::ostream& out, const std::vector<std::pair<std::string, double>>& items, bool energy) {
    double total = 0;
    for (const auto& [name, v] : items) total += v;
    for (const auto& [name, v] : items) {
        if (v <= 0) continue;
        out << "  " << pad_right(name, 20) << pad_right(energy ? joules(v) : seconds(v), 14)
            << fixed(100 * v / total, 1) << " %\n";
    }
}

}  // namespace

void write_run_table(const Config& config, const SimulationResult& r, std::ostream& out) {
    const bool chip = r.energy_boundary == EnergyBoundary::chip;
    const double chip_j = r.energy_per_token.total(EnergyBoundary::chip);
    const double system_j = r.energy_per_token.total(EnergyBoundary::system);
    out << terminal_safe(config.name) << ": " << terminal_safe(r.model) << " ("
        << fixed(static_cast<double>(r.parameters) / 1e9, 3) << " B parameters), " << r.precision << " weights, prompt "
        << r.prompt_tokens << ", generate " << r.generated_tokens << "\n";
    const int tiles = config.hardware.chip.tiles;
    const int groups = r.active_tiles > 0 ? tiles / r.active_tiles : 0;
    // Worded as the GUI's Overview card and the report: waves of A tile(s) per group.
    out << "evaluator " << r.evaluator << ", mapping " << r.mapping << " (" << groups << " group"
        << (groups == 1 ? "" : "s") << " of the " << tiles << " tiles computing concurrently, waves of "
        << r.active_tiles << " tile" << (r.active_tiles == 1 ? "" : "s") << " per group), DRAM "
        << format_double(config.hardware.dram.bandwidth_gbps) << " GB/s x "
        << format_double(config.hardware.dram.efficiency) << "\n\n";
    out << "Throughput\n";
    out << "  decode              " << fixed(r.decode_tokens_per_s, 1) << " tokens/s  (DRAM roofline "
        << fixed(r.roofline_tokens_per_s, 1) << " tokens/s, " << fixed(100 * r.roofline_fraction, 1)
        << " % reached; bound: " << to_string(r.bound) << " "
        << fixed(100 * r.bound_shares[static_cast<std::size_t>(r.bound)], 0) << " % of the step)\n";
    out << "  time to first token " << seconds(r.ttft_s) << "  (bound: " << to_string(r.prefill_bound) << " "
        << fixed(100 * r.prefill_bound_shares[static_cast<std::size_t>(r.prefill_bound)], 0) << " %; DRAM traffic "
        << fixed(r.prefill_dram_bytes / 1e6, 1) << " MB)\n";
    out << "  end to end          " << seconds(r.end_to_end_s) << "\n";
    out << "  DRAM traffic        " << fixed(r.dram_bytes_per_token / 1e6, 1) << " MB per token\n\n";
    out << "Energy per generated token (boundary: " << to_string(r.energy_boundary)
        << (chip ? " = macros, buffers, SFU, network, leakage)\n" : " = chip + DRAM access and background)\n");
    out << "  " << pad_right(to_string(r.energy_boundary).data(), 22) << joules(r.energy_per_token_j) << "  -> "
        << fixed(r.tokens_per_j, 1) << " tokens/J, " << fixed(r.average_power_w, 3) << " W while decoding\n";
    out << "  " << pad_right(chip ? "system (for reference)" : "chip (for reference)", 22)
        << joules(chip ? system_j : chip_j) << "  -> " << fixed(1.0 / (chip ? system_j : chip_j), 1) << " tokens/J\n";
    out << "  chip area           " << fixed(r.area_mm2, 2) << " mm2\n";
    // The supply the clock needs scales every on-chip energy (docs/model.md#voltage-and-frequency).
    const hw::VoltageScaling vs = hw::voltage_scaling(config.hardware.technology_nm, config.hardware.frequency_mhz);
    out << "  supply              " << fixed(vs.voltage_v, 3) << " V for "
        << format_double(config.hardware.frequency_mhz) << " MHz at " << format_double(config.hardware.technology_nm)
        << " nm (on-chip energies x" << fixed(vs.dynamic, 3) << ", leakage x" << fixed(vs.static_, 3)
        << " of the preset values)\n\n";
    out << "Energy per token by component (" << to_string(r.energy_boundary) << ")\n";
    breakdown(out, r.energy_breakdown_j(r.energy_boundary), true);
    out << "\nLatency per token by op kind (critical path)\n";
    breakdown(out, r.latency_breakdown_s(), false);
    if (!r.tile_utilization.empty()) {
        const auto [lo, hi] = std::minmax_element(r.tile_utilization.begin(), r.tile_utilization.end());
        const double mean = std::accumulate(r.tile_utilization.begin(), r.tile_utilization.end(), 0.0) /
                            static_cast<double>(r.tile_utilization.size());
        out << "\nTile utilization (" << r.timeline.step << "): mean " << fixed(100 * mean, 1) << " %, min "
            << fixed(100 * *lo, 1) << " %, max " << fixed(100 * *hi, 1) << " %\n";
        // The same mean split by what the tiles do (docs/pipeline.md, What the tiles do).
        if (r.tile_write_fraction.size() == r.tile_utilization.size() &&
            r.tile_compute_fraction.size() == r.tile_utilization.size()) {
            const auto n = static_cast<double>(r.tile_utilization.size());
            const double write = std::accumulate(r.tile_write_fraction.begin(), r.tile_write_fraction.end(), 0.0) / n;
            const double compute =
                std::accumulate(r.tile_compute_fraction.begin(), r.tile_compute_fraction.end(), 0.0) / n;
            out << "  of the step: writing weights " << fixed(100 * write, 1) << " %, computing "
                << fixed(100 * compute, 1) << " %, idle " << fixed(100 * std::max(0.0, 1 - write - compute), 1)
                << " %\n";
        }
    }
    if (config.baselines.empty()) return;
    out << "\nAgainst baselines (same model; baseline energy is device power while decoding)\n";
    const ModelSpec model = configured_model(config);
    for (const DeviceSpec& device : load_devices(config, config.baselines)) {
        out << "  " << pad_right(terminal_safe(device.display_name), 44);
        // A device that cannot run this workload is n/a with its reason; the run goes on.
        if (const WorkloadFit fit = baseline_fit(device, model, r.prompt_tokens, r.generated_tokens); !fit.runs()) {
            out << terminal_safe(not_available_text(fit.reason())) << "\n";
            continue;
        }
        const BaselineResult b =
            evaluate_baseline(device, model, static_cast<int>(r.prompt_tokens), static_cast<int>(r.generated_tokens));
        out << pad_right(fixed(b.tokens_per_s, 1) + " tokens/s", 17) << "speedup "
            << fixed(r.decode_tokens_per_s / b.tokens_per_s, 2) << "x";
        if (b.tokens_per_j)
            out << ", tokens/J " << fixed(*b.tokens_per_j, 2) << " -> gain "
                << fixed(r.tokens_per_j / *b.tokens_per_j, 1) << "x (" << to_string(r.energy_boundary) << ")";
        else
            out << ", no published power: no tokens/J comparison";
        out << "\n";
    }
}

}  // namespace edgecim::cli
