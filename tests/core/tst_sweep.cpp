// Sweeps: --vary parsing (lists, ranges, every malformed form), the point order, per-row
// errors for invalid combinations, metrics equal to a direct simulation, identical
// results for any thread count, cancellation, progress, CSV/JSON output; the thread pool.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <atomic>
#include <set>
#include <sstream>

#include "csv_records.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/thread_pool.hpp"

using namespace edgecim;

namespace {

std::vector<std::int64_t> ints(const SweepAxis& axis) {
    std::vector<std::int64_t> out;
    for (const auto& v : axis.values) out.push_back(std::get<std::int64_t>(v));
    return out;
}

using test_support::csv_records;

Config base_config(const char* model = "qwen3-0.6b") {
    Config c = default_config();
    c.workload.model = model;
    return c;
}

}  // namespace

class TestSweep : public QObject {
    Q_OBJECT

private slots:
    void listsAndRangesExpandExactly() {
        QCOMPARE(ints(parse_vary("hardware.chip.tiles=8,16,64")), (std::vector<std::int64_t>{8, 16, 64}));
        QCOMPARE(ints(parse_vary("hardware.macro.rows=64..512:*2")), (std::vector<std::int64_t>{64, 128, 256, 512}));
        QCOMPARE(ints(parse_vary("hardware.chip.tiles=8..40:+8")), (std::vector<std::int64_t>{8, 16, 24, 32, 40}));
        // Integer keys round geometric values and drop repeats: 4 6 9 13.5 20.25 30.4 45.6.
        QCOMPARE(ints(parse_vary("hardware.chip.tiles=4..64:*1.5")),
                 (std::vector<std::int64_t>{4, 6, 9, 14, 20, 30, 46}));
        QCOMPARE(ints(parse_vary("hardware.chip.tiles=1..3:*1.2")), (std::vector<std::int64_t>{1, 2, 3}));
        const SweepAxis bw = parse_vary("hardware.dram.bandwidth_gbps=25.6..102.4:+25.6");
        QCOMPARE(bw.values.size(), std::size_t{4});
        QCOMPARE(std::get<double>(bw.values[2]), 76.8);  // no 76.80000000000001
        QCOMPARE(std::get<double>(bw.values[3]), 102.4);
        const SweepAxis split = parse_vary("mapping.active_tiles=auto,4,8");
        QCOMPARE(std::get<std::string>(split.values[0]), std::string("auto"));
        QCOMPARE(split.labels, (std::vector<std::string>{"auto", "4", "8"}));
        const SweepAxis models = parse_vary("workload.model=llama-3.2-1b,qwen3-0.6b");
        QCOMPARE(models.values.size(), std::size_t{2});
        const SweepAxis strategy = parse_vary("mapping.strategy=layer_sequential,active_tile_pipeline");
        QCOMPARE(strategy.labels.size(), std::size_t{2});
    }

    void malformedVaryIsRejectedNamingTheKey_data() {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("no =") << "hardware.chip.tiles"
                              << "hardware.chip.tiles"
                              << "KEY=VALUES";
        QTest::newRow("empty list") << "hardware.chip.tiles="
                                    << "hardware.chip.tiles"
                                    << "empty value list";
        QTest::newRow("empty item") << "hardware.chip.tiles=8,,16"
                                    << "hardware.chip.tiles"
                                    << "empty value";
        QTest::newRow("unknown key") << "hardware.chip.tile=8"
                                     << "hardware.chip.tile"
                                     << "did you mean 'hardware.chip.tiles'";
        QTest::newRow("non-numeric") << "hardware.chip.tiles=8,many"
                                     << "hardware.chip.tiles"
                                     << "not a number";
        QTest::newRow("not integer") << "hardware.chip.tiles=8.5"
                                     << "hardware.chip.tiles"
                                     << "not an integer";
        QTest::newRow("out of range") << "hardware.chip.tiles=0,8"
                                      << "hardware.chip.tiles"
                                      << "out of range";
        QTest::newRow("repeat") << "hardware.chip.tiles=8,8"
                                << "hardware.chip.tiles"
                                << "given twice";
        QTest::newRow("stop < start") << "hardware.chip.tiles=64..8:+8"
                                      << "hardware.chip.tiles"
                                      << "below START";
        QTest::newRow("factor 1") << "hardware.macro.rows=64..512:*1"
                                  << "hardware.macro.rows"
                                  << "greater than 1";
        QTest::newRow("factor < 1") << "hardware.macro.rows=64..512:*0.5"
                                    << "hardware.macro.rows"
                                    << "greater than 1";
        QTest::newRow("zero step") << "hardware.frequency_mhz=100..500:+0"
                                   << "hardware.frequency_mhz"
                                   << "must be positive";
        QTest::newRow("negative step") << "hardware.frequency_mhz=100..500:+-5"
                                       << "hardware.frequency_mhz"
                                       << "must be positive";
        QTest::newRow("no step") << "hardware.frequency_mhz=100..500"
                                 << "hardware.frequency_mhz"
                                 << ":*FACTOR or :+STEP";
        QTest::newRow("bad step sign") << "hardware.frequency_mhz=100..500:/2"
                                       << "hardware.frequency_mhz"
                                       << "*FACTOR or +STEP";
        QTest::newRow("nan") << "hardware.frequency_mhz=100..nan:+1"
                             << "hardware.frequency_mhz"
                             << "not a finite number";
        QTest::newRow("range too wide") << "hardware.chip.tiles=1..5000:+1"
                                        << "hardware.chip.tiles"
                                        << "valid range";
        QTest::newRow("too many values") << "hardware.dram.bandwidth_gbps=1..90000:+0.01"
                                         << "hardware.dram.bandwidth_gbps"
                                         << "more than 1000000";
        QTest::newRow("integer step") << "hardware.chip.tiles=8..64:+1.5"
                                      << "hardware.chip.tiles"
                                      << "STEP must be an integer";
        QTest::newRow("list key") << "baselines=orin-nano"
                                  << "baselines"
                                  << "cannot be swept";
        QTest::newRow("bad choice") << "mapping.strategy=fastest"
                                    << "mapping.strategy"
                                    << "unknown";
    }

