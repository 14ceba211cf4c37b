// sweep and dse as users script them: the JSON front is a true Pareto set, seeds are
// reproducible for any --jobs, sweep CSV parses back, bad input exits 2 naming the key,
// Ctrl-C still writes the front found so far.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <csignal>

#include "cli_runner.hpp"
#include "csv_records.hpp"

class TestCliDse : public QObject {
    Q_OBJECT

    using Result = CliResult;
    static Result cli(const QStringList& args) { return run_cli(args); }

    static QString data(const char* name) { return QStringLiteral(EDGECIM_TEST_DATA_DIR "/dse/") + name; }

    static bool dominates(const QJsonObject& a, const QJsonObject& b) {
        bool better = false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const double x = it.value().toDouble(), y = b[it.key()].toDouble();
            if (x > y) return false;
            if (x < y) better = true;
        }
        return better;
    }

    // Quoted fields may hold commas (error texts).
    static QList<QStringList> parse_csv(const QByteArray& text) {
        QList<QStringList> records;
        for (const auto& record : test_support::csv_records(text.toStdString())) {
            QStringList fields;
            for (const auto& field : record) fields << QString::fromStdString(field);
            records << fields;
        }
        return records;
    }

private slots:
    void dseJsonIsATrueParetoSet() {
        const Result r = cli({"dse", "--model", "llama-3.2-1b", "--seed", "1", "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root["models"].toArray().first().toString(), QStringLiteral("llama-3.2-1b"));
        QCOMPARE(root["generations_completed"].toInt(), 30);
        const QJsonArray front = root["front"].toArray();
        QVERIFY(front.size() >= 2);
        for (const auto& a : front) {
            const QJsonObject pa = a.toObject();
            QCOMPARE(pa["design"].toObject().size(), 8);
            const QJsonObject m = pa["metrics"].toObject();
            for (const char* key :
                 {"decode_tokens_per_s", "tokens_per_j", "energy_per_token_j", "area_mm2", "average_power_w"})
                QVERIFY2(m[key].toDouble() > 0, key);
            const QJsonObject oa = pa["objectives"].toObject();
            QCOMPARE(oa.size(), 2);
            QVERIFY(std::abs(oa["latency_s_per_token"].toDouble() * m["decode_tokens_per_s"].toDouble() - 1) < 1e-9);
            for (const auto& b : front) QVERIFY(!dominates(b.toObject()["objectives"].toObject(), oa));
        }
    }

    void sameSeedSameOutputForAnyJobs() {
        const QStringList common{
            "dse", "--model",      "qwen3-0.6b",          "--seed",   "5",  "--population", "16", "--generations",
            "8",   "--objectives", "latency,energy,area", "--format", "csv"};
        const Result one = cli(QStringList(common) << "--jobs"
                                                   << "1");
        const Result two = cli(QStringList(common) << "--jobs"
                                                   << "2");
        QCOMPARE(one.exit_code, 0);
        QCOMPARE(one.out, two.out);
        const auto records = parse_csv(one.out);
        QVERIFY(records.size() >= 2);
        QVERIFY(records[0].contains("area_mm2") && records[0].contains("energy_j_per_token"));
    }

    void severalModelsAndBudgets() {
        const Result r =
            cli({"dse", "--models", "qwen3-0.6b,llama-3.2-1b", "--aggregate", "worst", "--area-budget", "60", "--space",
                 data("space_small.yaml"), "--population", "12", "--generations", "4", "--format", "json"});
        QCOMPARE(r.exit_code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root["aggregate"].toString(), QStringLiteral("worst"));
        for (const auto& p : root["front"].toArray()) {
            QVERIFY(p.toObject()["metrics"].toObject()["area_mm2"].toDouble() <= 60);
            QCOMPARE(p.toObject()["per_model"].toArray().size(), 2);
        }
    }

    void sweepCsvParsesBack() {
        const Result r = cli({"sweep", "--model", "qwen3-0.6b", "--vary", "hardware.chip.tiles=4..16:*2", "--vary",
                              "mapping.active_tiles=auto,6", "--vary", "hardware.dram.bandwidth_gbps=25.6,51.2",
                              "--format", "csv", "--jobs", "2"});
        QCOMPARE(r.exit_code, 0);
        const auto records = parse_csv(r.out);
        QCOMPARE(records.size(), 1 + 3 * 2 * 2);
        const QStringList header = records[0];
        QCOMPARE(header.mid(0, 3),
                 (QStringList{"hardware.chip.tiles", "mapping.active_tiles", "hardware.dram.bandwidth_gbps"}));
        const qsizetype tps = header.indexOf("decode_tokens_per_s"), err = header.indexOf("error");
        QVERIFY(tps > 0 && err == header.size() - 1);
        int invalid = 0;
        for (int i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), header.size());
            if (records[i][err].isEmpty()) {
                bool ok = false;
                QVERIFY(records[i][tps].toDouble(&ok) > 0 && ok);
            } else {
                ++invalid;
                QVERIFY(records[i][err].contains("mapping.active_tiles"));
                QVERIFY(records[i][tps].isEmpty());
            }
        }
        QCOMPARE(invalid, 2);  // 4 tiles with 6 active, at both bandwidths
        const Result json = cli({"sweep", "--vary", "hardware.chip.tiles=8,16", "--format", "json"});
        QCOMPARE(json.exit_code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 2);
    }

    void badInputExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty list") << QStringList{"sweep", "--vary", "hardware.chip.tiles="} << "hardware.chip.tiles";
        QTest::newRow("stop<start") << QStringList{"sweep", "--vary", "hardware.chip.tiles=64..8:+8"} << "below START";
        QTest::newRow("factor") << QStringList{"sweep", "--vary", "hardware.macro.rows=64..512:*1"} << "FACTOR";
        QTest::newRow("zero step") << QStringList{"sweep", "--vary", "hardware.macro.rows=64..512:+0"} << "STEP";
        QTest::newRow("non-numeric") << QStringList{"sweep", "--vary", "hardware.chip.tiles=lots"} << "not a number";
        QTest::newRow("typo") << QStringList{"sweep", "--vary", "hardware.chip.tilez=8"} << "did you mean";
        QTest::newRow("too many") << QStringList{"sweep", "--vary", "hardware.chip.tiles=1..4000:+1", "--vary",
                                                 "hardware.macro.rows=8..4096:+8"}
                                  << "more than 1000000";
        QTest::newRow("no vary") << QStringList{"sweep"} << "--vary";
        QTest::newRow("jobs") << QStringList{"sweep", "--vary", "hardware.chip.tiles=8", "--jobs", "0"} << "--jobs";
        QTest::newRow("population") << QStringList{"dse", "--population", "20000"} << "--population";
        QTest::newRow("budget") << QStringList{"dse", "--population", "5000", "--generations", "5000"}
                                << "population x generations";
        QTest::newRow("objective") << QStringList{"dse", "--objectives", "latency,speed"} << "unknown objective";
        QTest::newRow("aggregate") << QStringList{"dse", "--aggregate", "median"} << "--aggregate";
        QTest::newRow("area budget") << QStringList{"dse", "--area-budget", "-3"} << "--area-budget";
        QTest::newRow("model") << QStringList{"dse", "--models", "qwen3-0.6b,nope-7b"} << "nope-7b";
        QTest::newRow("space file") << QStringList{"dse", "--space", data("space_bad.yaml")} << "space_bad.yaml:3:";
    }

    void badInputExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = cli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpIsComplete() {
        for (const char* command : {"sweep", "dse"}) {
            const Result r = cli({command, "--help"});
            QCOMPARE(r.exit_code, 0);
            for (const char* option : {"--config", "--set", "--format", "--jobs", "--evaluator", "Exit codes"})
                QVERIFY2(r.out.contains(option), option);
        }
        const Result dse = cli({"dse", "--help"});
        for (const char* option : {"--space", "--objectives", "--area-budget", "--power-budget", "--aggregate",
                                   "--seed", "--population", "--generations", "--models"})
            QVERIFY2(dse.out.contains(option), option);
        const Result space = cli({"dse", "--print-default-space"});
        QCOMPARE(space.exit_code, 0);
        QVERIFY(space.out.contains("mapping.active_tiles: [auto"));
    }

    void interruptWritesTheFrontSoFar() {
        QProcess p;
        p.start(QStringLiteral(EDGECIM_CLI_PATH),
                {"dse", "--model", "qwen3-0.6b", "--population", "200", "--generations", "10000", "--objectives",
                 "latency,energy,area", "--format", "json"});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);  // far from done: 2 million designs to breed
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(root["cancelled"].toBool(), true);
        QVERIFY(root["generations_completed"].toInt() < 10000);
        QVERIFY(!root["front"].toArray().isEmpty());
        QVERIFY(p.readAllStandardError().contains("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestCliDse)
#include "tst_cli_dse.moc"
