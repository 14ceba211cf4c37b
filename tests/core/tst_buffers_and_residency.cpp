// Buffers and weight residency change results or are rejected: activations beyond the
// global buffer spill to DRAM (prefill_dram_bytes, energy), tile buffers smaller than one
// pass are rejected with the key and the minimum, and a model whose weights fit in the
// macro banks stops streaming them every token.
#include <QtTest>
#include <sstream>

#include "edgecim/config_io.hpp"
#include "edgecim/run_json.hpp"
#include "engine_test_support.hpp"

using namespace edgecim;
using engine_test::run;

namespace {

bool has_problem(const Config& c, const std::string& key) {
    for (const Problem& p : validate(c))
        if (p.key == key) return true;
    return false;
}

// A chip large enough to hold Qwen2.5-0.5B at INT4 in its banks (4096 tiles x 64 macros x
// 2 banks x 2 KB = 1 GiB of bit cells).
Config resident_chip() {
    Config c = default_config();
    c.hardware.chip.tiles = 4096;
    c.hardware.tile.macros = 64;
    return c;
}

}  // namespace

class TstBuffersAndResidency : public QObject {
    Q_OBJECT
private slots:
    void small_global_buffer_spills_prefill_activations() {
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        Config big = default_config();
        big.workload.prompt_tokens = 512;
        big.hardware.chip.global_buffer_kb = 65536;  // 64 MB: every prefill activation fits
        big.hardware.chip.vector_lanes = 65536;      // keep attention off the critical path
        big.hardware.chip.sfu_lanes = 65536;
        Config small = big;
        small.hardware.chip.global_buffer_kb = 256;
        const SimulationResult a = run(big, m), b = run(small, m);
        QCOMPARE(a.prefill_energy[EnergyComponent::dram_activation_spill], 0.0);
        QVERIFY(b.prefill_energy[EnergyComponent::dram_activation_spill] > 0);
        QVERIFY2(b.prefill_dram_bytes > a.prefill_dram_bytes * 1.2,
                 qPrintable(QString::number(b.prefill_dram_bytes / a.prefill_dram_bytes)));
        QVERIFY(b.ttft_s > a.ttft_s);
        QVERIFY(b.decode_tokens_per_s <= a.decode_tokens_per_s);
        // A buffer that cannot even hold one decode vector spills in decode too.
        Config tiny = big;
        tiny.hardware.chip.global_buffer_kb = 0.125;
        QVERIFY(run(tiny, m).energy_per_token[EnergyComponent::dram_activation_spill] > 0);
    }

    void tile_buffers_below_one_pass_are_rejected() {
        Config c = default_config();  // 8 macros x 128 rows x 8 bits = 1 KB of inputs
        c.hardware.tile.input_buffer_kb = 0.5;
        QVERIFY(has_problem(c, "hardware.tile.input_buffer_kb"));
        c.hardware.tile.input_buffer_kb = 1.0;
        QVERIFY(!has_problem(c, "hardware.tile.input_buffer_kb"));
        c.hardware.tile.output_buffer_kb = 0.125;  // 8 macros x 32 weights x 4 B = 1 KB of partial sums
        QVERIFY(has_problem(c, "hardware.tile.output_buffer_kb"));
        for (const Problem& p : validate(c))
            if (p.key == "hardware.tile.output_buffer_kb")
                QVERIFY2(p.valid.find(">= 1.0 KB") != std::string::npos, p.valid.c_str());
    }

    void resident_weights_are_not_streamed_every_token() {
        const ModelSpec m = load_zoo_model("qwen2.5-0.5b");
        const SimulationResult streamed = run(default_config(), m);
        QVERIFY(!streamed.weights_resident);
        for (Evaluator e : {Evaluator::analytical, Evaluator::event}) {
            const SimulationResult r = run(resident_chip(), m, e);
            QVERIFY(r.weights_resident);
            QCOMPARE(r.energy_per_token[EnergyComponent::macro_write], 0.0);
            // Only the embedding row and the KV cache cross DRAM per token.
            QVERIFY2(r.dram_bytes_per_token < 0.01 * streamed.dram_bytes_per_token,
                     qPrintable(QString::number(r.dram_bytes_per_token)));
            QVERIFY(r.decode_tokens_per_s > 10 * streamed.decode_tokens_per_s);
            // The prefill still writes every weight once.
            QVERIFY(r.prefill_dram_bytes >= m.weight_bytes_per_token(Precision::int4));
        }
        const SimulationResult a = run(resident_chip(), m, Evaluator::analytical);
        const SimulationResult ev = run(resident_chip(), m, Evaluator::event);
        QVERIFY(std::abs(a.decode_tokens_per_s / ev.decode_tokens_per_s - 1) < 0.006);
        // One bank short of the model: streamed again (CIM attention keeps a bank for K/V).
        Config cim = resident_chip();
        cim.mapping.attention = AttentionPlacement::cim;
        cim.hardware.tile.weight_banks = 1;
        QVERIFY(!run(cim, m).weights_resident);
    }

    void run_json_names_the_prefill_bound_and_traffic() {
        const SimulationResult r = run(default_config(), load_zoo_model("qwen3-0.6b"));
        std::ostringstream out;
        write_run_json(r, out);
        const std::string json = out.str();
        for (const char* key : {"\"prefill_bound\"", "\"prefill_dram_bytes\"", "\"bound_shares\"",
                                "\"prefill_bound_shares\"", "\"weights_resident\""})
            QVERIFY2(json.find(key) != std::string::npos, key);
        QVERIFY(r.prefill_dram_bytes > 0);
    }
};

QTEST_GUILESS_MAIN(TstBuffersAndResidency)
#include "tst_buffers_and_residency.moc"
