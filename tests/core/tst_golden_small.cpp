// Golden values for a configuration small enough to simulate by hand.
//
// Model: 1 layer, d = 128, 1 head, 1 KV head, head_dim 128, FFN 128, vocab 128, tied.
// Chip: 1 tile of 1 macro (128 x 128 bit cells, 1 bank), layer_sequential, DRAM latency 0;
// SFU and vector unit 4096 lanes (1 cycle per op here). The timeline below is written for a
// 1000 MHz clock, 2.048 GB/s of DRAM and a 1e6 GB/s interconnect (8e6 bits/cycle at 1 GHz: picoseconds); the test runs
// every rate 5x slower (200 MHz, 0.4096 GB/s, still 8e6 bits/cycle) so the 65 nm node runs at its V_nom
// (0.7 V, the voltage of the energy table: voltage scaling factor exactly 1), and every time
// below is x5. INT4 weights: 32 weights per macro row,
// a block is 128 x 32 weights = 2048 B -> fetch 1 us, write 128 rows = 128 ns, compute
// 8 activation bits = 8 ns. One chunk = 1 block, one slot, so per block 1136 ns in series.
// Blocks: qkv 128 x 384 -> 12, o 4, gate_up 128 x 256 -> 8, down 4, lm_head 4 (32 blocks).
// Decode step at L = 2 (prompt 1, 2 generated tokens: one decode step):
//   embedding row 64 B: DRAM 0 - 31.25 ns; rmsnorm 31.25 - 32.25
//   qkv: 12 blocks, the first fetch at 31.25: compute ends 31.25 + 12 x 1136 = 13663.25
//   rope +1 -> 13664.25; kv_append 256 B on DRAM 13527.25 - 13652.25 (posted)
//   K read 128 B 13652.25 - 13714.75 -> scores end 13714.75; softmax -> 13715.75
//   V read 13714.75 - 13777.25 -> values end 13777.25
//   o: first fetch at 13777.25 -> 13777.25 + 1136 + 3 x 1136 = 18321.25; residual, norm +2
//   gate_up: fetch waits for the slot (18321.25) -> 18321.25 + 8 x 1136 = 27409.25; silu +1
//   down -> 27409.25 + 4 x 1136 = 31953.25; residual, final norm +2
//   lm_head -> 31953.25 + 4544 = 36497.25; argmax +1 -> 36498.25 ns.
// The prefill of one token moves the same bytes (1 cached K/V row): TTFT is the same.
// Energy per decode step (system): MACs 128 x 1024 = 131072 x 0.38 pJ = 49807.36 pJ;
// writes 32 blocks x 128 x 128 bits x 0.1 pJ = 52428.8 pJ; DRAM weights (65536 + 64) B
// x 40 pJ/B = 2624000 pJ; KV read 256 B and write 256 B x 40 = 10240 pJ each; static
// 10 mW x 5 x 36498.25 ns = 1824912.5 pJ; buffer, interconnect, SFU, vector energies set to 0.
// Total 4571628.66 pJ. DRAM bytes per step 66112 -> roofline 0.4096e9 / 66112 tokens/s.
#include <QtTest>

#include "engine_test_support.hpp"

using namespace edgecim;

class TstGoldenSmall : public QObject {
    Q_OBJECT
private:
    static Config tiny_chip() {
        Config c = default_config();
        HardwareConfig& h = c.hardware;
        h.technology_nm = 65;
        h.frequency_mhz = 200;
        h.macro = MacroConfig{128, 128, 1, 1, 0.38, 0.77, 0.1, 0.0, 0.23};
        h.tile.macros = 1;
        h.tile.weight_banks = 1;
        h.tile.accumulator_energy_pj = 0;
        h.tile.area_mm2 = 0.15;
        h.chip.tiles = 1;
        h.chip.sfu_lanes = 4096;
        h.chip.sfu_energy_pj_per_op = 0;
        h.chip.vector_lanes = 4096;
        h.chip.vector_mac_energy_pj = 0;
        h.chip.buffer_energy_pj_per_bit = 0;
        h.chip.interconnect_bits_per_cycle = 8000000;  // 1.6e6 GB/s at 200 MHz: negligible
        h.chip.interconnect_energy_pj_per_bit = 0;
        h.chip.static_power_mw = 10;
        h.chip.area_mm2 = 5;
        h.dram.bandwidth_gbps = 0.4096;
        h.dram.efficiency = 1;
        h.dram.energy_pj_per_bit = 5;
        h.dram.latency_ns = 0;
        h.dram.background_power_mw = 0;
        c.mapping.strategy = MappingStrategy::layer_sequential;
        c.mapping.attention = AttentionPlacement::vector_unit;
        c.workload.precision = PrecisionConfig{Precision::int4, Precision::int8, Precision::int8};
        c.workload.prompt_tokens = 1;
        c.workload.generate_tokens = 2;
        c.energy_boundary = EnergyBoundary::system;
        return c;
    }
    static ModelSpec tiny_model() {
        ModelSpec m;
        m.name = "golden";
        m.hidden_size = 128;
        m.layers = 1;
        m.heads = 1;
        m.kv_heads = 1;
        m.head_dim = 128;
        m.intermediate_size = 128;
        m.vocab_size = 128;
        m.tied_embeddings = true;
        return m;
    }
    static void near(double actual, double expected, double rel, const char* what) {
        QVERIFY2(std::abs(actual / expected - 1) <= rel,
                 qPrintable(QString("%1: %2 vs %3").arg(what).arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
    }

private slots:
    void hand_computed_values() {
        for (Evaluator e : {Evaluator::event, Evaluator::analytical}) {
            const SimulationResult r = engine_test::run(tiny_chip(), tiny_model(), e);
            const double step_s = 5 * 36498.25e-9;
            near(1.0 / r.decode_tokens_per_s, step_s, 1e-6, "decode step");
            near(r.ttft_s, step_s, 1e-6, "ttft");
            near(r.end_to_end_s, 2 * step_s, 1e-6, "end to end");
            near(r.energy_per_token[EnergyComponent::cim_mac], 49807.36e-12, 1e-9, "cim_mac");
            near(r.energy_per_token[EnergyComponent::macro_write], 52428.8e-12, 1e-9, "macro_write");
            near(r.energy_per_token[EnergyComponent::dram_weight_read], 2624000e-12, 1e-9, "dram_weight_read");
            near(r.energy_per_token[EnergyComponent::dram_kv_read], 10240e-12, 1e-9, "dram_kv_read");
            near(r.energy_per_token[EnergyComponent::dram_kv_write], 10240e-12, 1e-9, "dram_kv_write");
            near(r.energy_per_token[EnergyComponent::static_chip], 1824912.5e-12, 1e-6, "static_chip");
            near(r.energy_per_token_j, 4571628.66e-12, 1e-6, "energy per token");
            QCOMPARE(r.dram_bytes_per_token, 66112.0);
            near(r.roofline_tokens_per_s, 0.4096e9 / 66112, 1e-12, "roofline");
            near(r.area_mm2, 1 * (1 * 0.23 + 0.15) + 5, 1e-12, "area");
            QCOMPARE(r.bound, Bound::dram);
            QCOMPARE(r.mapping, std::string("layer_sequential"));
        }
    }
};

QTEST_GUILESS_MAIN(TstGoldenSmall)
#include "tst_golden_small.moc"
