// The comparison view against the baseline devices, chart image exports (PNG, PDF, SVG)
// and the data exports (run JSON/CSV, comparison CSV/JSON, Chrome/Perfetto trace).
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "app_shell/export_actions.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "edgecim/config_io.hpp"
#include "export/result_files.hpp"
#include "plot/bar_chart.hpp"
#include "plot/chart_exporter.hpp"
#include "plot/export_location.hpp"
#include "views/comparison_view.hpp"
#include "views/overview_view.hpp"

using namespace edgecim::ui;

namespace {
bool waitForAllResults(MainWindow& w, int timeout_ms = 30000) {
    QSignalSpy detail(w.controller(), &SimulationController::detailReady);
    QSignalSpy comparison(w.controller(), &SimulationController::comparisonReady);
    const bool done = QTest::qWaitFor(
        [&] { return detail.count() > 0 && comparison.count() > 0 && !w.controller()->isBusy(); }, timeout_ms);
    if (done) qInfo("zoo comparison with baselines: %.1f ms (worker)", comparison.last().at(1).toDouble());
    return done;
}

const BarSeries* findSeries(const BarChart* chart, const QString& needle) {
    for (const BarSeries& s : chart->bars().series)
        if (s.name.contains(needle)) return &s;
    return nullptr;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestGuiExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        window_ = std::make_unique<MainWindow>();
        window_->resize(1600, 1000);
        window_->show();
        // Most of these tests read the Comparison view: open it, as a user would (a view in
        // a hidden tab shows its results only once opened).
        window_->tabs()->setCurrentWidget(window_->tabs()->comparison());
        QVERIFY(waitForAllResults(*window_));
    }
    void cleanupTestCase() { window_.reset(); }

    void comparisonHasBaselineBarSets() {
        ComparisonView* view = window_->tabs()->comparison();
        BarChart* tps = view->throughput();
        BarChart* tpj = view->efficiency();
        QCOMPARE(tps->categoryCount(), 12);
        // EdgeCIM + Orin Nano + Orin Nano Super + SA8255P, all with bars for tokens/s.
        QCOMPARE(static_cast<int>(tps->bars().series.size()), 4);
        QCOMPARE(tps->plottableCount(), 4);
        for (const char* device : {"Orin Nano 8GB", "Orin Nano Super", "SA8255P"}) {
            const BarSeries* s = findSeries(tps, QLatin1String(device));
            QVERIFY2(s, device);
            QCOMPARE(static_cast<int>(s->values.size()), 12);
            QVERIFY(s->values.front() > 0);
        }
        // SA8255P publishes no power: a legend entry that says so, and no tokens/J bars.
        const BarSeries* sa = findSeries(tpj, QStringLiteral("SA8255P"));
        QVERIFY(sa);
        QVERIFY(sa->legend_only);
        QVERIFY(sa->name.contains(QLatin1String("no published power")));
        QCOMPARE(tpj->plottableCount(), 3);
        // tokens/J names its boundary; the speedup labels sit above the groups.
        QVERIFY(findSeries(tpj, QStringLiteral("EdgeCIM"))->name.contains(QLatin1String("chip + DRAM")));
        QCOMPARE(tps->bars().annotations.size(), 12);
        QVERIFY(tps->bars().annotations.front().endsWith(QChar(0x00D7)));
        // All 12 short tick labels, including the last one.
        QVERIFY(tps->bars().categories.contains(QStringLiteral("qwen3-4b")));
        QCOMPARE(view->table()->rowCount(), 12);
        QVERIFY(view->summaryText().contains(QLatin1String("Speedup")));
    }

