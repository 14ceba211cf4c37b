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
    s.resident = hw.weights_resident && !w.from_kv;
    // Resident weights were written once (by the prefill): nothing to fetch or write.
    const double fetch_bytes = s.resident  ? 0.0
                               : w.from_kv ? op.kv_read_bytes
                                           : static_cast<double>(w.elements()) * w.element_bits / 8.0;
    s.dram_bytes += fetch_bytes;
    // Streamed weights (and K/V for CIM attention) cross the network's DRAM-to-tiles port
    // on their way in, cut-through: the slower of the two paces the stream.
    const double dram_s = safe_div(fetch_bytes, hw.dram_bytes_per_s);
    const double network_s = safe_div(fetch_bytes, hw.interconnect_bytes_per_s);
    s.fetch_total_s = std::max(dram_s, network_s);
    s.fetch_network_bound = network_s > dram_s;
    const std::int64_t rows_in_block = std::min<std::int64_t>(w.rows, hw.macro_rows);
    s.write_s = s.resident ? 0.0 : static_cast<double>(ceil_div(rows_in_block, hw.rows_written_per_cycle)) * hw.cycle_s;
    const double vectors = static_cast<double>(w.vectors);
    s.compute_s = vectors * hw.compute_cycles_per_vector() * hw.cycle_s;
    // Inputs are broadcast to the group; partial sums are reduced inside a tile by its
    // accumulator and leave the tile once per tile-sized slice of row blocks (32-bit).
    const double slices = static_cast<double>(ceil_div(row_blocks, hw.macros_per_tile));
    const double ic_bytes = static_cast<double>(w.count) * vectors *
                            (dbl_rows * hw.activation_bits / 8.0 + static_cast<double>(w.cols) * 4.0 * slices);
    s.interconnect_total_s = safe_div(ic_bytes, hw.interconnect_bytes_per_s);

    const double accumulations =
        static_cast<double>(w.count) * vectors * static_cast<double>(w.cols) * static_cast<double>(row_blocks) +
        static_cast<double>(op.bias_params) * vectors;
    s.energy_j[idx(EnergyComponent::cim_mac)] +=
        static_cast<double>(op.macs) * hw.mac_j(w.element_bits) + accumulations * hw.accumulator_j;
    const double written_bits = s.resident ? 0.0 : static_cast<double>(w.count * col_blocks) * dbl_rows * hw.macro_cols;
    s.energy_j[idx(EnergyComponent::macro_write)] += written_bits * hw.write_j_per_bit;
    const double dram_j = fetch_bytes * 8.0 * hw.dram_j_per_bit;
    s.energy_j[idx(w.from_kv ? EnergyComponent::dram_kv_read : EnergyComponent::dram_weight_read)] += dram_j;
    s.energy_j[idx(EnergyComponent::buffer)] += (fetch_bytes + ic_bytes) * 8.0 * hw.buffer_j_per_bit;
    s.energy_j[idx(EnergyComponent::interconnect)] += (fetch_bytes + ic_bytes) * 8.0 * hw.interconnect_j_per_bit;
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

// The op's input and output activations share the global buffer; the part of the output
// that does not fit beside them is written to DRAM and read back by its consumer (first
// order: no re-tiling of the op around the buffer).
double spill_bytes(const LoweredOp& op, const hw::HwModel& hw) {
    const double a = hw.activation_bits / 8.0;
    double in = 0, out = 0;
    if (op.matrix.count > 0) {
        const MatrixWork& w = op.matrix;
        const double vectors = static_cast<double>(w.count) * static_cast<double>(w.vectors);
        in = vectors * static_cast<double>(w.rows) * a;
        out = vectors * static_cast<double>(w.cols) * a;
    } else if (op.sfu_elements > 0 && op.vector_macs == 0) {
        in = out = static_cast<double>(op.sfu_elements) * a;
    }
    const double overflow = in + out - hw.global_buffer_bytes;
    return overflow > 0 ? 2.0 * std::min(out, overflow) : 0.0;
}

void add_spill(StageOp& s, double bytes, const hw::HwModel& hw) {
    if (!(bytes > 0)) return;
    s.spill_bytes = bytes;
    s.dram_bytes += bytes;
    s.dram_s += safe_div(bytes, hw.dram_bytes_per_s);
    s.waits_for_dram = true;  // the read-back half feeds the consumer
    s.dram_is_write = false;
    s.energy_j[idx(EnergyComponent::dram_activation_spill)] += bytes * 8.0 * hw.dram_j_per_bit;
    s.energy_j[idx(EnergyComponent::buffer)] += bytes * 8.0 * hw.buffer_j_per_bit;
}

StageOp stage_op(const LoweredOp& op, const hw::HwModel& hw) {
    StageOp s;
    s.kind = op.kind;
    s.layer = op.layer;
    if (op.matrix.count > 0) fill_matrix(s, op, hw);
    fill_other(s, op, hw);
    add_spill(s, spill_bytes(op, hw), hw);
    return s;
}

