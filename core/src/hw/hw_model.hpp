#pragma once
// Hardware quantities derived once from a Config, in SI units, with every divisor guarded.
#include <cmath>
#include <cstdint>

#include "edgecim/config.hpp"

namespace edgecim::hw {

// Divides, returning 0 instead of inf/NaN when the divisor is not a positive finite number.
// Inline: it sits in the inner loops of the result series.
inline double safe_div(double num, double den) {
    if (!(den > 0) || !std::isfinite(den) || !std::isfinite(num)) return 0.0;
    return num / den;
}

struct HwModel {
    double clock_hz = 0;
    double cycle_s = 0;
    int macro_rows = 1;
    int macro_cols = 1;
    int input_bits_per_cycle = 1;
    int rows_written_per_cycle = 1;
    int tiles = 1;
    int macros_per_tile = 1;
    int banks = 1;  // weight banks per macro (2 = ping-pong)
    int activation_bits = 8;
    int weight_bits = 4;
    int kv_bits = 8;
    double dram_bytes_per_s = 0;  // peak x efficiency
    double dram_peak_bytes_per_s = 0;
    double dram_latency_s = 0;
    double interconnect_bytes_per_s = 0;  // per port: bits/cycle x clock
    int sfu_lanes = 1;
    int vector_lanes = 1;
    double global_buffer_bytes = 0;  // activations of an op beyond this spill to DRAM
    // Set by the engine for decode steps when every weight block of the model fits in the
    // macro banks at once: the weights stay resident and are not streamed every token.
    bool weights_resident = false;

    // Energies (J per unit).
    double mac_j_int4 = 0, mac_j_int8 = 0;
    double write_j_per_bit = 0;
    double accumulator_j = 0;
    double buffer_j_per_bit = 0;
    double interconnect_j_per_bit = 0;
    double sfu_j_per_op = 0;
    double vector_mac_j = 0;
    double dram_j_per_bit = 0;
    double chip_static_w = 0;  // macro leakage of every macro + chip static power
    double dram_background_w = 0;

    // Energy of one CIM MAC with `element_bits` stored operands and the activation width.
    double mac_j(int element_bits) const;
    // Stored elements per macro row (bit-cell columns / element bits), at least 1.
    int elements_per_row(int element_bits) const;
    // Cycles to stream one input vector through a block (bit-serial), at least 1.
    int compute_cycles_per_vector() const;
};

HwModel make_hw_model(const Config& config);

// tiles * (macros * macro_area * bit cells / 16384 * weight_banks + tile_area) + chip_area.
double chip_area_mm2(const Config& config);

}  // namespace edgecim::hw
