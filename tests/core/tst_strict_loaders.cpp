// Strict loaders (issue 14): one YAML document per file, duplicate keys refused in every
// format, config.json as strict JSON, numbers typed as numbers, only regular files read,
// per-layer lists bounded by the model, error output bounded for adversarial files, and
// validate_file checking each kind of file against its own schema.
#include <sys/stat.h>

#include <QtTest>

#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"

using namespace edgecim;

namespace {

const std::string kPreset = "workload:\n  model: qwen2.5-0.5b\n";

// The problems of a load that must fail, joined; a load that succeeds fails the test.
template <typename Load>
QString problemsOf(Load load) {
    try {
        load();
    } catch (const InputError& e) {
        return QString::fromStdString(join_problems(e.problems()));
    }
    return QStringLiteral("<loaded without error>");
}

std::string hfConfig(const std::string& extra = {}) {
    return "{\"model_type\": \"llama\", \"hidden_size\": 512, \"num_hidden_layers\": 4, \"num_attention_heads\": 8,"
           " \"num_key_value_heads\": 4, \"intermediate_size\": 1024, \"vocab_size\": 1000,"
           " \"max_position_embeddings\": 2048" +
           extra + "}";
}

std::string modelYaml(const std::string& extra = {}) {
    return "schema_version: 1\nname: tiny\ndisplay_name: Tiny\narchitecture: llama\nhidden_size: 512\nlayers: 4\n"
           "heads: 8\nkv_heads: 4\nhead_dim: 64\nintermediate_size: 1024\nvocab_size: 1000\nmax_context: 2048\n"
           "tied_embeddings: true\nqkv_bias: false\nqk_norm: false\n" +
           extra;
}

}  // namespace

class TestStrictLoaders : public QObject {
    Q_OBJECT

private slots:
    void validInputsStillLoad() {
        QVERIFY(parse_config(kPreset + "hardware:\n  chip:\n    tiles: !!int 32\n", "p.yaml").hardware.chip.tiles ==
                32);
        QCOMPARE(parse_hf_config(hfConfig(), "config.json").layers, 4);
        QCOMPARE(parse_model_yaml(modelYaml(), "m.yaml").layers, 4);
    }

    // Anything after '---' was ignored: a second document with tiles: -5 passed.
    void secondYamlDocumentIsRefused() {
        QString p = problemsOf([] { parse_config(kPreset + "---\nhardware:\n  chip:\n    tiles: -5\n", "p.yaml"); });
        QVERIFY2(p.contains(QLatin1String("p.yaml:3:1: more than one YAML document")), qPrintable(p));
        p = problemsOf([] { parse_config(kPreset + "---\nx: [\n", "p.yaml"); });
        QVERIFY2(p.startsWith(QLatin1String("p.yaml:")), qPrintable(p));
        p = problemsOf([] { parse_model_yaml(modelYaml("---\nlayers: 99\n"), "m.yaml"); });
        QVERIFY2(p.contains(QLatin1String("more than one YAML document")), qPrintable(p));
    }

    // Found by fuzz_preset: YAML::LoadAll never returns on ",". The documents are now
    // counted from the text; "," is one (null) document.
    void strayCommaIsAnErrorNotAHang() {
        QVERIFY(problemsOf([] { parse_config(",", "p.yaml"); }).startsWith(QLatin1String("p.yaml")));
        QVERIFY(problemsOf([] { parse_model_yaml(",\n", "m.yaml"); }).startsWith(QLatin1String("m.yaml")));
        // Markers that do not start a second document.
        QCOMPARE(parse_config("%YAML 1.2\n---\n" + kPreset + "...\n# end\n", "p.yaml").workload.model,
                 std::string("qwen2.5-0.5b"));
    }

    void duplicateKeysAreRefusedInEveryFormat() {
        QString p = problemsOf([] { parse_model_yaml(modelYaml("layers: 8\n"), "m.yaml"); });
        QVERIFY2(p.contains(QLatin1String("m.yaml:16:1: layers: duplicate key")), qPrintable(p));
        p = problemsOf([] { parse_hf_config(hfConfig(", \"num_hidden_layers\": 6"), "config.json"); });
        QVERIFY2(p.contains(QLatin1String("num_hidden_layers: duplicate key")), qPrintable(p));
        p = problemsOf([] { parse_device("schema_version: 1\nname: a\nname: b\ndisplay_name: A\n", "device.yaml"); });
        QVERIFY2(p.contains(QLatin1String("device.yaml:3:1: name: duplicate key")), qPrintable(p));
        p = problemsOf([] { parse_config(kPreset + "hardware:\n  chip:\n    tiles: 8\n    tiles: 9\n", "p.yaml"); });
        QVERIFY2(p.contains(QLatin1String("hardware.chip.tiles: duplicate key")), qPrintable(p));
    }

