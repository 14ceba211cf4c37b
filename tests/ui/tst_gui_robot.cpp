// A GUI robot (offscreen): for every view of the main window and at several data
// states (default preset, another model, after edits), move the mouse over a grid of
// points and over every data point of every plottable, ask for the tooltip through the
// real QEvent::ToolTip path, wheel (plain and Shift), drag and double-click. The test
// fails when the process dies (the hover-text crash class) or when a point that lies on
// a bar, a graph point or a heatmap cell gets no hover text.
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "gui_test_support.hpp"
#include "plot/plot_widget.hpp"
#include "views/dse_view.hpp"
#include "views/paper_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;
using gui_test::waitForAllResults;

namespace {

constexpr double kPointRadiusPx = 6;  // a graph point this close is "under the mouse"

// True when pos (plot widget pixels) lies on a bar, near a graph data point or inside
// a heatmap's cells: there the chart must explain what is under the mouse.
bool onPlottable(QCustomPlot* plot, const QPointF& pos) {
    if (!plot->axisRect()->rect().contains(pos.toPoint())) return false;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        if (!p->visible()) continue;
        if (auto* graph = qobject_cast<QCPGraph*>(p)) {
            for (int k = 0; k < graph->dataCount(); ++k) {
                const QPointF at = graph->dataPixelPosition(k);
                if (QLineF(at, pos).length() < kPointRadiusPx) return true;
            }
        } else if (auto* bars = qobject_cast<QCPBars*>(p)) {
            const double d = bars->selectTest(pos, false);
            if (d >= 0 && d < plot->selectionTolerance()) {
                // selectTest also hits within the tolerance around a bar; require the inside.
                const QPointF inset[] = {pos + QPointF(2, 0), pos - QPointF(2, 0), pos + QPointF(0, 2),
                                         pos - QPointF(0, 2)};
                bool inside = true;
                for (const QPointF& q : inset) inside = inside && bars->selectTest(q, false) >= 0;
                if (inside) return true;
            }
        } else if (auto* map = qobject_cast<QCPColorMap*>(p)) {
            const double d = map->selectTest(pos, false);
            if (d >= 0 && d < plot->selectionTolerance()) return true;
        }
    }
    return false;
}

// Every data point of every plottable in pixels, so each one is hovered at least once
// whatever the grid spacing.
QList<QPointF> dataPoints(QCustomPlot* plot) {
    QList<QPointF> points;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        if (auto* graph = qobject_cast<QCPGraph*>(p)) {
            for (int k = 0; k < graph->dataCount(); ++k) points << graph->dataPixelPosition(k);
        } else if (auto* bars = qobject_cast<QCPBars*>(p)) {
            for (int k = 0; k < bars->dataCount(); ++k) {
                // dataPixelPosition is the bar's top centre: step 2 px into the bar.
                const QPointF top = bars->dataPixelPosition(k);
                const QPointF base = bars->valueAxis()->coordToPixel(0) > top.y() ? QPointF(0, 2) : QPointF(0, -2);
                points << top + base;
            }
        } else if (auto* map = qobject_cast<QCPColorMap*>(p)) {
            const int nx = map->data()->keySize(), ny = map->data()->valueSize();
            for (int x = 0; x < nx; x += std::max(1, nx / 12))
                for (int y = 0; y < ny; y += std::max(1, ny / 12)) {
                    double key = 0, value = 0;
                    map->data()->cellToCoord(x, y, &key, &value);
                    points << QPointF(map->keyAxis()->coordToPixel(key), map->valueAxis()->coordToPixel(value));
                }
        }
    }
    return points;
}

// The offscreen platform cannot raise a tooltip window; each hover would log that.
struct HoverTally {
    int probes = 0, on_plottable = 0, with_text = 0;
    QStringList silent;  // points on a plottable without hover text
};

void hover(PlotWidget* chart, const QPointF& pos, HoverTally& tally) {
    QCustomPlot* plot = chart->customPlot();
    QTest::mouseMove(plot, pos.toPoint());
    QHelpEvent help(QEvent::ToolTip, pos.toPoint(), plot->mapToGlobal(pos.toPoint()));
    QApplication::sendEvent(plot, &help);
    const QString text = chart->lastHoverText();
    ++tally.probes;
    if (!text.isEmpty()) ++tally.with_text;
    if (onPlottable(plot, pos.toPoint())) {
        ++tally.on_plottable;
        if (text.isEmpty() && tally.silent.size() < 5)
            tally.silent << QStringLiteral("%1 at (%2, %3)").arg(chart->title()).arg(pos.x()).arg(pos.y());
    }
}

void wheel(QWidget* target, const QPointF& pos, int notches, Qt::KeyboardModifiers modifiers) {
    QWheelEvent e(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, modifiers,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &e);
}

