#pragma once
// The full configuration of one simulation: hardware, mapping, workload.
// Key names follow the public preset schema (docs/model.md#parameters).
// Defaults, ranges, units and sources live in the parameter table (param_table.hpp),
// not here: default_config() builds a Config from that table.
#include <optional>
#include <string>
#include <vector>

#include "edgecim/enum_names.hpp"
#include "edgecim/precision.hpp"

namespace edgecim {

struct MacroConfig {
    int rows = 0;                    // word lines: inputs accumulated per pass
    int cols = 0;                    // bit-cell columns; holds cols / weight_bits weights per row
    int input_bits_per_cycle = 0;    // bit-serial input: input_bits / this = cycles per pass
    int rows_written_per_cycle = 0;  // weight-update bandwidth in rows per clock
    double mac_energy_pj_int4 = 0;   // per MAC, W4A8
    double mac_energy_pj_int8 = 0;   // per MAC, W8A8
    double write_energy_pj_per_bit = 0;
    double leakage_mw = 0;  // per macro
    double area_mm2 = 0;    // per macro

    bool operator==(const MacroConfig&) const = default;
};

struct TileConfig {
    int macros = 0;
    int weight_banks = 0;  // 1 = no ping-pong, 2 = ping-pong (write one bank while computing on the other)
    double input_buffer_kb = 0;
    double output_buffer_kb = 0;
    double accumulator_energy_pj = 0;  // per partial-sum accumulation
    double area_mm2 = 0;               // tile periphery: buffers, accumulator, control

    bool operator==(const TileConfig&) const = default;
};

struct ChipConfig {
    int tiles = 0;
    double global_buffer_kb = 0;
    int sfu_lanes = 0;  // special-function elements per clock
    double sfu_energy_pj_per_op = 0;
    int vector_lanes = 0;  // MACs per clock of the attention vector unit
    double vector_mac_energy_pj = 0;
    double buffer_energy_pj_per_bit = 0;  // SRAM buffer read or write
    int interconnect_bits_per_cycle = 0;  // per network port: DRAM -> tiles, tiles <-> global buffer
    double interconnect_energy_pj_per_bit = 0;
    double static_power_mw = 0;  // chip leakage and clock tree outside the macros
    double area_mm2 = 0;         // global buffer, SFU, vector unit, DRAM PHY, NoC

    bool operator==(const ChipConfig&) const = default;
};

struct DramConfig {
    std::string kind;  // lpddr4 | lpddr4x | lpddr5 | lpddr5x | hbm2 | hbm3 | custom
    int channels = 0;
    double bandwidth_gbps = 0;       // peak GB/s (gigabytes per second), all channels
    double efficiency = 0;           // achievable fraction of peak
    double energy_pj_per_bit = 0;    // access + I/O
    double latency_ns = 0;           // first-byte latency of a burst
    double background_power_mw = 0;  // standby and refresh
    double capacity_gb = 0;

    bool operator==(const DramConfig&) const = default;
};

struct HardwareConfig {
    double technology_nm = 0;
    double frequency_mhz = 0;
    MacroConfig macro;
    TileConfig tile;
    ChipConfig chip;
    DramConfig dram;

    bool operator==(const HardwareConfig&) const = default;
};

enum class MappingStrategy { layer_sequential, active_tile_pipeline, automatic };
enum class AttentionPlacement { vector_unit, cim };
enum class EnergyBoundary { chip, system };

struct MappingConfig {
    MappingStrategy strategy = MappingStrategy::active_tile_pipeline;
    std::optional<int> active_tiles;  // nullopt = auto (balance the stages)
    AttentionPlacement attention = AttentionPlacement::vector_unit;

    bool operator==(const MappingConfig&) const = default;
};

struct PrecisionConfig {
    Precision weights = Precision::int4;
    Precision activations = Precision::int8;
    Precision kv_cache = Precision::int8;

    bool operator==(const PrecisionConfig&) const = default;
};

struct WorkloadConfig {
    std::string model;  // zoo name, or path to a model YAML / HF config.json
    PrecisionConfig precision;
    int prompt_tokens = 0;
    int generate_tokens = 0;

    bool operator==(const WorkloadConfig&) const = default;
};

struct Config {
    int schema_version = 1;
    std::string name;
    HardwareConfig hardware;
    MappingConfig mapping;
    WorkloadConfig workload;
    std::vector<std::string> baselines;
    EnergyBoundary energy_boundary = EnergyBoundary::system;
    std::string source_file;  // the preset it came from; not saved

    bool operator==(const Config&) const = default;
};

template <>
struct EnumNames<MappingStrategy> {
    static constexpr std::string_view what = "strategy";
    static constexpr std::array<EnumName<MappingStrategy>, 3> table{{
        {MappingStrategy::layer_sequential, "layer_sequential"},
        {MappingStrategy::active_tile_pipeline, "active_tile_pipeline"},
        {MappingStrategy::automatic, "auto"},
    }};
};
static_assert(enum_table_is_dense<MappingStrategy>(3));

template <>
struct EnumNames<AttentionPlacement> {
    static constexpr std::string_view what = "attention placement";
    static constexpr std::array<EnumName<AttentionPlacement>, 2> table{{
        {AttentionPlacement::vector_unit, "vector_unit"},
        {AttentionPlacement::cim, "cim"},
    }};
};
static_assert(enum_table_is_dense<AttentionPlacement>(2));

template <>
struct EnumNames<EnergyBoundary> {
    static constexpr std::string_view what = "energy boundary";
    static constexpr std::array<EnumName<EnergyBoundary>, 2> table{{
        {EnergyBoundary::chip, "chip"},
        {EnergyBoundary::system, "system"},
    }};
};
static_assert(enum_table_is_dense<EnergyBoundary>(2));

constexpr std::string_view to_string(MappingStrategy s) { return enum_name(s); }
constexpr std::string_view to_string(AttentionPlacement a) { return enum_name(a); }
constexpr std::string_view to_string(EnergyBoundary b) { return enum_name(b); }

}  // namespace edgecim
