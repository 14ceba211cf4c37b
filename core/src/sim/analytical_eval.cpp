// The analytical evaluator: per op, closed-form fetch/write/compute times of its first
// and last chunk under the event simulator's rules:
//   fetch  f(k) = max(f(k-1), c(k-S)) + tf        (S = chunk slots = groups x banks)
//   write  w(k) = max(f(k) + latency, w(k-G)) + tw (G = tile groups, one write port each)
//   compute c(k) = max(w(k), input ready, c(k-1)) + tc
// Within an op these times are piecewise linear and convex in k, so their extremes sit at
// the ends of each op's chunk range; only those ends are evaluated (O(ops), not O(chunks)).
#include <algorithm>
#include <cmath>

#include "sim/step_outcome.hpp"

namespace edgecim::sim {

namespace {

struct OpSpan {
    std::int64_t k0 = 0;
    std::int64_t n = 1;
    double f_first = 0, f_last = 0, w_first = 0, w_last = 0, c_first = 0, c_last = 0;
};

class History {
public:
    void add(const OpSpan& s) { spans_.push_back(s); }
    const std::vector<OpSpan>& spans() const { return spans_; }

    // Linear interpolation of a per-chunk time between an op's first and last chunk.
    double at(std::int64_t k, double OpSpan::*first, double OpSpan::*last) const {
        if (k < 0 || spans_.empty()) return 0.0;
        auto it = std::upper_bound(spans_.begin(), spans_.end(), k,
                                   [](std::int64_t v, const OpSpan& s) { return v < s.k0; });
        if (it == spans_.begin()) return 0.0;
        const OpSpan& s = *(it - 1);
        if (s.n <= 1) return s.*last;
        const double t = static_cast<double>(std::min(k - s.k0, s.n - 1)) / static_cast<double>(s.n - 1);
        return s.*first + t * (s.*last - s.*first);
    }
    double compute_end(std::int64_t k) const { return at(k, &OpSpan::c_first, &OpSpan::c_last); }
    double write_end(std::int64_t k) const { return at(k, &OpSpan::w_first, &OpSpan::w_last); }

private:
    std::vector<OpSpan> spans_;
};

}  // namespace

StepOutcome run_analytical(const Program& p, const mapping::MappingPlan& plan) {
    const std::int64_t G = std::max(1, plan.groups);
    const std::int64_t S = std::max(1, plan.slots);
    const double lat = p.dram_latency_s;
    StepOutcome out;
    out.op_end_s.resize(p.ops.size());
    out.op_start_s.resize(p.ops.size());
    out.group_busy_s.assign(static_cast<std::size_t>(G), 0.0);
    std::vector<double> busy_diff(static_cast<std::size_t>(G) + 1, 0.0);
    double busy_all = 0;
    History hist;

    double dram_free = 0, chain = 0, compute_free = 0, ic_free = 0, sfu_free = 0, vec_free = 0;
    std::int64_t k0 = 0;
    for (std::size_t i = 0; i < p.ops.size(); ++i) {
        const StageOp& op = p.ops[i];
        const double ready = chain;
        out.op_start_s[i] = ready;
        double end = ready;
        const std::int64_t n = chunks_of(op, plan);
        if (n > 0) {
            const std::int64_t k_last = k0 + n - 1;
            const double tf = op.fetch_total_s / static_cast<double>(n), tw = op.write_s, tc = op.compute_s;
            OpSpan s;
            s.k0 = k0;
            s.n = n;
            s.f_first = std::max(dram_free, hist.compute_end(k0 - S)) + tf;
            s.f_last = s.f_first + static_cast<double>(n - 1) * tf;
            // Slots released by earlier ops' chunks gate this op's later fetches.
            const std::int64_t lo = std::max<std::int64_t>(0, k0 + 1 - S);
            const std::int64_t hi = std::min(k0 - 1, k_last - S);
            if (lo <= hi) {
                auto gate = [&](std::int64_t k) {
                    s.f_last = std::max(s.f_last, hist.compute_end(k) + static_cast<double>(k_last - S - k + 1) * tf);
                };
                gate(lo);
                gate(hi);
                const auto& spans = hist.spans();
                for (auto it = spans.rbegin(); it != spans.rend() && it->k0 + it->n - 1 >= lo; ++it) {
                    if (it->k0 >= lo && it->k0 <= hi) gate(it->k0);
                    const std::int64_t last = it->k0 + it->n - 1;
                    if (last >= lo && last <= hi) gate(last);
                }
            }
            auto derive = [&] {
                s.w_first = std::max(s.f_first + lat, hist.write_end(k0 - G)) + tw;
                s.w_last = std::max(s.f_last + lat + tw, s.w_first + static_cast<double>((n - 1) / G) * tw);
                s.c_first = std::max({s.w_first, ready, compute_free}) + tc;
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
            ic_free = std::max(s.c_last + tic, std::max(s.c_first, ic_free) + static_cast<double>(n) * tic);
            dram_free = s.f_last;
            compute_free = s.c_last;
            end = ic_free;
            hist.add(s);
            // Round-robin chunk placement: every group gets n / G chunks, n % G get one more.
            const double per_chunk = tw + tc;
            busy_all += static_cast<double>(n / G) * per_chunk;
            const std::int64_t extra = n % G, g0 = k0 % G;
            if (extra > 0) {
                const std::int64_t g1 = g0 + extra;  // [g0, g1) modulo G
                busy_diff[static_cast<std::size_t>(g0)] += per_chunk;
                busy_diff[static_cast<std::size_t>(std::min(g1, G))] -= per_chunk;
                if (g1 > G) {
                    busy_diff[0] += per_chunk;
                    busy_diff[static_cast<std::size_t>(g1 - G)] -= per_chunk;
                }
            }
            k0 += n;
        }
        double data_at = ready;
        if (op.dram_s > 0) {
            dram_free += op.dram_s;
            if (op.waits_for_dram) data_at = dram_free + lat;
        }
        if (op.unit == Unit::sfu) {
            sfu_free = std::max(ready, sfu_free) + op.unit_s;
            end = std::max(sfu_free, data_at);
        } else if (op.unit == Unit::vector) {
            vec_free = std::max(std::max(ready, vec_free) + op.unit_s, data_at);
            end = vec_free;
        } else if (n == 0) {
            end = std::max(end, data_at);
        }
        out.op_end_s[i] = end;
        chain = end;
    }
    double run = 0;
    for (std::int64_t g = 0; g < G; ++g) {
        run += busy_diff[static_cast<std::size_t>(g)];
        out.group_busy_s[static_cast<std::size_t>(g)] = busy_all + run;
    }
    out.time_s = std::max(chain, dram_free);
    return out;
}

}  // namespace edgecim::sim
