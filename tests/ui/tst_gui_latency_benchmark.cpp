// Edit -> repainted on the default preset, measured by the latency probe that
// `edgecim --latency-probe` uses: the Overview's cards and the pipeline timeline, for
// single edits (each waits for the last result) and for a drag (an edit every 40 ms, as
// the value scrubber sends them), with the event loop run as the application runs it.
// Prints n, mean, p99 and max; no timing asserts
// (machines differ), so it carries the bench label and is out of the default run.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <ctime>

#include "app_shell/latency_probe.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {
constexpr int kEdits = 120;      // >= 100, so p99 is not simply the worst sample
constexpr int kDragStepMs = 40;  // the drag robot's and a 25 Hz pointer's pace

// Runs the event loop like the application does (it sleeps only until the next event),
// until pred() or timeout_ms. QTest::qWait/qWaitFor sleep 10 ms between passes, which
// would add up to 10 ms to every stage measured here.
template <typename Pred>
bool spinUntil(Pred pred, int timeout_ms) {
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() >= timeout_ms) return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);  // the probe's 5 ms tick wakes it
    }
    return true;
}

// CPU time of the calling (UI) thread: unlike the latencies it hardly depends on what
// else the machine runs, so it compares two builds on a busy machine.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void print(const char* what, const std::vector<double>& ms) {
    const LatencyStats s = latencyStats(ms);
    std::printf("BENCH %-40s n %4zu  mean %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", what, s.n, s.mean_ms, s.p99_ms,
                s.max_ms);
}
}  // namespace

class TestGuiLatencyBenchmark : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editToRepainted_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("drag");
        for (const char* view : {"overview", "timeline"})
            for (bool drag : {false, true})
                QTest::addRow("%s/%s", view, drag ? "drag" : "single") << QString::fromLatin1(view) << drag;
    }

    void editToRepainted() {
        QFETCH(QString, view);
        QFETCH(bool, drag);
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.tabs()->setCurrentWidget(w.tabs()->view(view));
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy() && w.tabs()->lastDetail(); }, 20000));
        LatencyProbe probe(&w, dir.filePath(QStringLiteral("latency.log")));
        QVERIFY(probe.isOpen());
        const bool cards = view == QLatin1String("overview");
        const auto& samples = cards ? probe.editToCardsMs() : probe.editToTimelineMs();
        const auto& results = cards ? probe.editToOverviewResultMs() : probe.editToDetailResultMs();

        const double cpu_before_ms = threadCpuMs();
        for (int i = 0; i < kEdits; ++i) {
            // Up and down between 60 and 120 GB/s: every view's numbers change each time.
            const double gbps = 60.0 + 2.0 * (i % 30 < 15 ? i % 30 : 30 - i % 30);
            QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", gbps + 0.5 * (i % 2)));
            if (drag) {
                QElapsedTimer step;
                step.start();
                spinUntil([&] { return step.elapsed() >= kDragStepMs; }, kDragStepMs + 1000);
            } else {
                const std::size_t before = results.size(), painted = samples.size();
                QVERIFY(spinUntil([&] { return results.size() > before && !w.controller()->isBusy(); }, 20000));
                // A repaint that does not come is reported below (no samples), not here.
                spinUntil([&] { return samples.size() > painted; }, 2000);
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 20000));
        QTest::qWait(100);
        const double cpu_per_edit_ms = (threadCpuMs() - cpu_before_ms) / kEdits;
        if (samples.empty()) {  // say why before failing: the probe's own log
            QFile log(dir.filePath(QStringLiteral("latency.log")));
            if (log.open(QIODevice::ReadOnly)) std::printf("%s\n", log.readAll().right(3000).constData());
        }
        QVERIFY(!samples.empty());
        const QByteArray label = (view + (drag ? QStringLiteral(" drag") : QStringLiteral(" single"))).toLatin1();
        print(QByteArray(label + " edit->repainted").constData(), samples);
        print(QByteArray(label + " edit->result").constData(), results);
        print(QByteArray(label + " UI-thread delay per 5 ms tick").constData(), probe.uiThreadDelaysMs());
        // Everything the UI thread did per edit: results, layout, paint, the probe's ticks.
        std::printf("BENCH %-40s %6.2f ms\n", QByteArray(label + " UI-thread CPU per edit").constData(),
                    cpu_per_edit_ms);
    }
};

QTEST_MAIN(TestGuiLatencyBenchmark)
#include "tst_gui_latency_benchmark.moc"
