// Physics invariants of the engine (docs/model.md#invariants).
#include <QtTest>

#include "engine_test_support.hpp"

using namespace edgecim;
using engine_test::run;

class TstEngineInvariants : public QObject {
    Q_OBJECT
private slots:
    void never_above_the_dram_roofline() {
        for (const std::string& name : zoo_model_names())
            for (Evaluator e : {Evaluator::event, Evaluator::analytical})
                for (AttentionPlacement a : {AttentionPlacement::vector_unit, AttentionPlacement::cim}) {
                    Config c = default_config();
                    c.mapping.attention = a;
                    const SimulationResult r = run(c, load_zoo_model(name), e);
                    QVERIFY2(r.decode_tokens_per_s <= r.roofline_tokens_per_s * (1 + 1e-12), name.c_str());
                    QVERIFY(r.roofline_fraction > 0 && r.roofline_fraction <= 1 + 1e-12);
                }
    }

    void more_bandwidth_tiles_or_int4_never_slower() {
        for (const std::string& name : zoo_model_names()) {
            const ModelSpec m = load_zoo_model(name);
            const Config d = default_config();
            const double base = run(d, m).decode_tokens_per_s;
            Config c = d;
            c.hardware.dram.bandwidth_gbps *= 1.5;
            QVERIFY2(run(c, m).decode_tokens_per_s >= base, name.c_str());
            double prev = 0;
            for (int tiles : {2, 4, 8, 16, 32, 64, 128}) {
                c = d;
                c.hardware.chip.tiles = tiles;
                const double t = run(c, m).decode_tokens_per_s;
                QVERIFY2(t >= prev * (1 - 1e-9), (name + " tiles " + std::to_string(tiles)).c_str());
                prev = t;
            }
            c = d;
            c.workload.precision.weights = Precision::int8;
            QVERIFY2(run(c, m).decode_tokens_per_s < base, name.c_str());
        }
    }

    void longer_context_never_faster() {
        for (const std::string& name : zoo_model_names()) {
            const ModelSpec m = load_zoo_model(name);
            Config c = default_config();
            double prev = 1e300;
            for (int prompt : {16, 128, 512, 2048}) {
                c.workload.prompt_tokens = prompt;
                const double t = run(c, m).decode_tokens_per_s;
                QVERIFY2(t <= prev, (name + " prompt " + std::to_string(prompt)).c_str());
                prev = t;
            }
        }
    }

    void pipeline_never_slower_than_layer_sequential() {
        for (const std::string& name : zoo_model_names())
            for (int tiles : {1, 4, 32}) {
                const ModelSpec m = load_zoo_model(name);
                Config c = default_config();
                c.hardware.chip.tiles = tiles;
                c.mapping.strategy = MappingStrategy::layer_sequential;
                const SimulationResult seq = run(c, m, Evaluator::event);
                c.mapping.strategy = MappingStrategy::active_tile_pipeline;
                const SimulationResult pipe = run(c, m, Evaluator::event);
                QVERIFY2(pipe.decode_tokens_per_s >= seq.decode_tokens_per_s, name.c_str());
                QVERIFY2(pipe.ttft_s <= seq.ttft_s * (1 + 1e-9), name.c_str());
            }
    }

    void balanced_pipeline_reaches_90_percent_of_roofline() {
        // On the EdgeCIM preset (vector-unit attention, 256 lanes) and with attention in CIM,
        // the auto-balanced pipeline reaches >= 90 % of the DRAM roofline on every zoo model.
        for (const std::string& name : zoo_model_names()) {
            Config c = default_config();
            const SimulationResult v = run(c, load_zoo_model(name), Evaluator::event);
            QVERIFY2(v.roofline_fraction >= 0.90, (name + " " + std::to_string(v.roofline_fraction)).c_str());
            c.mapping.attention = AttentionPlacement::cim;
            const SimulationResult r = run(c, load_zoo_model(name), Evaluator::event);
            QVERIFY2(r.roofline_fraction >= 0.90, (name + " " + std::to_string(r.roofline_fraction)).c_str());
        }
    }

    void extreme_but_valid_inputs_stay_finite() {
        const ModelSpec m = load_zoo_model("qwen2.5-0.5b");
        std::vector<Config> configs;
        Config c = default_config();
        c.hardware.chip.tiles = 1;
        c.hardware.tile.macros = 1;
        c.hardware.tile.weight_banks = 1;
        configs.push_back(c);
        c = default_config();
        c.hardware.macro.rows = 8;
        c.hardware.macro.cols = 8;
        c.workload.precision.weights = Precision::int8;
        c.workload.prompt_tokens = 1;
        c.workload.generate_tokens = 1;
        configs.push_back(c);
        c = default_config();
        c.hardware.macro.rows = 4096;
        c.hardware.macro.cols = 4096;
        c.hardware.chip.tiles = 4096;
        c.mapping.strategy = MappingStrategy::automatic;
        configs.push_back(c);
        c = default_config();
        c.hardware.dram.latency_ns = 0;
        c.hardware.dram.background_power_mw = 0;
        c.hardware.macro.leakage_mw = 0;
        c.hardware.chip.static_power_mw = 0;
        c.mapping.active_tiles = 31;
        c.mapping.attention = AttentionPlacement::cim;
        configs.push_back(c);
        for (const Config& cfg : configs)
            for (Evaluator e : {Evaluator::event, Evaluator::analytical}) {
                const SimulationResult r = run(cfg, m, e);
                const std::string bad = engine_test::first_non_finite(r);
                QVERIFY2(bad.empty(), bad.c_str());
                QVERIFY(r.decode_tokens_per_s > 0);
                QVERIFY(r.ttft_s > 0);
            }
    }

    void utilization_and_timeline_are_consistent() {
        const SimulationResult r = run(default_config(), load_zoo_model("llama-3.2-1b"), Evaluator::event);
        QCOMPARE(static_cast<int>(r.tile_utilization.size()), 32);
        for (double u : r.tile_utilization) QVERIFY(u >= 0 && u <= 1);
        QCOMPARE(static_cast<int>(r.tile_utilization_layers.front().size()), 16);
        QCOMPARE(static_cast<int>(r.dram_bandwidth_gbps_bins.size()), 64);
        const auto& dram = default_config().hardware.dram;
        for (double bw : r.dram_bandwidth_gbps_bins) QVERIFY(bw <= dram.bandwidth_gbps * dram.efficiency * (1 + 1e-9));
        QVERIFY(!r.timeline.records.empty());
        QCOMPARE(r.timeline.duration_s, 1.0 / r.decode_tokens_per_s == 0 ? 0.0 : r.sampled_step_s.back());
        double sum = 0;
        for (double s : r.latency_by_op_kind_s) sum += s;
        QVERIFY(std::abs(sum * r.decode_tokens_per_s - 1) < 1e-9);  // critical path adds up to the step
    }
};

QTEST_GUILESS_MAIN(TstEngineInvariants)
#include "tst_engine_invariants.moc"
