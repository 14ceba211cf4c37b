// The Sweep and Paper views: the GUI's sweep rows equal core's run_sweep and the CLI's
// `sweep` for the same axes; the Paper view's numbers equal `edgecim-cli reproduce`'s;
// robots hover every point and heatmap cell, wheel and drag, switch 1-D/2-D, and type
// bad ranges (which must produce a visible message, never a clamped sweep).
#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <sstream>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/paper_evaluation.hpp"
#include "controller/simulation_controller.hpp"
#include "controller/sweep_evaluation.hpp"
#include "document/document.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "gui_test_support.hpp"
#include "plot/bar_chart.hpp"
#include "plot/sweep_heatmap.hpp"
#include "plot/xy_chart.hpp"
#include "views/paper_view.hpp"
#include "views/sweep_axis_editor.hpp"
#include "views/sweep_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

bool waitForAllResults(MainWindow& w, int timeout_ms = 60000) {
    QSignalSpy overview(w.controller(), &SimulationController::overviewReady);
    QSignalSpy sweep(w.controller(), &SimulationController::sweepReady);
    return QTest::qWaitFor([&] { return overview.count() > 0 && sweep.count() > 0 && !w.controller()->isBusy(); },
                           timeout_ms);
}

// The sweep the controller delivers once nothing newer is queued.
bool waitForSweep(MainWindow& w, int timeout_ms = 60000) {
    QSignalSpy sweep(w.controller(), &SimulationController::sweepReady);
    return QTest::qWaitFor([&] { return sweep.count() > 0 && !w.controller()->isBusy(); }, timeout_ms);
}

QString hoverAt(PlotWidget* chart, const QPointF& pos) {
    QCustomPlot* plot = chart->customPlot();
    QTest::mouseMove(plot, pos.toPoint());
    QHelpEvent help(QEvent::ToolTip, pos.toPoint(), plot->mapToGlobal(pos.toPoint()));
    QApplication::sendEvent(plot, &help);
    return chart->lastHoverText();
}

void wheelAndDrag(PlotWidget* chart) {
    QCustomPlot* plot = chart->customPlot();
    const QPoint centre = plot->axisRect()->rect().center();
    for (int notches : {3, -5}) {
        QWheelEvent e(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &e);
    }
    QTest::mousePress(plot, Qt::LeftButton, {}, centre);
    for (int step = 1; step <= 5; ++step) QTest::mouseMove(plot, centre + QPoint(step * 12, step * 4));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(60, 20));
    chart->resetZoom();
    chart->replotNow();
}

std::string csv(const SweepSpec& spec, const std::vector<SweepRow>& rows) {
    std::ostringstream out;
    write_sweep_csv(spec, rows, out);
    return out.str();
}

QByteArray runCli(const QStringList& args, int* exit_code) {
    QProcess cli;
    cli.start(QStringLiteral(EDGECIM_CLI_PATH), args);
    if (!cli.waitForFinished(120000)) return {};
    *exit_code = cli.exitCode();
    return cli.readAllStandardOutput();
}

// EDGECIM_SHOT_DIR=DIR saves the window as the user sees it (for looking at layouts).
void maybeShoot(QWidget& window, const char* name) {
    const QString dir = qEnvironmentVariable("EDGECIM_SHOT_DIR");
    if (dir.isEmpty()) return;
    for (PlotWidget* plot : window.findChildren<PlotWidget*>()) plot->replotNow();
    QApplication::processEvents();
    window.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)); }

}  // namespace

