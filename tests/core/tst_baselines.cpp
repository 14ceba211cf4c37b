// Baseline devices: calibration reproduces the stored fit, the fitted devices stay within
// 10 % of their measurements, and they behave physically on models they were not fitted to.
#include <QtTest>

#include "edgecim/baseline.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"

using namespace edgecim;

namespace {

// Llama-3.1-8B (not in the zoo): the "imported 7-8B config" case.
ModelSpec llama_8b() {
    ModelSpec m;
    m.name = "llama-3.1-8b";
    m.display_name = "Llama-3.1-8B";
    m.hidden_size = 4096;
    m.layers = 32;
    m.heads = 32;
    m.kv_heads = 8;
    m.head_dim = 128;
    m.intermediate_size = 14336;
    m.vocab_size = 128256;
    m.max_context = 131072;
    return m;
}

}  // namespace

class TestBaselines : public QObject {
    Q_OBJECT

private slots:
    void threeDevicesShip() {
        const auto names = shipped_preset_names("baselines");
        for (const char* n : {"orin-nano", "orin-nano-super", "sa8255p"})
            QVERIFY2(std::find(names.begin(), names.end(), n) != names.end(), n);
    }

    void storedFitIsReproducibleAndWithinTenPercent() {
        for (const auto& name : shipped_preset_names("baselines")) {
            const DeviceSpec d = load_device(name);
            QVERIFY2(!d.calibration.empty(), name.c_str());
            const DeviceFit fit = fit_device(d);
            QVERIFY2(std::abs(fit.bandwidth_efficiency / d.bandwidth_efficiency - 1) < 0.005, name.c_str());
            QVERIFY2(std::abs(fit.fixed_overhead_ms - d.fixed_overhead_ms) < 0.05, name.c_str());
            // With the stored (rounded) parameters, every calibration point within 10 %.
            for (const auto& p : d.calibration) {
                DeviceSpec measured = d;
                if (p.compiled_context >= 0) measured.format.compiled_context = p.compiled_context;
                const double predicted =
                    evaluate_baseline(measured, load_zoo_model(p.model), p.prompt_tokens, p.generate_tokens)
                        .tokens_per_s;
                QVERIFY2(std::abs(predicted / p.tokens_per_s - 1) < 0.10,
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                        .arg(name.c_str(), p.model.c_str())
                                        .arg(predicted)
                                        .arg(p.tokens_per_s)));
            }
            // The fitted efficiency is physical: a fraction of peak, as the references observe.
            QVERIFY(d.bandwidth_efficiency > 0.3 && d.bandwidth_efficiency < 0.95);
            QVERIFY(d.fixed_overhead_ms >= 0 && d.fixed_overhead_ms < 20);
        }
    }

    void behavesPhysicallyOffTheCalibrationPoints() {
        const DeviceSpec orin = load_device("orin-nano");
        const DeviceSpec super = load_device("orin-nano-super");
        double previous_bytes = 0;
        double previous_tps = 1e9;
        // Bigger models move more bytes and run slower.
        for (const char* name : {"qwen2.5-0.5b", "llama-3.2-1b", "llama-3.2-3b", "phi-3.5-mini"}) {
            const auto r = evaluate_baseline(orin, load_zoo_model(name), 128, 128);
            QVERIFY(r.bytes_per_token > previous_bytes);
            QVERIFY(r.tokens_per_s < previous_tps);
            previous_bytes = r.bytes_per_token;
            previous_tps = r.tokens_per_s;
        }
        // An imported 8B config: fits in 8 GB at INT4, slower than every zoo model, still memory-bound.
        const auto big = evaluate_baseline(orin, llama_8b(), 128, 128);
        QVERIFY(big.tokens_per_s < previous_tps && big.tokens_per_s > 5);
        QVERIFY(!big.compute_bound);
        // Longer context reads more KV: slower, never faster.
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        const double short_ctx = evaluate_baseline(orin, m, 128, 128).tokens_per_s;
        const double long_ctx = evaluate_baseline(orin, m, 8192, 128).tokens_per_s;
        QVERIFY(long_ctx < short_ctx);
        // The Super's faster memory and clocks never make it slower.
        QVERIFY(evaluate_baseline(super, m, 128, 128).tokens_per_s > short_ctx);
        // Throughput never exceeds the device's own DRAM roofline.
        const auto r = evaluate_baseline(orin, m, 128, 128);
        QVERIFY(r.tokens_per_s < orin.dram_bandwidth_gbps * 1e9 / r.bytes_per_token);
    }

    void compiledContextStreamsTheWholeCache() {
        const DeviceSpec sa = load_device("sa8255p");
        const ModelSpec m = load_zoo_model("llama-3.2-3b");
        // Genie reads the KV of the compiled context every token: the current context does not matter...
        QCOMPARE(device_bytes_per_token(sa, m, 16), device_bytes_per_token(sa, m, 3000));
        // ...and going past it is refused, not extrapolated.
        QVERIFY_THROWS_EXCEPTION(InputError, evaluate_baseline(sa, m, 4000, 200));
        QVERIFY(!evaluate_baseline(sa, m, 128, 128).tokens_per_j.has_value());  // no published power
        QVERIFY(evaluate_baseline(load_device("orin-nano"), m, 128, 128).tokens_per_j.has_value());
    }

    void modelThatDoesNotFitIsRefused() {
        DeviceSpec d = load_device("orin-nano");
        d.dram_capacity_gb = 1;
        QVERIFY_THROWS_EXCEPTION(InputError, evaluate_baseline(d, load_zoo_model("llama-3.2-3b"), 16, 16));
    }

    void badDevicePresetsAreRejected_data() {
        QTest::addColumn<QByteArray>("patch_from");
        QTest::addColumn<QByteArray>("patch_to");
        QTest::addColumn<QString>("key");
        QTest::newRow("typo") << QByteArray("bandwidth_gbps: 68.3") << QByteArray("bandwith_gbps: 68.3")
                              << QStringLiteral("dram.bandwith_gbps");
        QTest::newRow("missing") << QByteArray("  capacity_gb: 8 ") << QByteArray("  # capacity_gb: 8 ")
                                 << QStringLiteral("dram.capacity_gb");
        QTest::newRow("negative") << QByteArray("peak_tflops: 10 ") << QByteArray("peak_tflops: -10 ")
                                  << QStringLiteral("compute.peak_tflops");
        QTest::newRow("efficiency above 1")
            << QByteArray("bandwidth_efficiency: 0.8227") << QByteArray("bandwidth_efficiency: 1.8227")
            << QStringLiteral("fit.bandwidth_efficiency");
        QTest::newRow("nan") << QByteArray("decode_w: 10.35") << QByteArray("decode_w: .nan")
                             << QStringLiteral("power.decode_w");
        QTest::newRow("unknown model") << QByteArray("model: llama-3.2-1b") << QByteArray("model: llama-7b")
                                       << QStringLiteral("calibration.model");
    }

    void badDevicePresetsAreRejected() {
        QFETCH(QByteArray, patch_from);
        QFETCH(QByteArray, patch_to);
        QFETCH(QString, key);
        QByteArray text(shipped_preset("baselines/orin-nano.yaml").value().data(),
                        static_cast<qsizetype>(shipped_preset("baselines/orin-nano.yaml")->size()));
        QVERIFY(text.contains(patch_from));
        text.replace(patch_from, patch_to);
        try {
            (void)parse_device(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "dev.yaml");
            QFAIL("accepted a bad device preset");
        } catch (const InputError& e) {
            bool found = false;
            for (const auto& p : e.problems()) {
                found = found || QString::fromStdString(p.key) == key;
                QCOMPARE(QString::fromStdString(p.file), QStringLiteral("dev.yaml"));
            }
            QVERIFY2(found, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
