// The clock/voltage model (docs/model.md#voltage-and-frequency) and the DRAM capacity
// check: the curve passes its published points, the supply follows the clock, energies
// follow the supply, and out-of-range clocks, unknown nodes and contexts that do not fit
// are rejected with the valid range.
#include <QtTest>
#include <optional>
#include <random>

#include "edgecim/config_io.hpp"
#include "edgecim/voltage_frequency.hpp"
#include "engine_test_support.hpp"

using namespace edgecim;

namespace {

// A copy: the problems are usually a temporary returned by validate().
std::optional<Problem> problem_for(const std::vector<Problem>& problems, const std::string& key) {
    for (const auto& p : problems)
        if (p.key == key) return p;
    return std::nullopt;
}

double mac_energy_per_token(double frequency_mhz, const ModelSpec& m) {
    Config c = default_config();
    c.hardware.frequency_mhz = frequency_mhz;
    return engine_test::run(c, m).energy_per_token[EnergyComponent::cim_mac];
}

}  // namespace

class TstVoltageFrequency : public QObject {
    Q_OBJECT
private slots:
    void curve_passes_its_sourced_points() {
        const hw::NodeCurve* n65 = hw::find_node_curve(65);
        QVERIFY(n65 != nullptr);
        // 200 MHz at V_nom = 0.7 V (default design point), 350 MHz at 0.9 V (FERMI-ML).
        QCOMPARE(hw::f_max_mhz(*n65, 0.7), 200.0);
        QVERIFY(std::abs(hw::f_max_mhz(*n65, 0.9) - 350.0) < 1.0);
        QVERIFY(hw::node_f_limit_mhz(*n65) >= 400.0);
        QVERIFY(hw::find_node_curve(28) == nullptr);
        QCOMPARE(QString::fromStdString(hw::supported_nodes_text()), QString("65"));
    }

    void supply_is_the_lowest_millivolt_that_reaches_the_clock() {
        const hw::NodeCurve& n = *hw::find_node_curve(65);
        QCOMPARE(*hw::operating_voltage(n, 200.0), 0.7);  // exactly V_nom: preset energies unchanged
        QCOMPARE(*hw::operating_voltage(n, 50.0), n.v_min);
        QVERIFY(!hw::operating_voltage(n, 5000.0).has_value());
        double previous = 0;
        for (double f = 10; f <= hw::node_f_limit_mhz(n); f += 7.3) {
            const double v = *hw::operating_voltage(n, f);
            QVERIFY2(hw::f_max_mhz(n, v) >= f, qPrintable(QString::number(f)));
            if (v > n.v_min) QVERIFY(hw::f_max_mhz(n, v - 0.001) < f);
            QVERIFY(v >= previous);
            previous = v;
        }
        const hw::VoltageScaling s = hw::voltage_scaling(65, 200);
        QCOMPARE(s.dynamic, 1.0);
        QCOMPARE(s.static_, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hw::voltage_scaling(28, 200));
    }

    void default_preset_runs_at_v_nom() {
        // The energy table is stated at V_nom; the default clock must not rescale it.
        const Config c = default_config();
        QCOMPARE(*hw::operating_voltage(*hw::find_node_curve(c.hardware.technology_nm), c.hardware.frequency_mhz),
                 hw::find_node_curve(c.hardware.technology_nm)->v_nom);
    }

    void higher_clock_never_lowers_energy_per_mac() {
        const ModelSpec m = load_zoo_model("qwen2.5-0.5b");
        std::mt19937 rng(12);
        std::uniform_real_distribution<double> clock(1.0, 521.0);
        for (int i = 0; i < 12; ++i) {
            double a = clock(rng), b = clock(rng);
            if (a > b) std::swap(a, b);
            // Same model and precision: the MAC count per token is the same, so the MAC
            // energy per token is proportional to the energy per MAC.
            const double ea = mac_energy_per_token(a, m), eb = mac_energy_per_token(b, m);
            QVERIFY2(eb >= ea, qPrintable(QString("%1 MHz: %2 J, %3 MHz: %4 J").arg(a).arg(ea).arg(b).arg(eb)));
        }
        // Over the whole range the supply moves from 0.6 to 1.2 V: (1.2 / 0.6)^2 = 4x.
        QVERIFY(mac_energy_per_token(520, m) > 3.5 * mac_energy_per_token(50, m));
    }