class TestGuiSweepPaper : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        gui_test::dropPlatformNoise();
    }

    void axisTextIsTheCliValueText() {
        QCOMPARE(axis_values_text({"workload.prompt_tokens", 128, 32768, 0, AxisSpacing::doubling}),
                 std::string("128..32768:*2"));
        // Linear on an integer key: rounded, repeats dropped, both ends exactly as typed.
        QCOMPARE(axis_values_text({"hardware.chip.tiles", 1, 4, 7, AxisSpacing::linear}), std::string("1,2,3,4"));
        QCOMPARE(axis_values_text({"hardware.dram.bandwidth_gbps", 10, 1000, 3, AxisSpacing::log}),
                 std::string("10.0,100.0,1000.0"));
        const SweepSpec spec = build_sweep_spec(default_sweep_request());
        QCOMPARE(spec.axes.size(), std::size_t{1});
        QCOMPARE(spec.axes.front().values.size(), std::size_t{9});  // 128 ... 32768
    }

    void badRangesAreRefusedWithTheValidRange_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("spacing");
        QTest::addColumn<QString>("expected");
        const int lin = static_cast<int>(AxisSpacing::linear), dbl = static_cast<int>(AxisSpacing::doubling);
        QTest::newRow("above max") << "workload.prompt_tokens" << 128.0 << 1e9 << 4 << lin << "131072";
        // Integer keys are said as whole numbers ("FROM 0", not "FROM 0.0").
        QTest::newRow("below min") << "workload.prompt_tokens" << 0.0 << 128.0 << 4 << lin
                                   << "FROM 0 is outside the valid range";
        QTest::newRow("tiles from 0") << "hardware.chip.tiles" << 0.0 << 8.0 << 4 << lin
                                      << "FROM 0 is outside the valid range (valid: integer in [1, 4096] tiles)";
        QTest::newRow("tiles to 8192") << "hardware.chip.tiles" << 8.0 << 8192.0 << 4 << lin
                                       << "TO 8192 is outside the valid range";
        QTest::newRow("to < from") << "hardware.chip.tiles" << 64.0 << 8.0 << 4 << lin << "below FROM";
        QTest::newRow("fraction") << "hardware.chip.tiles" << 1.5 << 8.0 << 4 << lin << "whole numbers";
        QTest::newRow("steps") << "hardware.chip.tiles" << 1.0 << 8.0 << 500 << lin << "steps";
        QTest::newRow("x2 from 0") << "hardware.macro.leakage_mw" << 0.0 << 100.0 << 4 << dbl << "positive";
        QTest::newRow("unknown") << "hardware.chip.tilez" << 1.0 << 8.0 << 4 << lin << "unknown key";
    }
    void badRangesAreRefusedWithTheValidRange() {
        QFETCH(QString, key);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, steps);
        QFETCH(int, spacing);
        QFETCH(QString, expected);
        SweepRequest request;
        request.axes.push_back({key.toStdString(), from, to, steps, static_cast<AxisSpacing>(spacing)});
        try {
            (void)build_sweep_spec(request);
            QFAIL("accepted");
        } catch (const InputError& e) {
            const QString text = QString::fromStdString(problems_text(e.problems()));
            QVERIFY2(text.contains(expected) && text.contains(key), qPrintable(text));
        }
    }

    void guiSweepEqualsCoreAndCli() {
        Config config = default_config();
        const EvaluationInput input{config, resolve_model(config.workload.model, {})};
        SweepRequest request;
        request.axes.push_back({"hardware.chip.tiles", 8, 64, 0, AxisSpacing::doubling});
        request.axes.push_back({"workload.prompt_tokens", 128, 4096, 4, AxisSpacing::linear});
        const SweepOutcome gui = evaluate_sweep(input, request);
        QCOMPARE(gui.rows.size(), std::size_t{16});
        std::vector<std::string> vary;
        for (const SweepAxisRequest& axis : request.axes) vary.push_back(axis.key + "=" + axis_values_text(axis));
        const SweepSpec core_spec = parse_sweep(vary);
        const auto core_rows = run_sweep(config, core_spec, SweepOptions{});
        const std::string gui_csv = csv(gui.spec, gui.rows);
        QCOMPARE(gui_csv, csv(core_spec, core_rows));

        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("design.yaml"));
        save_config(config, preset.toStdString());
        QStringList args{QStringLiteral("sweep"), QStringLiteral("--config"), preset, QStringLiteral("--format"),
                         QStringLiteral("csv")};
        for (const std::string& v : vary) args << QStringLiteral("--vary") << QString::fromStdString(v);
        int code = -1;
        const QByteArray cli = runCli(args, &code);
        QCOMPARE(code, 0);
        QCOMPARE(cli.toStdString(), gui_csv);
        // And the command line the view prints computes the same rows.
        QVERIFY(QString::fromStdString(sweep_command_line(gui.spec))
                    .contains(QLatin1String("--vary hardware.chip.tiles=8,16,32,64")));
    }

    // The 1-D sweep's hover and caption: an integer key's value as a whole number with its
    // unit, and the caption in user words (the CLI command), no internal function names.
    void sweepHoverAndCaptionSayItPlainly() {
        Config config = default_config();
        const EvaluationInput input{config, resolve_model(config.workload.model, {})};
        SweepRequest request;
        request.axes.push_back({"hardware.chip.tiles", 8, 128, 0, AxisSpacing::doubling});
        SweepView view;
        view.resize(1000, 700);
        view.setSweep(std::make_shared<const SweepOutcome>(evaluate_sweep(input, request)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        XYChart* chart = view.chart();
        chart->replotNow();
        QCPGraph* graph = chart->customPlot()->graph(0);
        QCOMPARE(graph->dataCount(), 5);
        const QString text = hoverAt(chart, graph->dataPixelPosition(4));
        QVERIFY2(text.contains(QLatin1String("128 tiles")) && !text.contains(QLatin1String("128.0")), qPrintable(text));
        bool caption = false;
        for (const QLabel* label : view.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QLatin1String("run_sweep")), qPrintable(label->text()));
            caption = caption || label->text().contains(QLatin1String("computed as edgecim-cli sweep --vary "
                                                                      "hardware.chip.tiles=8,16,32,64,128"));
        }
        QVERIFY(caption);
    }

    void pointsBeyondTheContextAreGapsWithAReason() {
        Config config = default_config();
        const EvaluationInput input{config, resolve_model(config.workload.model, {})};
        SweepRequest request;
        const double beyond = static_cast<double>(std::min<std::int64_t>(input.model.max_context * 2, 131072));
        request.axes.push_back({"workload.prompt_tokens", 128, beyond, 0, AxisSpacing::doubling});
        const SweepOutcome out = evaluate_sweep(input, request);
        const std::size_t expected = build_sweep_spec(request).axes.front().values.size();
        QCOMPARE(out.rows.size(), expected);  // never dropped, never clamped
        int gaps = 0;
        for (const SweepRow& row : out.rows) {
            if (row.metrics) continue;
            ++gaps;
            QVERIFY2(QString::fromStdString(row.error).contains(QLatin1String("context")), row.error.c_str());
        }
        QVERIFY(gaps >= 1);
    }

    void sweepViewRobot() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForAllResults(w));
        ViewTabs* tabs = w.tabs();
        SweepView* view = tabs->sweep();
        tabs->setCurrentWidget(view);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("&Sweep"));
        QCOMPARE(view->objectName(), QStringLiteral("sweep"));
        QVERIFY(view->sweep());
        QCOMPARE(view->sweep()->spec.axes.front().key, std::string("workload.prompt_tokens"));  // the default

        // Prompt length beyond the model's context: a gap marker that says why.
        const double context = 2.0 * static_cast<double>(w.document()->model()->max_context);
        SweepAxisEditor* x = view->axisEditor(0);
        x->toEdit()->setText(QString::number(std::min(context, 131072.0)));
        view->applyNow();
        QVERIFY(waitForSweep(w));
        XYChart* chart = view->chart();
        chart->replotNow();
        QCustomPlot* plot = chart->customPlot();
        int hovered = 0, gaps = 0;
        for (int g = 0; g < plot->graphCount(); ++g) {
            QCPGraph* graph = plot->graph(g);
            for (int k = 0; k < graph->dataCount(); ++k) {
                const QPointF at = graph->dataPixelPosition(k);
                if (!std::isfinite(at.x()) || !std::isfinite(at.y())) continue;  // a NaN gap in a line
                if (!plot->axisRect()->rect().contains(at.toPoint())) continue;
                const QString text = hoverAt(chart, at);
                QVERIFY2(!text.isEmpty(), qPrintable(graph->name()));
                ++hovered;
                if (text.contains(QLatin1String("not evaluated"))) {
                    ++gaps;
                    QVERIFY2(text.contains(QLatin1String("context")), qPrintable(text));
                }
            }
        }
        QVERIFY(hovered > 10);
        // File › Export › Chart image offers the chart shown, not the hidden heatmap.
        QCOMPARE(tabs->currentCharts(), QList<PlotWidget*>{chart});
        maybeShoot(w, "sweep-1d");
        QVERIFY(gaps >= 1);
        wheelAndDrag(chart);

        // Bad input: a visible message, the last sweep stays, no request goes out.
        QSignalSpy requests(view, &SweepView::requestChanged);
        x->fromEdit()->clear();
        QTest::keyClicks(x->fromEdit(), QStringLiteral("abc"));
        QTRY_VERIFY(!view->inputMessage().isEmpty());
        QVERIFY2(view->inputMessage().contains(QLatin1String("not a number")), qPrintable(view->inputMessage()));
        x->fromEdit()->setText(QStringLiteral("64"));
        x->toEdit()->setText(QStringLiteral("999999"));
        view->applyNow();
        QVERIFY2(view->inputMessage().contains(QLatin1String("131072")), qPrintable(view->inputMessage()));
        QCOMPARE(requests.count(), 0);
        QVERIFY(view->findChild<QLabel*>() != nullptr);
        x->toEdit()->setText(QStringLiteral("4096"));
        view->applyNow();
        QVERIFY(view->inputMessage().isEmpty());
        QCOMPARE(requests.count(), 1);
        QVERIFY(waitForSweep(w));

        // Latest only: three requests in a row, the delivered sweep is the last one.
        x->toEdit()->setText(QStringLiteral("1024"));
        view->applyNow();
        x->toEdit()->setText(QStringLiteral("2048"));
        view->applyNow();
        x->toEdit()->setText(QStringLiteral("512"));
        view->applyNow();
        QVERIFY(waitForSweep(w));
        QCOMPARE(view->sweep()->spec.axes.front().labels.back(), std::string("512"));

        // 2-D: a heatmap; every cell explains itself.
        view->setDimensions(2);
        QVERIFY(waitForSweep(w));
        QCOMPARE(view->sweep()->spec.axes.size(), std::size_t{2});
        SweepHeatmap* heat = view->heatmap();
        QVERIFY(heat->isVisible());
        QVERIFY(!chart->isVisible());
        QCOMPARE(tabs->currentCharts(), QList<PlotWidget*>{heat});
        heat->replotNow();
        QVERIFY(heat->rowCount() > 1 && heat->columnCount() > 1);
        for (int r = 0; r < heat->rowCount(); ++r)
            for (int c = 0; c < heat->columnCount(); ++c) {
                const QString text = hoverAt(heat, heat->cellCentre(r, c));
                QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("cell %1,%2").arg(r).arg(c)));
                QVERIFY2(text.contains(heat->heatmap().row_values[r].toHtmlEscaped()), qPrintable(text));
            }
        view->setMetrics(QStringLiteral("bound"));
        heat->replotNow();
        const QString bound = hoverAt(heat, heat->cellCentre(0, 0));
        bool named = false;  // one of core's Bound names, not a number
        for (const char* b : {"dram", "network", "macro_write", "compute", "sfu", "vector_unit"})
            named = named || bound.startsWith(QStringLiteral("<b>%1</b>").arg(QLatin1String(b)));
        QVERIFY2(named, qPrintable(bound));
        maybeShoot(w, "sweep-2d");
        wheelAndDrag(heat);
        // The view's CSV is the CLI's for the same rows.
        std::ostringstream out;
        write_sweep_csv(view->sweep()->spec, view->sweep()->rows, out);
        QCOMPARE(view->csvText(), out.str());

        // Back to 1-D and to the default prompt-length sweep.
        view->resetToPromptSweep();
        QVERIFY(waitForSweep(w));
        QCOMPARE(view->sweep()->spec.axes.size(), std::size_t{1});
        QVERIFY(chart->isVisible());
        QVERIFY(w.isVisible());
    }

    void referenceOverlayIsDashed() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(waitForAllResults(w));
        QString error;
        QVERIFY2(w.pinCurrentAsReference(&error), qPrintable(error));
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 136.6));
        QVERIFY(waitForAllResults(w));
        QVERIFY(!w.tabs()->sweep()->sweep()->reference_rows.empty());
        bool dashed = false;
        for (const XYSeries& s : w.tabs()->sweep()->chart()->series())
            dashed = dashed || (s.name.startsWith(QLatin1String("reference ")) && s.dashed);
        QVERIFY(dashed);
    }

    void paperViewEqualsCliReproduce() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PaperView* paper = w.tabs()->paper();
        QVERIFY(paper);
        QCOMPARE(paper->objectName(), QStringLiteral("paper"));
        QVERIFY(ViewTabs::viewIds().contains(QStringLiteral("paper")));
        QSignalSpy ready(paper, &PaperView::reproductionReady);
        w.tabs()->setCurrentWidget(paper);  // first show starts it
        QVERIFY(ready.wait(120000) || ready.count() > 0);
        const auto r = paper->reproduction();
        QVERIFY(r);

        int code = -1;
        const QByteArray out =
            runCli({QStringLiteral("reproduce"), QStringLiteral("--format"), QStringLiteral("json")}, &code);
        QVERIFY(code == 0 || code == 1);  // 1: a headline outside its tolerance (still a result)
        const QJsonObject cli = QJsonDocument::fromJson(out).object();
        const QJsonArray headlines = cli.value(QStringLiteral("headlines")).toArray();
        QCOMPARE(static_cast<std::size_t>(headlines.size()), r->headlines.size());
        QCOMPARE(paper->headlineTable()->rowCount(), headlines.size());
        for (int i = 0; i < headlines.size(); ++i) {
            const QJsonObject h = headlines[i].toObject();
            const HeadlineComparison& g = r->headlines[static_cast<std::size_t>(i)];
            QCOMPARE(h.value(QStringLiteral("claim")).toString().toStdString(), g.claim);
            QVERIFY(close(h.value(QStringLiteral("paper")).toDouble(), g.paper));
            QVERIFY(close(h.value(QStringLiteral("simulated")).toDouble(), g.simulated));
            QCOMPARE(h.value(QStringLiteral("within_tolerance")).toBool(), g.within_tolerance());
            // The table shows these numbers.
            QVERIFY(close(paper->headlineTable()->item(i, 2)->data(Qt::UserRole).toDouble(), g.simulated));
            QCOMPARE(paper->headlineTable()->item(i, 6)->text(),
                     g.within_tolerance() ? QStringLiteral("pass") : QStringLiteral("FAIL"));
        }
        for (const char* key : {"orin_gain_system_boundary", "orin_speedup_equal_bandwidth", "implied_orin_power_w",
                                "measured_orin_power_w", "gain_at_measured_power"}) {
            QVERIFY2(cli.contains(QLatin1String(key)), key);
        }
        QVERIFY(close(cli.value(QStringLiteral("orin_gain_system_boundary")).toDouble(), r->orin_gain_system_boundary));
        QVERIFY(close(cli.value(QStringLiteral("orin_speedup_equal_bandwidth")).toDouble(),
                      r->orin_speedup_equal_bandwidth));
        QVERIFY(close(paper->honestTable()->item(0, 1)->data(Qt::UserRole).toDouble(), r->orin_gain_system_boundary));
        QVERIFY(
            close(paper->honestTable()->item(1, 1)->data(Qt::UserRole).toDouble(), r->orin_speedup_equal_bandwidth));
        const QJsonArray models = cli.value(QStringLiteral("models")).toArray();
        QCOMPARE(static_cast<std::size_t>(models.size()), r->models.size());
        QCOMPARE(paper->modelTable()->rowCount(), models.size());
        for (int i = 0; i < models.size(); ++i) {
            const ModelComparison& m = r->models[static_cast<std::size_t>(i)];
            const QJsonObject j = models[i].toObject().value(QStringLiteral("edgecim")).toObject();
            QVERIFY2(close(j.value(QStringLiteral("tokens_per_s")).toDouble(), m.tokens_per_s), m.model.c_str());
            QVERIFY(close(j.value(QStringLiteral("tokens_per_j_system")).toDouble(), m.tokens_per_j_system));
            QVERIFY(close(paper->modelTable()->item(i, 1)->data(Qt::UserRole).toDouble(), m.tokens_per_s));
        }

        maybeShoot(w, "paper");
        // Robot over the deviation bars: every bar names its claim.
        BarChart* chart = paper->chart();
        chart->replotNow();
        QCustomPlot* plot = chart->customPlot();
        QVERIFY(plot->plottableCount() > 0);
        int bars = 0;
        for (int p = 0; p < plot->plottableCount(); ++p) {
            auto* b = qobject_cast<QCPBars*>(plot->plottable(p));
            if (!b) continue;
            for (int k = 0; k < b->dataCount(); ++k) {
                const QPointF top = b->dataPixelPosition(k);
                const QPointF inside = top + QPointF(0, b->valueAxis()->coordToPixel(0) > top.y() ? 2 : -2);
                const QString text = hoverAt(chart, inside);
                QVERIFY2(text.contains(QString::fromStdString(r->headlines[static_cast<std::size_t>(k)].claim)
                                           .toHtmlEscaped()
                                           .left(20)),
                         qPrintable(text + QStringLiteral(" at %1,%2 in %3x%4")
                                               .arg(inside.x())
                                               .arg(inside.y())
                                               .arg(plot->axisRect()->rect().width())
                                               .arg(plot->axisRect()->rect().height())));
                ++bars;
            }
        }
        QCOMPARE(bars, static_cast<int>(r->headlines.size()));
        wheelAndDrag(chart);
    }

    void paperViewNumbersEqualCoreForTheCurrentDesign() {
        MainWindow w;
        w.show();
        PaperView* paper = w.tabs()->paper();
        QSignalSpy ready(paper, &PaperView::reproductionReady);
        paper->setSource(PaperView::Source::current_design);
        QVERIFY(ready.wait(120000) || ready.count() > 0);
        const PaperReproduction core = evaluate_paper(w.document()->config());
        QCOMPARE(paper->reproduction()->headlines.size(), core.headlines.size());
        for (std::size_t i = 0; i < core.headlines.size(); ++i)
            QCOMPARE(paper->reproduction()->headlines[i].simulated, core.headlines[i].simulated);
    }

    void loadPaperPresetIsOneUndoableEdit() {
        MainWindow w;
        w.show();
        const Config before = w.document()->config();
        PaperView* paper = w.tabs()->paper();
        const int undo_before = w.document()->undoStack()->count();
        QTest::mouseClick(paper->loadButton(), Qt::LeftButton);
        const Config paper_config = paper_preset_config();
        QVERIFY(w.document()->config().hardware == paper_config.hardware);
        QVERIFY(w.document()->config().mapping == paper_config.mapping);
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->undoStack()->count(), undo_before + 1);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->config().hardware == before.hardware);
        QVERIFY(w.document()->config().workload == before.workload);
    }
};

QTEST_MAIN(TestGuiSweepPaper)
#include "tst_gui_sweep_paper.moc"