    void malformedVaryIsRejectedNamingTheKey() {
        QFETCH(QString, arg);
        QFETCH(QString, key);
        QFETCH(QString, says);
        try {
            parse_sweep({arg.toStdString()});
            QFAIL("accepted");
        } catch (const InputError& e) {
            QCOMPARE(e.problems().size(), std::size_t{1});
            const Problem& p = e.problems().front();
            QCOMPARE(QString::fromStdString(p.file), QStringLiteral("--vary"));
            QCOMPARE(QString::fromStdString(p.key), key);
            QVERIFY2(QString::fromStdString(p.to_string()).contains(says), p.to_string().c_str());
            QVERIFY(!p.valid.empty());
        }
    }

    void sweepSizeIsBounded() {
        // 1000 x 1001 = 1,001,000 points: each axis is fine, the product is not.
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 parse_sweep({"hardware.chip.tiles=1..1000:+1", "hardware.frequency_mhz=1..1001:+1"}));
        QCOMPARE(parse_sweep({"hardware.chip.tiles=1..1000:+1", "hardware.frequency_mhz=1..1000:+1"}).point_count(),
                 std::uint64_t{1000000});
        QVERIFY_THROWS_EXCEPTION(InputError, parse_sweep({"hardware.chip.tiles=8", "hardware.chip.tiles=16"}));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_sweep({}));
    }

    void pointsRunFirstAxisSlowest() {
        const SweepSpec spec = parse_sweep({"hardware.chip.tiles=8,16", "hardware.macro.rows=64,128,256"});
        QCOMPARE(spec.point_count(), std::uint64_t{6});
        QCOMPARE(spec.point_indices(0), (std::vector<std::size_t>{0, 0}));
        QCOMPARE(spec.point_indices(2), (std::vector<std::size_t>{0, 2}));
        QCOMPARE(spec.point_indices(3), (std::vector<std::size_t>{1, 0}));
        QCOMPARE(spec.point_indices(5), (std::vector<std::size_t>{1, 2}));
    }

    void rowsMatchDirectSimulationAndInvalidPointsCarryTheirProblem() {
        const Config base = base_config();
        const SweepSpec spec = parse_sweep({"hardware.chip.tiles=4,8,16", "mapping.active_tiles=auto,6"});
        SweepOptions options;
        options.jobs = 2;
        const auto rows = run_sweep(base, spec, options);
        QCOMPARE(rows.size(), std::size_t{6});
        const ModelSpec model = load_zoo_model("qwen3-0.6b");
        for (const auto& row : rows) {
            const auto idx = spec.point_indices(row.index);
            const auto tiles = std::get<std::int64_t>(spec.axes[0].values[idx[0]]);
            const bool fixed = idx[1] == 1;
            if (fixed && tiles <= 6) {  // 6 computing tiles need at least 7
                QVERIFY(!row.metrics);
                QVERIFY2(QString::fromStdString(row.error).contains("mapping.active_tiles"), row.error.c_str());
                continue;
            }
            QVERIFY2(row.metrics.has_value(), row.error.c_str());
            QVERIFY(row.error.empty());
            Config c = base;
            c.hardware.chip.tiles = static_cast<int>(tiles);
            if (fixed) c.mapping.active_tiles = 6;
            const SimulationResult direct = simulate(c, model, SimOptions{Evaluator::analytical});
            QCOMPARE(row.metrics->decode_tokens_per_s, direct.decode_tokens_per_s);
            QCOMPARE(row.metrics->energy_per_token_j, direct.energy_per_token_j);
            QCOMPARE(row.metrics->area_mm2, direct.area_mm2);
            if (fixed) QCOMPARE(row.metrics->active_tiles, std::int64_t{6});
        }
    }

    void moreBandwidthNeverDecodesSlower() {
        const SweepSpec spec = parse_sweep({"hardware.dram.bandwidth_gbps=10..200:*1.5"});
        const auto rows = run_sweep(base_config(), spec, {});
        QVERIFY(rows.size() >= 8);
        for (std::size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i].metrics->decode_tokens_per_s >= rows[i - 1].metrics->decode_tokens_per_s * (1 - 1e-12));
    }

    void resultsAreIdenticalForAnyThreadCount() {
        const SweepSpec spec = parse_sweep(
            {"hardware.chip.tiles=4..64:*2", "hardware.macro.rows=64..512:*2", "mapping.active_tiles=auto,8"});
        std::string text[3];
        for (int jobs : {1, 2, 3}) {
            SweepOptions options;
            options.jobs = jobs;
            std::ostringstream out;
            write_sweep_csv(spec, run_sweep(base_config(), spec, options), out);
            text[jobs - 1] = out.str();
        }
        QCOMPARE(text[0], text[1]);
        QCOMPARE(text[0], text[2]);
    }

    void csvIsRfc4180AndJsonKeepsTypes() {
        const SweepSpec spec = parse_sweep({"hardware.chip.tiles=4,8", "mapping.active_tiles=auto,6"});
        const auto rows = run_sweep(base_config(), spec, {});
        std::ostringstream csv;
        write_sweep_csv(spec, rows, csv);
        const auto records = csv_records(csv.str());
        QCOMPARE(records.size(), std::size_t{5});
        const auto& header = records[0];
        QCOMPARE(header.front(), std::string("hardware.chip.tiles"));
        QCOMPARE(header.back(), std::string("error"));
        for (const char* name :
             {"decode_tokens_per_s", "energy_per_token_j", "tokens_per_j", "area_mm2", "average_power_w"})
            QVERIFY2(std::find(header.begin(), header.end(), name) != header.end(), name);
        for (const auto& r : records) QCOMPARE(r.size(), header.size());
        // tiles 4 with 6 active: the error text holds commas, so it must have been quoted.
        QVERIFY(records[2].back().find(',') != std::string::npos);
        QVERIFY(csv.str().find("\r\n") != std::string::npos);

        std::ostringstream json;
        write_sweep_json(spec, rows, json);
        const QJsonArray array = QJsonDocument::fromJson(QByteArray::fromStdString(json.str())).array();
        QCOMPARE(array.size(), 4);
        QVERIFY(array[0].toObject()["hardware.chip.tiles"].isDouble());
        QCOMPARE(array[0].toObject()["mapping.active_tiles"].toString(), QStringLiteral("auto"));
        QVERIFY(array[0].toObject()["error"].isNull());
        QVERIFY(array[0].toObject()["decode_tokens_per_s"].toDouble() > 0);
        QVERIFY(array[1].toObject()["error"].isString());
        QVERIFY(array[1].toObject()["decode_tokens_per_s"].isNull());
    }

    void progressCountsEveryPointAndCancelSkipsTheRest() {
        const SweepSpec spec = parse_sweep({"hardware.chip.tiles=4..64:+4"});
        std::atomic<bool> cancel{false};
        std::uint64_t calls = 0, last = 0;
        SweepOptions options;
        options.jobs = 2;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            ++calls;
            QVERIFY(done > last && total == 16);
            last = done;
        };
        (void)run_sweep(base_config(), spec, options);
        QCOMPARE(calls, std::uint64_t{16});
        QCOMPARE(last, std::uint64_t{16});

        cancel = true;
        options.cancel = &cancel;
        options.progress = {};
        const auto rows = run_sweep(base_config(), spec, options);
        QCOMPARE(rows.size(), std::size_t{16});
        for (const auto& row : rows) {
            QVERIFY(!row.metrics);
            QVERIFY(row.error.find("cancelled") != std::string::npos);
            QCOMPARE(row.values.size(), std::size_t{1});
        }
    }

    void anUnknownModelFailsOnlyItsRows() {
        const SweepSpec spec = parse_sweep({"workload.model=qwen3-0.6b,no-such-model"});
        const auto rows = run_sweep(base_config(), spec, {});
        QVERIFY(rows[0].metrics.has_value());
        QVERIFY(!rows[1].metrics.has_value());
        QVERIFY2(rows[1].error.find("no-such-model") != std::string::npos, rows[1].error.c_str());
    }

    void threadPoolRunsEveryIndexOnceAndPropagatesErrors() {
        for (int threads : {1, 2, 4}) {
            ThreadPool pool(threads);
            QCOMPARE(pool.size(), threads);
            for (int round = 0; round < 20; ++round) {  // reuse the same workers
                std::vector<std::atomic<int>> hits(1000);
                pool.parallel_for(hits.size(), [&](std::size_t i) { hits[i].fetch_add(1); });
                for (const auto& h : hits) QCOMPARE(h.load(), 1);
            }
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, pool.parallel_for(100, [](std::size_t i) {
                if (i == 37) throw std::runtime_error("boom");
            }));
            std::atomic<int> after{0};
            pool.parallel_for(10, [&](std::size_t) { after.fetch_add(1); });  // still usable
            QCOMPARE(after.load(), 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
