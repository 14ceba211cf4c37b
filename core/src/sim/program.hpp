#pragma once
// A lowered step with the stage times of its ops under one mapping: the common input of
// the event simulator and the analytical evaluator, so both apply the same rules to the
// same numbers. Dynamic energy is attached per op here; static energy is power x time.
#include <array>
#include <cstdint>
#include <vector>

#include "edgecim/lowering.hpp"
#include "edgecim/simulation.hpp"
#include "hw/hw_model.hpp"
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
    bool kv_fetch = false;      // the streamed matrix is the KV cache
    // A DRAM transfer outside the macro stream, issued in program order.
    double dram_s = 0;
    bool waits_for_dram = false;  // the op needs the data (reads); posted writes do not wait
    bool dram_is_write = false;
    Unit unit = Unit::none;
    double unit_s = 0;
    double dram_bytes = 0;      // all DRAM bytes of the op
    std::array<double, kEnergyComponentCount> energy_j{};  // dynamic energy only
};

inline std::int64_t chunks_of(const StageOp& op, const mapping::MappingPlan& plan) {
    if (op.blocks <= 0) return 0;
    const std::int64_t per = plan.chunk_blocks > 0 ? plan.chunk_blocks : 1;
    return (op.blocks + per - 1) / per;
}

struct StageDemand {  // total busy time each stage would need on its own
    double dram_s = 0;
    double write_s = 0;
    double compute_s = 0;
    double sfu_attention_s = 0;
};

struct Program {
    Phase phase = Phase::decode;
    std::int64_t context = 0;
    double dram_latency_s = 0;
    int layers = 0;
    std::vector<StageOp> ops;
    double dram_bytes = 0;
};

// Independent of the mapping, so one program serves every candidate split.
Program build_program(const LoweredStep& step, const hw::HwModel& hw, int layers);
// The ops of the first `layers` decoder layers and of the head: a cheap stand-in for the
// whole step when comparing mappings (every layer has the same shape).
Program leading_layers(const Program& program, int layers);
StageDemand stage_demand(const Program& program, const mapping::MappingPlan& plan);

}  // namespace edgecim::sim
