// The paper preset reproduces every headline number of arXiv 2604.11512 within its tolerance,
// with physically plausible parameters, at both evaluators.
#include <QtTest>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/reproduction.hpp"
#include "edgecim/simulation.hpp"

using namespace edgecim;

class TestReproduction : public QObject {
    Q_OBJECT

    static Config paper_preset() {
        return parse_config(*shipped_preset("hardware/edgecim-paper.yaml"), "edgecim-paper.yaml");
    }

private slots:
    void everyHeadlineWithinTolerance_data() {
        QTest::addColumn<int>("evaluator");
        QTest::newRow("analytical") << static_cast<int>(Evaluator::analytical);
        QTest::newRow("event") << static_cast<int>(Evaluator::event);
    }

    void everyHeadlineWithinTolerance() {
        QFETCH(int, evaluator);
        SimOptions options;
        options.evaluator = static_cast<Evaluator>(evaluator);
        const PaperReproduction r = reproduce_paper(paper_preset(), options);
        QCOMPARE(r.headlines.size(), std::size_t(5));
        QCOMPARE(r.models.size(), std::size_t(12));
        for (const auto& h : r.headlines) {
            qInfo("%s: paper %.2f, simulated %.2f (%+.1f %%, tolerance %.0f %%)", h.claim.c_str(), h.paper, h.simulated,
                  h.deviation_pct(), h.tolerance_pct);
            QVERIFY2(h.within_tolerance(), h.claim.c_str());
        }
    }

    void impliedOrinPowerComesFromThePaperAlone() {
        const PaperReproduction r = reproduce_paper(paper_preset(), {});
        // 49.59 * 336.42 / (173.02 * 7.3)
        QVERIFY(std::abs(r.implied_orin_power_w - 13.209) < 0.01);
        QCOMPARE(r.measured_orin_power_w, 10.35);
        QVERIFY(r.gain_at_measured_power < r.headlines[3].simulated);  // a lower power gives a lower gain
    }

    void paperPresetIsPhysicallyPlausible() {
        const Config c = paper_preset();
        QCOMPARE(c.energy_boundary, EnergyBoundary::chip);
        QCOMPARE(c.hardware.frequency_mhz, default_config().hardware.frequency_mhz);
        QVERIFY(c.hardware.dram.bandwidth_gbps <= 310);  // a 256-bit LPDDR5X interface
        QVERIFY(c.hardware.dram.efficiency <= 0.9);
        QVERIFY(c.hardware.macro.mac_energy_pj_int4 < 2.0);  // within published 65 nm DCIM range
        QVERIFY(c.hardware.macro.write_energy_pj_per_bit <= 0.3);
    }

    void honestComparisonsAreAtTheSameFooting() {
        const Config c = paper_preset();
        const PaperReproduction r = reproduce_paper(c, {});
        const ModelComparison* llama = nullptr;
        for (const auto& m : r.models)
            if (m.model == "llama-3.2-1b") llama = &m;
        QVERIFY(llama != nullptr);
        const BaselineComparison& orin = llama->baselines.front();
        QCOMPARE(orin.name, std::string("orin-nano"));
        // Same boundary: EdgeCIM system tokens/J over Orin's tokens/J at its module power.
        QVERIFY(std::abs(r.orin_gain_system_boundary / (llama->tokens_per_j_system / *orin.result.tokens_per_j) - 1) <
                1e-12);
        // DRAM energy is most of EdgeCIM's system energy: far below the chip-boundary gain.
        QVERIFY(r.orin_gain_system_boundary > 1);
        QVERIFY(r.orin_gain_system_boundary < 0.5 * r.gain_at_measured_power);
        // Same bandwidth: recomputed independently from a config with Orin's peak bandwidth.
        const DeviceSpec orin_spec = load_device("orin-nano");
        QCOMPARE(r.orin_dram_bandwidth_gbps, orin_spec.dram_bandwidth_gbps);
        Config equal = c;
        equal.workload.model = "llama-3.2-1b";
        equal.hardware.dram.bandwidth_gbps = orin_spec.dram_bandwidth_gbps;
        const double tps = simulate(equal, load_zoo_model("llama-3.2-1b")).decode_tokens_per_s;
        QVERIFY(std::abs(r.equal_bandwidth_tokens_per_s / tps - 1) < 1e-12);
        QVERIFY(std::abs(r.orin_speedup_equal_bandwidth / (tps / orin.result.tokens_per_s) - 1) < 1e-12);
        // The paper preset's DRAM is 4.5x wider than Orin's: most of the speedup goes away.
        QVERIFY(r.orin_speedup_equal_bandwidth > 1);
        QVERIFY(r.orin_speedup_equal_bandwidth < 0.5 * r.headlines[2].simulated);
        qInfo("gain at the system boundary %.2fx, speedup at equal bandwidth %.2fx", r.orin_gain_system_boundary,
              r.orin_speedup_equal_bandwidth);
    }

    void toleranceIsTwoSided() {
        HeadlineComparison h{"x", "x", 100, 111, 10, ""};
        QVERIFY(!h.within_tolerance());
        h.simulated = 89.5;
        QVERIFY(!h.within_tolerance());
        h.simulated = 90.5;
        QVERIFY(h.within_tolerance());
    }
};

QTEST_GUILESS_MAIN(TestReproduction)
#include "tst_reproduction.moc"
