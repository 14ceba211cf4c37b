// Physics of the active-tile pipeline as properties over seeded random configurations
// that reach every regime (DRAM-, network-, write-, compute-, SFU- and vector-bound), not
// over the DRAM-bound default alone:
//  - the pipeline is never slower than layer-sequential (decode and TTFT);
//  - more tiles, macros, DRAM bandwidth or clock never make decoding slower;
//  - in a compute-bound regime doubling the tiles nearly doubles decode;
//  - the event simulator and the analytical evaluator agree within their stated tolerance;
//  - the generator really reaches every regime (else the other properties prove little).
#include <QtTest>
#include <map>
#include <random>

#include "engine_test_support.hpp"

using namespace edgecim;
using engine_test::run;

namespace {

// The two evaluators' stated agreement (docs/pipeline.md), measured over 200 random
// configurations: decode step 0.47 %, TTFT 2.3 %, energy 0.05 % at worst. The closed form
// takes each op's chunk times as linear between its first and last chunk; prefill's long
// compute chunks on few slots bend that line most.
constexpr double kDecodeAgreement = 0.006;
constexpr double kEnergyAgreement = 0.001;
constexpr double kTtftAgreement = 0.025;
// The pipeline's schedules contain the sequential one, and the plan is chosen on the
// whole step: with the evaluator that chose it, it is never slower. More macros make the
// smallest chunk (A = 1 tile) coarser, which can cost one chunk of pipeline fill: a few
// ppm of a step (seen: 1.3 ppm).
constexpr double kSameEvaluator = 1e-5;

struct Case {
    std::string label;
    Config config;
    ModelSpec model;
};

template <class T>
T pick(std::mt19937_64& rng, std::initializer_list<T> values) {
    std::uniform_int_distribution<std::size_t> d(0, values.size() - 1);
    return *(values.begin() + static_cast<std::ptrdiff_t>(d(rng)));
}

double log_uniform(std::mt19937_64& rng, double lo, double hi) {
    std::uniform_real_distribution<double> d(std::log(lo), std::log(hi));
    return std::exp(d(rng));
}

// Small models and short workloads keep each case at a few milliseconds.
std::vector<Case> random_cases(std::uint64_t seed, int count) {
    std::mt19937_64 rng(seed);
    static const std::vector<ModelSpec> models = {load_zoo_model("qwen2.5-0.5b"), load_zoo_model("qwen3-0.6b"),
                                                  load_zoo_model("llama-3.2-1b")};
    std::vector<Case> out;
    for (int i = 0; i < count; ++i) {
        Config c = default_config();
        HardwareConfig& h = c.hardware;
        h.frequency_mhz = pick(rng, {50.0, 100.0, 200.0, 400.0});
        h.macro.rows = pick(rng, {64, 128, 256, 512});
        h.macro.cols = pick(rng, {64, 128, 256});
        h.macro.input_bits_per_cycle = pick(rng, {1, 2, 4, 8});
        h.macro.rows_written_per_cycle = pick(rng, {1, 4, 32, 128});
        h.tile.macros = pick(rng, {1, 2, 8, 32});
        h.tile.weight_banks = pick(rng, {1, 2});
        h.chip.tiles = static_cast<int>(std::lround(log_uniform(rng, 1, 256)));
        h.chip.sfu_lanes = pick(rng, {1, 4, 32, 256});
        h.chip.vector_lanes = pick(rng, {8, 64, 256, 1024});
        h.chip.interconnect_bits_per_cycle = pick(rng, {256, 1024, 4096, 65536});
        h.dram.bandwidth_gbps = log_uniform(rng, 8, 2000);
        h.dram.latency_ns = pick(rng, {0.0, 100.0, 400.0});
        c.mapping.attention = pick(rng, {AttentionPlacement::vector_unit, AttentionPlacement::cim});
        c.workload.precision.weights = pick(rng, {Precision::int4, Precision::int8});
        c.workload.prompt_tokens = pick(rng, {16, 64, 256});
        c.workload.generate_tokens = pick(rng, {2, 8, 33});
        c.mapping.strategy = MappingStrategy::active_tile_pipeline;
        const ModelSpec& m = models[static_cast<std::size_t>(i) % models.size()];
        out.push_back({"seed " + std::to_string(seed) + " case " + std::to_string(i) + " (" + m.name + ")", c, m});
    }
    return out;
}

QByteArray describe(const Case& k, const std::string& what) {
    const HardwareConfig& h = k.config.hardware;
    return QByteArray::fromStdString(
        k.label + ": " + what + " [tiles " + std::to_string(h.chip.tiles) + ", macros " +
        std::to_string(h.tile.macros) + ", banks " + std::to_string(h.tile.weight_banks) + ", " +
        std::to_string(h.frequency_mhz) + " MHz, " + std::to_string(h.dram.bandwidth_gbps) + " GB/s, rows " +
        std::to_string(h.macro.rows) + ", cols " + std::to_string(h.macro.cols) + ", rows/cycle " +
        std::to_string(h.macro.rows_written_per_cycle) + ", in bits/cycle " +
        std::to_string(h.macro.input_bits_per_cycle) + ", sfu " + std::to_string(h.chip.sfu_lanes) + ", noc " +
        std::to_string(h.chip.interconnect_bits_per_cycle) + "]");
}

double step_s(const SimulationResult& r) { return 1.0 / r.decode_tokens_per_s; }

}  // namespace

