// The analytical evaluator's per-op rules: per op, closed-form fetch/write/compute times
// of its first and last chunk under the event simulator's rules:
//   fetch  f(k) = max(f(k-1), c(k-S)) + tf        (S = chunk slots = groups x banks)
//   write  w(k) = max(f(k) + latency, w(k-G)) + tw (G = tile groups, one write port each)
//   compute c(k) = max(w(k), input ready, c(k-1)) + tc
// Within an op these times are piecewise linear and convex in k, so their extremes sit at
// the ends of each op's chunk range; only those ends are evaluated (O(ops), not O(chunks)).
#include "sim/analytical_pipeline.hpp"

#include <algorithm>
#include <limits>

namespace edgecim::sim {

Pipeline::Pipeline(const mapping::MappingPlan& p, double dram_latency_s, std::vector<OpSpan>& span_buffer,
                   bool busy)
    : plan(p),
      groups(std::max(1, p.groups)),
      slots(std::max(1, p.slots)),
      latency(dram_latency_s),
      spans(span_buffer),
      busy_(busy) {
    spans.clear();
    if (busy_) busy_diff_.assign(static_cast<std::size_t>(groups) + 1, 0.0);
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
            gated_fetch = std::max(gated_fetch, span_at(sp, k, sp.c_first, sp.c_last) +
                                                    static_cast<double>(k_last - S - k + 1) * tf);
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
    const double port_rounds = static_cast<double>((n - 1) / G);  // later writes on the first chunk's port
    auto derive = [&] {
        s.w_first = std::max(s.f_first + lat, port_free) + tw;
        s.w_last = std::max(s.f_last + lat + tw, s.w_first + port_rounds * tw);
        s.c_first = std::max({s.w_first, ready, c.compute_free}) + tc;
        s.c_last = std::max(s.c_first + static_cast<double>(n - 1) * tc, s.w_last + tc);
    };
    derive();
    // Chunks beyond the first S of a long op wait for this op's own slots. In steady
    // state the chunk period is the largest cycle mean of the recurrences: the DRAM
    // (tf), compute (tc), the G write ports (tw / G) and the S-slot loop of
    // fetch -> write -> compute -> slot release.
    const double loop = (tf + lat + tw + tc) / static_cast<double>(S);
    const double period = std::max({tf, tc, tw / static_cast<double>(G), loop});
    for (int iter = 0; iter < 4 && n > S; ++iter) {
        const double q = (s.c_last - s.c_first) / static_cast<double>(n - 1);
        const double gated = s.c_first + tf + static_cast<double>(n - 1 - S) * std::max(q, period);
        if (gated <= s.f_last * (1 + 1e-12)) break;
        s.f_last = gated;
        derive();
    }
    const double tic = op.interconnect_total_s / static_cast<double>(n);
    c.ic_free = std::max(s.c_last + tic, std::max(s.c_first, c.ic_free) + static_cast<double>(n) * tic);
    c.dram_free = s.f_last;
    c.compute_free = s.c_last;
    spans.push_back(s);
    if (busy_) add_busy(busy_share(op, n), k0 % G);
    c.k0 += n;
    return c.ic_free;
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
