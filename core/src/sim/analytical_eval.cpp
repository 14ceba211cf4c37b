// The analytical evaluator over a step template (per-op rules: analytical_pipeline.cpp).
// The decoder layers of one shape apply the same max-plus recurrences, which are
// invariant under a shift in time. Once the state at a layer boundary equals the state p
// layers earlier shifted by some delta (after one or two layers in practice), every later
// layer repeats the layer p before it, delta later: those layers are copied, not
// evaluated. The result equals op-by-op evaluation up to rounding.
#include <array>
#include <cmath>

#include "sim/analytical_pipeline.hpp"
#include "sim/step_outcome.hpp"

namespace edgecim::sim {

namespace {

constexpr int kMaxPeriod = 8;              // layer-shape patterns longer than this are evaluated
constexpr double kShiftTolerance = 1e-13;  // relative to the time so far; rounding is ~1e-16

struct Boundary {  // the state at the start of a decoder layer
    Clocks clocks;
    std::size_t spans = 0;  // spans recorded before it
    std::size_t op = 0;     // flat index of its first op
};

// Buffers reused by the runs of one template under different plans.
struct Scratch {
    std::vector<OpSpan> spans;
    std::vector<Boundary> at;  // per layer boundary reached so far
};

std::size_t matrix_ops(const std::vector<StageOp>& ops) {
    auto is_matrix = [](const StageOp& op) { return op.blocks > 0; };
    return static_cast<std::size_t>(std::count_if(ops.begin(), ops.end(), is_matrix));
}

Scratch make_scratch(const StepTemplate& t) {
    std::size_t n = matrix_ops(t.prologue) + matrix_ops(t.epilogue);
    for (std::size_t s = 0; s < t.shapes.size(); ++s)
        n += static_cast<std::size_t>(t.layers_of(s)) * matrix_ops(t.shapes[s]);
    Scratch scratch;
    scratch.spans.reserve(n);
    scratch.at.reserve(static_cast<std::size_t>(t.layers()) + 1);
    return scratch;
}

// Evaluates the prologue, the first `layers` decoder layers and the epilogue.
class TemplateRun {
public:
    TemplateRun(const StepTemplate& t, int layers, const mapping::MappingPlan& plan, bool record, Scratch& scratch)
        : t_(t),
          layers_(std::clamp(layers, 0, t.layers())),
          plan_(plan),
          record_(record),
          pl_(plan, t.dram_latency_s, scratch.spans, record),
          at_(scratch.at) {
        at_.clear();
    }

    StepOutcome run() {
        if (record_) {  // record: all layers
            ends_.reserve(t_.op_count());
            limiters_.reserve(t_.op_count());
        }
        for (const StageOp& op : t_.prologue) step(op);
        layers();
        for (const StageOp& op : t_.epilogue) step(op);
        StepOutcome out;
        out.time_s = pl_.time_s();
        if (record_) {
            out.op_end_s = std::move(ends_);
            out.op_limiter = std::move(limiters_);
            out.group_busy_s = pl_.group_busy();
            out.repeat_from = repeat_from_;
            out.repeat_period = repeat_period_;
        }
        return out;
    }

private:
    const StepTemplate& t_;
    const int layers_;
    const mapping::MappingPlan& plan_;
    const bool record_;
    Pipeline pl_;
    std::vector<Boundary>& at_;
    std::vector<double> ends_;  // per op, when recording
    std::vector<Bound> limiters_;
    std::size_t op_ = 0;  // flat index of the next op
    int repeat_from_ = -1, repeat_period_ = 0;

    const Boundary& at(int layer) const { return at_[static_cast<std::size_t>(layer)]; }
    std::size_t shape_of(int layer) const {
        return static_cast<std::size_t>(t_.layer_shape[static_cast<std::size_t>(layer)]);
    }

    void step(const StageOp& op) {
        const double end = pl_.run(op);
        if (record_) {
            ends_.push_back(end);
            limiters_.push_back(pl_.limiter);
        }
        ++op_;
    }

    void layers() {
        const int L = layers_;
        // periodic_from[p]: the first layer from which every layer has the shape of the
        // layer p before it.
        std::array<int, kMaxPeriod + 1> periodic_from{};
        for (int p = 1; p <= kMaxPeriod; ++p) {
            int l = L;
            while (t_.shapes.size() > 1 && l - 1 >= p && shape_of(l - 1) == shape_of(l - 1 - p)) --l;
            periodic_from[static_cast<std::size_t>(p)] = t_.shapes.size() > 1 ? std::max(l, p) : p;
        }
        for (int l = 0; l < L; ++l) {
            at_.push_back(Boundary{pl_.clocks, pl_.spans.size(), op_});
            for (int p = 1; p <= std::min(l, kMaxPeriod); ++p) {
                double delta = 0;
                if (l >= periodic_from[static_cast<std::size_t>(p)] && shifted(l - p, l, delta)) {
                    repeat(l, p, delta);
                    repeat_from_ = l;
                    repeat_period_ = p;
                    return;
                }
            }
            for (const StageOp& op : t_.layer_ops(l)) step(op);
        }
    }

