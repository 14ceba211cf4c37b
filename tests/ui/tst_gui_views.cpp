// The main window end to end (offscreen): every view shows data after a run, the
// models pass QAbstractItemModelTester, an edit changes the KPIs, and --screenshot
// writes one non-blank 1600x1000 PNG per view.
#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <optional>
#include <set>

#include "app_shell/main_window.hpp"
#include "app_shell/screenshot_runner.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"
#include "gui_test_support.hpp"
#include "models/parameter_model.hpp"
#include "plot/bar_chart.hpp"
#include "plot/heatmap_chart.hpp"
#include "plot/palette.hpp"
#include "plot/timeline_chart.hpp"
#include "plot/timeline_plottable.hpp"
#include "plot/xy_chart.hpp"
#include "views/comparison_view.hpp"
#include "views/energy_view.hpp"
#include "views/overview_view.hpp"
#include "views/parameter_panel.hpp"
#include "views/sweep_view.hpp"
#include "views/timeline_view.hpp"
#include "views/utilization_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;
using gui_test::waitForAllResults;

class TestGuiViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyViewHasDataAfterARun() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(waitForAllResults(w));
        ViewTabs* tabs = w.tabs();
        QVERIFY(tabs->overview()->hasResult());
        QVERIFY(tabs->overview()->kpiText(QStringLiteral("tokens_per_s")).contains(QLatin1String("tokens/s")));
        QVERIFY(tabs->overview()->roofline()->plottableCount() >= 2);
        // Each view is opened as a user opens it: a hidden tab shows its results once shown.
        tabs->setCurrentWidget(tabs->timeline());
        TimelineChart* timeline = tabs->timeline()->chart();
        QVERIFY(timeline->spanCount() > 10000);
        QVERIFY(timeline->rowCount() > 4);
        timeline->replotNow();
        QVERIFY(timeline->plottable()->lastDrawnRects() > 0);
        // Pixel merging keeps the painted rectangles far below the record count.
        QVERIFY(timeline->plottable()->lastDrawnRects() < timeline->spanCount());
        tabs->setCurrentWidget(tabs->utilization());
        QVERIFY(tabs->utilization()->byLayer()->rowCount() > 0);
        QVERIFY(tabs->utilization()->byLayer()->columnCount() > 0);
        QVERIFY(tabs->utilization()->byTime()->columnCount() > 0);
        tabs->setCurrentWidget(tabs->energy());
        BarChart* components = tabs->energy()->byComponent();
        QCOMPARE(components->categoryCount(), 2);
        QVERIFY(components->categoryTotal(1) > components->categoryTotal(0));  // system includes DRAM
        QVERIFY(tabs->energy()->byOpKind()->plottableCount() > 0);
        tabs->setCurrentWidget(tabs->comparison());
        QCOMPARE(tabs->comparison()->throughput()->categoryCount(), 12);
        QVERIFY(tabs->comparison()->efficiency()->plottableCount() > 0);
        QVERIFY(!tabs->sweep()->chart()->series().empty());
        QVERIFY(tabs->sweep()->chart()->series().front().x.size() >= 5);
    }

    // An edit updates the view on screen only; a hidden view shows the latest result the
    // moment its tab is opened (what keeps an edit's layout and repaint to the visible tab).
    void hiddenViewsCatchUpWhenOpened() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(waitForAllResults(w));
        ViewTabs* tabs = w.tabs();
        tabs->setCurrentWidget(tabs->energy());
        tabs->setCurrentWidget(tabs->comparison());
        tabs->setCurrentWidget(tabs->overview());
        const ResultPtr before = tabs->lastOverview();
        QCOMPARE(tabs->energy()->result(), before);

        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 80.0));
        QVERIFY(waitForAllResults(w));
        const ResultPtr after = tabs->lastOverview();
        QVERIFY(after && after != before);
        QCOMPARE(tabs->overview()->result(), after);  // on screen: updated at once
        QCOMPARE(tabs->energy()->result(), before);   // hidden: not touched by the edit
        QCOMPARE(tabs->comparison()->currentResult(), before);
        QVERIFY(tabs->comparison()->comparison() != tabs->lastComparison());

        tabs->setCurrentWidget(tabs->energy());
        QCOMPARE(tabs->energy()->result(), after);
        tabs->setCurrentWidget(tabs->comparison());
        QCOMPARE(tabs->comparison()->currentResult(), after);
        QCOMPARE(tabs->comparison()->comparison(), tabs->lastComparison());
        // Both tokens/s charts name the new bandwidth's result, not the old one.
        QCOMPARE(tabs->comparison()->throughput()->categoryCount(), 12);
    }

    // Fraction of pixels (sampled every 3) painted in the compute colour. Sub-pixel spans
    // are bars of the busy fraction's height in the activity's own colour, never a blend.
    static double computeShadeFraction(const QImage& image) {
        const QRgb compute = palette::activity(Activity::compute).rgb();
        int hits = 0, all = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3, ++all)
                if (image.pixel(x, y) == compute) ++hits;
        return all ? static_cast<double>(hits) / all : 0.0;
    }

    static bool shown(TimelineChart& chart, int width, int height) {
        chart.resize(width, height);
        chart.show();
        return QTest::qWaitForWindowExposed(&chart);
    }

    // One event-simulated step of the default chip with `tiles` tiles; DRAM bandwidth scaled
    // by `bandwidth_factor` (a DRAM-bound step gets about that much shorter).
    static std::shared_ptr<const SimulationResult> timelineRun(int tiles, const char* model = "qwen2.5-0.5b",
                                                               TimelinePhase phase = TimelinePhase::decode,
                                                               double bandwidth_factor = 1.0) {
        Config c = default_config();
        c.hardware.chip.tiles = tiles;
        c.hardware.dram.bandwidth_gbps *= bandwidth_factor;
        SimOptions o;
        o.event_timeline_step_only = true;
        o.timeline_phase = phase;
        return std::make_shared<const SimulationResult>(simulate(c, load_zoo_model(model), o));
    }

    // 256 tiles: 516 Gantt rows of about a pixel, rasterised into one image on screen and
    // in PNG exports: the rows are there, and a 2x export paints the same share of pixels.
    // Two upright labels wider than their category (the Energy view at 1366x768) overlapped:
    // in a narrow chart each word gets its own line, in a wide one they stay on one line.
    void barLabelsWrapOnlyWhenTheyDoNotFit() {
        const auto labels = [](BarChart& chart) {
            QStringList out;
            auto ticker = chart.customPlot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
            for (const QString& label : ticker->ticks()) out << label;
            return out;
        };
        BarChart chart;
        BarChartData data;  // the Energy view's chart: stacked, its legend right of the bars
        data.categories = {QStringLiteral("chip boundary"), QStringLiteral("system boundary")};
        data.stacked = true;
        data.highlighted_category = 1;  // marked "▶ ", the marker stays on the first line
        for (const char* name : {"CIM MACs", "DRAM weight reads", "DRAM activation spills"})
            data.series.push_back({QString::fromLatin1(name), Qt::blue, {1.0, 2.0}, {}, false});
        chart.setBars(data);
        chart.resize(380, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replotNow();
        QCOMPARE(labels(chart), (QStringList{QStringLiteral("chip\nboundary"), QStringLiteral("▶ system\nboundary")}));
        QCOMPARE(chart.customPlot()->xAxis->tickLabelRotation(), 0.0);
        chart.resize(900, 300);
        chart.replotNow();
        QCOMPARE(labels(chart), (QStringList{QStringLiteral("chip boundary"), QStringLiteral("▶ system boundary")}));
        // Four categories (with a reference) where even a word is wider than its category:
        // vertical, one line each.
        data.categories << QStringLiteral("reference: chip") << QStringLiteral("reference: system");
        for (BarSeries& s : data.series) s.values = {1.0, 2.0, 1.0, 2.0};
        chart.setBars(data);
        chart.resize(300, 300);
        chart.replotNow();
        QCOMPARE(chart.customPlot()->xAxis->tickLabelRotation(), 90.0);
        QCOMPARE(labels(chart).last(), QStringLiteral("reference: system"));
    }

    // The labels above the groups ("0.84×") of a narrow chart ran into each other: hidden
    // while they do not fit (the hover gives them), shown again when the chart is wider.
    void groupLabelsHideWhenCrowded() {
        const auto shown = [](BarChart& chart) {
            int visible = 0;
            for (int i = 0; i < chart.customPlot()->itemCount(); ++i)
                if (auto* t = qobject_cast<QCPItemText*>(chart.customPlot()->item(i)); t && t->visible()) ++visible;
            return visible;
        };
        BarChart chart;
        BarChartData data;
        for (int i = 0; i < 12; ++i) {
            data.categories << QStringLiteral("model-%1").arg(i);
            data.annotations << QStringLiteral("0.%1×").arg(80 + i);
        }
        data.series.push_back({QStringLiteral("a"), Qt::blue, std::vector<double>(12, 1.0), {}, false});
        data.series.push_back({QStringLiteral("b"), Qt::gray, std::vector<double>(12, 2.0), {}, false});
        chart.setBars(data);
        chart.resize(1400, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replotNow();
        QCOMPARE(shown(chart), 12);
        chart.resize(300, 400);
        chart.replotNow();
        QCOMPARE(shown(chart), 0);
        const QRect rect = chart.customPlot()->axisRect()->rect();
        const QPoint at(static_cast<int>(chart.customPlot()->xAxis->coordToPixel(3)), rect.center().y());
        QHelpEvent help(QEvent::ToolTip, at, chart.customPlot()->mapToGlobal(at));
        QApplication::sendEvent(chart.customPlot(), &help);
        QVERIFY2(chart.lastHoverText().contains(QStringLiteral("0.83×")), qPrintable(chart.lastHoverText()));
        chart.resize(1400, 400);
        chart.replotNow();
        QCOMPARE(shown(chart), 12);
    }

    void manyTileTimelineIsPaintedAtAnyScale() {
        TimelineChart chart;
        QVERIFY(shown(chart, 1400, 1000));
        chart.setTimeline(timelineRun(256));
        chart.replotNow();
        QCOMPARE(chart.rowCount(), 4 + 2 * 256);
        QVERIFY(chart.plottable()->lastDrawnRects() > 0);
        const double on_screen = computeShadeFraction(chart.grab().toImage());
        const QImage one = chart.customPlot()->toPixmap(1400, 1000, 1.0).toImage();
        const QImage two = chart.customPlot()->toPixmap(1400, 1000, 2.0).toImage();
        QCOMPARE(two.size(), QSize(2800, 2000));
        const double f1 = computeShadeFraction(one), f2 = computeShadeFraction(two);
        qInfo("compute-shade pixels: screen %.3f, PNG 1x %.3f, PNG 2x %.3f", on_screen, f1, f2);
        QVERIFY2(on_screen > 0.005, qPrintable(QString::number(on_screen)));  // ~1.5 %: compute is sub-pixel
        QVERIFY2(std::abs(f2 / f1 - 1) < 0.15, qPrintable(QStringLiteral("%1 vs %2").arg(f1).arg(f2)));
    }

    // Row labels fit the height the chart is laid out at: every row when there is room,
    // every k-th (k even) when not; an export at another size labels for its own height.
    void timelineRowLabelsFollowTheDrawnHeight() {
        TimelineChart chart;
        QVERIFY(shown(chart, 900, 1000));
        chart.setTimeline(timelineRun(32));
        chart.replotNow();
        QCOMPARE(chart.rowLabelStride(), 1);  // 68 rows in ~800 px
        chart.resize(900, 350);
        chart.replotNow();
        const int small = chart.rowLabelStride();
        QVERIFY2(small > 1 && small % 2 == 0, qPrintable(QString::number(small)));
        (void)chart.customPlot()->toPixmap(900, 1200);
        QCOMPARE(chart.rowLabelStride(), 1);  // the export's own layout
        chart.replotNow();
        QCOMPARE(chart.rowLabelStride(), small);
        chart.setTimeline(timelineRun(256));
        chart.resize(900, 1000);
        chart.replotNow();
        QVERIFY(chart.rowLabelStride() > 1 && chart.rowLabelStride() % 2 == 0);
    }

    // Wheel zooms time, Shift+wheel zooms rows (clamped to the chart, >= 4 rows); a zoom
    // survives the next result (scrubbing while looking at one layer); reset shows all.
    void timelineZoomRowsAndKeepZoomAcrossResults() {
        TimelineChart chart;
        QVERIFY(shown(chart, 1200, 900));
        chart.setTimeline(timelineRun(256));
        chart.replotNow();
        QCustomPlot* plot = chart.customPlot();
        const QCPRange all_rows = plot->yAxis->range(), all_time = plot->xAxis->range();
        const QPointF centre = plot->axisRect()->rect().center();
        const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
            QWheelEvent e(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120 * 3), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(plot, &e);
        };
        wheel(Qt::ShiftModifier);
        QVERIFY(plot->yAxis->range().size() < all_rows.size() * 0.9);
        QCOMPARE(plot->xAxis->range(), all_time);
        wheel(Qt::NoModifier);
        QVERIFY(plot->xAxis->range().size() < all_time.size() * 0.9);
        const QCPRange rows = plot->yAxis->range();
        const double from_s = plot->xAxis->range().lower / 1e3, to_s = plot->xAxis->range().upper / 1e3;  // ms axis
        plot->yAxis->setRange(-50, -40);  // off the chart: clamped back, at least 4 rows
        QVERIFY(plot->yAxis->range().lower >= -0.5 && plot->yAxis->range().size() >= 4 - 1e-9);
        plot->yAxis->setRange(rows);
        chart.setTimeline(timelineRun(256));  // a new result of the same chip
        QCOMPARE(plot->yAxis->range(), rows);
        QVERIFY(std::abs(plot->xAxis->range().lower / 1e3 - from_s) < 1e-12);
        QVERIFY(std::abs(plot->xAxis->range().upper / 1e3 - to_s) < 1e-12);
        chart.resetZoom();
        QCOMPARE(plot->yAxis->range(), all_rows);
        QCOMPARE(plot->xAxis->range(), all_time);
        chart.setTimeline(timelineRun(32));  // other resources: all rows again
        QCOMPARE(plot->yAxis->range().size(), 68.0);
    }

    // Hovering empty space between the spans of a drawn timeline shows no tooltip (it said
    // "No timeline yet"); "No timeline yet" is what hovering a chart without data says.
    void emptyMessageIsTheTooltipOnlyWhileTheChartIsEmpty() {
        TimelineChart chart;
        QVERIFY(shown(chart, 1200, 900));
        QCustomPlot* plot = chart.customPlot();
        const auto hover = [&](QPoint at) {
            QTest::mouseMove(plot, at);
            QHelpEvent help(QEvent::ToolTip, at, plot->mapToGlobal(at));
            QApplication::sendEvent(plot, &help);
            return chart.lastHoverText();
        };
        chart.setTimeline(timelineRun(32));
        chart.replotNow();
        // Along the first tile's compute row: spans say what they are, gaps say nothing.
        const int y = static_cast<int>(plot->yAxis->coordToPixel(5));
        int spans = 0;
        std::optional<QPoint> gap;
        for (int x = plot->axisRect()->left(); x < plot->axisRect()->right(); x += 3) {
            const QString text = hover(QPoint(x, y));
            QVERIFY2(!text.contains(QLatin1String("No timeline yet")), qPrintable(text));
            if (!text.isEmpty()) ++spans;
            if (text.isEmpty() && !gap) gap = QPoint(x, y);
        }
        QVERIFY(spans > 0 && gap);
        // Over a gap the shown tooltip says nothing new and goes away (Qt hides it after a
        // short delay).
        QVERIFY(hover(*gap).isEmpty());
        QVERIFY2(!QToolTip::text().contains(QLatin1String("No timeline yet")), qPrintable(QToolTip::text()));
        QTRY_VERIFY2(!QToolTip::isVisible(), qPrintable(QToolTip::text()));

        chart.setTimeline(nullptr);  // no data: the message
        QVERIFY2(hover(*gap).startsWith(QLatin1String("No timeline yet")), qPrintable(chart.lastHoverText()));
        QVERIFY(QToolTip::isVisible() && QToolTip::text().startsWith(QLatin1String("No timeline yet")));
    }

    // The XY charts (Overview roofline, Sweep lines) keep their legend out of the plot area
    // at small window sizes: an inset legend hid roofline zoo points and the top-right end
    // of rising sweeps. Every entry stays inside the chart.
    void xyLegendsNeverCoverTheData() {
        for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(waitForAllResults(w));
            for (QWidget* view :
                 {w.tabs()->view(QStringLiteral("overview")), w.tabs()->view(QStringLiteral("sweep"))}) {
                w.tabs()->setCurrentWidget(view);
                QApplication::processEvents();
                XYChart* chart =
                    view == w.tabs()->overview() ? w.tabs()->overview()->roofline() : w.tabs()->sweep()->chart();
                chart->replotNow();
                QCustomPlot* plot = chart->customPlot();
                QCPLegend* legend = plot->legend;
                const QString where =
                    QStringLiteral("%1 at %2x%3").arg(chart->title()).arg(size.width()).arg(size.height());
                QVERIFY2(legend->visible() && legend->itemCount() >= 2, qPrintable(where));
                QVERIFY2(!legend->outerRect().intersects(plot->axisRect()->rect()), qPrintable(where));
                for (int i = 0; i < legend->itemCount(); ++i)
                    QVERIFY2(plot->viewport().contains(legend->item(i)->outerRect()), qPrintable(where));
            }
        }
    }

    // The time zoom survives only results of the same model and phase whose step still
    // holds the window and took about as long (a parameter tweak); anything else, e.g. a
    // model change or File > Open of a much slower preset, shows the whole new step.
    void timelineZoomResetsWhenTheStepIsAnotherOne() {
        TimelineChart chart;
        QVERIFY(shown(chart, 1200, 900));
        QCustomPlot* plot = chart.customPlot();
        const auto fullStep = [&] {
            return std::abs(plot->xAxis->range().lower) < 1e-9 &&
                   std::abs(plot->xAxis->range().upper / chart.keyScale() / chart.shownDurationS() - 1) < 1e-9;
        };
        // Zooms to [from, to] of the shown step (fractions) and returns the window in seconds.
        const auto zoom = [&](double from, double to) {
            const double d = chart.shownDurationS() * chart.keyScale();
            plot->xAxis->setRange(from * d, to * d);
            return QCPRange(plot->xAxis->range().lower / chart.keyScale(),
                            plot->xAxis->range().upper / chart.keyScale());
        };
        const auto keptSeconds = [&](const QCPRange& window_s) {
            return std::abs(plot->xAxis->range().lower / chart.keyScale() - window_s.lower) < 1e-12 &&
                   std::abs(plot->xAxis->range().upper / chart.keyScale() - window_s.upper) < 1e-12;
        };
        const auto base = timelineRun(32);
        chart.setTimeline(base);
        QVERIFY(fullStep());

        // A tweak: 20 % more DRAM bandwidth, a window early in the step stays.
        QCPRange window = zoom(0.1, 0.3);
        const auto faster = timelineRun(32, "qwen2.5-0.5b", TimelinePhase::decode, 1.2);
        QVERIFY(faster->timeline.duration_s < base->timeline.duration_s);
        chart.setTimeline(faster);
        QVERIFY(keptSeconds(window));
        // The same tweak back, and a window at the end of the longer step: it lies outside
        // the shorter one, so the whole shorter step is shown.
        chart.setTimeline(base);
        QVERIFY(keptSeconds(window));
        zoom(0.8, 0.99);
        chart.setTimeline(faster);
        QVERIFY(fullStep());

        // Another model on the same chip (same rows): the whole step, the row zoom stays.
        zoom(0.1, 0.3);
        plot->yAxis->setRange(2, 12);
        const QCPRange rows = plot->yAxis->range();
        chart.setTimeline(timelineRun(32, "qwen3-0.6b"));
        QVERIFY(fullStep());
        QCOMPARE(plot->yAxis->range(), rows);

        // The prefill instead of a decode step.
        zoom(0.1, 0.3);
        chart.setTimeline(timelineRun(32, "qwen3-0.6b", TimelinePhase::prefill));
        QVERIFY(fullStep());

        // Same model and phase, but a step twice as long (half the DRAM bandwidth): the old
        // window still lies inside it, yet it would show a much smaller share of the step.
        chart.setTimeline(base);
        zoom(0.1, 0.3);
        const auto slower = timelineRun(32, "qwen2.5-0.5b", TimelinePhase::decode, 0.5);
        QVERIFY(slower->timeline.duration_s > base->timeline.duration_s * TimelineChart::kKeepZoomRatio);
        chart.setTimeline(slower);
        QVERIFY(fullStep());
    }

    void anEditChangesTheKpis() {
        MainWindow w;
        w.show();
        QVERIFY(waitForAllResults(w));
        const QString before = w.tabs()->overview()->kpiText(QStringLiteral("tokens_per_s"));
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 136.6));
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.tabs()->overview()->kpiText(QStringLiteral("tokens_per_s")) != before);
        w.document()->undoStack()->undo();
        QVERIFY(waitForAllResults(w));
        QCOMPARE(w.tabs()->overview()->kpiText(QStringLiteral("tokens_per_s")), before);
    }

    void invalidConfigurationPausesSimulation() {
        MainWindow w;
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.document()->setParameter("hardware.macro.rows", std::int64_t{16}));
        QVERIFY(w.document()->setParameter("hardware.macro.rows_written_per_cycle", std::int64_t{64}));
        QVERIFY(!w.document()->problems().empty());
        QVERIFY(!w.controller()->hasInput());
    }

    void modelPickerListsTheZoo() {
        MainWindow w;
        auto* combo = w.findChild<QComboBox*>(QStringLiteral("modelCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 12);
        QVERIFY(combo->itemText(0).contains(QLatin1String("params")));
        QVERIFY(w.document()->setParameter("workload.model", std::string("qwen3-0.6b")));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("qwen3-0.6b"));
    }

    void modelsPassTheTester() {
        MainWindow w;
        QAbstractItemModelTester source(w.parameters()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(w.parameters()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.document()->setParameter("hardware.chip.tiles", std::int64_t{16});
        w.parameters()->proxy()->setFilterFixedString(QStringLiteral("dram"));
        w.document()->undoStack()->undo();
        w.parameters()->proxy()->setFilterFixedString(QString());
    }

    void screenshotModeWritesEveryView() {
        QTemporaryDir dir;
        MainWindow w;
        ScreenshotRunner runner(&w, dir.path());
        QSignalSpy finished(&runner, &ScreenshotRunner::finished);
        w.resize(ScreenshotRunner::kWidth, ScreenshotRunner::kHeight);
        w.show();
        runner.start(30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 40000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        // Per view, the window and the view alone; plus window.png and state.json.
        QCOMPARE(runner.writtenFiles().size(), 2 * ViewTabs::viewIds().size() + 2);
        QCOMPARE(QImage(dir.filePath(QStringLiteral("window.png"))).size(), w.size());
        QImage previous;
        for (const QString& id : ViewTabs::viewIds()) {
            const QImage window(dir.filePath(QStringLiteral("window-%1.png").arg(id)));
            QCOMPARE(window.size(), w.size());
            QVERIFY2(window != previous, qPrintable(id));  // its own tab, not the one before
            previous = window;
            const QImage image(dir.filePath(id + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), qPrintable(id));
            QCOMPARE(image.size(), QSize(ScreenshotRunner::kWidth, ScreenshotRunner::kHeight));
            std::set<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 looks blank").arg(id)));
        }
    }
};

QTEST_MAIN(TestGuiViews)
#include "tst_gui_views.moc"
