// The paper preset reproduces every headline number of arXiv 2604.11512 within its tolerance,
// with physically plausible parameters, at both evaluators.
#include <QtTest>

#include "edgecim/config_io.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/reproduction.hpp"

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
            qInfo("%s: paper %.2f, simulated %.2f (%+.1f %%, tolerance %.0f %%)", h.claim.c_str(), h.paper,
                  h.simulated, h.deviation_pct(), h.tolerance_pct);
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
        QVERIFY(c.hardware.dram.bandwidth_gbps <= 310);          // a 256-bit LPDDR5X interface
        QVERIFY(c.hardware.dram.efficiency <= 0.9);
        QVERIFY(c.hardware.macro.mac_energy_pj_int4 < 2.0);      // within published 65 nm DCIM range
        QVERIFY(c.hardware.macro.write_energy_pj_per_bit <= 0.3);
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
