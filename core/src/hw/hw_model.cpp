#include "hw/hw_model.hpp"

#include <algorithm>
#include <cmath>

#include "edgecim/voltage_frequency.hpp"

namespace edgecim::hw {

namespace {

// Macro area and leakage are given per 128 x 128 bit-cell bank (Colonnade's array) and
// scale with the bit cells of the configured array and with the number of weight banks.
double macro_size_factor(const HardwareConfig& h) {
    const double cells = static_cast<double>(std::max(0, h.macro.rows)) * std::max(0, h.macro.cols);
    return cells / (128.0 * 128.0) * std::max(0, h.tile.weight_banks);
}
int at_least_1(int v) { return std::max(1, v); }
double non_negative(double v) { return std::isfinite(v) && v > 0 ? v : 0.0; }
}  // namespace

double HwModel::mac_j(int element_bits) const {
    // Bit-serial CIM: energy scales with the input bits (the table values are at 8-bit
    // activations) and with the stored bits beyond 8 (fp16/int16 as two int8 passes).
    const double base = element_bits <= 4 ? mac_j_int4 : mac_j_int8 * std::max(1.0, element_bits / 8.0);
    return base * activation_bits / 8.0;
}

int HwModel::elements_per_row(int element_bits) const { return std::max(1, macro_cols / std::max(1, element_bits)); }

int HwModel::compute_cycles_per_vector() const {
    return std::max(1, (activation_bits + input_bits_per_cycle - 1) / input_bits_per_cycle);
}

HwModel make_hw_model(const Config& c) {
    const HardwareConfig& h = c.hardware;
    HwModel m;
    m.clock_hz = non_negative(h.frequency_mhz) * 1e6;
    m.cycle_s = safe_div(1.0, m.clock_hz);
    m.macro_rows = at_least_1(h.macro.rows);
    m.macro_cols = at_least_1(h.macro.cols);
    m.input_bits_per_cycle = at_least_1(h.macro.input_bits_per_cycle);
    m.rows_written_per_cycle = at_least_1(h.macro.rows_written_per_cycle);
    m.tiles = at_least_1(h.chip.tiles);
    m.macros_per_tile = at_least_1(h.tile.macros);
    m.banks = std::clamp(h.tile.weight_banks, 1, 2);
    m.activation_bits = bits_of(c.workload.precision.activations);
    m.weight_bits = bits_of(c.workload.precision.weights);
    m.kv_bits = bits_of(c.workload.precision.kv_cache);
    m.dram_peak_bytes_per_s = non_negative(h.dram.bandwidth_gbps) * 1e9;
    m.dram_bytes_per_s = m.dram_peak_bytes_per_s * std::clamp(non_negative(h.dram.efficiency), 0.0, 1.0);
    m.dram_latency_s = non_negative(h.dram.latency_ns) * 1e-9;
    // The network is clocked with the chip: its ports move bits_per_cycle each clock.
    m.interconnect_bytes_per_s = std::max(0, h.chip.interconnect_bits_per_cycle) / 8.0 * m.clock_hz;
    m.sfu_lanes = at_least_1(h.chip.sfu_lanes);
    m.vector_lanes = at_least_1(h.chip.vector_lanes);
    m.global_buffer_bytes = non_negative(h.chip.global_buffer_kb) * 1024.0;

    // On-chip energies and leakage are stated at the node's V_nom and follow the supply the
    // clock needs (docs/model.md#voltage-and-frequency); DRAM energies are off-chip and do not.
    const VoltageScaling vs = voltage_scaling(h.technology_nm, h.frequency_mhz);
    const double dyn_j = vs.dynamic * 1e-12;
    m.mac_j_int4 = non_negative(h.macro.mac_energy_pj_int4) * dyn_j;
    m.mac_j_int8 = non_negative(h.macro.mac_energy_pj_int8) * dyn_j;
    m.write_j_per_bit = non_negative(h.macro.write_energy_pj_per_bit) * dyn_j;
    m.accumulator_j = non_negative(h.tile.accumulator_energy_pj) * dyn_j;
    m.buffer_j_per_bit = non_negative(h.chip.buffer_energy_pj_per_bit) * dyn_j;
    m.interconnect_j_per_bit = non_negative(h.chip.interconnect_energy_pj_per_bit) * dyn_j;
    m.sfu_j_per_op = non_negative(h.chip.sfu_energy_pj_per_op) * dyn_j;
    m.vector_mac_j = non_negative(h.chip.vector_mac_energy_pj) * dyn_j;
    m.dram_j_per_bit = non_negative(h.dram.energy_pj_per_bit) * 1e-12;
    const double macros = static_cast<double>(m.tiles) * m.macros_per_tile;
    m.chip_static_w =
        (macros * non_negative(h.macro.leakage_mw) * macro_size_factor(h) + non_negative(h.chip.static_power_mw)) *
        1e-3 * vs.static_;
    m.dram_background_w = non_negative(h.dram.background_power_mw) * 1e-3;
    return m;
}

double chip_area_mm2(const Config& c) {
    const HardwareConfig& h = c.hardware;
    const double per_tile = std::max(0, h.tile.macros) * non_negative(h.macro.area_mm2) * macro_size_factor(h) +
                            non_negative(h.tile.area_mm2);
    return std::max(0, h.chip.tiles) * per_tile + non_negative(h.chip.area_mm2);
}

}  // namespace edgecim::hw
