// The parameter table drives defaults, saving and loading: every key documented and
// sourced, presets round-trip exactly, the shipped default preset equals the defaults.
#include <QtTest>
#include <fstream>
#include <sstream>

#include "edgecim/atomic_file.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/presets.hpp"

using namespace edgecim;

class TestConfigSchema : public QObject {
    Q_OBJECT

private slots:
    void everyParameterIsDocumented() {
        QVERIFY(param_table().size() >= 40);
        for (const auto& spec : param_table()) {
            QVERIFY2(!spec.description.empty(), spec.key.c_str());
            QVERIFY2(!spec.source.empty(), spec.key.c_str());
            QVERIFY2(!spec.group.empty(), spec.key.c_str());
            QVERIFY2(check_param_value(spec, spec.default_value).empty(), spec.key.c_str());
            if (spec.type == ParamType::integer || spec.type == ParamType::real) QVERIFY(spec.min <= spec.max);
        }
    }

    void schemaKeysOfThePublicApiExist() {
        // Names fixed by the documented schema, docs/model.md#parameters (users script against them).
        for (const char* key : {"name",
                                "hardware.technology_nm",
                                "hardware.frequency_mhz",
                                "hardware.macro.rows",
                                "hardware.macro.cols",
                                "hardware.macro.input_bits_per_cycle",
                                "hardware.macro.rows_written_per_cycle",
                                "hardware.macro.mac_energy_pj.int4",
                                "hardware.macro.mac_energy_pj.int8",
                                "hardware.macro.write_energy_pj_per_bit",
                                "hardware.macro.leakage_mw",
                                "hardware.macro.area_mm2",
                                "hardware.tile.macros",
                                "hardware.tile.weight_banks",
                                "hardware.tile.input_buffer_kb",
                                "hardware.tile.output_buffer_kb",
                                "hardware.chip.tiles",
                                "hardware.chip.global_buffer_kb",
                                "hardware.chip.sfu_lanes",
                                "hardware.chip.static_power_mw",
                                "hardware.dram.kind",
                                "hardware.dram.channels",
                                "hardware.dram.bandwidth_gbps",
                                "hardware.dram.efficiency",
                                "hardware.dram.energy_pj_per_bit",
                                "hardware.dram.latency_ns",
                                "mapping.strategy",
                                "mapping.active_tiles",
                                "mapping.attention",
                                "workload.model",
                                "workload.precision.weights",
                                "workload.precision.activations",
                                "workload.precision.kv_cache",
                                "workload.prompt_tokens",
                                "workload.generate_tokens",
                                "baselines",
                                "energy_boundary"})
            QVERIFY2(find_param(key) != nullptr, key);
    }

    void defaultPresetFileEqualsBuiltInDefaults() {
        const auto text = shipped_preset(kDefaultHardwarePreset);
        QVERIFY(text.has_value());
        Config loaded = parse_config(*text, std::string(kDefaultHardwarePreset));
        Config defaults = default_config();
        loaded.source_file.clear();
        QVERIFY(loaded == defaults);
        // The shipped file is exactly what saving the defaults writes.
        QCOMPARE(QString::fromStdString(std::string(*text)), QString::fromStdString(save_config_text(defaults)));
    }

    void saveLoadRoundTripsExactly() {
        Config c = default_config();
        c.name = "odd \"name\"\twith: specials # and more";
        c.hardware.frequency_mhz = 333.3333333333333;
        c.hardware.macro.mac_energy_pj_int4 = 0.1 + 0.2;  // not representable exactly: needs shortest round trip
        c.hardware.dram.bandwidth_gbps = 204.8;
        c.hardware.chip.tiles = 64;
        c.mapping.active_tiles = 5;
        c.mapping.strategy = MappingStrategy::automatic;
        c.workload.model = "qwen3-4b";
        c.workload.precision.kv_cache = Precision::fp16;
        c.energy_boundary = EnergyBoundary::chip;
        const std::string first = save_config_text(c);
        Config back = parse_config(first, "roundtrip.yaml");
        back.source_file.clear();
        QVERIFY(back == c);
        QCOMPARE(save_config_text(back), first);
    }