    void chartExports_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << int(ChartFormat::png) << QStringLiteral("png");
        QTest::newRow("pdf") << int(ChartFormat::pdf) << QStringLiteral("pdf");
        QTest::newRow("svg") << int(ChartFormat::svg) << QStringLiteral("svg");
    }

    void chartExports() {
        QFETCH(int, format);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        BarChart* chart = window_->tabs()->comparison()->throughput();
        // EDGECIM_EXPORT_DIR keeps the files for a look.
        const QString keep = qEnvironmentVariable("EDGECIM_EXPORT_DIR");
        const QString path = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/throughput.") + suffix;
        const ChartExportOptions options{900, 600, 192};
        QString error;
        QVERIFY2(chart_export::exportChart(*chart, path, static_cast<ChartFormat>(format), options, &error),
                 qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY(data.size() > 1000);
        switch (static_cast<ChartFormat>(format)) {
            case ChartFormat::png: {
                const QImage image(path);
                QCOMPARE(image.width(), chart_export::pngPixels(900, 192));
                QCOMPARE(image.height(), chart_export::pngPixels(600, 192));
                QCOMPARE(image.width(), 1800);
                break;
            }
            case ChartFormat::pdf:
                QVERIFY(data.startsWith("%PDF"));
                break;
            case ChartFormat::svg: {
                QXmlStreamReader xml(data);
                QString text;
                while (!xml.atEnd())
                    if (xml.readNext() == QXmlStreamReader::Characters) text += xml.text();
                QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
                QVERIFY(text.contains(QLatin1String("decode throughput [tokens/s]")));
                QVERIFY(text.contains(chart->title()));
                break;
            }
        }
    }

    void extensionFromFilterAndErrorsNameTheFile() {
        QCOMPARE(chart_export::withExtension(QStringLiteral("/tmp/a"), QStringLiteral("SVG drawing (*.svg)")),
                 QStringLiteral("/tmp/a.svg"));
        QCOMPARE(chart_export::withExtension(QStringLiteral("/tmp/a.PDF"), QStringLiteral("PDF document (*.pdf)")),
                 QStringLiteral("/tmp/a.PDF"));
        // The typed extension decides, whatever filter is selected: no "timeline.pdf.png".
        QCOMPARE(chart_export::withExtension(QStringLiteral("/tmp/timeline.pdf"), QStringLiteral("PNG image (*.png)")),
                 QStringLiteral("/tmp/timeline.pdf"));
        QCOMPARE(chart_export::formatOf(chart_export::withExtension(QStringLiteral("/tmp/timeline.pdf"),
                                                                    QStringLiteral("PNG image (*.png)"))),
                 std::optional<ChartFormat>(ChartFormat::pdf));
        QCOMPARE(chart_export::withExtension(QStringLiteral("/tmp/t.svg"), QStringLiteral("PDF document (*.pdf)")),
                 QStringLiteral("/tmp/t.svg"));
        QCOMPARE(chart_export::withExtension(QStringLiteral("/tmp/v1.2"), QStringLiteral("PDF document (*.pdf)")),
                 QStringLiteral("/tmp/v1.2.pdf"));
        QString error;
        const QString bad = QStringLiteral("/nonexistent-dir/x.png");
        QVERIFY(!chart_export::exportChart(*window_->tabs()->comparison()->throughput(), bad, ChartFormat::png, {},
                                           &error));
        QVERIFY(error.contains(QLatin1String("x.png")));
        QVERIFY(error.contains(QLatin1String("does not exist")));
    }

    void exportDialogsProposeAnExistingFolder() {
        // A remembered folder that was deleted since falls back to one that exists.
        QTemporaryDir gone;
        const QString remembered = gone.path() + QStringLiteral("/sub");
        QVERIFY(QDir().mkpath(remembered));
        export_location::remember(remembered + QStringLiteral("/x.json"));
        QCOMPARE(export_location::directory(), remembered);
        QVERIFY(QDir(remembered).removeRecursively());
        QVERIFY(QFileInfo(export_location::directory()).isDir());
        QVERIFY(QFileInfo(QFileInfo(export_location::proposedPath(QStringLiteral("r.json"))).absolutePath()).isDir());
    }

    void dataExports() {
        QTemporaryDir dir;
        ExportActions* ex = window_->exportActions();
        QString error;
        const QString run = dir.filePath(QStringLiteral("run.json"));
        QVERIFY2(ex->exportRunJson(run, &error), qPrintable(error));
        QJsonParseError parse{};
        const QJsonObject run_json = QJsonDocument::fromJson(readAll(run), &parse).object();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QVERIFY(run_json.value(QStringLiteral("decode_tokens_per_s")).toDouble() > 0);

        const QString csv = dir.filePath(QStringLiteral("run.csv"));
        QVERIFY(ex->exportRunCsv(csv, &error));
        const QList<QByteArray> lines = readAll(csv).split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines[0].endsWith('\r'));                   // RFC 4180 CRLF
        QVERIFY(lines[0].contains("decode_tokens_per_s"));  // the CLI's names (docs/cli.md)
        QCOMPARE(lines[0].count(','), lines[1].count(','));

        const QString table = dir.filePath(QStringLiteral("comparison.csv"));
        QVERIFY(ex->exportComparisonCsv(table, &error));
        const QByteArray table_csv = readAll(table);
        QCOMPARE(table_csv.count("\r\n"), 1 + 12 * 3);  // header + 12 models x 3 devices
        QVERIFY(table_csv.startsWith("model,edgecim_tokens_per_s,"));

        const QString table_json = dir.filePath(QStringLiteral("comparison.json"));
        QVERIFY(ex->exportComparisonJson(table_json, &error));
        const QJsonArray cmp = QJsonDocument::fromJson(readAll(table_json), &parse).array();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(cmp.size(), 12);
        QCOMPARE(cmp.first().toObject().value(QStringLiteral("baselines")).toObject().size(), 3);

        const QString trace = dir.filePath(QStringLiteral("trace.json"));
        QVERIFY(ex->exportTimelineTrace(trace, &error));
        const QJsonDocument trace_doc = QJsonDocument::fromJson(readAll(trace), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const QJsonArray events =
            trace_doc.isArray() ? trace_doc.array() : trace_doc.object().value(QStringLiteral("traceEvents")).toArray();
        int spans = 0;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("ph")).toString() != QLatin1String("X")) continue;
            for (const char* key : {"name", "ph", "ts", "dur", "pid", "tid"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            ++spans;
        }
        QVERIFY(spans > 1000);
    }

    void fileMenuHasTheExports() {
        QStringList texts;
        for (QAction* a : window_->exportActions()->menu()->actions()) texts << a->text().remove(QLatin1Char('&'));
        for (const char* t : {"Results as JSON…", "Results as CSV…", "Comparison Table as CSV…",
                              "Comparison Table as JSON…", "Timeline as Chrome/Perfetto Trace…"})
            QVERIFY2(texts.contains(QString::fromUtf8(t)), t);
        QCOMPARE(texts.contains(QStringLiteral("Report (PDF, HTML)…")), window_->exportActions()->hasReport());
    }

    void failedDataWriteSaysWhy() {
        QString error;
        QVERIFY(!result_files::writeAtomically(QStringLiteral("/nonexistent-dir/run.json"), "{}", &error));
        QVERIFY(error.contains(QLatin1String("run.json")));
        QVERIFY(error.size() > QStringLiteral("Cannot write /nonexistent-dir/run.json: ").size());
    }

    void csvQuoting() {
        QCOMPARE(result_files::csvRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("c")}),
                 QByteArray("\"a,b\",\"say \"\"hi\"\"\",c\r\n"));
    }

    void zooModelPastItsContextIsNotAvailableNeverShortened() {
        // Prompt 4096 + 128 generated: past TinyLlama's context of 2048 (and SA8255P's compiled
        // context of 4096). TinyLlama stays in the comparison as "n/a (reason)" at the same
        // workload; it used to be run at a prompt shortened to 1920.
        setPrompt(4096);
        const auto c = window_->tabs()->comparison()->comparison();
        QVERIFY(c);
        const edgecim::ModelComparison* tiny = c->find("tinyllama-1.1b");
        QVERIFY(tiny);
        QVERIFY(!tiny->runs());
        QCOMPARE(tiny->prompt_tokens, 4096);
        for (const edgecim::ModelComparison& m : c->models) QCOMPARE(m.prompt_tokens, 4096);
        QTableWidget* table = window_->tabs()->comparison()->table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QLatin1String("tinyllama-1.1b")) row = r;
        QVERIFY(row >= 0);
        // The cell names the limit in a few words, unelided (its column is as wide as its
        // widest cell needs); its tooltip carries the whole reason.
        // (QTableView makes sizeHintForColumn protected; QAbstractItemView's is public.)
        const QAbstractItemView* view = table;
        const auto shortCellWholeTip = [&](int r, int col, const QString& text, const std::string& reason) {
            const QTableWidgetItem* item = table->item(r, col);
            QCOMPARE(item->text(), text);
            const int needed_px = view->sizeHintForColumn(col);
            QVERIFY2(needed_px <= table->columnWidth(col), qPrintable(QStringLiteral("%1: column needs %2 px, has %3")
                                                                          .arg(item->text())
                                                                          .arg(needed_px)
                                                                          .arg(table->columnWidth(col))));
            QCOMPARE(item->toolTip(), QStringLiteral("n/a (%1)").arg(QString::fromStdString(reason)));
        };
        QVERIFY2(tiny->na_reason.find("context of 2048") != std::string::npos, tiny->na_reason.c_str());
        shortCellWholeTip(row, 1, QStringLiteral("n/a (context 2048)"), tiny->na_reason);
        if (QTest::currentTestFailed()) return;
        for (int r = 0; r < table->rowCount(); ++r)
            for (int col = 0; col < table->columnCount(); ++col)
                QVERIFY(!table->item(r, col)->toolTip().contains(QLatin1String("1920")));
        // SA8255P cannot run any model at 4224 tokens: n/a with its reason, the others run.
        const int other = row == 0 ? 1 : 0;
        const edgecim::BaselineComparison& sa = c->models[static_cast<std::size_t>(other)].baselines[2];
        QVERIFY2(sa.na_reason.find("compiled context of 4096") != std::string::npos, sa.na_reason.c_str());
        shortCellWholeTip(other, 4, QStringLiteral("n/a (compiled context 4096)"), sa.na_reason);
        if (QTest::currentTestFailed()) return;
        for (const QString& tip : window_->tabs()->comparison()->throughput()->bars().category_tooltips)
            QVERIFY2(tip.contains(QLatin1String("prompt 4096")), qPrintable(tip));
        // The overview's roofline has no point for it and says why.
        window_->tabs()->setCurrentWidget(window_->tabs()->overview());
        const QString note = window_->tabs()->overview()->zooNote();
        window_->tabs()->setCurrentWidget(window_->tabs()->comparison());
        QVERIFY2(note.contains(QLatin1String("tinyllama-1.1b: n/a (")), qPrintable(note));
    }

    void exportsAreByteIdenticalToTheCli() {
        // Still at prompt 4096, so the files carry n/a entries too. The same preset, written by
        // File > Export and by edgecim-cli, gives the same bytes.
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("preset.yaml"));
        QString error;
        QVERIFY(result_files::writeAtomically(
            preset, QByteArray::fromStdString(edgecim::save_config_text(window_->document()->config())), &error));
        ExportActions* ex = window_->exportActions();
        const QString json = dir.filePath(QStringLiteral("comparison.json"));
        const QString csv = dir.filePath(QStringLiteral("comparison.csv"));
        QVERIFY2(ex->exportComparisonJson(json, &error), qPrintable(error));
        QVERIFY2(ex->exportComparisonCsv(csv, &error), qPrintable(error));
        const QStringList compare{
            QStringLiteral("compare"),      QStringLiteral("--config"),        preset,
            QStringLiteral("--all-models"), QStringLiteral("--baseline"),      QStringLiteral("orin-nano"),
            QStringLiteral("--baseline"),   QStringLiteral("orin-nano-super"), QStringLiteral("--baseline"),
            QStringLiteral("sa8255p"),      QStringLiteral("--format")};
        const QByteArray cli_json = cliOutput(compare + QStringList{QStringLiteral("json")});
        QVERIFY(cli_json.contains("\"reason\""));
        QCOMPARE(readAll(json), cli_json);
        QCOMPARE(readAll(csv), cliOutput(compare + QStringList{QStringLiteral("csv")}));

        // File > Export > Results: the analytical result behind the cards (the event result
        // the GUI shows is simulated event by event for the shown step only, which the CLI
        // does not offer).
        const QString run_json = dir.filePath(QStringLiteral("run.json"));
        const QString run_csv = dir.filePath(QStringLiteral("run.csv"));
        QVERIFY2(ex->exportRunJson(run_json, &error), qPrintable(error));
        QVERIFY2(ex->exportRunCsv(run_csv, &error), qPrintable(error));
        const QStringList run{QStringLiteral("run"),         QStringLiteral("--config"),   preset,
                              QStringLiteral("--evaluator"), QStringLiteral("analytical"), QStringLiteral("--format")};
        QCOMPARE(readAll(run_json), cliOutput(run + QStringList{QStringLiteral("json")}));
        QCOMPARE(readAll(run_csv), cliOutput(run + QStringList{QStringLiteral("csv")}));
        QVERIFY(
            readAll(run_csv).startsWith("model,parameters,precision,prompt_tokens,generated_tokens,ttft_s,"
                                        "decode_tokens_per_s,"));
        setPrompt(128);  // back to the preset the other tests expect
    }

private:
    void setPrompt(int prompt) {
        QSignalSpy comparison(window_->controller(), &SimulationController::comparisonReady);
        QVERIFY(window_->document()->setParameterText("workload.prompt_tokens", QString::number(prompt)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto c = window_->tabs()->lastComparison();
                return comparison.count() > 0 && !window_->controller()->isBusy() && c && !c->models.empty() &&
                       c->models.front().prompt_tokens == prompt && window_->tabs()->lastOverview() &&
                       window_->tabs()->lastOverview()->prompt_tokens == prompt;
            },
            60000));
    }

    static QByteArray cliOutput(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(EDGECIM_CLI_PATH), args);
        if (!p.waitForFinished(120000)) return "timeout";
        return p.exitCode() == 0 ? p.readAllStandardOutput() : "exit " + QByteArray::number(p.exitCode());
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiExports)
#include "tst_gui_exports.moc"
