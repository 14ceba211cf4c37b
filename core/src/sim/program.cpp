#include "sim/program.hpp"

#include <algorithm>

namespace edgecim::sim {

namespace {

using hw::safe_div;

std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return b > 0 ? (a + b - 1) / b : 0; }

std::size_t idx(EnergyComponent c) { return static_cast<std::size_t>(c); }

void fill_matrix(StageOp& s, const LoweredOp& op, const hw::HwModel& hw) {
    const MatrixWork& w = op.matrix;  // blocks of R rows x (C / element bits) elements
    const double dbl_rows = static_cast<double>(w.rows);
    const std::int64_t row_blocks = ceil_div(w.rows, hw.macro_rows);
    const std::int64_t col_blocks = ceil_div(w.cols, hw.elements_per_row(w.element_bits));
    s.blocks = w.count * row_blocks * col_blocks;
    s.kv_fetch = w.from_kv;
    const double fetch_bytes = w.from_kv ? op.kv_read_bytes
                                         : static_cast<double>(w.elements()) * w.element_bits / 8.0;
    s.dram_bytes += fetch_bytes;
    s.fetch_total_s = safe_div(fetch_bytes, hw.dram_bytes_per_s);
    const std::int64_t rows_in_block = std::min<std::int64_t>(w.rows, hw.macro_rows);
    s.write_s = static_cast<double>(ceil_div(rows_in_block, hw.rows_written_per_cycle)) * hw.cycle_s;
    const double vectors = static_cast<double>(w.vectors);
    s.compute_s = vectors * hw.compute_cycles_per_vector() * hw.cycle_s;
    // Inputs are broadcast to the group; partial sums are reduced inside a tile by its
    // accumulator and leave the tile once per tile-sized slice of row blocks (32-bit).
    const double slices = static_cast<double>(ceil_div(row_blocks, hw.macros_per_tile));
    const double ic_bytes = static_cast<double>(w.count) * vectors *
                            (dbl_rows * hw.activation_bits / 8.0 + static_cast<double>(w.cols) * 4.0 * slices);
    s.interconnect_total_s = safe_div(ic_bytes, hw.interconnect_bytes_per_s);

    const double accumulations = static_cast<double>(w.count) * vectors * static_cast<double>(w.cols) *
                                     static_cast<double>(row_blocks) +
                                 static_cast<double>(op.bias_params) * vectors;
    s.energy_j[idx(EnergyComponent::cim_mac)] +=
        static_cast<double>(op.macs) * hw.mac_j(w.element_bits) + accumulations * hw.accumulator_j;
    const double written_bits = static_cast<double>(w.count * col_blocks) * dbl_rows * hw.macro_cols;
    s.energy_j[idx(EnergyComponent::macro_write)] += written_bits * hw.write_j_per_bit;
    const double dram_j = fetch_bytes * 8.0 * hw.dram_j_per_bit;
    s.energy_j[idx(w.from_kv ? EnergyComponent::dram_kv_read : EnergyComponent::dram_weight_read)] += dram_j;
    s.energy_j[idx(EnergyComponent::buffer)] += (fetch_bytes + ic_bytes) * 8.0 * hw.buffer_j_per_bit;
    s.energy_j[idx(EnergyComponent::interconnect)] += ic_bytes * 8.0 * hw.interconnect_j_per_bit;
}

void fill_other(StageOp& s, const LoweredOp& op, const hw::HwModel& hw) {
    const double read = op.weight_read_bytes + (op.matrix.count > 0 ? 0.0 : op.kv_read_bytes);
    const double write = op.kv_write_bytes;
    s.dram_bytes += read + write;
    s.dram_s = safe_div(read + write, hw.dram_bytes_per_s);
    s.waits_for_dram = read > 0;
    s.dram_is_write = write > 0 && read == 0;
    s.energy_j[idx(EnergyComponent::dram_weight_read)] += op.weight_read_bytes * 8.0 * hw.dram_j_per_bit;
    if (op.matrix.count == 0)
        s.energy_j[idx(EnergyComponent::dram_kv_read)] += op.kv_read_bytes * 8.0 * hw.dram_j_per_bit;
    s.energy_j[idx(EnergyComponent::dram_kv_write)] += write * 8.0 * hw.dram_j_per_bit;
    s.energy_j[idx(EnergyComponent::buffer)] += (read + write) * 8.0 * hw.buffer_j_per_bit;
    if (op.vector_macs > 0) {
        s.unit = Unit::vector;
        s.unit_s = static_cast<double>(ceil_div(op.vector_macs, hw.vector_lanes)) * hw.cycle_s;
        s.energy_j[idx(EnergyComponent::vector_unit)] += static_cast<double>(op.vector_macs) * hw.vector_mac_j;
    } else if (op.sfu_elements > 0) {
        s.unit = Unit::sfu;
        s.unit_s = static_cast<double>(ceil_div(op.sfu_elements, hw.sfu_lanes)) * hw.cycle_s;
        s.energy_j[idx(EnergyComponent::sfu)] += static_cast<double>(op.sfu_elements) * hw.sfu_j_per_op;
        // Operands are read from and results written to the global buffer.
        s.energy_j[idx(EnergyComponent::buffer)] +=
            2.0 * static_cast<double>(op.sfu_elements) * hw.activation_bits * hw.buffer_j_per_bit;
    }
}

}  // namespace

Program build_program(const LoweredStep& step, const hw::HwModel& hw, int layers) {
    Program p;
    p.phase = step.phase;
    p.context = step.context;
    p.dram_latency_s = hw.dram_latency_s;
    p.layers = layers;
    p.ops.reserve(step.ops.size());
    for (std::size_t i = 0; i < step.ops.size(); ++i) {
        const LoweredOp& op = step.ops[i];
        StageOp s;
        s.op_index = static_cast<int>(i);
        s.kind = op.kind;
        s.layer = op.layer;
        if (op.matrix.count > 0) fill_matrix(s, op, hw);
        fill_other(s, op, hw);
        p.dram_bytes += s.dram_bytes;
        p.ops.push_back(s);
    }
    return p;
}

Program leading_layers(const Program& program, int layers) {
    Program p = program;
    p.ops.clear();
    p.dram_bytes = 0;
    for (const StageOp& op : program.ops)
        if (op.layer < layers) {
            p.ops.push_back(op);
            p.dram_bytes += op.dram_bytes;
        }
    return p;
}

StageDemand stage_demand(const Program& p, const mapping::MappingPlan& plan) {
    StageDemand d;
    for (const StageOp& s : p.ops) {
        const double n = static_cast<double>(chunks_of(s, plan));
        d.dram_s += s.fetch_total_s + s.dram_s;
        d.write_s += n * s.write_s / std::max(1, plan.groups);
        d.compute_s += n * s.compute_s;
        d.sfu_attention_s += s.unit_s;
    }
    return d;
}

}  // namespace edgecim::sim
