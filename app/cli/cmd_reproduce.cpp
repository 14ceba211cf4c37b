// edgecim-cli reproduce: the EdgeCIM paper's headline numbers beside this simulator's.
#include <cstdio>
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "comparison.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/reproduction.hpp"
#include "simulation_setup.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

void write_table(const PaperReproduction& r, const Config& config, std::ostream& out) {
    out << "EdgeCIM (arXiv 2604.11512) headline numbers vs EdgeCIM Studio, preset \"" << terminal_safe(config.name)
        << "\"\n\n";
    out << "claim                                          paper   simulated  deviation  tolerance\n";
    for (const auto& h : r.headlines) {
        std::string claim = h.claim;
        claim.resize(44, ' ');
        const int d = 2;
        out << claim << " " << std::string(8 - std::min<std::size_t>(8, fixed(h.paper, d).size()), ' ')
            << fixed(h.paper, d) << "  "
            << std::string(10 - std::min<std::size_t>(10, fixed(h.simulated, d).size()), ' ') << fixed(h.simulated, d)
            << "  " << (h.deviation_pct() >= 0 ? "+" : "") << fixed(h.deviation_pct(), 1) << " %"
            << std::string(h.deviation_pct() <= -10 || h.deviation_pct() >= 10 ? 3 : 4, ' ') << "+/-"
            << fixed(h.tolerance_pct, 0) << " %  " << (h.within_tolerance() ? "ok" : "OUTSIDE") << "\n";
        out << "    " << (h.unit == "x" ? std::string("ratio") : h.unit) << "; " << h.note << "\n";
    }
    out << "\nOrin Nano power: the paper's ratios imply " << fixed(r.implied_orin_power_w, 1)
        << " W; the orin-nano preset's measured module power is " << fixed(r.measured_orin_power_w, 2)
        << " W, at which the LLaMA3.2-1B tokens/J gain is " << fixed(r.gain_at_measured_power, 1) << "x.\n\n";
    out << "Honest comparisons, LLaMA3.2-1B vs Jetson Orin Nano on the same footing "
           "(docs/model.md#honest-comparisons):\n"
        << "  orin_gain_system_boundary     " << fixed(r.orin_gain_system_boundary, 2)
        << "x  tokens/J: EdgeCIM at the system boundary (chip + DRAM) vs Orin at its measured "
        << fixed(r.measured_orin_power_w, 2) << " W module power (DRAM included)\n"
        << "  orin_speedup_equal_bandwidth  " << fixed(r.orin_speedup_equal_bandwidth, 2)
        << "x  tokens/s: EdgeCIM with its DRAM at Orin's " << fixed(r.orin_dram_bandwidth_gbps, 1) << " GB/s peak ("
        << fixed(r.equal_bandwidth_tokens_per_s, 1) << " tokens/s) vs Orin\n\n";
    out << "Per model (INT4):\n";
    write_comparison_table(r.models, config.energy_boundary, out);
}

}  // namespace

int cmd_reproduce(const Args& args) {
    auto specs = config_options();
    specs.push_back({"evaluator", "event|analytical", "simulator (default analytical; they agree within 3 %)", false});
    specs.push_back({"help", "", "show this help", false});
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli reproduce [--config FILE] [--set KEY=VALUE]... [--format table|json]\n\n"
                     "Simulates the 12 zoo models at INT4 and puts each headline number of the EdgeCIM paper\n"
                     "beside the simulated one, with the deviation and the accepted tolerance, then the\n"
                     "per-model table (tokens/s, tokens/J at both boundaries, Orin Nano and SA8255P).\n"
                     "Beside the paper-matching numbers it prints two comparisons on the same footing:\n"
                     "orin_gain_system_boundary (EdgeCIM tokens/J at the system boundary vs Orin at its\n"
                     "module power) and orin_speedup_equal_bandwidth (EdgeCIM with Orin's DRAM bandwidth\n"
                     "vs Orin); see docs/model.md#honest-comparisons.\n"
                     "Default preset: presets/hardware/edgecim-paper.yaml (shipped). Exit code 1 when a\n"
                     "headline number falls outside its tolerance.\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    const Config paper =
        parse_config(*shipped_preset("hardware/edgecim-paper.yaml"), "presets/hardware/edgecim-paper.yaml");
    const Config config = build_config(parsed, paper);
    const OutputFormat format = parse_format(parsed, false);
    const PaperReproduction r = reproduce_paper(config, parse_sim_options(parsed, Evaluator::analytical));
    if (format == OutputFormat::json) {
        JsonWriter json(std::cout);
        json.begin_object().key("headlines").begin_array();
        for (const auto& h : r.headlines)
            json.begin_object()
                .field("claim", h.claim)
                .field("unit", h.unit)
                .field("paper", h.paper)
                .field("simulated", h.simulated)
                .field("deviation_pct", h.deviation_pct())
                .field("tolerance_pct", h.tolerance_pct)
                .field("within_tolerance", h.within_tolerance())
                .field("note", h.note)
                .end_object();
        json.end_array()
            .field("implied_orin_power_w", r.implied_orin_power_w)
            .field("measured_orin_power_w", r.measured_orin_power_w)
            .field("gain_at_measured_power", r.gain_at_measured_power)
            .field("orin_gain_system_boundary", r.orin_gain_system_boundary)
            .field("orin_speedup_equal_bandwidth", r.orin_speedup_equal_bandwidth)
            .field("orin_dram_bandwidth_gbps", r.orin_dram_bandwidth_gbps)
            .field("equal_bandwidth_tokens_per_s", r.equal_bandwidth_tokens_per_s)
            .field("energy_boundary", to_string(config.energy_boundary));
        json.key("models");
        write_comparison_json(r.models, json);
        json.end_object();
    } else {
        write_table(r, config, std::cout);
    }
    for (const auto& h : r.headlines)
        if (!h.within_tolerance()) return kExitRuntime;
    return kExitOk;
}

}  // namespace edgecim::cli
