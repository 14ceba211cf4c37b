// The write / compute / idle split of tile time (SimulationResult::tile_write_*,
// tile_compute_*) and the prefill as timeline step (SimOptions::timeline_phase).
#include <QtTest>
#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "engine_test_support.hpp"

using namespace edgecim;

namespace {

SimulationResult run(const Config& c, const ModelSpec& m, Evaluator e, TimelinePhase phase) {
    SimOptions o;
    o.evaluator = e;
    o.timeline_phase = phase;
    return simulate(c, m, o);
}

// DRAM bandwidth so high that the tiles, not DRAM, limit the step.
Config fast_dram_config() {
    Config c = default_config();
    c.hardware.dram.bandwidth_gbps = 2000;
    return c;
}

struct Means {
    double write = 0, compute = 0, idle = 0;
};
// Over the mapped tiles (a tile that never writes nor computes is not mapped).
Means mapped_means(const SimulationResult& r) {
    Means m;
    int n = 0;
    for (std::size_t t = 0; t < r.tile_utilization.size(); ++t) {
        if (r.tile_utilization[t] <= 0) continue;
        m.write += r.tile_write_fraction[t];
        m.compute += r.tile_compute_fraction[t];
        ++n;
    }
    if (n == 0) return m;
    m.write /= n;
    m.compute /= n;
    m.idle = 1 - m.write - m.compute;
    return m;
}

void check_rows(const std::vector<std::vector<double>>& write, const std::vector<std::vector<double>>& compute,
                const std::vector<std::vector<double>>* busy, const char* what) {
    QCOMPARE(write.size(), compute.size());
    for (std::size_t t = 0; t < write.size(); ++t) {
        QCOMPARE(write[t].size(), compute[t].size());
        for (std::size_t k = 0; k < write[t].size(); ++k) {
            const double w = write[t][k], c = compute[t][k];
            QVERIFY2(w >= 0 && c >= 0 && w + c <= 1 + 1e-12, what);  // idle = 1 - w - c >= 0
            if (busy) QVERIFY2(std::abs(w + c - (*busy)[t][k]) < 1e-12, what);
        }
    }
}

// The stalled part (weights in, waiting for the input) lies within idle; none without a timeline.
void check_stall(const SimulationResult& r, Evaluator e) {
    if (e == Evaluator::analytical) {
        QVERIFY(r.tile_stall_fraction.empty() && r.tile_stall_bins.empty() && r.tile_stall_layers.empty());
        return;
    }
    QCOMPARE(r.tile_stall_fraction.size(), r.tile_utilization.size());
    for (std::size_t t = 0; t < r.tile_stall_fraction.size(); ++t) {
        const double idle = 1 - r.tile_write_fraction[t] - r.tile_compute_fraction[t];
        QVERIFY(r.tile_stall_fraction[t] >= 0 && r.tile_stall_fraction[t] <= idle + 1e-12);
    }
    for (const auto& [stall, write, compute] :
         {std::tuple{&r.tile_stall_bins, &r.tile_write_bins, &r.tile_compute_bins},
          std::tuple{&r.tile_stall_layers, &r.tile_write_layers, &r.tile_compute_layers}}) {
        QCOMPARE(stall->size(), write->size());
        for (std::size_t t = 0; t < stall->size(); ++t) {
            QCOMPARE((*stall)[t].size(), (*write)[t].size());
            for (std::size_t k = 0; k < (*stall)[t].size(); ++k)
                QVERIFY((*stall)[t][k] >= 0 && (*stall)[t][k] <= 1 - (*write)[t][k] - (*compute)[t][k] + 1e-12);
        }
    }
}

}  // namespace

class TstUtilizationSplit : public QObject {
    Q_OBJECT
private slots:
    void write_compute_idle_add_up_per_tile_bin_and_layer() {
        for (const char* model : {"llama-3.2-1b", "qwen3-0.6b"})
            for (const Config& c : {default_config(), fast_dram_config()})
                for (Evaluator e : {Evaluator::event, Evaluator::analytical})
                    for (TimelinePhase phase : {TimelinePhase::decode, TimelinePhase::prefill}) {
                        const SimulationResult r = run(c, load_zoo_model(model), e, phase);
                        const std::size_t tiles = r.tile_utilization.size();
                        QCOMPARE(r.tile_write_fraction.size(), tiles);
                        QCOMPARE(r.tile_compute_fraction.size(), tiles);
                        for (std::size_t t = 0; t < tiles; ++t) {
                            const double w = r.tile_write_fraction[t], k = r.tile_compute_fraction[t];
                            QVERIFY(w >= 0 && k >= 0 && w + k <= 1 + 1e-12);
                            QVERIFY(std::abs(w + k - r.tile_utilization[t]) < 1e-12);  // the busy time, split
                        }
                        check_rows(r.tile_write_bins, r.tile_compute_bins, &r.tile_utilization_bins, "bins");
                        check_rows(r.tile_write_layers, r.tile_compute_layers, nullptr, "layers");
                        check_stall(r, e);
                        QCOMPARE(r.tile_write_layers.size(), tiles);
                        QCOMPARE(r.tile_write_bins.size(), tiles);
                    }
    }

