#pragma once
// The analytical evaluator's per-op rules: closed-form fetch/write/compute times of an
// op's first and last chunk under the event simulator's rules (see analytical_pipeline.cpp),
// and the state they carry from op to op.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "edgecim/simulation.hpp"
#include "mapping/mapping.hpp"
#include "sim/program.hpp"

namespace edgecim::sim {

// The fetch/write/compute ends of an op's first and last chunk; chunks in between are
// linear between them.
struct OpSpan {
    std::int64_t k0 = 0;  // index of the op's first chunk in the step
    std::int64_t n = 1;
    double f_first = 0, f_last = 0, w_first = 0, w_last = 0, c_first = 0, c_last = 0;
    std::int64_t last() const { return k0 + n - 1; }
};

// The time of chunk k of span s, linear between `first` (its first chunk) and `last`.
inline double span_at(const OpSpan& s, std::int64_t k, double first, double last) {
    if (s.n <= 1) return last;
    // The ends (t = 0 and t = 1) skip the division; the result is the same to the bit.
    if (k <= s.k0) return first;
    if (k >= s.last()) return first + (last - first);
    const double t = static_cast<double>(k - s.k0) / static_cast<double>(s.n - 1);
    return first + t * (last - first);
}

// When each resource is next free, and the next chunk's index. Ops run in program order,
// so every unit's free time is at most `chain` (the previous op's end) between ops.
struct Clocks {
    // No compute clock: a group's previous chunk always ends before the previous op's output
    // is ready, so across ops the input, not the group, gates compute.
    double dram_free = 0, chain = 0, ic_free = 0, sfu_free = 0, vec_free = 0;
    std::int64_t k0 = 0;
};

// An op's chunks on the tile groups: every group gets `rounds` of them and the `extra`
// groups from the op's first one more.
struct BusyShare {
    double rounds = 0;       // n / G
    std::int64_t extra = 0;  // n % G
    double per_chunk = 0;    // write + compute time of a chunk
    bool resident = false;   // placed from group 0, outside the streamed chunk order
};

class Pipeline {
public:
    // spans: a buffer for the spans (cleared; reused across runs). busy: whether to track
    // the groups' busy time (not needed to compare mappings).
    Pipeline(const mapping::MappingPlan& plan, double dram_latency_s, std::vector<OpSpan>& spans, bool busy);

    // Evaluates the next op; returns its end (when its output is ready). Inline: most ops
    // are norms and other SFU work, a few instructions each.
    double run(const StageOp& op) {
        Clocks& c = clocks;
        const double ready = c.chain;
        const std::int64_t n = chunks_of(op, plan);
        double end = n > 0 ? (op.resident ? run_resident(op, n, ready) : run_matrix(op, n, ready)) : ready;
        if (n == 0) limiter = Bound::dram;
        double data_at = ready;
        if (op.dram_s > 0) {
            c.dram_free += op.dram_s;
            if (op.waits_for_dram) data_at = c.dram_free + latency;
        }
        if (op.unit == Unit::sfu) {
            c.sfu_free = std::max(ready, c.sfu_free) + op.unit_s;
            end = std::max(c.sfu_free, data_at);
            limiter = data_at > c.sfu_free ? Bound::dram : Bound::sfu;
        } else if (op.unit == Unit::vector) {
            const double own = std::max(ready, c.vec_free) + op.unit_s;
            c.vec_free = std::max(own, data_at);
            end = c.vec_free;
            limiter = data_at > own ? Bound::dram : Bound::vector_unit;
        } else if (n == 0) {
            end = std::max(end, data_at);
        }
        c.chain = end;
        return end;
    }
    // Round-robin placement of an op's n chunks on the groups, and adding its write +
    // compute time to them from group g0 (the group of its first chunk) on.
    BusyShare busy_share(const StageOp& op, std::int64_t n) const {
        const std::int64_t whole_rounds = n / groups;  // integer division: the rest are n % groups extra chunks
        return BusyShare{static_cast<double>(whole_rounds), n % groups, op.write_s + op.compute_s, op.resident};
    }
    void add_busy(const BusyShare& b, std::int64_t g0) {
        add_rounds(b.rounds * b.per_chunk);
        add_extra(b, g0);
    }
    // The two parts of add_busy: the time every group gets, and the extra chunks.
    void add_rounds(double s) { busy_all_ += s; }
    void add_extra(const BusyShare& b, std::int64_t g0) {
        if (b.extra == 0) return;
        const std::int64_t g1 = g0 + b.extra;  // [g0, g1) modulo G
        busy_diff_[static_cast<std::size_t>(g0)] += b.per_chunk;
        busy_diff_[static_cast<std::size_t>(std::min(g1, groups))] -= b.per_chunk;
        if (g1 > groups) {
            busy_diff_[0] += b.per_chunk;
            busy_diff_[static_cast<std::size_t>(g1 - groups)] -= b.per_chunk;
        }
    }
    // Write + compute time of each tile group.
    std::vector<double> group_busy() const;
    double time_s() const { return std::max(clocks.chain, clocks.dram_free); }

    const mapping::MappingPlan& plan;
    const std::int64_t groups, slots;
    const double latency;
    Clocks clocks;
    Bound limiter = Bound::dram;  // of the op run last: what its end time waited for
    std::vector<OpSpan>& spans;   // of the matrix ops so far, in chunk order: chunks 0 .. k0 - 1

private:
    const bool busy_;
    // The chunk pipeline of an op with n > 0 chunks; returns when its last output leaves.
    double run_matrix(const StageOp& op, std::int64_t n, double ready);
    // An op whose weights stay in the macros: n chunks on the G groups from group 0.
    double run_resident(const StageOp& op, std::int64_t n, double ready);
    Bound matrix_limiter(const StageOp& op, bool partial_sums, double c_end, const OpSpan& s, std::int64_t k_end,
                         double ready, bool gated_loop) const;
    double busy_all_ = 0;
    std::vector<double> busy_diff_;  // difference array over the groups
};

}  // namespace edgecim::sim