class TstPipelineProperties : public QObject {
    Q_OBJECT
private slots:
    void regimes_are_reached() {
        std::map<Bound, int> decode, prefill;
        for (const Case& k : random_cases(1, 120)) {
            const SimulationResult r = run(k.config, k.model);
            ++decode[r.bound];
            ++prefill[r.prefill_bound];
        }
        for (Bound b : {Bound::dram, Bound::network, Bound::macro_write, Bound::compute, Bound::sfu}) {
            QVERIFY2(decode[b] + prefill[b] > 0, to_string(b).data());
        }
        QVERIFY2(prefill[Bound::vector_unit] + decode[Bound::vector_unit] > 0, "vector_unit");
    }

    void pipeline_never_slower_than_sequential() {
        for (Evaluator e : {Evaluator::analytical, Evaluator::event}) {
            const double tol = e == Evaluator::analytical ? kSameEvaluator : kTtftAgreement;
            for (const Case& k : random_cases(2, e == Evaluator::analytical ? 80 : 25)) {
                Config seq = k.config;
                seq.mapping.strategy = MappingStrategy::layer_sequential;
                const SimulationResult p = run(k.config, k.model, e);
                const SimulationResult s = run(seq, k.model, e);
                QVERIFY2(step_s(p) <= step_s(s) * (1 + tol),
                         describe(k, "decode " + std::to_string(step_s(p)) + " > " + std::to_string(step_s(s))));
                QVERIFY2(p.ttft_s <= s.ttft_s * (1 + tol),
                         describe(k, "ttft " + std::to_string(p.ttft_s) + " > " + std::to_string(s.ttft_s)));
            }
        }
    }

    void more_resources_never_slower() {
        using Grow = std::pair<const char*, void (*)(Config&)>;
        const std::vector<Grow> grows = {
            {"tiles + 1", [](Config& c) { c.hardware.chip.tiles += 1; }},
            {"tiles x 2", [](Config& c) { c.hardware.chip.tiles *= 2; }},
            {"macros x 2", [](Config& c) { c.hardware.tile.macros *= 2; }},
            {"bandwidth x 1.5", [](Config& c) { c.hardware.dram.bandwidth_gbps *= 1.5; }},
            {"clock x 2", [](Config& c) { c.hardware.frequency_mhz = std::min(400.0, c.hardware.frequency_mhz * 2); }},
        };
        for (const Case& k : random_cases(3, 60)) {
            const SimulationResult base = run(k.config, k.model);
            for (const auto& [what, grow] : grows) {
                Config c = k.config;
                grow(c);
                const SimulationResult more = run(c, k.model);
                QVERIFY2(step_s(more) <= step_s(base) * (1 + kSameEvaluator),
                         describe(k, std::string(what) + ": decode step +" +
                                         std::to_string(step_s(more) / step_s(base) - 1)));
                QVERIFY2(more.ttft_s <= base.ttft_s * (1 + kSameEvaluator),
                         describe(k, std::string(what) + ": ttft +" + std::to_string(more.ttft_s / base.ttft_s - 1)));
            }
        }
    }

