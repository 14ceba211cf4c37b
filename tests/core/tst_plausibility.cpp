// Plausibility warnings: a design that simulates but could not be one die, or would not be
// an edge device, is warned about (never rejected), and the default design is not.
#include <QtTest>

#include "edgecim/plausibility.hpp"
#include "engine_test_support.hpp"

using namespace edgecim;
using engine_test::run;

namespace {

bool has_warning_about(const std::vector<Problem>& warnings, const std::string& word) {
    for (const Problem& p : warnings)
        if (p.message.find(word) != std::string::npos) return true;
    return false;
}

double system_power_w(const SimulationResult& r) {
    return r.energy_per_token.total(EnergyBoundary::system) * r.decode_tokens_per_s;
}

}  // namespace

class TstPlausibility : public QObject {
    Q_OBJECT
private slots:
    void default_design_has_no_warning() {
        const SimulationResult r = run(default_config(), load_zoo_model("llama-3.2-1b"));
        QVERIFY(r.area_mm2 < kReticleFieldMm2);
        QVERIFY(plausibility_warnings(r).empty());
    }

    // 26 mm x 33 mm: the scanner field, not a number fitted to a design.
    void reticle_field_is_the_scanner_field() { QCOMPARE(kReticleFieldMm2, 858.0); }

    void a_chip_beyond_one_reticle_field_is_warned_about_with_its_key() {
        Config c = default_config();
        c.hardware.chip.tiles = 1024;
        const SimulationResult r = run(c, load_zoo_model("llama-3.2-1b"));
        QVERIFY(r.area_mm2 > kReticleFieldMm2);
        const auto warnings = plausibility_warnings(r);
        QCOMPARE(warnings.size(), std::size_t{1});
        QCOMPARE(warnings.front().key, std::string("hardware.chip.tiles"));
        QVERIFY(has_warning_about(warnings, "reticle"));
        QVERIFY(warnings.front().valid.find("858") != std::string::npos);
    }

    // The power warning looks at the system boundary even when the user reads chip energy.
    void a_design_above_the_edge_power_budget_is_warned_about_at_any_boundary() {
        Config c = default_config();
        c.hardware.frequency_mhz = 500;
        c.hardware.dram.bandwidth_gbps = 3000;
        c.hardware.chip.tiles = 200;
        c.hardware.chip.interconnect_bits_per_cycle = 65536;
        c.hardware.dram.channels = 64;
        for (const EnergyBoundary boundary : {EnergyBoundary::system, EnergyBoundary::chip}) {
            c.energy_boundary = boundary;
            const SimulationResult r = run(c, load_zoo_model("llama-3.2-1b"));
            QVERIFY2(system_power_w(r) > kEdgePowerBudgetW, qPrintable(QString::number(system_power_w(r))));
            QVERIFY(r.area_mm2 < kReticleFieldMm2);
            const auto warnings = plausibility_warnings(r);
            QCOMPARE(warnings.size(), std::size_t{1});
            QVERIFY(has_warning_about(warnings, "power budget"));
        }
    }
};

QTEST_APPLESS_MAIN(TstPlausibility)
#include "tst_plausibility.moc"
