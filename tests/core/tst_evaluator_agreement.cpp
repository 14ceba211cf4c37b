// The analytical evaluator agrees with the event simulator for every zoo model at several
// hardware points (decode step 0.6 %, TTFT 2.5 %, energy 0.1 %: the tolerances stated in
// docs/pipeline.md; tst_pipeline_properties checks them over random configurations), and
// interpolating decode steps in context length matches simulating every step.
#include <QtTest>

#include "engine_test_support.hpp"

using namespace edgecim;

class TstEvaluatorAgreement : public QObject {
    Q_OBJECT
private:
    static std::vector<std::pair<std::string, Config>> hardware_points() {
        std::vector<std::pair<std::string, Config>> pts;
        const Config d = default_config();
        pts.emplace_back("default", d);
        Config c = d;
        c.hardware.dram.bandwidth_gbps = 400;  // compute/attention side matters more
        pts.emplace_back("fast dram", c);
        c = d;
        c.hardware.chip.tiles = 8;
        c.hardware.tile.weight_banks = 1;  // little lookahead
        pts.emplace_back("8 tiles, no ping-pong", c);
        c = d;
        c.mapping.strategy = MappingStrategy::layer_sequential;
        pts.emplace_back("layer_sequential", c);
        c = d;
        c.mapping.attention = AttentionPlacement::cim;
        c.workload.precision.weights = Precision::int8;
        pts.emplace_back("cim attention int8", c);
        c = d;
        c.hardware.macro.rows_written_per_cycle = 1;
        c.hardware.macro.rows = 512;  // slow writes: write-port bound
        c.hardware.chip.tiles = 4;
        c.mapping.active_tiles = 2;
        pts.emplace_back("write bound", c);
        return pts;
    }

private slots:
    void event_and_analytical_agree() {
        double worst_t = 0, worst_e = 0;
        for (const auto& [label, c] : hardware_points())
            for (const std::string& name : zoo_model_names()) {
                const ModelSpec m = load_zoo_model(name);
                const SimulationResult ev = engine_test::run(c, m, Evaluator::event);
                const SimulationResult an = engine_test::run(c, m, Evaluator::analytical);
                const double dt = std::abs(an.decode_tokens_per_s / ev.decode_tokens_per_s - 1);
                const double dttft = std::abs(an.ttft_s / ev.ttft_s - 1);
                const double de = std::abs(an.energy_per_token_j / ev.energy_per_token_j - 1);
                worst_t = std::max({worst_t, dt, dttft});
                worst_e = std::max(worst_e, de);
                const QByteArray what = QByteArray::fromStdString(label + " / " + name);
                QVERIFY2(dt <= 0.006, what + " decode " + QByteArray::number(dt));
                QVERIFY2(dttft <= 0.025, what + " ttft " + QByteArray::number(dttft));
                QVERIFY2(de <= 0.001, what + " energy " + QByteArray::number(de));
            }
        qInfo("worst disagreement: time %.4f%%, energy %.4f%%", 100 * worst_t, 100 * worst_e);
    }

    void interpolation_in_context_matches_all_steps() {
        Config c = default_config();
        c.workload.prompt_tokens = 64;
        c.workload.generate_tokens = 200;
        for (const char* name : {"qwen3-0.6b", "llama-3.2-1b", "phi-3.5-mini"}) {
            const ModelSpec m = load_zoo_model(name);
            SimOptions o;
            o.evaluator = Evaluator::analytical;
            const SimulationResult sampled = simulate(c, m, o);
            o.all_steps = true;
            const SimulationResult all = simulate(c, m, o);
            QVERIFY(all.sampled_contexts.size() == 199);
            QVERIFY2(std::abs(sampled.decode_tokens_per_s / all.decode_tokens_per_s - 1) < 0.005, name);
            QVERIFY2(std::abs(sampled.energy_per_token_j / all.energy_per_token_j - 1) < 0.005, name);
        }
    }

    // The GUI's detail run: only the timeline step event by event. The same timeline and
    // utilization as the all-event run; figures within the evaluators' agreement (the
    // prefill and the other sampled steps are analytical).
    void timeline_step_only_matches_all_event() {
        for (const auto& [label, c] : hardware_points())
            for (const char* name : {"qwen3-0.6b", "phi-3.5-mini"}) {
                const ModelSpec m = load_zoo_model(name);
                SimOptions o;
                o.timeline_token = 3;
                const SimulationResult all = simulate(c, m, o);
                o.event_timeline_step_only = true;
                const SimulationResult one = simulate(c, m, o);
                const QByteArray what = QByteArray::fromStdString(label + " / " + name);
                QCOMPARE(one.evaluator, std::string("event+analytical"));
                QVERIFY2(std::abs(one.decode_tokens_per_s / all.decode_tokens_per_s - 1) < 0.006, what);
                QVERIFY2(std::abs(one.ttft_s / all.ttft_s - 1) < 0.025, what);
                QVERIFY2(std::abs(one.energy_per_token_j / all.energy_per_token_j - 1) < 0.001, what);
                QCOMPARE(one.timeline.step, all.timeline.step);
                QCOMPARE(one.timeline.records.size(), all.timeline.records.size());
                for (std::size_t i = 0; i < one.timeline.records.size(); ++i) {
                    const TimelineRecord &a = one.timeline.records[i], &b = all.timeline.records[i];
                    QVERIFY2(a.start_s == b.start_s && a.end_s == b.end_s && a.resource == b.resource &&
                                 a.activity == b.activity && a.op == b.op,
                             what);
                }
                QCOMPARE(one.tile_utilization, all.tile_utilization);
                QCOMPARE(one.tile_utilization_bins, all.tile_utilization_bins);
                QCOMPARE(one.dram_bandwidth_gbps_bins, all.dram_bandwidth_gbps_bins);
            }
    }
};

QTEST_GUILESS_MAIN(TstEvaluatorAgreement)
#include "tst_evaluator_agreement.moc"