    void leakage_follows_the_supply_linearly() {
        const ModelSpec m = load_zoo_model("qwen2.5-0.5b");
        Config c = default_config();
        c.hardware.frequency_mhz = 400;
        const double v = hw::voltage_scaling(65, 400).voltage_v;
        const SimulationResult at400 = engine_test::run(c, m);
        c.hardware.frequency_mhz = 200;
        const SimulationResult at200 = engine_test::run(c, m);
        // Static energy per token = power x step time; compare the power.
        const double p400 = at400.energy_per_token[EnergyComponent::static_chip] * at400.decode_tokens_per_s;
        const double p200 = at200.energy_per_token[EnergyComponent::static_chip] * at200.decode_tokens_per_s;
        QVERIFY(std::abs(p400 / p200 - v / 0.7) < 1e-9);
        // DRAM energy per bit is off-chip and does not follow the chip supply.
        QVERIFY(std::abs(at400.energy_per_token[EnergyComponent::dram_weight_read] /
                             at200.energy_per_token[EnergyComponent::dram_weight_read] -
                         1) < 1e-12);
    }

    void clock_above_f_max_is_rejected_with_the_range() {
        Config c = default_config();
        c.hardware.frequency_mhz = 600;
        const auto problems = validate(c);
        const std::optional<Problem> p = problem_for(problems, "hardware.frequency_mhz");
        QVERIFY(p != std::nullopt);
        QVERIFY2(p->message.find("600.0 MHz") != std::string::npos, p->message.c_str());
        QVERIFY2(p->valid.find("521.6") != std::string::npos, p->valid.c_str());
        for (double f : {50.0, 100.0, 200.0, 400.0, 521.6}) {
            c.hardware.frequency_mhz = f;
            QVERIFY2(problem_for(validate(c), "hardware.frequency_mhz") == std::nullopt,
                     qPrintable(QString::number(f)));
        }
    }

    void unsupported_node_is_rejected_with_the_list() {
        Config c = default_config();
        c.hardware.technology_nm = 28;
        const std::optional<Problem> p = problem_for(validate(c), "hardware.technology_nm");
        QVERIFY(p != std::nullopt);
        QCOMPARE(QString::fromStdString(p->valid), QString("one of: 65 (nm)"));
    }

    void capacity_counts_the_kv_cache_of_the_context() {
        Config c = default_config();
        c.workload.model = "phi-3.5-mini";
        c.workload.precision.kv_cache = Precision::fp16;
        c.workload.prompt_tokens = 120000;
        c.workload.generate_tokens = 128;
        c.hardware.dram.capacity_gb = 8;
        const std::optional<Problem> p = problem_for(validate(c), "hardware.dram.capacity_gb");
        QVERIFY(p != std::nullopt);
        // phi-3.5-mini: 32 layers x 32 KV heads x 96 x 2 (K, V) x 2 B = 393,216 B per token.
        const double kv_gb = 393216.0 * 120128 / 1e9;
        QVERIFY2(
            p->message.find(QString::number(kv_gb, 'f', 2).toStdString() + " GB of fp16 KV cache") != std::string::npos,
            p->message.c_str());
        QVERIFY2(p->message.find("120128 tokens") != std::string::npos, p->message.c_str());
        // The same context fits with room to spare on 64 GB, and a short one fits on 8 GB.
        c.hardware.dram.capacity_gb = 64;
        QVERIFY(problem_for(validate(c), "hardware.dram.capacity_gb") == std::nullopt);
        c.hardware.dram.capacity_gb = 8;
        c.workload.prompt_tokens = 128;
        QVERIFY(problem_for(validate(c), "hardware.dram.capacity_gb") == std::nullopt);
        // The KV precision matters: at 10,128 tokens fp16 KV is 3.98 GB (+ 1.9 GB of INT4
        // weights) and does not fit 5 GB; int4 KV is a quarter of that and does.
        c.workload.prompt_tokens = 10000;
        c.hardware.dram.capacity_gb = 5;
        QVERIFY(problem_for(validate(c), "hardware.dram.capacity_gb") != std::nullopt);
        c.workload.precision.kv_cache = Precision::int4;
        QVERIFY(problem_for(validate(c), "hardware.dram.capacity_gb") == std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TstVoltageFrequency)
#include "tst_voltage_frequency.moc"
