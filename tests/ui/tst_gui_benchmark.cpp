// Edit -> all visible views repainted, for every zoo model. Prints the figures; no
// timing asserts (machines differ). The edit is a DRAM bandwidth change, which
// invalidates every view; the time includes the 30 ms debounce, the evaluations on
// worker threads, and a synchronous replot of the visible charts.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <cstdio>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "edgecim/model_zoo.hpp"
#include "plot/plot_widget.hpp"
#include "views/timeline_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;

class TestGuiBenchmark : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editToRepaint_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("tiles");
        for (const std::string& name : zoo_model_names())
            for (const char* view : {"overview", "timeline"})
                QTest::addRow("%s/%s", name.c_str(), view)
                    << QString::fromStdString(name) << QString::fromLatin1(view) << 32;
        // A many-tile chip: 516 Gantt rows of about one pixel each.
        QTest::addRow("qwen3-4b/timeline/256-tiles") << QStringLiteral("qwen3-4b") << QStringLiteral("timeline") << 256;
    }

    void editToRepaint() {
        QFETCH(QString, model);
        QFETCH(QString, view);
        QFETCH(int, tiles);
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        w.tabs()->setCurrentWidget(w.tabs()->view(view));
        QVERIFY(w.document()->setParameter("workload.model", model.toStdString()));
        QVERIFY(w.document()->setParameter("hardware.chip.tiles", std::int64_t{tiles}));
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 20000));
        QTest::qWait(50);

        constexpr int kEdits = 5;
        double total_ms = 0, worst_ms = 0, result_ms = 0, paint_ms = 0, eval_ms = 0, edit_ms = 0, ui_ms = 0;
        const bool timeline = view == QLatin1String("timeline");
        for (int i = 0; i < kEdits; ++i) {
            // Wait on the signal itself (no polling): the view's data has arrived and been
            // handed to the charts when it fires.
            QEventLoop loop;
            double job_ms = 0;
            const auto done = [&](ResultPtr, double ms) {
                job_ms = ms;
                loop.quit();
            };
            const QMetaObject::Connection c =
                timeline ? connect(w.controller(), &SimulationController::detailReady, &loop, done)
                         : connect(w.controller(), &SimulationController::overviewReady, &loop, done);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 60.0 + 5.0 * i));
            edit_ms += static_cast<double>(timer.nsecsElapsed()) / 1e6;
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            disconnect(c);
            const double arrived = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            for (PlotWidget* plot : w.tabs()->currentWidget()->findChildren<PlotWidget*>()) plot->replotNow();
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            total_ms += ms;
            worst_ms = std::max(worst_ms, ms);
            result_ms += arrived;
            paint_ms += ms - arrived;
            eval_ms += job_ms;
            if (timeline) ui_ms += w.tabs()->timeline()->lastUpdateMs();
            QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 20000));
        }
        std::printf(
            "BENCH edit->repaint %-15s %-8s %3d tiles mean %6.1f ms  worst %6.1f ms  | result in %5.1f ms "
            "(edit handling %4.1f ms, evaluation %5.1f ms, debounce 30 ms, timeline hand-over %4.1f ms), "
            "repaint %5.1f ms\n",
            qPrintable(model), qPrintable(view), tiles, total_ms / kEdits, worst_ms, result_ms / kEdits,
            edit_ms / kEdits, eval_ms / kEdits, ui_ms / kEdits, paint_ms / kEdits);
    }
};

QTEST_MAIN(TestGuiBenchmark)
#include "tst_gui_benchmark.moc"
