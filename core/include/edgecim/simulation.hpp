#pragma once
// The engine's entry point and its one result value. simulate() is pure, deterministic
// and thread-safe: it reads only its arguments. Times in seconds, energies in joules.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/enum_names.hpp"
#include "edgecim/lowering.hpp"
#include "edgecim/model_spec.hpp"

namespace edgecim {

enum class EnergyComponent : std::uint8_t {
    cim_mac,           // macro MACs and tile accumulator adds
    macro_write,       // weight (or KV) writes into macro banks
    dram_weight_read,  // weights streamed from DRAM, and the embedding row
    dram_kv_read,
    dram_kv_write,
    buffer,                // SRAM staging and activation buffers
    interconnect,          // activations and partial sums between tiles and the global buffer
    sfu,                   // norms, RoPE, softmax, SiLU, residuals, argmax
    vector_unit,           // attention MACs when attention runs on the vector unit
    static_chip,           // macro leakage + chip static power, times time
    dram_background,       // DRAM standby and refresh power, times time
    dram_activation_spill  // activations that overflow the global buffer, written and read back
};
inline constexpr int kEnergyComponentCount = 12;
template <>
struct EnumNames<EnergyComponent> {
    static constexpr std::string_view what = "energy component";
    static constexpr std::array<EnumName<EnergyComponent>, 12> table{{
        {EnergyComponent::cim_mac, "cim_mac"},
        {EnergyComponent::macro_write, "macro_write"},
        {EnergyComponent::dram_weight_read, "dram_weight_read"},
        {EnergyComponent::dram_kv_read, "dram_kv_read"},
        {EnergyComponent::dram_kv_write, "dram_kv_write"},
        {EnergyComponent::buffer, "buffer"},
        {EnergyComponent::interconnect, "interconnect"},
        {EnergyComponent::sfu, "sfu"},
        {EnergyComponent::vector_unit, "vector_unit"},
        {EnergyComponent::static_chip, "static_chip"},
        {EnergyComponent::dram_background, "dram_background"},
        {EnergyComponent::dram_activation_spill, "dram_activation_spill"},
    }};
};
static_assert(enum_table_is_dense<EnergyComponent>(kEnergyComponentCount));
constexpr std::string_view to_string(EnergyComponent c) { return enum_name(c); }
// chip: everything but the dram_* components; system: all.
bool in_boundary(EnergyComponent c, EnergyBoundary boundary);

struct EnergyBreakdown {
    std::array<double, kEnergyComponentCount> j{};
    double& operator[](EnergyComponent c) { return j[static_cast<std::size_t>(c)]; }
    double operator[](EnergyComponent c) const { return j[static_cast<std::size_t>(c)]; }
    // Sum of the components inside the boundary (the total is always this sum).
    double total(EnergyBoundary boundary) const;
};

enum class Evaluator : std::uint8_t { event, analytical };
// The resource on the critical path: DRAM bandwidth or latency, the on-chip network
// (weight port or partial sums), macro weight writes, CIM compute, the SFU, the vector unit.
enum class Bound : std::uint8_t { dram, network, macro_write, compute, sfu, vector_unit };
inline constexpr int kBoundCount = 6;
using BoundShares = std::array<double, kBoundCount>;  // fraction of the step each resource limits
template <>
struct EnumNames<Evaluator> {
    static constexpr std::string_view what = "evaluator";
    static constexpr std::array<EnumName<Evaluator>, 2> table{{
        {Evaluator::event, "event"},
        {Evaluator::analytical, "analytical"},
    }};
};
static_assert(enum_table_is_dense<Evaluator>(2));

template <>
struct EnumNames<Bound> {
    static constexpr std::string_view what = "bound";
    static constexpr std::array<EnumName<Bound>, 6> table{{
        {Bound::dram, "dram"},
        {Bound::network, "network"},
        {Bound::macro_write, "macro_write"},
        {Bound::compute, "compute"},
        {Bound::sfu, "sfu"},
        {Bound::vector_unit, "vector_unit"},
    }};
};
static_assert(enum_table_is_dense<Bound>(kBoundCount));
constexpr std::string_view to_string(Evaluator e) { return enum_name(e); }
constexpr std::string_view to_string(Bound b) { return enum_name(b); }
std::string_view describe(Bound b);  // for people: "DRAM bandwidth", "on-chip network", ...

enum class Activity : std::uint8_t { fetch, write, compute, stall, kv_read, kv_write, sfu, vector, interconnect };
template <>
struct EnumNames<Activity> {
    static constexpr std::string_view what = "activity";
    static constexpr std::array<EnumName<Activity>, 9> table{{
        {Activity::fetch, "fetch"},
        {Activity::write, "write"},
        {Activity::compute, "compute"},
        {Activity::stall, "stall"},
        {Activity::kv_read, "kv_read"},
        {Activity::kv_write, "kv_write"},
        {Activity::sfu, "sfu"},
        {Activity::vector, "vector"},
        {Activity::interconnect, "interconnect"},
    }};
};
static_assert(enum_table_is_dense<Activity>(9));
constexpr std::string_view to_string(Activity a) { return enum_name(a); }

// One span on one resource. Abutting spans of the same op and activity on a resource
// (back-to-back weight fetches of one matrix, say) are kept as one record, with their
// block ranges joined: drawing and hover are the same, and a 4B decode step keeps
// ~0.37 M records instead of ~0.5 M. Fields ordered for a 48-byte record.
struct TimelineRecord {
    double start_s = 0;
    double end_s = 0;
    std::int64_t block_begin = 0;  // weight blocks [begin, end) of the op (matrix ops)
    std::int64_t block_end = 0;
    std::int32_t resource = 0;  // index into Timeline::resources
    std::int32_t op = -1;       // index into Timeline::ops
    std::int32_t layer = -1;
    Activity activity = Activity::compute;
};

struct TimelineOp {
    OpKind kind = OpKind::embedding;
    int layer = -1;
    std::string name;  // e.g. "L3.gate_up_proj"
};

// The full event timeline of one simulated step. Records on one resource never overlap.
struct Timeline {
    std::string step;  // "decode L=256" or "prefill P=128"
    std::vector<std::string> resources;
    std::vector<TimelineOp> ops;
    std::vector<TimelineRecord> records;
    double duration_s = 0;
};

// The step whose event timeline a run keeps and whose tile utilization it reports.
enum class TimelinePhase : std::uint8_t { decode, prefill };
template <>
struct EnumNames<TimelinePhase> {
    static constexpr std::string_view what = "timeline phase";
    static constexpr std::array<EnumName<TimelinePhase>, 2> table{{
        {TimelinePhase::decode, "decode"},
        {TimelinePhase::prefill, "prefill"},
    }};
};
static_assert(enum_table_is_dense<TimelinePhase>(2));
constexpr std::string_view to_string(TimelinePhase p) { return enum_name(p); }

struct SimOptions {
    Evaluator evaluator = Evaluator::event;
    // prefill: the prefill is the timeline step and timeline_token is unused; the figures
    // (KPIs, energy) do not depend on which step is kept.
    TimelinePhase timeline_phase = TimelinePhase::decode;
    int timeline_token = -1;  // decode step kept as timeline: 0-based, -1 = last
    bool all_steps = false;   // simulate every decode step instead of first/middle/last
    int time_bins = 64;       // bins of the utilization and bandwidth-over-time series
    // With the event evaluator: simulate only the timeline step event by event and the
    // prefill and other sampled steps analytically. The two evaluators agree to ~1e-11
    // (tests/core/tst_evaluator_agreement), so the figures are the same; the GUI uses this to
    // keep an edit of a 4B model under 100 ms. result.evaluator says "event+analytical".
    bool event_timeline_step_only = false;
};

struct SimulationResult {
    std::string model;
    std::int64_t parameters = 0;
    std::string precision;  // weights precision, e.g. "int4"
    std::int64_t prompt_tokens = 0;
    std::int64_t generated_tokens = 0;
    std::string evaluator;

