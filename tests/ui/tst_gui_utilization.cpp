// The utilization view and the prefill timeline, through the real window (offscreen):
// the reading follows the result, every heatmap cell's hover gives tile, layer or time and
// its write / compute / idle percent, the colour scale follows the data, wheel and drag
// are harmless, and the Timeline tab's Prefill box switches both views to the prefill and back.
#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>
#include <cmath>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "gui_test_support.hpp"
#include "plot/heatmap_chart.hpp"
#include "plot/timeline_chart.hpp"
#include "views/timeline_view.hpp"
#include "views/utilization_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

// Triggers a change and waits for the detail result that follows it (the views have it then).
ResultPtr nextDetail(MainWindow& w, const std::function<void()>& trigger, ResultPtr previous) {
    trigger();
    const bool ok = QTest::qWaitFor(
        [&] { return w.tabs()->lastDetail() && w.tabs()->lastDetail() != previous && !w.controller()->isBusy(); },
        60000);
    QApplication::processEvents();
    return ok ? w.tabs()->lastDetail() : nullptr;
}

QString hoverAt(HeatmapChart* chart, const QPoint& pos) {
    QCustomPlot* plot = chart->customPlot();
    QTest::mouseMove(plot, pos);
    QHelpEvent help(QEvent::ToolTip, pos, plot->mapToGlobal(pos));
    QApplication::sendEvent(plot, &help);
    return chart->lastHoverText();
}

QString pct(double f) { return QString::number(100 * f, 'f', 1); }

// Hovers the centre of every cell; the text names the tile and tells the cell's split.
void hoverEveryCell(HeatmapChart* chart, const std::vector<std::vector<double>>& write,
                    const std::vector<std::vector<double>>& compute, const std::vector<std::vector<double>>& stall,
                    const QString& column_word) {
    chart->resetZoom();
    chart->replotNow();
    auto* map = qobject_cast<QCPColorMap*>(chart->customPlot()->plottable(0));
    QVERIFY(map);
    const int cols = map->data()->keySize(), rows = map->data()->valueSize();
    QCOMPARE(rows, static_cast<int>(write.size()));
    QVERIFY(cols > 0);
    int checked = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            double key = 0, value = 0;
            map->data()->cellToCoord(c, r, &key, &value);
            const QPoint at(qRound(map->keyAxis()->coordToPixel(key)), qRound(map->valueAxis()->coordToPixel(value)));
            const QString text = hoverAt(chart, at);
            const double w = write[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            const double k = compute[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            const QString expected = QStringLiteral("write %1 %, compute %2 %, idle %3 %")
                                         .arg(pct(w), pct(k), pct(std::max(0.0, 1 - w - k)));
            // A layer is a whole number ("layer 7", not "layer 7.00").
            const QString where = column_word == QLatin1String("layer")
                                      ? QStringLiteral("tile %1, layer %2<br>").arg(r).arg(std::llround(key))
                                      : QStringLiteral("tile %1, %2 ").arg(r).arg(column_word);
            QVERIFY2(
                text.startsWith(where) && text.contains(expected),
                qPrintable(QStringLiteral("cell (%1, %2): '%3', expected '%4'").arg(r).arg(c).arg(text, expected)));
            if (!stall.empty()) {
                const QString waiting = QStringLiteral("of the idle: %1 % with weights in")
                                            .arg(pct(stall[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]));
                QVERIFY2(text.contains(waiting), qPrintable(text));
            }
            ++checked;
        }
    QCOMPARE(checked, rows * cols);
    // The outer half cells are drawn whole and hover as their cell.
    double first_key = 0, last_key = 0, value = 0;
    map->data()->cellToCoord(0, 0, &first_key, &value);
    map->data()->cellToCoord(cols - 1, 0, &last_key, &value);
    const double half = cols > 1 ? (last_key - first_key) / (cols - 1) / 2 : 0.5;
    const int y = qRound(map->valueAxis()->coordToPixel(0));
    const QString left = hoverAt(chart, QPoint(qRound(map->keyAxis()->coordToPixel(first_key - 0.8 * half)), y));
    const QString right = hoverAt(chart, QPoint(qRound(map->keyAxis()->coordToPixel(last_key + 0.8 * half)), y));
    QVERIFY2(left.startsWith(QStringLiteral("tile 0, ")), qPrintable(left));
    QVERIFY2(right.startsWith(QStringLiteral("tile 0, ")), qPrintable(right));
}

void wheelAndDrag(HeatmapChart* chart) {
    QCustomPlot* plot = chart->customPlot();
    const QPoint centre = plot->axisRect()->rect().center();
    for (auto [notches, mods] :
         {std::pair{3, Qt::KeyboardModifiers(Qt::NoModifier)}, std::pair{2, Qt::KeyboardModifiers(Qt::ShiftModifier)},
          std::pair{-5, Qt::KeyboardModifiers(Qt::NoModifier)}}) {
        QWheelEvent e(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, mods,
                      Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &e);
    }
    QTest::mousePress(plot, Qt::LeftButton, {}, centre);
    for (int s = 1; s <= 5; ++s) QTest::mouseMove(plot, centre + QPoint(s * 20, s * 6));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(100, 30));
    chart->replotNow();
    QVERIFY(!hoverAt(chart, centre).isNull());  // harmless after zoom and pan
    chart->resetZoom();
}

