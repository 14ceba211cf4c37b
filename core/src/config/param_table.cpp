// The parameter table: one entry per preset key, in the order presets are written.
// Sources: docs/model.md#sources (tags: [P] publication, [T] value encoded in a public tool,
// [D] derived by arithmetic, [E] engineering estimate), the EdgeCIM abstract, device datasheets.
#include "edgecim/param_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "config/param_builders.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim {
namespace {
using namespace param_builders;

std::vector<ParamSpec> build_table() {
    std::vector<ParamSpec> t;
    // General
    t.push_back(integer(
        {"schema_version", "General", "", "Preset schema version this file was written for",
         "EdgeCIM Studio preset format"},
        1, 1, 1, [](auto& c) -> auto& { return c.schema_version; }));
    t.push_back(text(
        {"name", "General", "", "Name shown in the window title and in reports", "user"}, "EdgeCIM 65nm INT4",
        [](auto& c) -> auto& { return c.name; }));
    // Hardware, chip level
    t.push_back(real(
        {"hardware.technology_nm", "Chip", "nm",
         "Process node: selects the voltage/frequency curve (supply range, f_max(V)) that sets the "
         "supply for the clock and so scales on-chip energies and leakage; energies and areas are "
         "otherwise given explicitly. Supported: 65",
         "EdgeCIM abstract (arXiv 2604.11512): 65 nm CIM macro [P]; curve: docs/model.md#voltage-and-frequency"},
        65, 3, 250, [](auto& c) -> auto& { return c.hardware.technology_nm; }));
    t.push_back(real(
        {"hardware.frequency_mhz", "Chip", "MHz",
         "Clock of macros, tiles, SFU and vector unit; the supply is the lowest voltage whose f_max reaches "
         "it (65 nm: up to 521.6 MHz at 1.2 V; 200 MHz runs at the 0.7 V of the preset energies)",
         "[E] 200 MHz; Colonnade 100 MHz measured (test-bench limited), FERMI-ML 350 MHz at 0.9 V "
         "post-layout, CIM-Tuner presets 100-500 MHz [T]; docs/model.md#voltage-and-frequency"},
        200, 1, 5000, [](auto& c) -> auto& { return c.hardware.frequency_mhz; }));
    // Macro
    t.push_back(integer(
        {"hardware.macro.rows", "Macro", "rows", "Word lines: inputs accumulated per pass",
         "Colonnade (JSSC 2021) 128x128 bit cells; NeuroSim default 128x128 [T]"},
        128, 8, 4096, [](auto& c) -> auto& { return c.hardware.macro.rows; }));
    t.push_back(integer(
        {"hardware.macro.cols", "Macro", "bit cells",
         "Bit-cell columns; a row holds cols / weight_bits weights (128 = 32 INT4 weights)",
         "Colonnade (JSSC 2021) 128x128 bit cells [T]"},
        128, 8, 4096, [](auto& c) -> auto& { return c.hardware.macro.cols; }));
    t.push_back(integer(
        {"hardware.macro.input_bits_per_cycle", "Macro", "bits/cycle",
         "Bit-serial input: activation_bits / this = cycles per pass",
         "1 b/cycle: Colonnade, Fujiwara ISSCC'22, ISSCC'23 16.3 (ZigZag-IMC table) [T]"},
        1, 1, 16, [](auto& c) -> auto& { return c.hardware.macro.input_bits_per_cycle; }));
    t.push_back(integer(
        {"hardware.macro.rows_written_per_cycle", "Macro", "rows/cycle",
         "Weight-update bandwidth: rows written into a macro bank per clock",
         "One row per cycle: CIM-Tuner weight_update_bw 128-512 b/cycle, CiMLoop Colonnade "
         "model [T]"},
        1, 1, 4096, [](auto& c) -> auto& { return c.hardware.macro.rows_written_per_cycle; }));
    t.push_back(real(
        {"hardware.macro.mac_energy_pj.int4", "Macro", "pJ",
         "Energy per MAC with INT4 weights and the configured activations (W4A8)",
         "[D] 12 fJ per 1b x 1b product (Colonnade, 0.7 V) x 4 x 8 bits = 0.38 pJ"},
        0.38, 1e-4, 100, [](auto& c) -> auto& { return c.hardware.macro.mac_energy_pj_int4; }));
    t.push_back(real(
        {"hardware.macro.mac_energy_pj.int8", "Macro", "pJ",
         "Energy per MAC with INT8 weights and the configured activations (W8A8)",
         "[D] 12 fJ per 1b x 1b product (Colonnade, 0.7 V) x 8 x 8 bits = 0.77 pJ"},
        0.77, 1e-4, 100, [](auto& c) -> auto& { return c.hardware.macro.mac_energy_pj_int8; }));
    t.push_back(real(
        {"hardware.macro.write_energy_pj_per_bit", "Macro", "pJ/bit",
         "Energy to write one weight bit into a macro bank, drivers included",
         "[E] bracketed by CACTI 28 nm 8 KB (0.049) and 65 nm 128 KB (0.22 pJ/bit) [T]"},
        0.10, 1e-4, 10, [](auto& c) -> auto& { return c.hardware.macro.write_energy_pj_per_bit; }));
    t.push_back(real(
        {"hardware.macro.leakage_mw", "Macro", "mW",
         "Leakage per 128 x 128 bit-cell bank; scales with rows x cols / 16384 and weight banks",
         "[E] 16 Kb x ~0.5 nA/cell x 0.8 V = 7 uW of bit cells, x7 for adder tree and periphery"},
        0.05, 0, 1000, [](auto& c) -> auto& { return c.hardware.macro.leakage_mw; }));
    t.push_back(real(
        {"hardware.macro.area_mm2", "Macro", "mm2",
         "Area per 128 x 128 bit-cell bank, periphery included; scales with rows x cols / 16384 and "
         "weight banks",
         "Colonnade (JSSC 2021), 65 nm 128x128: 0.227 mm2 [T]"},
        0.23, 1e-4, 100, [](auto& c) -> auto& { return c.hardware.macro.area_mm2; }));
    // Tile
    t.push_back(integer(
        {"hardware.tile.macros", "Tile", "macros", "CIM macros per tile",
         "CiMLoop tile template 8; EdgeCIM co-authors' DSE 4-128 [T]"},
        8, 1, 1024, [](auto& c) -> auto& { return c.hardware.tile.macros; }));
    t.push_back(integer(
        {"hardware.tile.weight_banks", "Tile", "banks",
         "Weight banks per macro: 2 = ping-pong (write one bank while computing on the other)",
         "Yue ISSCC'21 ping-pong CIM; Fujiwara ISSCC'22 simultaneous MAC and write [P]"},
        2, 1, 2, [](auto& c) -> auto& { return c.hardware.tile.weight_banks; }));
    t.push_back(real(
        {"hardware.tile.input_buffer_kb", "Tile", "KB", "Tile input (activation) buffer",
         "[E] tile I/O buffers 8-128 KB; CiMLoop sizes them to one array [T] (docs/model.md#sources)"},
        16, 0.125, 65536, [](auto& c) -> auto& { return c.hardware.tile.input_buffer_kb; }));
    t.push_back(real(
        {"hardware.tile.output_buffer_kb", "Tile", "KB", "Tile output (partial-sum) buffer",
         "[E] tile I/O buffers 8-128 KB (docs/model.md#sources)"},
        16, 0.125, 65536, [](auto& c) -> auto& { return c.hardware.tile.output_buffer_kb; }));
    t.push_back(real(
        {"hardware.tile.accumulator_energy_pj", "Tile", "pJ",
         "Energy of one partial-sum accumulation in the tile accumulator",
         "Horowitz ISSCC 2014: INT32 add 0.1 pJ (45 nm) [P]"},
        0.10, 0, 100, [](auto& c) -> auto& { return c.hardware.tile.accumulator_energy_pj; }));
    t.push_back(real(
        {"hardware.tile.area_mm2", "Tile", "mm2", "Tile periphery: buffers, accumulator, control",
         "[D] 32 KB of 65 nm SRAM at ~0.52 um2/bit = 0.14 mm2, plus accumulator and control"},
        0.25, 0, 1000, [](auto& c) -> auto& { return c.hardware.tile.area_mm2; }));
    // Chip
    t.push_back(integer(
        {"hardware.chip.tiles", "Chip", "tiles", "Tiles on the chip",
         "CiMLoop large_router_glb 8x4 tiles; EdgeCIM co-authors' DSE 4-64 [T]"},
        32, 1, 4096, [](auto& c) -> auto& { return c.hardware.chip.tiles; }));
    t.push_back(real(
        {"hardware.chip.global_buffer_kb", "Chip", "KB", "Global buffer for activations",
         "[E] 1 MB; EdgeCIM co-authors' DSE 0.5-32 MB, CiMLoop large_glb 32 MB [T] (docs/model.md#sources)"},
        1024, 0, 1048576, [](auto& c) -> auto& { return c.hardware.chip.global_buffer_kb; }));
    t.push_back(integer(
        {"hardware.chip.sfu_lanes", "Chip", "elements/cycle",
         "Special-function unit width (softmax, norms, SiLU, RoPE)",
         "[E] 32; LLMCompass vector unit 32 wide [T] (docs/model.md#sources)"},
        32, 1, 65536, [](auto& c) -> auto& { return c.hardware.chip.sfu_lanes; }));
    t.push_back(real(
        {"hardware.chip.sfu_energy_pj_per_op", "Chip", "pJ", "Energy per special-function element",
         "[D] Horowitz FP16: exp ~ 4 mul + 4 add ~ 6 pJ (softmax 6-8, RMSNorm 2.6, SiLU 8)"},
        6.0, 0, 1000, [](auto& c) -> auto& { return c.hardware.chip.sfu_energy_pj_per_op; }));
    t.push_back(integer(
        {"hardware.chip.vector_lanes", "Chip", "MACs/cycle",
         "Vector unit for attention (scores and scores x V) when it does not run in CIM",
         "[E] 256 INT8 MACs/cycle (an 8x32 array): keeps decode attention hidden behind the "
         "weight stream at 128-512 context on every zoo model"},
        256, 1, 65536, [](auto& c) -> auto& { return c.hardware.chip.vector_lanes; }));
    t.push_back(real(
        {"hardware.chip.vector_mac_energy_pj", "Chip", "pJ", "Energy per vector-unit MAC",
         "Horowitz ISSCC 2014 (45 nm): INT8 mul 0.2 + add 0.03 pJ [P]"},
        0.23, 0, 100, [](auto& c) -> auto& { return c.hardware.chip.vector_mac_energy_pj; }));
    t.push_back(real(
        {"hardware.chip.buffer_energy_pj_per_bit", "Chip", "pJ/bit", "SRAM buffer access energy (read or write)",
         "Accelergy + CACTI, 65 nm 128 KB: read 0.28, write 0.22 pJ/bit [T]"},
        0.25, 0, 100, [](auto& c) -> auto& { return c.hardware.chip.buffer_energy_pj_per_bit; }));
    t.push_back(integer(
        {"hardware.chip.interconnect_bits_per_cycle", "Chip", "bits/cycle",
         "Width of each on-chip network port per clock: the DRAM-to-tiles port carries the "
         "streamed weights, the tiles-to-global-buffer port activations and partial sums",
         "[E] NeuroSim's 2048-bit global bus (maxGlobalBusWidth) doubled, so the weight port "
         "(102.4 GB/s at 200 MHz) is not narrower than the default 68.3 GB/s LPDDR5"},
        4096, 8, 16777216, [](auto& c) -> auto& { return c.hardware.chip.interconnect_bits_per_cycle; }));
    t.push_back(real(
        {"hardware.chip.interconnect_energy_pj_per_bit", "Chip", "pJ/bit",
         "Energy to move one bit across the on-chip network",
         "[D] 0.1 pJ/bit/mm wire x ~1 mm + 0.15 pJ/bit router hop (ISAAC, scaled to 65 nm)"},
        0.25, 0, 100, [](auto& c) -> auto& { return c.hardware.chip.interconnect_energy_pj_per_bit; }));
    t.push_back(real(
        {"hardware.chip.static_power_mw", "Chip", "mW",
         "Static power outside the macros: leakage of buffers and logic, clock tree",
         "[E] 1 MB global buffer and control logic at 65 nm"},
        20, 0, 1e5, [](auto& c) -> auto& { return c.hardware.chip.static_power_mw; }));
    t.push_back(real(
        {"hardware.chip.area_mm2", "Chip", "mm2",
         "Area outside the tiles: global buffer, SFU, vector unit, network, DRAM PHY",
         "[D] 1 MB at ~0.52 um2/bit = 4.4 mm2, plus SFU, vector unit and PHY [E]"},
        8, 0, 1e5, [](auto& c) -> auto& { return c.hardware.chip.area_mm2; }));
    // DRAM
    t.push_back(string_choice(
        {"hardware.dram.kind", "DRAM", "", "DRAM technology (informational label)",
         "LPDDR5: the memory of the Jetson Orin Nano baseline [P]"},
        "lpddr5", {"lpddr4", "lpddr4x", "lpddr5", "lpddr5x", "hbm2", "hbm3", "custom"},
        [](auto& c) -> auto& { return c.hardware.dram.kind; }));
    t.push_back(integer(
        {"hardware.dram.channels", "DRAM", "channels",
         "Independent 16-bit DRAM channels (informational: bandwidth_gbps sets the peak)",
         "128-bit LPDDR5 bus = 8 x 16-bit channels (Jetson Orin Nano datasheet) [P]"},
        8, 1, 256, [](auto& c) -> auto& { return c.hardware.dram.channels; }));
    t.push_back(real(
        {"hardware.dram.bandwidth_gbps", "DRAM", "GB/s", "Peak DRAM bandwidth, all channels",
         "LPDDR5-4266 x 128 bit = 68.3 GB/s (Jetson Orin Nano datasheet) [P]"},
        68.3, 0.1, 1e5, [](auto& c) -> auto& { return c.hardware.dram.bandwidth_gbps; }));
    t.push_back(real(
        {"hardware.dram.efficiency", "DRAM", "fraction",
         "Achievable fraction of peak bandwidth for long sequential bursts",
         "[E] MLC on Orin reaches 0.80-0.85 of peak (docs/model.md#baselines); a dedicated "
         "streaming engine does a little better"},
        0.85, 0.05, 1, [](auto& c) -> auto& { return c.hardware.dram.efficiency; }));
    t.push_back(real(
        {"hardware.dram.energy_pj_per_bit", "DRAM", "pJ/bit", "DRAM access and I/O energy per bit",
         "[E] LPDDR5 ~5 pJ/bit; LPDDR4 8 pJ/bit (Accelergy), HBM2 3.9 pJ/bit [T/P]"},
        5.0, 0.01, 1000, [](auto& c) -> auto& { return c.hardware.dram.energy_pj_per_bit; }));
    t.push_back(real(
        {"hardware.dram.latency_ns", "DRAM", "ns", "First-byte latency of a DRAM burst",
         "[E] LPDDR5 read latency ~100 ns at the controller"},
        100, 0, 1e5, [](auto& c) -> auto& { return c.hardware.dram.latency_ns; }));
    t.push_back(real(
        {"hardware.dram.background_power_mw", "DRAM", "mW", "DRAM standby and refresh power",
         "[E] 50 mW, sane range 0-300 mW; DRAM energy per bit rises at low utilisation (Malladi, ISCA 2012) [P]"},
        50, 0, 1e5, [](auto& c) -> auto& { return c.hardware.dram.background_power_mw; }));
    t.push_back(real(
        {"hardware.dram.capacity_gb", "DRAM", "GB",
         "DRAM capacity: all weights plus the KV cache of prompt + generated tokens must fit",
         "Jetson Orin Nano 8 GB [P]"},
        8, 0.001, 4096, [](auto& c) -> auto& { return c.hardware.dram.capacity_gb; }));
    // Mapping
    t.push_back(choice(
        {"mapping.strategy", "Mapping", "",
         "layer_sequential: load, then compute; active_tile_pipeline: EdgeCIM's computing and "
         "loading tile groups; auto: the best of both",
         "EdgeCIM tile-based pipelined mapping (arXiv 2604.11512) [P]"},
        MappingStrategy::active_tile_pipeline,
        {MappingStrategy::layer_sequential, MappingStrategy::active_tile_pipeline, MappingStrategy::automatic},
        [](auto& c) -> auto& { return c.mapping.strategy; }));
    t.push_back(integer_or_auto(
        {"mapping.active_tiles", "Mapping", "tiles",
         "Tiles per computing wave (A): groups of A tiles compute concurrently while "
         "the next blocks load; auto picks the fastest A for the whole step",
         "EdgeCIM active-tile pipelined mapping [P]"},
        1, 4096, [](auto& c) -> auto& { return c.mapping.active_tiles; }));
    t.push_back(choice(
        {"mapping.attention", "Mapping", "",
         "Where attention scores and scores x V run: vector_unit, or cim (K/V written into macros)",
         "NeuroSim V1.4 issue 1: Q.K^T with changing operands fits re-programmed arrays poorly [T]"},
        AttentionPlacement::vector_unit, {AttentionPlacement::vector_unit, AttentionPlacement::cim},
        [](auto& c) -> auto& { return c.mapping.attention; }));
    // Workload
    t.push_back(text(
        {"workload.model", "Workload", "", "A zoo model name, or a path to a model YAML or a Hugging Face config.json",
         "presets/models/"},
        "llama-3.2-1b", [](auto& c) -> auto& { return c.workload.model; }));
    t.push_back(choice(
        {"workload.precision.weights", "Workload", "", "Weight format stored in the macros",
         "EdgeCIM headline results are INT4; INT8 also reported [P]"},
        Precision::int4, {Precision::int4, Precision::int8},
        [](auto& c) -> auto& { return c.workload.precision.weights; }));
    t.push_back(choice(
        {"workload.precision.activations", "Workload", "", "Activation format (bit-serial macro inputs)",
         "W4A8 / W8A8 are typical of digital CIM macros (docs/model.md#sources)"},
        Precision::int8, {Precision::int4, Precision::int8, Precision::int16},
        [](auto& c) -> auto& { return c.workload.precision.activations; }));
    t.push_back(choice(
        {"workload.precision.kv_cache", "Workload", "", "KV-cache format in DRAM",
         "[E] KV cache in DRAM, INT8 (docs/model.md#dram-and-capacity)"},
        Precision::int8, {Precision::int4, Precision::int8, Precision::fp16},
        [](auto& c) -> auto& { return c.workload.precision.kv_cache; }));
    t.push_back(integer(
        {"workload.prompt_tokens", "Workload", "tokens", "Prompt length (prefill)", "EdgeCIM Studio default"}, 128, 1,
        131072, [](auto& c) -> auto& { return c.workload.prompt_tokens; }));
    t.push_back(integer(
        {"workload.generate_tokens", "Workload", "tokens", "Tokens generated (decode steps)", "EdgeCIM Studio default"},
        128, 1, 131072, [](auto& c) -> auto& { return c.workload.generate_tokens; }));
    t.push_back(text_list(
        {"baselines", "General", "", "Baseline devices to compare with: names of presets/baselines/*.yaml, or paths",
         "the paper's two comparison devices (arXiv 2604.11512 abstract)"},
        {"orin-nano", "sa8255p"}, [](auto& c) -> auto& { return c.baselines; }));
    t.push_back(choice(
        {"energy_boundary", "General", "",
         "chip: macros, buffers, SFU, network, leakage; system: chip + DRAM access and background",
         "docs/model.md#energy-boundaries: the paper's tokens/J is consistent with a chip boundary only"},
        EnergyBoundary::system, {EnergyBoundary::chip, EnergyBoundary::system},
        [](auto& c) -> auto& { return c.energy_boundary; }));
    return t;
}

}  // namespace