    void dram_bound_decode_waits_and_fast_dram_computes() {
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        const SimulationResult slow = run(default_config(), m, Evaluator::event, TimelinePhase::decode);
        QCOMPARE(slow.timeline_bound, Bound::dram);  // precondition: the default preset is DRAM-bound
        const Means s = mapped_means(slow);
        QVERIFY2(s.idle > s.write && s.idle > s.compute, "a DRAM-bound step leaves the tiles waiting");
        // ... for their weights, not for their inputs.
        const double stall = std::accumulate(slow.tile_stall_fraction.begin(), slow.tile_stall_fraction.end(), 0.0) /
                             static_cast<double>(slow.tile_stall_fraction.size());
        QVERIFY(stall < s.idle / 2);

        const SimulationResult fast = run(fast_dram_config(), m, Evaluator::event, TimelinePhase::decode);
        QVERIFY(fast.timeline_bound != Bound::dram);  // precondition
        const Means f = mapped_means(fast);
        QVERIFY2(f.idle < s.idle, "more bandwidth, less waiting");
        QVERIFY2(f.compute > s.compute, "more bandwidth, a larger share computing");
    }

    void prefill_computes_more_than_decode() {
        // The prefill multiplies every weight write by the prompt's tokens: its compute share
        // of tile time is above the decode step's on the same hardware.
        Config c = default_config();
        c.workload.prompt_tokens = 512;
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        const Means pre = mapped_means(run(c, m, Evaluator::event, TimelinePhase::prefill));
        const Means dec = mapped_means(run(c, m, Evaluator::event, TimelinePhase::decode));
        QVERIFY(pre.compute > dec.compute);
        QVERIFY(pre.compute > pre.write);
    }

    void compute_bound_prefill_computes_more_than_it_writes() {
        // Fast DRAM and network, attention in the macros and a wide SFU: the macros' compute
        // limits the prefill of a long prompt.
        Config c = fast_dram_config();
        c.hardware.chip.interconnect_bits_per_cycle = 65536;
        c.hardware.chip.sfu_lanes = 512;
        c.mapping.attention = AttentionPlacement::cim;
        c.workload.prompt_tokens = 512;
        const SimulationResult r = run(c, load_zoo_model("llama-3.2-1b"), Evaluator::event, TimelinePhase::prefill);
        QCOMPARE(r.timeline_bound, Bound::compute);  // precondition
        const Means m = mapped_means(r);
        QVERIFY(m.compute > m.write);
        QVERIFY(m.compute > mapped_means(run(default_config(), load_zoo_model("llama-3.2-1b"), Evaluator::event,
                                             TimelinePhase::decode))
                                .compute);
    }

    void prefill_timeline_covers_every_op_without_overlap() {
        for (AttentionPlacement a : {AttentionPlacement::vector_unit, AttentionPlacement::cim})
            for (int prompt : {16, 128}) {
                Config c = default_config();
                c.mapping.attention = a;
                c.workload.prompt_tokens = prompt;
                const SimulationResult r =
                    run(c, load_zoo_model("llama-3.2-1b"), Evaluator::event, TimelinePhase::prefill);
                const Timeline& tl = r.timeline;
                QCOMPARE(r.timeline_phase, TimelinePhase::prefill);
                QCOMPARE(QString::fromStdString(tl.step), QStringLiteral("prefill P=%1").arg(prompt));
                QCOMPARE(tl.duration_s, r.ttft_s);
                QVERIFY(!tl.ops.empty());
                std::vector<bool> seen(tl.ops.size(), false);
                std::map<int, std::vector<std::pair<double, double>>> spans;
                for (const TimelineRecord& rec : tl.records) {
                    QVERIFY(rec.op >= 0 && static_cast<std::size_t>(rec.op) < tl.ops.size());
                    QVERIFY(rec.end_s > rec.start_s && rec.start_s >= 0 && rec.end_s <= tl.duration_s * (1 + 1e-12));
                    seen[static_cast<std::size_t>(rec.op)] = true;
                    spans[rec.resource].emplace_back(rec.start_s, rec.end_s);
                }
                for (std::size_t op = 0; op < seen.size(); ++op) QVERIFY2(seen[op], tl.ops[op].name.c_str());
                for (auto& [resource, list] : spans) {
                    std::sort(list.begin(), list.end());
                    for (std::size_t i = 1; i < list.size(); ++i)
                        QVERIFY2(list[i].first >= list[i - 1].second, tl.resources[resource].c_str());
                }
            }
    }

    void the_timeline_step_does_not_change_the_figures() {
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        const SimulationResult dec = run(default_config(), m, Evaluator::event, TimelinePhase::decode);
        const SimulationResult pre = run(default_config(), m, Evaluator::event, TimelinePhase::prefill);
        QCOMPARE(pre.decode_tokens_per_s, dec.decode_tokens_per_s);
        QCOMPARE(pre.ttft_s, dec.ttft_s);
        QCOMPARE(pre.energy_per_token_j, dec.energy_per_token_j);
        QCOMPARE(pre.sampled_contexts, dec.sampled_contexts);
        QCOMPARE(pre.timeline_bound_shares, pre.prefill_bound_shares);
        QCOMPARE(dec.timeline_phase, TimelinePhase::decode);
        QVERIFY(QString::fromStdString(dec.timeline.step).startsWith(QStringLiteral("decode L=")));
        const double shares = std::accumulate(dec.timeline_bound_shares.begin(), dec.timeline_bound_shares.end(), 0.0);
        QVERIFY(std::abs(shares - 1) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstUtilizationSplit)
#include "tst_utilization_split.moc"