// UTIL_SHOTS=DIR: also saves the window at each checked state, to review by eye.
void saveShot(MainWindow& w, const SimulationResult& r) {
    const QString dir = qEnvironmentVariable("UTIL_SHOTS");
    if (dir.isEmpty()) return;
    static int n = 0;
    w.grab().save(QStringLiteral("%1/%2-%3.png")
                      .arg(dir)
                      .arg(n++)
                      .arg(QString::fromStdString(r.timeline.step).replace(QLatin1Char(' '), QLatin1Char('_'))));
}

// The views agree with the result they were given.
void checkViews(MainWindow& w, const SimulationResult& r) {
    saveShot(w, r);
    auto* util = w.tabs()->utilization();
    QCOMPARE(util->reading(), UtilizationView::readingText(r));
    QVERIFY2(util->reading().startsWith(QString::fromStdString(r.timeline.step) + QStringLiteral(": limited by ") +
                                        QString::fromUtf8(describe(r.timeline_bound).data())),
             qPrintable(util->reading()));
    QVERIFY(util->byLayer()->title().contains(QString::fromStdString(r.timeline.step)));
    QVERIFY(util->byTime()->title().contains(QString::fromStdString(r.timeline.step)));
    QVERIFY(!r.tile_stall_layers.empty());  // the detail run keeps an event timeline
    hoverEveryCell(util->byLayer(), r.tile_write_layers, r.tile_compute_layers, r.tile_stall_layers,
                   QStringLiteral("layer"));
    hoverEveryCell(util->byTime(), r.tile_write_bins, r.tile_compute_bins, r.tile_stall_bins, QStringLiteral("time"));
    wheelAndDrag(util->byLayer());
    wheelAndDrag(util->byTime());
}

}  // namespace