    // Slow clock, bit-serial 1 b/cycle, fast DRAM and network, wide SFU: the macros limit.
    void doubling_tiles_nearly_doubles_compute_bound_decode() {
        for (const char* name : {"qwen3-0.6b", "llama-3.2-1b"}) {
            const ModelSpec m = load_zoo_model(name);
            for (int tiles : {4, 16, 32}) {  // attention on a huge vector unit: no Amdahl part
                Config c = default_config();
                c.hardware.frequency_mhz = 50;
                c.hardware.macro.input_bits_per_cycle = 1;
                c.hardware.macro.rows_written_per_cycle = 128;
                c.hardware.tile.macros = 2;
                c.hardware.chip.tiles = tiles;
                c.hardware.chip.interconnect_bits_per_cycle = 1 << 20;
                c.hardware.chip.sfu_lanes = 4096;
                c.hardware.chip.vector_lanes = 65536;
                c.hardware.dram.bandwidth_gbps = 50000;
                c.hardware.dram.latency_ns = 0;
                const SimulationResult one = run(c, m);
                c.hardware.chip.tiles *= 2;
                const SimulationResult two = run(c, m);
                const QByteArray what = QByteArray(name) + " tiles " + QByteArray::number(tiles);
                QVERIFY2(one.bound == Bound::compute, what + " is " + QByteArray(to_string(one.bound).data()));
                const double gain = two.decode_tokens_per_s / one.decode_tokens_per_s;
                QVERIFY2(gain >= 1.8 && gain <= 2.0 + 1e-9, what + " gain " + QByteArray::number(gain));
            }
        }
    }

    void evaluators_agree_within_stated_tolerance() {
        double worst_decode = 0, worst_ttft = 0, worst_energy = 0;
        for (const Case& k : random_cases(4, 60)) {
            const SimulationResult a = run(k.config, k.model, Evaluator::analytical);
            const SimulationResult e = run(k.config, k.model, Evaluator::event);
            const double d = std::abs(a.decode_tokens_per_s / e.decode_tokens_per_s - 1);
            const double t = std::abs(a.ttft_s / e.ttft_s - 1);
            const double j = std::abs(a.energy_per_token_j / e.energy_per_token_j - 1);
            worst_decode = std::max(worst_decode, d);
            worst_ttft = std::max(worst_ttft, t);
            worst_energy = std::max(worst_energy, j);
            QVERIFY2(d <= kDecodeAgreement, describe(k, "decode " + std::to_string(d)));
            QVERIFY2(j <= kEnergyAgreement, describe(k, "energy " + std::to_string(j)));
            QVERIFY2(t <= kTtftAgreement, describe(k, "ttft " + std::to_string(t)));
        }
        qInfo("worst disagreement: decode %.2e, ttft %.2e, energy %.2e", worst_decode, worst_ttft, worst_energy);
    }

    // Every op's critical-path share is charged to one resource: the shares sum to 1.
    void bound_shares_sum_to_one() {
        for (const Case& k : random_cases(5, 30)) {
            const SimulationResult r = run(k.config, k.model);
            double d = 0, p = 0;
            for (double v : r.bound_shares) d += v;
            for (double v : r.prefill_bound_shares) p += v;
            QVERIFY2(std::abs(d - 1) < 1e-9 && std::abs(p - 1) < 1e-9, describe(k, "shares"));
            QVERIFY(r.bound_shares[static_cast<std::size_t>(r.bound)] ==
                    *std::max_element(r.bound_shares.begin(), r.bound_shares.end()));
        }
    }
};

QTEST_GUILESS_MAIN(TstPipelineProperties)
#include "tst_pipeline_properties.moc"