// Whether two ops lowered identically (then their stage ops are identical too).
bool same_lowering(const LoweredOp& a, const LoweredOp& b) {
    static_assert(sizeof(LoweredOp) == 112, "a LoweredOp field was added: compare it here");
    const MatrixWork& x = a.matrix;
    const MatrixWork& y = b.matrix;
    return a.kind == b.kind && a.layer == b.layer && x.rows == y.rows && x.cols == y.cols && x.count == y.count &&
           x.vectors == y.vectors && x.element_bits == y.element_bits && x.from_kv == y.from_kv &&
           a.bias_params == b.bias_params && a.norm_params == b.norm_params && a.macs == b.macs &&
           a.sfu_elements == b.sfu_elements && a.vector_macs == b.vector_macs &&
           a.weight_read_bytes == b.weight_read_bytes && a.kv_read_bytes == b.kv_read_bytes &&
           a.kv_write_bytes == b.kv_write_bytes;
}

// The stage ops of `ops`; those lowered as in `prior_ops` copy `prior` (same position).
std::vector<StageOp> stage_ops(const std::vector<LoweredOp>& ops, const hw::HwModel& hw,
                               const std::vector<LoweredOp>* prior_ops, const std::vector<StageOp>* prior) {
    const bool reuse = prior_ops && prior && prior_ops->size() == ops.size() && prior->size() == ops.size();
    std::vector<StageOp> out;
    out.reserve(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i)
        out.push_back(reuse && same_lowering(ops[i], (*prior_ops)[i]) ? (*prior)[i] : stage_op(ops[i], hw));
    return out;
}

}  // namespace

std::size_t StepTemplate::op_count() const {
    std::size_t n = prologue.size() + epilogue.size();
    for (int s : layer_shape) n += shapes[static_cast<std::size_t>(s)].size();
    return n;
}

std::int64_t weight_blocks(const lowering::StepShape& shape, const hw::HwModel& hw) {
    std::int64_t n = 0;
    auto add = [&](const std::vector<LoweredOp>& ops, std::int64_t times) {
        for (const LoweredOp& op : ops) {
            const MatrixWork& w = op.matrix;
            if (w.count <= 0 || w.from_kv) continue;
            n += times * w.count * ceil_div(w.rows, hw.macro_rows) *
                 ceil_div(w.cols, hw.elements_per_row(w.element_bits));
        }
    };
    add(shape.prologue, 1);
    for (std::size_t s = 0; s < shape.layer_shapes.size(); ++s)
        add(shape.layer_shapes[s], std::count(shape.layer_shape.begin(), shape.layer_shape.end(), static_cast<int>(s)));
    add(shape.epilogue, 1);
    return n;
}

StepTemplate build_template(const lowering::StepShape& shape, const hw::HwModel& hw, const Prior* prior) {
    StepTemplate t;
    t.phase = shape.phase;
    t.context = shape.context;
    t.dram_latency_s = hw.dram_latency_s;
    const bool same_shapes = prior && prior->shape.layer_shapes.size() == shape.layer_shapes.size() &&
                             prior->step.shapes.size() == shape.layer_shapes.size();
    t.prologue = stage_ops(shape.prologue, hw, prior ? &prior->shape.prologue : nullptr,
                           prior ? &prior->step.prologue : nullptr);
    t.shapes.reserve(shape.layer_shapes.size());
    for (std::size_t s = 0; s < shape.layer_shapes.size(); ++s)
        t.shapes.push_back(stage_ops(shape.layer_shapes[s], hw, same_shapes ? &prior->shape.layer_shapes[s] : nullptr,
                                     same_shapes ? &prior->step.shapes[s] : nullptr));
    t.layer_shape = shape.layer_shape;
    t.epilogue = stage_ops(shape.epilogue, hw, prior ? &prior->shape.epilogue : nullptr,
                           prior ? &prior->step.epilogue : nullptr);
    // Byte counts are small dyadic fractions, so this sum is exact in any order.
    for_each_distinct_op(t, [&t](const StageOp& op, double count) { t.dram_bytes += count * op.dram_bytes; });
    return t;
}

Program flatten(const StepTemplate& t) {
    Program p;
    p.phase = t.phase;
    p.context = t.context;
    p.dram_latency_s = t.dram_latency_s;
    p.layers = t.layers();
    p.ops.reserve(t.op_count());
    for_each_op(t, [&p](const StageOp& op, int layer) {
        StageOp s = op;
        s.op_index = static_cast<int>(p.ops.size());
        if (layer >= 0) s.layer = layer;
        p.dram_bytes += s.dram_bytes;
        p.ops.push_back(s);
    });
    return p;
}

}  // namespace edgecim::sim