class TestGuiUtilization : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        gui_test::dropPlatformNoise();
    }

    void readingHoverScaleAndPrefill() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ViewTabs* tabs = w.tabs();
        ResultPtr decode = nextDetail(
            w, [] {}, nullptr);
        QVERIFY(decode);
        tabs->setCurrentWidget(tabs->utilization());
        QApplication::processEvents();
        QCOMPARE(decode->timeline_phase, TimelinePhase::decode);
        checkViews(w, *decode);
        if (QTest::currentTestFailed()) return;

        // Colour scale: from the data by default (its ends are the shown values' extremes),
        // fixed on request; every part of the split can be shown.
        UtilizationView* util = tabs->utilization();
        for (int shown = 0; shown < util->shownSelector()->count(); ++shown) {
            util->shownSelector()->setCurrentIndex(shown);
            util->scaleSelector()->setCurrentIndex(0);
            auto* map = qobject_cast<QCPColorMap*>(util->byTime()->customPlot()->plottable(0));
            double lo = 1e300, hi = -1e300;
            for (int c = 0; c < map->data()->keySize(); ++c)
                for (int r = 0; r < map->data()->valueSize(); ++r) {
                    lo = std::min(lo, map->data()->cell(c, r));
                    hi = std::max(hi, map->data()->cell(c, r));
                }
            const auto [scale_lo, scale_hi] = util->byTime()->colourRange();
            QVERIFY(scale_lo <= lo + 1e-9 && scale_hi >= hi - 1e-9);
            if (hi - lo > 1e-6) {
                QCOMPARE(scale_lo, lo);
                QCOMPARE(scale_hi, hi);
            }
            util->scaleSelector()->setCurrentIndex(1);
            QCOMPARE(util->byTime()->colourRange(), std::make_pair(0.0, 100.0));
            QCOMPARE(util->byLayer()->colourRange(), std::make_pair(0.0, 100.0));
        }
        util->shownSelector()->setCurrentIndex(0);
        util->scaleSelector()->setCurrentIndex(0);

        // Prefill and back, from the Timeline tab.
        TimelineView* timeline = tabs->timeline();
        tabs->setCurrentWidget(timeline);
        ResultPtr prefill = nextDetail(
            w, [&] { timeline->prefillSelector()->setChecked(true); }, decode);
        QVERIFY(prefill);
        QCOMPARE(prefill->timeline_phase, TimelinePhase::prefill);
        QVERIFY(prefill->timeline.step.rfind("prefill P=", 0) == 0);
        QVERIFY(!timeline->stepSelector()->isEnabled());
        QVERIFY(timeline->chart()->title().contains(QStringLiteral("prefill")));
        QVERIFY(w.controller()->timelinePrefill());
        saveShot(w, *prefill);  // the Timeline tab
        tabs->setCurrentWidget(util);
        QApplication::processEvents();
        checkViews(w, *prefill);
        if (QTest::currentTestFailed()) return;

        tabs->setCurrentWidget(timeline);
        ResultPtr back = nextDetail(
            w, [&] { timeline->prefillSelector()->setChecked(false); }, prefill);
        QVERIFY(back);
        QCOMPARE(back->timeline_phase, TimelinePhase::decode);
        QCOMPARE(back->timeline.step, decode->timeline.step);
        QVERIFY(timeline->stepSelector()->isEnabled());

        // A design the tiles limit: the reading names that resource, from the result.
        tabs->setCurrentWidget(util);
        ResultPtr fast = nextDetail(
            w, [&] { QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 2000.0)); }, back);
        QVERIFY(fast);
        QVERIFY(fast->timeline_bound != Bound::dram);
        checkViews(w, *fast);
        if (QTest::currentTestFailed()) return;

        // The prefill of a design whose macros limit it (as in tst_utilization_split).
        ResultPtr compute = nextDetail(
            w,
            [&] {
                QVERIFY(w.document()->setParameter("hardware.chip.interconnect_bits_per_cycle", std::int64_t{65536}));
                QVERIFY(w.document()->setParameter("hardware.chip.sfu_lanes", std::int64_t{512}));
                QVERIFY(w.document()->setParameter("mapping.attention", std::string("cim")));
                QVERIFY(w.document()->setParameter("workload.prompt_tokens", std::int64_t{512}));
                timeline->prefillSelector()->setChecked(true);
            },
            fast);
        QVERIFY(compute);
        QCOMPARE(compute->timeline_phase, TimelinePhase::prefill);
        QCOMPARE(compute->timeline_bound, Bound::compute);
        checkViews(w, *compute);
    }
};

QTEST_MAIN(TestGuiUtilization)
#include "tst_gui_utilization.moc"
