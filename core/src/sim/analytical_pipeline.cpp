// The analytical evaluator's per-op rules: per op, closed-form fetch/write/compute times
// of its first and last chunk under the event simulator's rules:
//   fetch  f(k) = max(f(k-1), c(k-S)) + tf        (S = chunk slots = groups x banks)
//   write  w(k) = max(f(k) + latency, w(k-G)) + tw (G = tile groups, one write port each)
//   compute c(k) = max(w(k), input ready, c(k-G)) + tc  (per group; groups run concurrently)
// Within an op these times are piecewise linear and convex in k, so their extremes sit at
// the ends of each op's chunk range; only those ends are evaluated (O(ops), not O(chunks)).
#include "sim/analytical_pipeline.hpp"

#include <algorithm>
#include <limits>

namespace edgecim::sim {

Pipeline::Pipeline(const mapping::MappingPlan& p, double dram_latency_s, std::vector<OpSpan>& span_buffer, bool busy)
    : plan(p),
      groups(std::max(1, p.groups)),
      slots(std::max(1, p.slots)),
      latency(dram_latency_s),
      spans(span_buffer),
      busy_(busy) {
    spans.clear();
    if (busy_) busy_diff_.assign(static_cast<std::size_t>(groups) + 1, 0.0);
}

namespace {

Bound fetch_limiter(const StageOp& op) { return op.fetch_network_bound ? Bound::network : Bound::dram; }

}  // namespace

// Which term of the op's end won, followed back: the partial-sum chain (network), the
// group's compute chain (compute), its write port (macro_write), or the weight stream
// (DRAM or the network's weight port); a stream held back by the slot loop is charged to
// the loop's longest stage.
Bound Pipeline::matrix_limiter(const StageOp& op, bool partial_sums, double c_end, const OpSpan& s, std::int64_t k_end,
                               double ready, bool gated_loop) const {
    if (partial_sums) return Bound::network;
    const double w_end = span_at(s, k_end, s.w_first, s.w_last);
    if (c_end > w_end + op.compute_s * (1 + 1e-12) || ready >= w_end) return Bound::compute;
    const double tf = op.fetch_total_s / static_cast<double>(s.n);
    const double stream_w = s.f_last + latency + op.write_s;
    if (s.w_last > stream_w * (1 + 1e-12)) return Bound::macro_write;
    if (!gated_loop) return fetch_limiter(op);
    if (op.compute_s >= std::max(tf, op.write_s)) return Bound::compute;
    if (op.write_s >= tf) return Bound::macro_write;
    return fetch_limiter(op);
}

double Pipeline::run_matrix(const StageOp& op, std::int64_t n, double ready) {
    const std::int64_t G = groups, S = slots;
    const double lat = latency;
    Clocks& c = clocks;
    const std::int64_t k0 = c.k0;
    const std::int64_t k_last = k0 + n - 1;
    const double tf = op.fetch_total_s / static_cast<double>(n), tw = op.write_s, tc = op.compute_s;
    // Slots released by earlier ops' chunks gate this op's fetches: the first waits for
    // chunk k0 - S, later ones for chunks lo .. hi, and the first write for the port's
    // previous chunk k0 - G. One backward pass over the spans holding chunks
    // k0 - S .. k0 - 1 finds them all.
    const std::int64_t slot_k = k0 - S, port_k = k0 - G;
    const std::int64_t lo = std::max<std::int64_t>(0, k0 + 1 - S);
    const std::int64_t hi = std::min(k0 - 1, k_last - S);
    double slot_free = 0, port_free = 0, gated_fetch = std::numeric_limits<double>::lowest();
    for (std::size_t i = spans.size(); i-- > 0;) {
        const OpSpan& sp = spans[i];
        if (sp.last() < std::max<std::int64_t>(slot_k, 0)) break;
        if (sp.k0 <= slot_k && slot_k <= sp.last()) slot_free = span_at(sp, slot_k, sp.c_first, sp.c_last);
        if (sp.k0 <= port_k && port_k <= sp.last()) port_free = span_at(sp, port_k, sp.w_first, sp.w_last);
        // Linear within a span: the extremes sit at the ends of its overlap with [lo, hi].
        auto gate = [&](std::int64_t k) {
            gated_fetch = std::max(
                gated_fetch, span_at(sp, k, sp.c_first, sp.c_last) + static_cast<double>(k_last - S - k + 1) * tf);
        };
        const std::int64_t a = std::max(lo, sp.k0), b = std::min(hi, sp.last());
        if (a <= b) gate(a);
        if (a < b) gate(b);
    }
    OpSpan s;
    s.k0 = k0;
    s.n = n;
    s.f_first = std::max(c.dram_free, slot_free) + tf;
    s.f_last = std::max(s.f_first + static_cast<double>(n - 1) * tf, gated_fetch);
    // Chunk k = k0 + r + m G (r < G) runs on group r's m-th round. Writes and computes of
    // a group are serial; groups overlap. With w linear in k, c(k) is the larger of its
    // own write + tc and the group's chain from its first chunk: max(w(k0 + r), ready) +
    // (m + 1) tc. The op's compute ends at the latest chunk: the last one, or the last of
    // the round before on the groups the last round does not reach.
    const std::int64_t rounds = (n - 1) / G, r_last = (n - 1) % G;
    const double ready_or = ready;
    auto w_at = [&s](std::int64_t k) { return span_at(s, k, s.w_first, s.w_last); };
    std::int64_t k_end = k_last;  // the chunk whose compute ends last
    double c_end = 0;
    auto derive = [&] {
        s.w_first = std::max(s.f_first + lat, port_free) + tw;
        s.w_last = std::max(s.f_last + lat + tw, s.w_first + static_cast<double>(rounds) * tw);
        s.c_first = std::max(s.w_first, ready_or) + tc;
        s.c_last = std::max(s.w_last, std::max(w_at(k0 + r_last), ready_or) + static_cast<double>(rounds) * tc) + tc;
        c_end = s.c_last;
        k_end = k_last;
        if (rounds > 0 && r_last < G - 1) {
            const double prev_round = std::max(w_at(k0 + G - 1), ready_or) + static_cast<double>(rounds) * tc;
            if (prev_round > c_end) {
                c_end = prev_round;
                k_end = k0 + rounds * G - 1;
            }
        }
    };
    derive();
    bool gated_loop = gated_fetch > s.f_first + static_cast<double>(n - 1) * tf;
    // Chunks beyond the first S of a long op wait for this op's own slots. In steady
    // state the chunk period is the largest cycle mean of the recurrences: the DRAM
    // (tf), the G compute groups (tc / G) and write ports (tw / G), and the S-slot loop
    // of fetch -> write -> compute -> slot release.
    const double loop = (tf + lat + tw + tc) / static_cast<double>(S);
    const double period = std::max({tf, tc / static_cast<double>(G), tw / static_cast<double>(G), loop});
    for (int iter = 0; iter < 4 && n > S; ++iter) {
        const double q = (s.c_last - s.c_first) / static_cast<double>(n - 1);
        const double gated = s.c_first + tf + static_cast<double>(n - 1 - S) * std::max(q, period);
        if (gated <= s.f_last * (1 + 1e-12)) break;
        s.f_last = gated;
        gated_loop = true;
        derive();
    }
    // Partial sums leave in chunk order, each after its compute.
    const double tic = op.interconnect_total_s / static_cast<double>(n);
    const double ic_tail = std::max(c_end + static_cast<double>(k_last - k_end + 1) * tic, s.c_last + tic);
    const double ic_chain = std::max(s.c_first, c.ic_free) + static_cast<double>(n) * tic;
    c.ic_free = std::max(ic_tail, ic_chain);
    limiter = matrix_limiter(op, ic_chain > ic_tail, c_end, s, k_end, ready, gated_loop);
    c.dram_free = s.f_last;
    spans.push_back(s);
    if (busy_) add_busy(busy_share(op, n), k0 % G);
    c.k0 += n;
    return c.ic_free;
}

double Pipeline::run_resident(const StageOp& op, std::int64_t n, double ready) {
    // Chunk j ends computing at ready + (j / G + 1) tc; partial sums leave in chunk order,
    // so the last leaves at the largest c(j) + (n - j) tic, taken at the first chunk of a
    // round (the first or the last round: linear in the round).
    const std::int64_t G = groups;
    const double tc = op.compute_s, tic = op.interconnect_total_s / static_cast<double>(n);
    const std::int64_t last_round = (n - 1) / G;
    const double first = std::max(ready + tc, clocks.ic_free) + static_cast<double>(n) * tic;
    const double last =
        ready + static_cast<double>(last_round + 1) * tc + static_cast<double>(n - last_round * G) * tic;
    clocks.ic_free = std::max(first, last);
    limiter = first > last && tic * static_cast<double>(n) > tc ? Bound::network : Bound::compute;
    if (busy_) add_busy(busy_share(op, n), 0);
    return clocks.ic_free;
}

std::vector<double> Pipeline::group_busy() const {
    std::vector<double> out(static_cast<std::size_t>(groups), 0.0);
    double run = 0;
    for (std::size_t g = 0; busy_ && g < out.size(); ++g) {
        run += busy_diff_[g];
        out[g] = busy_all_ + run;
    }
    return out;
}

}  // namespace edgecim::sim
