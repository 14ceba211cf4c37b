// Energy accounting: the breakdown sums to the total exactly, the boundary only drops the
// DRAM components, one decode token matches a hand computation from docs/model.md, and
// the write energy scales with the bits written.
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
        const SimulationResult r = engine_test::run(default_config(), load_zoo_model("llama-3.2-1b"));
        const double chip = r.energy_per_token.total(EnergyBoundary::chip);
        const double sys = r.energy_per_token.total(EnergyBoundary::system);
        const double dram =
            r.energy_per_token[EnergyComponent::dram_weight_read] + r.energy_per_token[EnergyComponent::dram_kv_read] +
            r.energy_per_token[EnergyComponent::dram_kv_write] + r.energy_per_token[EnergyComponent::dram_background] +
            r.energy_per_token[EnergyComponent::dram_activation_spill];
        QVERIFY(std::abs(sys - chip - dram) <= 1e-12 * sys);
        QCOMPARE(r.energy_breakdown_j(EnergyBoundary::chip).size(), std::size_t{7});
        QCOMPARE(r.energy_breakdown_j(EnergyBoundary::system).size(), std::size_t{12});
    }

    // One decode token of Llama-3.2-1B on the default preset, computed by hand from the
    // equations of docs/model.md#energy and the published model shape (presets/models/
    // llama-3.2-1b.yaml: d 2048, 16 layers, 32 heads, 8 KV heads, head_dim 64, FFN 8192,
    // vocabulary 128256, tied embeddings), with the preset values written out. Nothing
    // here calls the model's own helpers: a wrong equation in the code cannot cancel out.
    void hand_computed_llama_1b_decode_token() {
        const SimulationResult r = engine_test::run(default_config(), load_zoo_model("llama-3.2-1b"));
        // Linear weights streamed and written every token (none stay resident):
        //   per layer  qkv 2048 x 3072 + o 2048 x 2048 + gate_up 2048 x 16384 + down 8192 x 2048
        //            = 6,291,456 + 4,194,304 + 33,554,432 + 16,777,216 = 60,817,408
        //   16 layers  = 973,078,528;  lm_head 2048 x 128256 = 262,668,288
        //   total      = 1,235,746,816 weights x 4 bits (int4) = 4,942,987,264 bits.
        // The 128 x 128 macro holds 128 rows x 32 int4 weights per block, and every
        // dimension divides evenly, so the bits written equal the bits of the weights.
        const double weight_bits = 4'942'987'264.0;
        // macro_write = bits written x 0.10 pJ/bit (200 MHz runs at the preset's 0.7 V:
        // no voltage scaling) = 494.2987264 uJ.
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::macro_write] / (weight_bits * 0.10e-12) - 1) < 1e-9);
        // dram_weight_read = (matrix bits + one embedding row, 2048 x 4 bits) x 5 pJ/bit
        //                  = 4,942,995,456 x 5e-12 = 24.71497728 mJ.
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::dram_weight_read] / ((weight_bits + 2048 * 4) * 5e-12) -
                         1) < 1e-9);
        // dram_kv_write = K and V of one token: 2 x 16 layers x 8 KV heads x 64 x 8 bits
        //               = 131,072 bits x 5 pJ/bit = 655.36 nJ.
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::dram_kv_write] / 655.36e-9 - 1) < 1e-9);
        // Static power: 32 tiles x 8 macros x 0.05 mW per 128 x 128 bank x 2 banks + 20 mW
        // chip = 45.6 mW; DRAM background 50 mW; both times the step time.
        const double step_s = 1.0 / r.decode_tokens_per_s;
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::static_chip] / (45.6e-3 * step_s) - 1) < 1e-9);
        QVERIFY(std::abs(r.energy_per_token[EnergyComponent::dram_background] / (50e-3 * step_s) - 1) < 1e-9);
    }

    // Physics, independent of how the code computes it: writing twice the bits costs twice
    // the write energy. INT8 weights occupy twice the bit cells of INT4 ones (every
    // Qwen2.5-1.5B dimension divides the 16- and 32-weight block widths), and a doubled
    // energy per bit doubles the component and touches no other.
    void twice_the_bits_written_cost_twice_the_write_energy() {
        Config c = default_config();
        const ModelSpec m = load_zoo_model("qwen2.5-1.5b");
        const SimulationResult int4 = engine_test::run(c, m);
        c.workload.precision.weights = Precision::int8;
        const SimulationResult int8 = engine_test::run(c, m);
        QVERIFY(std::abs(int8.energy_per_token[EnergyComponent::macro_write] /
                             int4.energy_per_token[EnergyComponent::macro_write] -
                         2) < 1e-9);
        QVERIFY(std::abs(int8.energy_per_token[EnergyComponent::dram_weight_read] /
                             int4.energy_per_token[EnergyComponent::dram_weight_read] -
                         2) < 1e-3);  // the embedding row is read once, also at twice the bits

        Config costly = default_config();
        costly.hardware.macro.write_energy_pj_per_bit *= 2;
        const SimulationResult doubled = engine_test::run(costly, m);
        for (int i = 0; i < kEnergyComponentCount; ++i) {
            const auto component = static_cast<EnergyComponent>(i);
            if (component == EnergyComponent::macro_write || component == EnergyComponent::static_chip ||
                component == EnergyComponent::dram_background)
                continue;  // static energy follows the step time, which writes can change
            QVERIFY2(doubled.energy_per_token[component] == int4.energy_per_token[component],
                     std::string(to_string(component)).c_str());
        }
        QVERIFY(std::abs(doubled.energy_per_token[EnergyComponent::macro_write] /
                             int4.energy_per_token[EnergyComponent::macro_write] -
                         2) < 1e-12);
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
