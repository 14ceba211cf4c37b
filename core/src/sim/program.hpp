#pragma once
// A lowered step with the stage times of its ops under one mapping: the common input of
// the event simulator and the analytical evaluator, so both apply the same rules to the
// same numbers. Dynamic energy is attached per op here; static energy is power x time.
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "edgecim/lowering.hpp"
#include "edgecim/simulation.hpp"
#include "hw/hw_model.hpp"
#include "lowering/step_shape.hpp"
#include "mapping/mapping.hpp"

namespace edgecim::sim {

enum class Unit : std::uint8_t { none, sfu, vector };

struct StageOp {
    int op_index = 0;
    OpKind kind = OpKind::embedding;
    int layer = -1;
    // Matrix pipeline (blocks == 0: none). The mapping cuts the blocks into chunks; the
    // fetch and interconnect totals are split evenly over them, write and compute are
    // per chunk (every macro of the group holds one block of the chunk).
    std::int64_t blocks = 0;
    double fetch_total_s = 0;
    double interconnect_total_s = 0;
    double write_s = 0;
    double compute_s = 0;
    bool kv_fetch = false;             // the streamed matrix is the KV cache
    bool fetch_network_bound = false;  // the network's weight port, not DRAM, paces the fetch
    bool resident = false;             // weights already in the macros: the blocks only compute
    double spill_bytes = 0;            // activations written to DRAM and read back (in dram_s)
    // A DRAM transfer outside the macro stream, issued in program order.
    double dram_s = 0;
    bool waits_for_dram = false;  // the op needs the data (reads); posted writes do not wait
    bool dram_is_write = false;
    Unit unit = Unit::none;
    double unit_s = 0;
    double dram_bytes = 0;                                 // all DRAM bytes of the op
    std::array<double, kEnergyComponentCount> energy_j{};  // dynamic energy only
};

inline std::int64_t chunks_of(const StageOp& op, const mapping::MappingPlan& plan) {
    if (op.blocks <= 0) return 0;
    const std::int64_t per = plan.chunk_blocks > 0 ? plan.chunk_blocks : 1;
    return (op.blocks + per - 1) / per;
}

// The flat program: every op of the step in program order (the event simulator's input).
struct Program {
    Phase phase = Phase::decode;
    std::int64_t context = 0;
    double dram_latency_s = 0;
    int layers = 0;
    std::vector<StageOp> ops;
    double dram_bytes = 0;
};

// The same step as its distinct pieces (lowering/step_shape.hpp): the analytical
// evaluator, the energy and the step metrics work on this form, whose size does not grow
// with the layer count. Ops in `shapes` carry the layer index of their first layer.
struct StepTemplate {
    Phase phase = Phase::decode;
    std::int64_t context = 0;
    double dram_latency_s = 0;
    std::vector<StageOp> prologue;             // before the first layer (embedding)
    std::vector<std::vector<StageOp>> shapes;  // the ops of each distinct decoder layer
    std::vector<int> layer_shape;              // per decoder layer: its index in shapes
    std::vector<StageOp> epilogue;             // after the last layer (head)
    double dram_bytes = 0;                     // all ops of the step

    int layers() const { return static_cast<int>(layer_shape.size()); }
    const std::vector<StageOp>& layer_ops(int layer) const {
        return shapes[static_cast<std::size_t>(layer_shape[static_cast<std::size_t>(layer)])];
    }
    std::size_t op_count() const;
    // Decoder layers using shape s.
    double layers_of(std::size_t s) const {
        return static_cast<double>(std::count(layer_shape.begin(), layer_shape.end(), static_cast<int>(s)));
    }
};

// A template built earlier on the same hardware, and the shape it was built from.
struct Prior {
    const lowering::StepShape& shape;
    const StepTemplate& step;
};
// Independent of the mapping, so one template serves every candidate split. Ops lowered
// exactly as in `prior` copy its stage ops (decode steps differ only in attention).
StepTemplate build_template(const lowering::StepShape& shape, const hw::HwModel& hw, const Prior* prior = nullptr);
// Matrix weight blocks of the step (KV matrices excluded): what must fit in the macro
// banks for the weights to stay resident.
std::int64_t weight_blocks(const lowering::StepShape& shape, const hw::HwModel& hw);
// Op for op what the flat lowering gives: op_index is the position, layer the layer.
Program flatten(const StepTemplate& t);

// Calls fn(op, layer) for every op of the step in program order (layer -1 outside the
// decoder layers).
template <class Fn>
void for_each_op(const StepTemplate& t, Fn&& fn) {
    for (const StageOp& op : t.prologue) fn(op, -1);
    for (int l = 0; l < t.layers(); ++l)
        for (const StageOp& op : t.layer_ops(l)) fn(op, l);
    for (const StageOp& op : t.epilogue) fn(op, -1);
}

// Calls fn(op, weight) for each distinct op of the step; weight = how often it runs.
template <class Fn>
void for_each_distinct_op(const StepTemplate& t, Fn&& fn) {
    for (const StageOp& op : t.prologue) fn(op, 1.0);
    for (std::size_t s = 0; s < t.shapes.size(); ++s) {
        const double count = t.layers_of(s);
        for (const StageOp& op : t.shapes[s]) fn(op, count);
    }
    for (const StageOp& op : t.epilogue) fn(op, 1.0);
}

}  // namespace edgecim::sim
