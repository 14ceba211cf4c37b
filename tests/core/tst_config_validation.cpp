// One row per class of bad preset input: each must be rejected with the file, the
// position, the key path and a message naming what is wrong and the valid range.
#include <QtTest>

#include "edgecim/config_io.hpp"

using namespace edgecim;

class TestConfigValidation : public QObject {
    Q_OBJECT

private slots:
    void rejects_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const auto row = [](const char* name, const QByteArray& yaml, const char* key, int line, const char* fragment) {
            QTest::newRow(name) << yaml << QString::fromLatin1(key) << line << QString::fromLatin1(fragment);
        };
        const QByteArray model = "workload:\n  model: llama-3.2-1b\n";
        row("typo with did-you-mean", model + "hardware:\n  dram:\n    bandwith_gbps: 50\n",
            "hardware.dram.bandwith_gbps", 5, "did you mean 'bandwidth_gbps'");
        row("key in the wrong section", model + "hardware:\n  macro:\n    tiles: 4\n", "hardware.macro.tiles", 5,
            "hardware.chip.tiles");
        row("absurd size", model + "hardware:\n  chip:\n    tiles: 1e300\n", "hardware.chip.tiles", 5, "[1, 4096]");
        row("zero", model + "hardware:\n  macro:\n    rows: 0\n", "hardware.macro.rows", 5, "out of range");
        row("negative", model + "hardware:\n  dram:\n    bandwidth_gbps: -3\n", "hardware.dram.bandwidth_gbps", 5,
            "out of range");
        row("nan", model + "hardware:\n  frequency_mhz: .nan\n", "hardware.frequency_mhz", 4, "not a finite number");
        row("inf", model + "hardware:\n  frequency_mhz: -.inf\n", "hardware.frequency_mhz", 4, "not a finite number");
        row("wrong type: text", model + "hardware:\n  chip:\n    tiles: many\n", "hardware.chip.tiles", 5,
            "not a number");
        row("wrong type: list", model + "hardware:\n  chip:\n    tiles: [1, 2]\n", "hardware.chip.tiles", 5,
            "expected a single value");
        row("wrong type: scalar for mapping", model + "hardware: 12\n", "hardware", 3, "expected a mapping");
        row("not an integer", model + "hardware:\n  tile:\n    macros: 7.5\n", "hardware.tile.macros", 5,
            "not an integer");
        row("missing value", model + "hardware:\n  tile:\n    macros:\n", "hardware.tile.macros", 5, "missing value");
        row("unknown strategy", model + "mapping:\n  strategy: pipelined\n", "mapping.strategy", 4,
            "active_tile_pipeline");
        row("unknown precision", "workload:\n  model: llama-3.2-1b\n  precision:\n    weights: int2\n",
            "workload.precision.weights", 4, "one of: int4, int8");
        row("unknown model", QByteArray("workload:\n  model: llama-9b\n"), "workload.model", 2, "qwen3-4b");
        row("more active tiles than tiles", model + "hardware:\n  chip:\n    tiles: 8\nmapping:\n  active_tiles: 9\n",
            "mapping.active_tiles", 7, "1 to hardware.chip.tiles = 8");
        row("duplicate key", model + "hardware:\n  chip:\n    tiles: 8\n    tiles: 9\n", "hardware.chip.tiles", 6,
            "duplicate key");
        row("syntax error", model + "hardware: {chip: [1, 2}\n", "", 3, "syntax error");
        row("empty", QByteArray("   \n\n"), "", 0, "file is empty");
        row("binary", QByteArray("work\0load", 9), "", 1, "binary");
        row("invalid utf-8", QByteArray("name: \xff\xfe\n"), "", 1, "UTF-8");
        row("flow nesting", QByteArray("a: ") + QByteArray(5000, '[') + QByteArray(5000, ']'), "", 1, "nesting deeper");
        row("top level not a mapping", QByteArray("- 1\n- 2\n"), "", 1, "expected a mapping");
        row("too new schema", model + "schema_version: 2\n", "schema_version", 3, "[1, 1]");
        row("clock above the node's f_max", model + "hardware:\n  frequency_mhz: 800\n", "hardware.frequency_mhz", 4,
            "(valid: [1, 521.6] MHz at 65 nm)");
        row("node without a V/f curve", model + "hardware:\n  technology_nm: 28\n", "hardware.technology_nm", 4,
            "(valid: one of: 65 (nm))");
        row("KV cache does not fit",
            QByteArray("workload:\n  model: phi-3.5-mini\n  prompt_tokens: 120000\n  precision:\n    kv_cache: fp16\n"),
            "hardware.dram.capacity_gb", 0, "47.24 GB of fp16 KV cache");
    }

    void rejects() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        try {
            (void)parse_config(std::string_view(yaml.constData(), static_cast<std::size_t>(yaml.size())), "bad.yaml");
            QFAIL("accepted bad input");
        } catch (const InputError& e) {
            QVERIFY(!e.problems().empty());
            const Problem* match = nullptr;
            for (const auto& p : e.problems())
                if (QString::fromStdString(p.key) == key) match = &p;
            QVERIFY2(match, e.what());
            QCOMPARE(QString::fromStdString(match->file), QStringLiteral("bad.yaml"));
            QCOMPARE(match->line, line);
            QVERIFY2(QString::fromStdString(match->to_string()).contains(fragment), e.what());
            QVERIFY2(QString::fromStdString(match->to_string()).startsWith("bad.yaml:") ||
                         QString::fromStdString(match->to_string()).startsWith("bad.yaml: "),
                     e.what());
        }
    }

    void reportsEveryProblemNotJustTheFirst() {
        const std::string yaml =
            "workload:\n  model: llama-3.2-1b\nhardware:\n  chip:\n    tiles: 0\n  macro:\n    rows: big\n"
            "  dram:\n    efficiency: 2\nmapping:\n  strategy: x\n";
        try {
            (void)parse_config(yaml, "many.yaml");
            QFAIL("accepted bad input");
        } catch (const InputError& e) {
            QCOMPARE(e.problems().size(), std::size_t(4));
        }
    }

    void oversizedFileIsRefusedBeforeParsing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, '#');
        for (int i = 0; i < 5; ++i) f.write(chunk);
        f.close();
        try {
            (void)load_config(path.toStdString());
            QFAIL("accepted a 5 MB file");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("too large") != std::string::npos, e.what());
        }
    }

    void missingFileNamesThePath() {
        try {
            (void)load_config("/nonexistent/preset.yaml");
            QFAIL("accepted a missing file");
        } catch (const InputError& e) {
            QVERIFY(std::string(e.what()).find("/nonexistent/preset.yaml") != std::string::npos);
        }
    }

    // Relative model and baseline paths resolve against the preset's folder; a preset
    // that came from no file (a label or --set) has none, so they resolve from the
    // working directory.
    void presetDirectoryIsTheFolderOfTheFileOrNone() {
        QCOMPARE(preset_directory(std::string("/data/presets/a.yaml")), std::string("/data/presets"));
        QCOMPARE(preset_directory(std::string("presets/hardware/a.yaml")), std::string("presets/hardware"));
        QCOMPARE(preset_directory(std::string("a.yaml")), std::string());
        QCOMPARE(preset_directory(std::string()), std::string());
        QCOMPARE(preset_directory(std::string("<stdin>")), std::string());
        QCOMPARE(preset_directory(std::string("--set")), std::string());
        Config config = default_config();
        config.source_file = "/x/y/z.yaml";
        QCOMPARE(preset_directory(config), std::string("/x/y"));
    }

    void everyShippedPresetValidates() {
        const QDir hardware(QStringLiteral(EDGECIM_PRESET_DIR "/hardware"));
        const auto files = hardware.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const auto& name : files) {
            const std::string path = hardware.filePath(name).toStdString();
            try {
                QCOMPARE(QString::fromStdString(validate_file(path)), QStringLiteral("preset"));
            } catch (const InputError& e) {
                QFAIL(e.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigValidation)
#include "tst_config_validation.moc"
