// Live re-simulation: an edit produces a result off the UI thread with a changed KPI,
// and results of stale requests are dropped.
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <atomic>
#include <thread>

#include "controller/latest_only_runner.hpp"
#include "controller/simulation_controller.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"

using namespace edgecim;
using namespace edgecim::ui;

Q_DECLARE_METATYPE(edgecim::ui::ResultPtr)
Q_DECLARE_METATYPE(edgecim::ui::JobOutcome)

class TestGuiController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ResultPtr>(); }

    void editProducesANewResult() {
        SimulationController controller;
        QSignalSpy overview(&controller, &SimulationController::overviewReady);
        QSignalSpy detail(&controller, &SimulationController::detailReady);
        Config config = default_config();
        const ModelSpec model = load_zoo_model("llama-3.2-1b");
        controller.setInput(config, model);
        QTRY_COMPARE_WITH_TIMEOUT(overview.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail.count(), 1, 10000);
        const double before = overview.at(0).at(0).value<ResultPtr>()->decode_tokens_per_s;
        QVERIFY(!detail.at(0).at(0).value<ResultPtr>()->timeline.records.empty());

        config.hardware.dram.bandwidth_gbps *= 2;  // a DRAM-bound design gets faster
        controller.setInput(config, model);
        QTRY_COMPARE_WITH_TIMEOUT(overview.count(), 2, 10000);
        const double after = overview.at(1).at(0).value<ResultPtr>()->decode_tokens_per_s;
        QVERIFY2(after > before * 1.2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void burstsOfEditsAreCoalesced() {
        SimulationController controller;
        QSignalSpy overview(&controller, &SimulationController::overviewReady);
        const ModelSpec model = load_zoo_model("qwen2.5-0.5b");
        Config config = default_config();
        for (int tiles = 8; tiles <= 40; tiles += 4) {
            config.hardware.chip.tiles = tiles;
            controller.setInput(config, model);  // faster than the debounce: one evaluation
        }
        QTRY_COMPARE_WITH_TIMEOUT(overview.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 10000);
        QCOMPARE(overview.count(), 1);
    }

    void staleResultsAreDropped() {
        QThreadPool pool;
        LatestOnlyRunner runner(&pool);
        QSignalSpy finished(&runner, &LatestOnlyRunner::finished);
        QSignalSpy dropped(&runner, &LatestOnlyRunner::dropped);
        std::atomic<int> running{0}, max_running{0}, started{0};
        const auto job = [&](int value) {
            return [&, value]() -> std::any {
                const int now = ++running;
                max_running = std::max(max_running.load(), now);
                ++started;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                --running;
                return value;
            };
        };
        runner.submit(job(1));  // starts at once
        runner.submit(job(2));  // waits...
        runner.submit(job(3));  // ...and is replaced by this one
        const quint64 last = runner.submit(job(4));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 5000);
        QCOMPARE(finished.count(), 1);  // only the latest request is delivered
        QCOMPARE(finished.at(0).at(0).value<quint64>(), last);
        QCOMPARE(std::any_cast<int>(finished.at(0).at(1).value<JobOutcome>().value), 4);
        QCOMPARE(dropped.count(), 1);     // job 1 ran but was stale
        QCOMPARE(started.load(), 2);      // jobs 2 and 3 never ran
        QCOMPARE(max_running.load(), 1);  // at most one in flight
    }

    void failuresAreReported() {
        QThreadPool pool;
        LatestOnlyRunner runner(&pool);
        QSignalSpy finished(&runner, &LatestOnlyRunner::finished);
        runner.submit([]() -> std::any { throw std::runtime_error("boom"); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.at(0).at(1).value<JobOutcome>().error, QStringLiteral("boom"));
    }
};

QTEST_MAIN(TestGuiController)
#include "tst_gui_controller.moc"