    void configJsonIsStrictJson_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("comment") << QString::fromStdString(hfConfig() + " // trailing comment");
        QTest::newRow("hash comment") << QString::fromStdString("# c\n" + hfConfig());
        QTest::newRow("trailing comma") << QString::fromStdString(hfConfig(", \"rope_theta\": 10000.0,"));
        QTest::newRow("second document") << QString::fromStdString(hfConfig() + "\n{}");
        QTest::newRow("yaml") << QStringLiteral("model_type: llama\nhidden_size: 512\n");
    }
    void configJsonIsStrictJson() {
        QFETCH(QString, text);
        const QString p = problemsOf([&] { parse_hf_config(text.toStdString(), "config.json"); });
        QVERIFY2(p.startsWith(QLatin1String("config.json:")) && p.contains(QLatin1String("not strict JSON")),
                 qPrintable(p));
    }

    // tiles: "64" and !!str 64 are text in YAML, not integers.
    void quotedOrStringTaggedNumbersAreRefused_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("double quoted") << QStringLiteral("\"64\"");
        QTest::newRow("single quoted") << QStringLiteral("'64'");
        QTest::newRow("!!str") << QStringLiteral("!!str 64");
    }
    void quotedOrStringTaggedNumbersAreRefused() {
        QFETCH(QString, value);
        QString p = problemsOf(
            [&] { parse_config(kPreset + "hardware:\n  chip:\n    tiles: " + value.toStdString() + "\n", "p.yaml"); });
        QVERIFY2(p.contains(QLatin1String("hardware.chip.tiles: expected a number, got the string \"64\"")),
                 qPrintable(p));
        p = problemsOf([&] {
            std::string text = modelYaml();
            text.replace(text.find("layers: 4"), 9, "layers: " + value.toStdString());
            parse_model_yaml(text, "m.yaml");
        });
        QVERIFY2(p.contains(QLatin1String("layers: expected an integer")), qPrintable(p));
    }

    void aFifoIsRefusedNotBlockedOn() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("preset.yaml"));
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        const QString p = problemsOf([&] { load_config(fifo.toStdString()); });  // returns: no writer needed
        QVERIFY2(p.contains(QLatin1String("not a regular file")), qPrintable(p));
        QVERIFY(problemsOf([&] { validate_file(fifo.toStdString()); }).contains(QLatin1String("not a regular file")));
    }

    void perLayerListsAreBoundedByTheModel() {
        // One flag per layer, exactly: 5 flags for 4 layers name a layer that does not exist.
        QString p = problemsOf([] {
            parse_hf_config(hfConfig(", \"no_rope_layers\": [1, 1, 1, 0, 0]").replace(16, 5, "smollm3"), "config.json");
        });
        QVERIFY2(p.contains(QLatin1String("5 flags for 4 layers")), qPrintable(p));
        std::string many = ", \"no_rope_layers\": [1";
        for (int i = 1; i < 5000; ++i) many += ", 1";
        many += "]";
        p = problemsOf([&] { parse_hf_config(hfConfig(many).replace(16, 5, "smollm3"), "config.json"); });
        QVERIFY2(p.contains(QLatin1String("a list of 5000 entries")), qPrintable(p));
        QVERIFY(p.size() < 1000);
        p = problemsOf([] { parse_model_yaml(modelYaml("nope_layers: [4]\n"), "m.yaml"); });
        QVERIFY2(p.contains(QLatin1String("layer 4 does not exist")), qPrintable(p));
    }

    // Many bad items: at most kMaxProblems problems plus one "... and N more" line.
    void errorOutputIsBounded() {
        std::string text = kPreset + "hardware:\n  chip:\n";
        const int items = 15000;
        for (int i = 0; i < items; ++i) text += "    k" + std::to_string(i) + ": 1\n";
        std::vector<Problem> problems;
        try {
            parse_config(text, "many.yaml");
            QFAIL("no problems");
        } catch (const InputError& e) {
            problems = e.problems();
        }
        QCOMPARE(problems.size(), std::size_t(51));
        QCOMPARE(QString::fromStdString(problems.back().message),
                 QStringLiteral("... and %1 more problems").arg(items - 50));
        // A 1 MB value is quoted as a short excerpt.
        const std::string huge = kPreset + "hardware:\n  chip:\n    tiles: " + std::string(1000000, '7') + "x\n";
        const QString p = problemsOf([&] { parse_config(huge, "huge.yaml"); });
        QVERIFY2(p.size() < 1500, qPrintable(p.left(300)));
        QVERIFY(p.contains(QLatin1String("more bytes")));
    }

    // 4 MB of a million items (was 21 s, 2.4 GB, 105 MB of stderr): one problem, refused
    // before yaml-cpp builds a node per item.
    void aMillionItemsAreRefusedBeforeParsing_data() {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("head");
        QTest::newRow("block keys") << "    k: 1\n"
                                    << "hardware:\n  chip:\n";
        QTest::newRow("block list") << "  - x\n"
                                    << "baselines:\n";
        QTest::newRow("flow list") << "x, "
                                   << "baselines: [";
    }
    void aMillionItemsAreRefusedBeforeParsing() {
        QFETCH(QString, item);
        QFETCH(QString, head);
        std::string text = kPreset + head.toStdString();
        const std::string one = item.toStdString();
        while (text.size() + one.size() < 4000000) text += one;
        QElapsedTimer timer;
        timer.start();
        const QString p = problemsOf([&] { parse_config(text, "big.yaml"); });
        qInfo("refused in %lld ms: %s", static_cast<long long>(timer.elapsed()), qPrintable(p.left(200)));
        QVERIFY2(p.startsWith(QLatin1String("big.yaml: too many entries")), qPrintable(p.left(300)));
        QVERIFY(!p.contains(QLatin1Char('\n')));
    }

    void manyBaselinesAreOneProblem() {
        std::string text = kPreset + "baselines:\n";
        for (int i = 0; i < 5000; ++i) text += "  - x" + std::to_string(i) + "\n";
        const QString p = problemsOf([&] { parse_config(text, "p.yaml"); });
        QVERIFY2(p.contains(QLatin1String("baselines: 5000 baseline devices (valid: at most 32)")),
                 qPrintable(p.left(300)));
    }

    void emptyGenesSayWhatIsWrong() {
        const QString p = problemsOf([] { parse_design_space("genes: {}\n", "space.yaml"); });
        QVERIFY2(p.contains(QLatin1String("expected a non-empty mapping, found an empty mapping")), qPrintable(p));
    }

    void validateRecognisesEveryKind_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::newRow("preset") << EDGECIM_PRESET_DIR "/hardware/edgecim-paper.yaml"
                                << "preset";
        QTest::newRow("model") << EDGECIM_PRESET_DIR "/models/qwen3-0.6b.yaml"
                               << "model";
        QTest::newRow("hf") << EDGECIM_TEST_DATA_DIR "/hf/smollm3.json"
                            << "hf-config";
        QTest::newRow("space") << EDGECIM_TEST_DATA_DIR "/dse/space_small.yaml"
                               << "design-space";
        for (const QFileInfo& f : QDir(QStringLiteral(EDGECIM_PRESET_DIR "/baselines")).entryInfoList({"*.yaml"}))
            QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath() << "baseline-device";
    }
    void validateRecognisesEveryKind() {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        try {
            QCOMPARE(QString::fromStdString(validate_file(path.toStdString())), kind);
        } catch (const InputError& e) {
            QFAIL(join_problems(e.problems()).c_str());
        }
    }

    void validateChecksABaselineAgainstItsOwnSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev.yaml"));
        QFile in(QStringLiteral(EDGECIM_PRESET_DIR "/baselines/orin-nano.yaml"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("bandwidth_gbps:", "bandwith_gbps:");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const QString p = problemsOf([&] { validate_file(path.toStdString()); });
        QVERIFY2(p.contains(QLatin1String("dram.bandwith_gbps: unknown key")), qPrintable(p));
    }
};

QTEST_MAIN(TestStrictLoaders)
#include "tst_strict_loaders.moc"