    double ttft_s = 0;               // prefill (produces the first generated token)
    double decode_tokens_per_s = 0;  // over the generated_tokens - 1 decode steps
    double end_to_end_s = 0;
    double energy_per_token_j = 0;  // decode energy per step at energy_boundary
    double tokens_per_j = 0;
    double average_power_w = 0;        // while decoding, at energy_boundary
    double dram_bytes_per_token = 0;   // mean over decode steps
    double roofline_tokens_per_s = 0;  // effective DRAM bandwidth / dram_bytes_per_token
    double roofline_fraction = 0;
    Bound bound = Bound::dram;   // decode: the resource limiting the largest share of a step
    BoundShares bound_shares{};  // decode: share of the step time each resource limits (sums to 1)
    Bound prefill_bound = Bound::dram;
    BoundShares prefill_bound_shares{};
    double prefill_dram_bytes = 0;  // weights, KV writes and activation spills of the prefill
    bool weights_resident = false;  // every weight block fits in the macro banks: decode streams none
    double area_mm2 = 0;
    EnergyBoundary energy_boundary = EnergyBoundary::system;

    EnergyBreakdown energy_per_token;                         // all components, J per decode step
    EnergyBreakdown prefill_energy;                           // all components, J for the prefill
    std::array<double, kOpKindCount> energy_by_op_kind_j{};   // dynamic J per step, at the boundary
    std::array<double, kOpKindCount> latency_by_op_kind_s{};  // critical-path s per step
    std::vector<double> latency_by_layer_s;                   // per decoder layer, s per step
    double latency_head_s = 0;                                // embedding, final norm, LM head, argmax