    void saveIsAtomicAndReadable() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("preset.yaml").toStdString();
        Config c = default_config();
        c.hardware.chip.tiles = 48;
        save_config(c, path);
        Config back = load_config(path);
        QCOMPARE(back.hardware.chip.tiles, 48);
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".tmp-edgecim")));
        // Saving into a missing directory fails with the path named, and leaves nothing behind.
        // A failed write is a WriteError (exit 1 in the CLI), not an input problem (exit 2).
        const std::string bad = dir.filePath("missing/dir/preset.yaml").toStdString();
        try {
            save_config(c, bad);
            QFAIL("expected an error");
        } catch (const WriteError& e) {
            QVERIFY(std::string(e.what()).find(bad) != std::string::npos);
            QVERIFY(std::string(e.what()).find("does not exist") != std::string::npos);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("preset.yaml")});
    }

    void missingKeysTakeDefaultsButModelIsRequired() {
        Config c = parse_config("workload:\n  model: qwen3-0.6b\n", "minimal.yaml");
        QCOMPARE(c.hardware.chip.tiles, default_config().hardware.chip.tiles);
        QCOMPARE(QString::fromStdString(c.workload.model), QStringLiteral("qwen3-0.6b"));
        try {
            (void)parse_config("hardware:\n  chip:\n    tiles: 8\n", "nomodel.yaml");
            QFAIL("expected an error");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.problems().front().key), QStringLiteral("workload.model"));
        }
    }

    void overridesApplyAndReject() {
        Config c = default_config();
        apply_override(c, "hardware.chip.tiles=64");
        apply_override(c, "hardware.dram.bandwidth_gbps=102.4");
        apply_override(c, "mapping.active_tiles=auto");
        apply_override(c, "baselines=a.yaml,b.yaml");
        QCOMPARE(c.hardware.chip.tiles, 64);
        QCOMPARE(c.hardware.dram.bandwidth_gbps, 102.4);
        QVERIFY(!c.mapping.active_tiles.has_value());
        QCOMPARE(c.baselines.size(), std::size_t(2));
        const Config before = c;
        const auto expect_error = [&](const char* assignment, const char* key, const char* fragment) {
            try {
                apply_override(c, assignment);
                QFAIL(assignment);
            } catch (const InputError& e) {
                QCOMPARE(QString::fromStdString(e.problems().front().key), QString::fromLatin1(key));
                QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
            }
            QVERIFY(c == before);  // a rejected override changes nothing
        };
        expect_error("hardware.dram.bandwith_gbps=3", "hardware.dram.bandwith_gbps",
                     "did you mean 'hardware.dram.bandwidth_gbps'");
        expect_error("hardware.chip.tiles=0", "hardware.chip.tiles", "[1, 4096]");
        expect_error("hardware.chip.tiles=1e300", "hardware.chip.tiles", "out of range");
        expect_error("hardware.chip.tiles=2.5", "hardware.chip.tiles", "not an integer");
        expect_error("hardware.frequency_mhz=nan", "hardware.frequency_mhz", "not a finite number");
        expect_error("hardware.frequency_mhz=inf", "hardware.frequency_mhz", "not a finite number");
        expect_error("hardware.frequency_mhz=fast", "hardware.frequency_mhz", "not a number");
        expect_error("mapping.strategy=pipeline", "mapping.strategy", "one of: layer_sequential");
        expect_error("workload.precision.weights=int3", "workload.precision.weights", "int4");
        expect_error("no-equals-sign", "no-equals-sign", "KEY=VALUE");
    }

    void crossFieldProblemsAreFound() {
        Config c = default_config();
        c.mapping.active_tiles = c.hardware.chip.tiles + 1;
        c.hardware.macro.input_bits_per_cycle = 16;
        c.workload.model = "tinyllama-1.1b";
        c.workload.prompt_tokens = 4000;  // TinyLlama's context is 2048
        const auto problems = validate(c);
        QStringList keys;
        for (const auto& p : problems) keys << QString::fromStdString(p.key);
        QVERIFY2(keys.contains("mapping.active_tiles"), qPrintable(keys.join(',')));
        QVERIFY2(keys.contains("hardware.macro.input_bits_per_cycle"), qPrintable(keys.join(',')));
        QVERIFY2(keys.contains("workload.generate_tokens"), qPrintable(keys.join(',')));
    }
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_config_schema.moc"