// Hover a grid and every data point, then wheel, drag and double-click, then hover again
// (zoomed and panned), then reset the zoom.
HoverTally exercise(PlotWidget* chart) {
    HoverTally tally;
    QCustomPlot* plot = chart->customPlot();
    chart->replotNow();
    const QRect area = plot->rect();
    const QRect axes = plot->axisRect()->rect();
    QList<QPointF> points;
    constexpr int kColumns = 14, kRows = 9;
    for (int i = 0; i <= kColumns; ++i)
        for (int j = 0; j <= kRows; ++j)
            points << QPointF(area.left() + 2 + (area.width() - 4) * i / double(kColumns),
                              area.top() + 2 + (area.height() - 4) * j / double(kRows));
    points << dataPoints(plot);
    for (const QPointF& p : points) hover(chart, p, tally);

    const QPoint centre = axes.center();
    wheel(plot, centre, 3, Qt::NoModifier);
    wheel(plot, centre, 2, Qt::ShiftModifier);
    wheel(plot, centre + QPoint(axes.width() / 4, 0), -4, Qt::NoModifier);
    wheel(plot, centre, 1, Qt::ControlModifier);
    QTest::mousePress(plot, Qt::LeftButton, {}, centre);
    for (int step = 1; step <= 6; ++step) QTest::mouseMove(plot, centre + QPoint(step * 15, step * 5));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(90, 30));
    QTest::mouseDClick(plot, Qt::LeftButton, {}, centre - QPoint(axes.width() / 5, 0));
    chart->replotNow();
    for (const QPointF& p : dataPoints(plot)) hover(chart, p, tally);
    for (int i = 0; i <= 6; ++i) hover(chart, QPointF(axes.left() + axes.width() * i / 6.0, centre.y()), tally);
    chart->resetZoom();
    chart->replotNow();
    return tally;
}

}  // namespace

class TestGuiRobot : public QObject {
    Q_OBJECT
private:
    // Every view of the window, every chart of the view: hover, wheel, drag, click.
    void sweepAllViews(MainWindow& w, const char* state) {
        ViewTabs* tabs = w.tabs();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QApplication::processEvents();
            QWidget* view = tabs->widget(t);
            // The whole view first (cards, tables, labels): moving over them must be harmless.
            for (int i = 0; i <= 8; ++i)
                for (int j = 0; j <= 6; ++j)
                    QTest::mouseMove(view, QPoint(view->width() * i / 8, view->height() * j / 6));
            const QList<PlotWidget*> charts = view->findChildren<PlotWidget*>();
            for (PlotWidget* chart : charts) {
                if (!chart->isVisible() || chart->plottableCount() == 0) continue;
                const HoverTally tally = exercise(chart);
                const QString where =
                    QStringLiteral("%1 / %2 / %3").arg(QString::fromLatin1(state), view->objectName(), chart->title());
                QVERIFY2(tally.silent.isEmpty(), qPrintable(where + QStringLiteral(": no hover text on a plottable: ") +
                                                            tally.silent.join(QStringLiteral("; "))));
                // Every chart with data explains something somewhere.
                QVERIFY2(tally.with_text > 0, qPrintable(where + QStringLiteral(": no hover text anywhere")));
                ++charts_exercised_;
                points_on_plottables_ += tally.on_plottable;
            }
            QVERIFY(w.isVisible());
        }
    }

    int charts_exercised_ = 0;
    int points_on_plottables_ = 0;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        gui_test::dropPlatformNoise();
    }

    void everyViewSurvivesTheMouseAtSeveralStates() {
        QElapsedTimer timer;
        timer.start();
        MainWindow w;
        w.resize(1366, 768);  // the smallest laptop screen the layout supports
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForAllResults(w));
        // The design-space scatter needs a search to show points.
        auto* dse = qobject_cast<DseView*>(w.tabs()->view(QStringLiteral("dse")));
        QVERIFY(dse);
        QSignalSpy searched(dse, &DseView::searchDone);
        dse->runScreenshotSearch();
        QVERIFY(searched.wait(30000) || searched.count() > 0);
        // The paper view's deviation chart needs its reproduction (computed once).
        QSignalSpy reproduced(w.tabs()->paper(), &PaperView::reproductionReady);
        w.tabs()->paper()->compute();
        QVERIFY(reproduced.wait(60000) || reproduced.count() > 0);

        sweepAllViews(w, "default preset");
        if (QTest::currentTestFailed()) return;

        QVERIFY(w.document()->setParameter("workload.model", std::string("tinyllama-1.1b")));
        QVERIFY(waitForAllResults(w));
        sweepAllViews(w, "tinyllama");
        if (QTest::currentTestFailed()) return;

        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 136.6));
        QVERIFY(w.document()->setParameter("hardware.chip.tiles", std::int64_t{16}));
        QVERIFY(waitForAllResults(w));
        sweepAllViews(w, "after edits");
        if (QTest::currentTestFailed()) return;

        // A/B: the overlays (reference point and roofline, ghost bars, dashed sweep lines).
        QString error;
        QVERIFY2(w.pinCurrentAsReference(&error), qPrintable(error));
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 51.2));
        QVERIFY(waitForAllResults(w));
        sweepAllViews(w, "with a reference");
        if (QTest::currentTestFailed()) return;

        // Covers every view with charts: overview, timeline, utilization (2), energy (2),
        // comparison (2), sweep, design space, paper, in each of the four states.
        QVERIFY2(charts_exercised_ >= 4 * 11, qPrintable(QString::number(charts_exercised_)));
        QVERIFY(points_on_plottables_ > 100);
        qInfo("robot: %d charts, %d points on plottables, %lld ms", charts_exercised_, points_on_plottables_,
              static_cast<long long>(timer.elapsed()));
    }
};

QTEST_MAIN(TestGuiRobot)
#include "tst_gui_robot.moc"