    // Whether the state at boundary b is the state at boundary a shifted by delta: the
    // clocks, and the chunks later ops look up (the last S before the boundary) at the
    // same relative positions with the same spans.
    bool shifted(int a, int b, double& delta) const {
        const Boundary& ba = at(a);
        const Boundary& bb = at(b);
        const Clocks& x = ba.clocks;
        const Clocks& y = bb.clocks;
        const std::int64_t S = pl_.slots;
        if (x.k0 < S) return false;  // a's lookups would reach before the first chunk
        delta = y.chain - x.chain;
        const double tol = kShiftTolerance * std::abs(y.chain);
        const double d = delta;
        auto same = [d, tol](double u, double v) { return std::abs(v - (u + d)) <= tol; };
        if (!same(x.dram_free, y.dram_free)) return false;
        // Unit clocks only matter above the chain (they never are; kept exact anyway).
        for (double Clocks::*m : {&Clocks::ic_free, &Clocks::sfu_free, &Clocks::vec_free})
            if (!same(std::max(x.*m, x.chain), std::max(y.*m, y.chain))) return false;
        const std::vector<OpSpan>& sp = pl_.spans;
        std::size_t i = ba.spans, j = bb.spans;
        for (;;) {
            const bool more_a = i > 0 && sp[i - 1].last() >= x.k0 - S;
            const bool more_b = j > 0 && sp[j - 1].last() >= y.k0 - S;
            if (more_a != more_b) return false;
            if (!more_a) return true;
            const OpSpan& u = sp[--i];
            const OpSpan& v = sp[--j];
            if (u.k0 - x.k0 != v.k0 - y.k0 || u.n != v.n) return false;
            if (!same(u.w_first, v.w_first) || !same(u.w_last, v.w_last) || !same(u.c_first, v.c_first) ||
                !same(u.c_last, v.c_last))
                return false;
        }
    }

    // Busy shares of each shape's matrix ops, in op order.
    std::vector<std::vector<BusyShare>> shape_shares() const {
        std::vector<std::vector<BusyShare>> out(t_.shapes.size());
        for (std::size_t s = 0; s < t_.shapes.size(); ++s)
            for (const StageOp& op : t_.shapes[s])
                if (const std::int64_t n = chunks_of(op, plan_); n > 0) out[s].push_back(pl_.busy_share(op, n));
        return out;
    }

    // Layers l.. repeat layers l - p .. l - 1 (the base period): layer j is base layer
    // l - p + (j - l) mod p, m = (j - l) / p + 1 periods (m x delta, m x dk chunks) later.
    void repeat(int l, int p, double delta) {
        const int L = layers_;
        const std::int64_t dk = at(l).clocks.k0 - at(l - p).clocks.k0;
        const std::int64_t G = pl_.groups;
        // Later ops look up the last S chunks only: spans before those are not needed.
        const int r_end = (L - l) % p, m_end = (L - l) / p + 1;
        const std::int64_t k_end = at(l - p + r_end).clocks.k0 + m_end * dk;
        // Busy time: per shape, the part every group gets (one sum per layer) and the extra
        // chunks, placed from the group of the layer's first chunk on.
        std::vector<std::vector<BusyShare>> shares;
        std::vector<double> rounds;
        if (record_) {
            shares = shape_shares();
            for (const std::vector<BusyShare>& ops : shares) {
                double sum = 0;
                for (const BusyShare& b : ops) sum += b.rounds * b.per_chunk;
                rounds.push_back(sum);
            }
        }
        std::int64_t g = at(l).clocks.k0 % G;
        int r = 0, m = 1;  // layer j = base layer l - p + r, m periods later (no divisions per layer)
        for (int j = l; j < L; ++j) {
            const Boundary& src = at(l - p + r);
            const Boundary& src_next = at(l - p + r + 1);
            const double shift = m * delta;
            const std::int64_t k0 = src.clocks.k0 + m * dk;
            const std::size_t ops = src_next.op - src.op;
            op_ += ops;
            if (record_) {
                const std::size_t first = ends_.size();
                ends_.resize(first + ops);
                for (std::size_t q = 0; q < ops; ++q) ends_[first + q] = ends_[src.op + q] + shift;
                for (std::size_t q = 0; q < ops; ++q) limiters_.push_back(limiters_[src.op + q]);
                pl_.add_rounds(rounds[shape_of(j)]);
                for (const BusyShare& b : shares[shape_of(j)]) {
                    if (b.resident) {
                        pl_.add_extra(b, 0);
                        continue;
                    }
                    pl_.add_extra(b, g);
                    g += b.extra;  // a layer's streamed extras sum to its chunks modulo G
                    if (g >= G) g -= G;
                }
            }
            if (k0 + (src_next.clocks.k0 - src.clocks.k0) > k_end - pl_.slots) {
                for (std::size_t i = src.spans; i < src_next.spans; ++i) {
                    OpSpan x = pl_.spans[i];
                    x.k0 += m * dk;
                    x.f_first += shift;
                    x.f_last += shift;
                    x.w_first += shift;
                    x.w_last += shift;
                    x.c_first += shift;
                    x.c_last += shift;
                    pl_.spans.push_back(x);
                }
            }
            if (++r == p) {
                r = 0;
                ++m;
            }
        }
        const double shift = m_end * delta;
        pl_.clocks = at(l - p + r_end).clocks;
        for (double Clocks::*c :
             {&Clocks::dram_free, &Clocks::chain, &Clocks::ic_free, &Clocks::sfu_free, &Clocks::vec_free})
            pl_.clocks.*c += shift;
        pl_.clocks.k0 = k_end;
    }
};

}  // namespace

StepOutcome run_analytical(const StepTemplate& t, const mapping::MappingPlan& plan) {
    Scratch scratch = make_scratch(t);
    return TemplateRun(t, t.layers(), plan, true, scratch).run();
}

std::vector<double> analytical_times(const StepTemplate& t, int layers,
                                     const std::vector<mapping::MappingPlan>& plans) {
    Scratch scratch = make_scratch(t);
    std::vector<double> out;
    out.reserve(plans.size());
    for (const mapping::MappingPlan& plan : plans)
        out.push_back(TemplateRun(t, layers, plan, false, scratch).run().time_s);
    return out;
}

}  // namespace edgecim::sim
