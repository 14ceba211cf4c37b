// run and compare as users script them: the documented JSON keys, sane numbers for every
// zoo model, the trace file, CSV that parses back, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.hpp"

class TestCliRun : public QObject {
    Q_OBJECT

    using Result = CliResult;
    static Result cli(const QStringList& args) { return run_cli(args); }

private slots:
    void runJsonHasTheDocumentedKeysForEveryModel_data() {
        QTest::addColumn<QString>("model");
        for (const char* m :
             {"tinyllama-1.1b", "llama-3.2-1b", "llama-3.2-3b", "phi-3.5-mini", "qwen2.5-0.5b", "qwen2.5-1.5b",
              "qwen2.5-3b", "smollm2-1.7b", "smollm3-3b", "qwen3-0.6b", "qwen3-1.7b", "qwen3-4b"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void runJsonHasTheDocumentedKeysForEveryModel() {
        QFETCH(QString, model);
        const Result r = cli({"run", "--model", model, "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
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
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const double tps = o["decode_tokens_per_s"].toDouble();
        QVERIFY(tps > 1 && tps < 1e5);
        QVERIFY(tps <= o["roofline_tokens_per_s"].toDouble() * (1 + 1e-9));
        QVERIFY(o["roofline_fraction"].toDouble() > 0.5 && o["roofline_fraction"].toDouble() <= 1.0 + 1e-9);
        QVERIFY(o["ttft_s"].toDouble() > 0 && o["end_to_end_s"].toDouble() > o["ttft_s"].toDouble());
        QCOMPARE(o["tokens_per_j"].toDouble() * o["energy_per_token_j"].toDouble(), 1.0);
        double sum = 0;
        const QJsonObject parts = o["energy_breakdown_j"].toObject();
        for (auto it = parts.begin(); it != parts.end(); ++it) sum += it.value().toDouble();
        QVERIFY(std::abs(sum / o["energy_per_token_j"].toDouble() - 1) < 1e-9);
        QCOMPARE(o["energy_boundary"].toString(), QStringLiteral("system"));
        QCOMPARE(o["tile_utilization"].toArray().size(), 32);
    }

    void traceIsWellFormed() {
        QTemporaryDir dir;
        const QString trace = dir.filePath("t.json");
        const Result r = cli({"run", "--model", "qwen3-0.6b", "--trace", trace, "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray events = doc.isArray() ? doc.array() : doc.object()["traceEvents"].toArray();
        QVERIFY(events.size() > 10);
        int complete = 0;
        for (const auto& e : events) {
            const QJsonObject o = e.toObject();
            if (o["ph"].toString() != QLatin1String("X")) continue;
            ++complete;
            for (const char* key : {"name", "ph", "ts", "dur", "pid", "tid"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o["dur"].toDouble() >= 0);
        }
        QVERIFY(complete > 10);
    }

    void traceOfThePrefill() {
        // --timeline-token prefill keeps the prefill: the trace names it, the table's
        // utilization line says so, and the figures are those of the default timeline.
        QTemporaryDir dir;
        const QString trace = dir.filePath("p.json");
        const Result r = cli({"run", "--prompt", "64", "--timeline-token", "prefill", "--trace", trace});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains("Tile utilization (prefill P=64)"), r.out.constData());
        QVERIFY2(r.out.contains("of the step: writing weights "), r.out.constData());
        QFile f(trace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("EdgeCIM prefill P=64"));
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        const QJsonArray events = doc.isArray() ? doc.array() : doc.object()["traceEvents"].toArray();
        QVERIFY(events.size() > 10);
        const Result json_pre = cli({"run", "--prompt", "64", "--timeline-token", "prefill", "--format", "json"});
        const Result json_dec = cli({"run", "--prompt", "64", "--format", "json"});
        QCOMPARE(json_pre.exit_code, 0);
        const QJsonObject pre = QJsonDocument::fromJson(json_pre.out).object();
        const QJsonObject dec = QJsonDocument::fromJson(json_dec.out).object();
        for (const char* key : {"decode_tokens_per_s", "ttft_s", "energy_per_token_j"})
            QCOMPARE(pre[QLatin1String(key)].toDouble(), dec[QLatin1String(key)].toDouble());
        const Result bad = cli({"run", "--timeline-token", "prefil"});
        QCOMPARE(bad.exit_code, 2);
        QVERIFY2(bad.err.contains("prefill"), bad.err.constData());
    }

    void reportDirectoryIsWritten() {
        QTemporaryDir dir;
        const Result r = cli({"run", "--report", dir.path()});
        QCOMPARE(r.exit_code, 0);
        for (const char* name : {"run.txt", "run.json", "trace.json", "preset.yaml"})
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(name))), name);
        // The saved preset is valid and reproduces the run.
        QCOMPARE(cli({"validate", dir.filePath("preset.yaml")}).exit_code, 0);
    }

    void csvParsesBack() {
        const Result r = cli({"run", "--model", "qwen2.5-0.5b", "--format", "csv", "--evaluator", "analytical"});
        QCOMPARE(r.exit_code, 0);
        const auto lines = r.out.split('\n');
        QVERIFY(lines.size() >= 2);
        const auto header = lines[0].trimmed().split(',');
        const auto values = lines[1].trimmed().split(',');
        QCOMPARE(header.size(), values.size());
        QCOMPARE(header.indexOf("decode_tokens_per_s") >= 0, true);
        bool ok = false;
        QVERIFY(values[header.indexOf("decode_tokens_per_s")].toDouble(&ok) > 0 && ok);
    }

    void compareAllModelsAgainstThreeBaselines() {
        const Result r = cli({"compare", "--all-models", "--baseline", "orin-nano", "--baseline", "orin-nano-super",
                              "--baseline", "sa8255p", "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 12);
        for (const auto& row : rows) {
            const QJsonObject o = row.toObject();
            QVERIFY(o["edgecim"].toObject()["tokens_per_s"].toDouble() > 0);
            const QJsonObject b = o["baselines"].toObject();
            QCOMPARE(b.size(), 3);
            QVERIFY(b["orin-nano"].toObject()["speedup"].toDouble() > 0);
            QVERIFY(b["orin-nano"].toObject()["efficiency_gain"].toDouble() > 0);
            QVERIFY(b["sa8255p"].toObject()["tokens_per_j"].isNull());  // no published power
        }
    }

    void reproduceShowsTheHonestComparisons() {
        const Result json = cli({"reproduce", "--format", "json"});
        QCOMPARE(json.exit_code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        for (const char* key : {"orin_gain_system_boundary", "orin_speedup_equal_bandwidth"}) {
            QVERIFY2(o.contains(key), key);
            QVERIFY2(o[key].toDouble() > 1, key);
        }
        QVERIFY(o["orin_gain_system_boundary"].toDouble() < o["gain_at_measured_power"].toDouble());
        const Result table = cli({"reproduce"});
        QCOMPARE(table.exit_code, 0);
        QVERIFY(table.out.contains("orin_gain_system_boundary") && table.out.contains("system boundary (chip + DRAM)"));
        QVERIFY(table.out.contains("orin_speedup_equal_bandwidth") && table.out.contains("68.3 GB/s peak"));
    }

    void baselineThatCannotRunIsNotAvailableNotAnError() {
        // 4000 + 128 tokens exceed SA8255P's compiled context of 4096: that device is n/a with
        // the reason, the run and the other device go on (issue #13).
        const Result r = cli({"run", "--prompt", "4000", "--evaluator", "analytical"});
        QCOMPARE(r.exit_code, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QByteArray sa, orin;
        for (const QByteArray& line : lines) {
            if (line.contains("Qualcomm SA8255P")) sa = line;
            if (line.contains("Jetson Orin Nano")) orin = line;
        }
        QVERIFY2(sa.contains("n/a (prompt + generated tokens = 4128 exceed the engine's compiled context of 4096)"),
                 r.out.constData());
        QVERIFY2(orin.contains("tokens/s") && orin.contains("speedup"), r.out.constData());
        QVERIFY(r.out.contains("prompt 4000, generate 128"));  // the workload as given

        // The design's own model past its context is still the user's input error.
        const Result own = cli({"run", "--model", "tinyllama-1.1b", "--prompt", "4096"});
        QCOMPARE(own.exit_code, 2);
        QVERIFY2(own.err.contains("context of 2048"), own.err.constData());
    }

    void compareMarksWhatCannotRun() {
        const QStringList args{"compare",    "--all-models", "--prompt",   "4096",
                               "--baseline", "orin-nano",    "--baseline", "sa8255p"};
        const Result json = cli(args + QStringList{"--format", "json"});
        QCOMPARE(json.exit_code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 12);
        for (const auto& row : rows) {
            const QJsonObject o = row.toObject();
            const QJsonObject e = o["edgecim"].toObject();
            const QJsonObject sa = o["baselines"].toObject()["sa8255p"].toObject();
            QVERIFY(sa["tokens_per_s"].isNull() && sa["reason"].toString().contains("compiled context of 4096"));
            if (o["model"].toString() == "tinyllama-1.1b") {
                QVERIFY(e["tokens_per_s"].isNull());
                QVERIFY(e["reason"].toString().contains("context of 2048"));
            } else {
                QVERIFY(e["tokens_per_s"].toDouble() > 0);
                QVERIFY(!e.contains("reason"));
            }
        }
        const Result table = cli(args);
        QCOMPARE(table.exit_code, 0);
        QVERIFY2(table.out.contains("n/a (prompt + generated tokens = 4224 exceeds TinyLlama"), table.out.constData());
        const Result csv = cli(args + QStringList{"--format", "csv"});
        QCOMPARE(csv.exit_code, 0);
        QVERIFY(csv.out.startsWith("model,") && csv.out.contains(",edgecim_reason,baseline_reason\r\n"));
        QVERIFY(csv.out.contains("tinyllama-1.1b,,,,orin-nano,,,,,,"));
    }

    void badRunInputExitsTwo() {
        QCOMPARE(cli({"run", "--model", "gpt-5"}).exit_code, 2);
        QCOMPARE(cli({"run", "--set", "hardware.chip.tiles=0"}).exit_code, 2);
        QCOMPARE(cli({"run", "--evaluator", "magic"}).exit_code, 2);
        QCOMPARE(cli({"run", "--prompt", "-4"}).exit_code, 2);
        QCOMPARE(cli({"compare", "--baseline", "nosuchdevice"}).exit_code, 2);
        // Above the 65 nm node's f_max at its highest supply: rejected with the valid range.
        const Result fast = cli({"run", "--set", "hardware.frequency_mhz=5000"});
        QCOMPARE(fast.exit_code, 2);
        QVERIFY2(fast.err.contains("hardware.frequency_mhz") && fast.err.contains("521.6] MHz at 65 nm"),
                 fast.err.constData());
        const Result node = cli({"run", "--set", "hardware.technology_nm=28"});
        QCOMPARE(node.exit_code, 2);
        QVERIFY2(node.err.contains("one of: 65"), node.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
