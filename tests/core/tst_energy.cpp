// Energy accounting: the breakdown sums to the total exactly, the boundary only drops the
// DRAM components, and every figure is finite.
#include <QtTest>
#include <sstream>

#include "edgecim/run_json.hpp"
#include "engine_test_support.hpp"

using namespace edgecim;

class TstEnergy : public QObject {
    Q_OBJECT
private slots:
    void breakdown_sums_to_total_exactly() {
        for (const std::string& name : zoo_model_names()) {
            Config c = default_config();
            for (EnergyBoundary b : {EnergyBoundary::chip, EnergyBoundary::system}) {
                c.energy_boundary = b;
                const SimulationResult r = engine_test::run(c, load_zoo_model(name), Evaluator::event);
                double sum = 0;
                for (const auto& [component, j] : r.energy_breakdown_j(b)) sum += j;
                QCOMPARE(sum, r.energy_per_token_j);  // exact: the total is defined as this sum
                QCOMPARE(r.energy_boundary, b);
                QVERIFY(r.energy_per_token_j > 0);
            }
        }
    }

    void chip_boundary_excludes_exactly_the_dram_components() {
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        const SimulationResult r = engine_test::run(default_config(), m);
        const double chip = r.energy_per_token.total(EnergyBoundary::chip);
        const double sys = r.energy_per_token.total(EnergyBoundary::system);
        const double dram =
            r.energy_per_token[EnergyComponent::dram_weight_read] + r.energy_per_token[EnergyComponent::dram_kv_read] +
            r.energy_per_token[EnergyComponent::dram_kv_write] + r.energy_per_token[EnergyComponent::dram_background] +
            r.energy_per_token[EnergyComponent::dram_activation_spill];
        QVERIFY(std::abs(sys - chip - dram) <= 1e-12 * sys);
        QCOMPARE(r.energy_breakdown_j(EnergyBoundary::chip).size(), std::size_t{7});
        QCOMPARE(r.energy_breakdown_j(EnergyBoundary::system).size(), std::size_t{12});
        // DRAM weight streaming: bytes x 8 x pJ/bit, within the embedding row.
        const double expect = m.weight_bytes_per_token(Precision::int4) * 8 * 5.0e-12;
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::dram_weight_read] / expect - 1) < 1e-3);
    }

    void static_energy_is_power_times_time() {
        const Config c = default_config();
        const SimulationResult r = engine_test::run(c, load_zoo_model("qwen3-0.6b"));
        const double step_s = 1.0 / r.decode_tokens_per_s;
        // Leakage is given per 128 x 128 bank: the default 128 x 128 macro has 2 (ping-pong) banks.
        const double banks_per_macro =
            c.hardware.macro.rows * c.hardware.macro.cols / 16384.0 * c.hardware.tile.weight_banks;
        QCOMPARE(banks_per_macro, 2.0);
        const double chip_w =
            (c.hardware.chip.tiles * c.hardware.tile.macros * c.hardware.macro.leakage_mw * banks_per_macro +
             c.hardware.chip.static_power_mw) *
            1e-3;
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::static_chip] / (chip_w * step_s) - 1) < 1e-9);
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::dram_background] /
                             (c.hardware.dram.background_power_mw * 1e-3 * step_s) -
                         1) < 1e-9);
    }

    void bigger_arrays_cost_area_and_leakage() {
        // Area and leakage follow the bit cells: doubling rows doubles the macro's share.
        Config c = default_config();
        const ModelSpec m = load_zoo_model("qwen3-0.6b");
        const SimulationResult base = engine_test::run(c, m);
        c.hardware.macro.rows *= 2;
        const SimulationResult big = engine_test::run(c, m);
        const double macro_area = c.hardware.chip.tiles * c.hardware.tile.macros * c.hardware.macro.area_mm2 * 2;
        QVERIFY(std::abs((big.area_mm2 - base.area_mm2) / macro_area - 1) < 1e-9);
        c.hardware.tile.weight_banks = 1;
        QVERIFY(engine_test::run(c, m).area_mm2 < big.area_mm2);
    }

    void int8_weights_cost_more_energy_than_int4() {
        Config c = default_config();
        const ModelSpec m = load_zoo_model("qwen2.5-1.5b");
        const double e4 = engine_test::run(c, m).energy_per_token_j;
        c.workload.precision.weights = Precision::int8;
        QVERIFY(engine_test::run(c, m).energy_per_token_j > e4);
    }

    void run_json_has_the_documented_keys() {
        const SimulationResult r = engine_test::run(default_config(), load_zoo_model("qwen3-0.6b"));
        std::ostringstream out;
        write_run_json(r, out);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()));
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        for (const char* key : {"model",
                                "parameters",
                                "precision",
                                "prompt_tokens",
                                "generated_tokens",
                                "ttft_s",
                                "decode_tokens_per_s",
                                "end_to_end_s",
                                "energy_per_token_j",
                                "tokens_per_j",
                                "average_power_w",
                                "dram_bytes_per_token",
                                "roofline_tokens_per_s",
                                "roofline_fraction",
                                "bound",
                                "area_mm2",
                                "energy_boundary",
                                "energy_breakdown_j",
                                "latency_breakdown_s",
                                "tile_utilization"})
            QVERIFY2(o.contains(key), key);
        QCOMPARE(o["model"].toString(), QString("qwen3-0.6b"));
        QCOMPARE(o["tile_utilization"].toArray().size(), 32);
        double sum = 0;
        for (const QJsonValue v : o["energy_breakdown_j"].toObject()) sum += v.toDouble();
        QVERIFY(std::abs(sum / o["energy_per_token_j"].toDouble() - 1) < 1e-12);
        QCOMPARE(o["decode_tokens_per_s"].toDouble(), r.decode_tokens_per_s);  // round-trip doubles
    }
};

QTEST_GUILESS_MAIN(TstEnergy)
#include "tst_energy.moc"
