// The CLI as users script it: exit codes, messages on stderr, JSON on stdout.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.hpp"

class TestCliFoundation : public QObject {
    Q_OBJECT

    using Result = CliResult;
    static Result cli(const QStringList& args) { return run_cli(args); }

    QTemporaryDir dir_;

    QString write(const QString& name, const QByteArray& content) {
        const QString path = dir_.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
        f.write(content);
        return path;
    }

private slots:
    void modelsJsonListsTheZooWithExactCounts() {
        const Result r = cli({"models", "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonArray models = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(models.size(), 12);
        QMap<QString, qint64> counts;
        for (const auto& m : models) {
            const QJsonObject o = m.toObject();
            for (const char* key : {"name", "display_name", "parameters", "layers", "hidden_size", "heads", "kv_heads",
                                    "head_dim", "intermediate_size", "vocab_size", "tied_embeddings"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            counts[o["name"].toString()] = o["parameters"].toInteger();
        }
        // Computed from the configs (docs/model.md#model-zoo).
        QCOMPARE(counts["llama-3.2-1b"], qint64(1235814400));
        QCOMPARE(counts["qwen3-4b"], qint64(4022468096));
        QCOMPARE(counts["tinyllama-1.1b"], qint64(1100048384));
    }

    void modelReferenceHasTheCurrentParameterTable() {
        // docs/model.md#parameters is the output of `params --format markdown`, verbatim.
        const Result r = cli({"params", "--format", "markdown"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.startsWith("| key | unit | default | valid | description | source |\n"));
        QFile doc(QStringLiteral(EDGECIM_PRESET_DIR "/../docs/model.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QVERIFY2(doc.readAll().contains(r.out),
                 "docs/model.md: regenerate the table under 'Parameters' with edgecim-cli params --format markdown");
    }

    void validateAcceptsShippedPresets() {
        const Result r = cli({"validate", QStringLiteral(EDGECIM_PRESET_DIR "/hardware/edgecim-65nm-int4.yaml"),
                              QStringLiteral(EDGECIM_PRESET_DIR "/models/qwen3-4b.yaml")});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.err.isEmpty());
    }

    void badInputExitsTwoWithPosition() {
        const QString bad =
            write("bad.yaml", "workload:\n  model: llama-3.2-1b\nhardware:\n  dram:\n    bandwith_gbps: 9\n");
        const Result r = cli({"validate", bad});
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains((bad + ":5:5: hardware.dram.bandwith_gbps: unknown key").toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("did you mean 'bandwidth_gbps'"));
    }

    void everyProblemOfEveryFileIsReported() {
        const QString a = write("a.yaml", "workload:\n  model: nosuchmodel\n");
        const QString b = write("b.yaml", "");
        const Result r = cli({"validate", a, b});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains(a.toUtf8() + ":2:10: workload.model"));
        QVERIFY(r.err.contains(b.toUtf8() + ": file is empty"));
    }

    void setOverridesAreCheckedAndApplied() {
        Result r = cli({"config", "--set", "hardware.chip.tiles=64"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("tiles: 64"));
        r = cli({"config", "--set", "hardware.chip.tiles=-1"});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("--set: hardware.chip.tiles: '-1' is out of range (valid: integer in [1, 4096] tiles)"));
        r = cli({"config", "--set", "hardware.chip.tilez=4"});
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("did you mean 'hardware.chip.tiles'"));
    }

    void usageErrorsExitTwo() {
        QCOMPARE(cli({"frobnicate"}).exit_code, 2);
        QCOMPARE(cli({"models", "--format", "xml"}).exit_code, 2);
        QCOMPARE(cli({"models", "--bogus"}).exit_code, 2);
        QCOMPARE(cli({"validate"}).exit_code, 2);
        QCOMPARE(cli({}).exit_code, 2);
    }

    void everyCommandHasHelp() {
        for (const char* command : {"models", "validate", "params", "config", "run"}) {
            const Result r = cli({QLatin1String(command), "--help"});
            QCOMPARE(r.exit_code, 0);
            QVERIFY2(r.out.startsWith("Usage: edgecim-cli " + QByteArray(command)), command);
        }
        QCOMPARE(cli({"--help"}).exit_code, 0);
    }

    void hfConfigIsDescribed() {
        const QString cfg = write("config.json",
                                  R"({"model_type": "llama", "hidden_size": 2048, "num_hidden_layers": 16,
                                      "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 64,
                                      "intermediate_size": 8192, "vocab_size": 128256, "tie_word_embeddings": true,
                                      "max_position_embeddings": 131072})");
        const Result r = cli({"models", "--format", "json", cfg});
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject()["parameters"].toInteger(), qint64(1235814400));
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