    int active_tiles = 0;  // decode mapping: tiles per group (A)
    int prefill_active_tiles = 0;
    std::string mapping;  // layer_sequential | active_tile_pipeline

    // Of the timeline step: busy (write or compute) fraction per tile, per tile and time
    // bin ([tile][bin]), per tile and layer ([tile][layer]); DRAM GB/s per time bin.
    std::vector<double> tile_utilization;
    std::vector<std::vector<double>> tile_utilization_bins;
    std::vector<std::vector<double>> tile_utilization_layers;
    std::vector<double> dram_bandwidth_gbps_bins;
    double bin_width_s = 0;
    // The same busy time split by what the tile does, same shapes as above. compute: the
    // tile computes; write: it writes weights and does not compute at that moment (writes
    // hidden under compute count as compute); idle = 1 - write - compute (waiting for
    // weights, for an input or for other tiles, or unmapped). write + compute is the busy
    // fraction above, except per layer: there the window is the layer's stretch of the
    // step's critical path (latency_by_layer_s of this step) and counts whatever the tile
    // does during it (the busy figure above sums the layer's own spans instead).
    // Analytical evaluator: step averages, compute first, then writes in the time left.
    std::vector<double> tile_write_fraction;
    std::vector<double> tile_compute_fraction;
    std::vector<std::vector<double>> tile_write_bins;  // [tile][bin]
    std::vector<std::vector<double>> tile_compute_bins;
    std::vector<std::vector<double>> tile_write_layers;  // [tile][layer]
    std::vector<std::vector<double>> tile_compute_layers;
    // The part of idle when the tile's weights are in and it waits for the op's input (the
    // stall spans of its compute track, while not writing); same shapes, at most the idle
    // part. Empty with the analytical evaluator (no timeline, no stalls).
    std::vector<double> tile_stall_fraction;
    std::vector<std::vector<double>> tile_stall_bins;
    std::vector<std::vector<double>> tile_stall_layers;
    TimelinePhase timeline_phase = TimelinePhase::decode;  // the step the timeline and utilization describe
    BoundShares timeline_bound_shares{};                   // of that one step (sums to 1)
    Bound timeline_bound = Bound::dram;

    // Decode step time at each simulated context (for plots and the affinity check).
    std::vector<std::int64_t> sampled_contexts;
    std::vector<double> sampled_step_s;

    Timeline timeline;

    std::vector<std::pair<std::string, double>> energy_breakdown_j(EnergyBoundary boundary) const;
    std::vector<std::pair<std::string, double>> latency_breakdown_s() const;
};

// Throws std::invalid_argument for a model with no layers or hidden size.
SimulationResult simulate(const Config& config, const ModelSpec& model, const SimOptions& options = {});

}  // namespace edgecim