const std::vector<ParamSpec>& param_table() {
    static const std::vector<ParamSpec> table = build_table();
    return table;
}

const ParamSpec* find_param(std::string_view key) {
    for (const auto& spec : param_table())
        if (spec.key == key) return &spec;
    return nullptr;
}

std::vector<std::string> param_keys() {
    std::vector<std::string> keys;
    for (const auto& spec : param_table()) keys.push_back(spec.key);
    return keys;
}

Config default_config() {
    Config config;
    for (const auto& spec : param_table()) spec.set(config, spec.default_value);
    return config;
}

std::string format_double(double value) {
    if (value == 0) value = 0.0;  // -0.0 (e.g. a product with a negative zero) is written as 0.0
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    // Keep reals recognisable as reals when they happen to be integral.
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
}

std::string format_number(double value) {
    return std::floor(value) == value && std::fabs(value) < 1e15 ? format_fixed(value, 0) : format_double(value);
}

std::string format_value(const ParamSpec& spec, const ParamValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return format_double(*d);
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    const auto& list = std::get<std::vector<std::string>>(value);
    (void)spec;
    return join(list, ",");
}

std::string ParamSpec::valid_range() const {
    const auto number = [](double v) {
        if (std::fabs(v) < 1e15 && std::floor(v) == v) return std::to_string(static_cast<long long>(v));
        return format_double(v);
    };
    std::string unit_suffix;
    if (!unit.empty()) unit_suffix.append(" ").append(unit);
    switch (type) {
        case ParamType::integer:
            return "integer in [" + number(min) + ", " + number(max) + "]" + unit_suffix;
        case ParamType::real:
            return "[" + number(min) + ", " + number(max) + "]" + unit_suffix;
        case ParamType::integer_or_auto:
            return "auto, or an integer in [" + number(min) + ", " + number(max) + "]" + unit_suffix;
        case ParamType::choice: {
            return "one of: " + join(choices, ", ");
        }
        case ParamType::text:
            return "non-empty text";
        case ParamType::text_list:
            return "a list of names or paths";
    }
    return {};
}

std::string ParamSpec::leaf_name() const {
    const auto dot = key.rfind('.');
    return dot == std::string::npos ? key : key.substr(dot + 1);
}

}  // namespace edgecim
