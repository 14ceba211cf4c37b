// The design-space tab (offscreen): a small search reports progress and fills the
// scatter generation by generation with every evaluated design and the front; cancel
// stops early and keeps the designs so far; the design being edited is a marked point
// that follows edits; a robot hovers, wheels, drags, clicks and double-clicks the
// scatter (a double-click loads a design as one undo step); the last search is saved
// and restored, and a corrupt or missing file is a message; a bad space YAML is shown
// with its line and nothing starts; quitting mid-search returns promptly.
#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <memory>

#include "controller/dse_worker.hpp"
#include "document/document.hpp"
#include "document/dse_session.hpp"
#include "plot/dse_scatter.hpp"
#include "views/dse_form.hpp"
#include "views/dse_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {
bool runToEnd(DseView& view, int timeout_ms = 60000) {
    QSignalSpy done(&view, &DseView::searchDone);
    if (!view.run()) return false;
    return QTest::qWaitFor([&] { return done.count() > 0; }, timeout_ms) && done.front().front().toBool();
}

int plottablePoints(const ParetoFront& front) {
    int n = 0;
    for (const DesignPoint& p : front.points) n += p.metrics.has_value();
    return n;
}
}  // namespace

class TestGuiDse : public QObject {
    Q_OBJECT
private slots:
    void smallSearchRunsToCompletion() {
        Document doc;
        DseView view(&doc);
        view.form()->setSearchSize(12, 3, 7);
        QSignalSpy progress(view.worker(), &DseWorker::progress);
        QVERIFY(runToEnd(view));
        // One report per generation, the initial population included, in order.
        QCOMPARE(progress.count(), 4);
        for (int g = 0; g < progress.count(); ++g) QCOMPARE(progress.at(g).at(0).toInt(), g);
        QCOMPARE(view.progressBar()->value(), view.progressBar()->maximum());
        const FrontPtr front = view.front();
        QVERIFY(front);
        QVERIFY(!front->cancelled);
        QCOMPARE(front->generations_completed, 3);
        QVERIFY(!front->front.empty());
        QCOMPARE(view.chart()->pointCount(), plottablePoints(*front));
        QCOMPARE(view.chart()->frontCount(), static_cast<int>(front->front.size()));
        QCOMPARE(view.colourBox()->count(), static_cast<int>(front->keys.size()));
        view.colourBox()->setCurrentIndex(2);  // re-colouring keeps every point
        QCOMPARE(view.chart()->pointCount(), plottablePoints(*front));
        QVERIFY(view.chart()->data().colour_labels.size() > 1);
    }

    void cancelStopsEarlyAndKeepsThePoints() {
        Document doc;
        DseView view(&doc);
        view.form()->setSearchSize(24, 2000, 3);
        QSignalSpy progress(view.worker(), &DseWorker::progress);
        QSignalSpy done(&view, &DseView::searchDone);
        QVERIFY(view.run());
        QVERIFY(QTest::qWaitFor([&] { return progress.count() >= 2; }, 30000));
        view.cancel();
        QVERIFY(QTest::qWaitFor([&] { return done.count() > 0; }, 30000));
        const FrontPtr front = view.front();
        QVERIFY(front);
        QVERIFY(front->cancelled);
        QVERIFY(front->generations_completed < 2000);
        QVERIFY(front->points.size() >= 24);
        QCOMPARE(view.chart()->pointCount(), plottablePoints(*front));
        QVERIFY(!view.worker()->isRunning());
    }

    void clickingAFrontPointLoadsItAsOneUndoStep() {
        Document doc;
        DseView view(&doc);
        view.resize(1400, 900);
        view.show();
        view.form()->setSearchSize(16, 4, 11);
        QVERIFY(runToEnd(view));
        const FrontPtr front = view.front();
        // The front design that differs from the current configuration in the most keys.
        std::size_t best = front->front.front(), best_changes = 0;
        for (std::size_t index : front->front) {
            std::size_t changes = 0;
            for (std::size_t g = 0; g < front->keys.size(); ++g)
                changes += doc.value(front->keys[g]) != front->points[index].values[g];
            if (changes > best_changes) best = index, best_changes = changes;
        }
        QVERIFY(best_changes >= 2);  // else one step would prove nothing
        const Config before = doc.config();
        const int undo_count = doc.undoStack()->count();

        view.chart()->replotNow();
        QWidget* plot = view.chart()->findChild<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(plot);
        const QPointF at = view.chart()->pixelOf(static_cast<int>(best));
        QCOMPARE(view.chart()->pointAt(at), static_cast<int>(best));
        // A single click only selects: the document stays as it was.
        QSignalSpy clicked(view.chart(), &DseScatter::pointClicked);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.count(), 1);
        QVERIFY(doc.config() == before);
        QVERIFY(view.statusText().contains(QStringLiteral("Double-click")));
        QSignalSpy activated(view.chart(), &DseScatter::pointActivated);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(activated.count(), 1);

        for (std::size_t g = 0; g < front->keys.size(); ++g)
            QVERIFY2(doc.value(front->keys[g]) == front->points[best].values[g], front->keys[g].c_str());
        QCOMPARE(doc.undoStack()->count(), undo_count + 1);
        doc.undoStack()->undo();
        QVERIFY(doc.config() == before);
        doc.undoStack()->redo();
        for (std::size_t g = 0; g < front->keys.size(); ++g)
            QVERIFY(doc.value(front->keys[g]) == front->points[best].values[g]);
    }

    void theScatterFollowsEveryGeneration() {
        Document doc;
        DseView view(&doc);
        view.form()->setSearchSize(24, 12, 3);
        QSignalSpy generations(view.worker(), &DseWorker::generationDone);
        // Connected after the view: each generation is in the view's designs at once.
        int in_step = 0;
        connect(view.worker(), &DseWorker::generationDone, &view, [&](GenerationPtr news) {
            in_step += view.front()->points.size() == news->first_index + news->new_points.size() &&
                       view.front()->front == news->front;
        });
        std::vector<int> shown_points;
        connect(&view, &DseView::frontShown, &view, [&] { shown_points.push_back(view.chart()->pointCount()); });
        QVERIFY(runToEnd(view));
        QCOMPARE(in_step, 13);
        // One delivery per generation (the initial population included), each extending
        // the designs before it, together exactly the final archive.
        QCOMPARE(generations.count(), 13);
        std::size_t designs = 0;
        for (int g = 0; g < generations.count(); ++g) {
            const auto news = generations.at(g).at(0).value<GenerationPtr>();
            QCOMPARE(news->generation, g);
            QCOMPARE(news->first_index, designs);
            designs += news->new_points.size();
        }
        QCOMPARE(designs, view.front()->points.size());
        // The chart was redrawn while the search ran (generations that arrive while it
        // draws are drawn together), with a growing number of designs.
        QVERIFY2(shown_points.size() >= 2, qPrintable(QString::number(shown_points.size())));
        QVERIFY(shown_points.front() < shown_points.back());
        QVERIFY(std::is_sorted(shown_points.begin(), shown_points.end()));
    }

    void theDesignBeingEditedIsMarkedAndFollowsEdits() {
        Document doc;
        DseView view(&doc);
        view.form()->setSearchSize(12, 2, 5);
        QVERIFY(runToEnd(view));
        QVERIFY(QTest::qWaitFor([&] { return view.chart()->data().current.has_value(); }, 20000));
        const DesignPoint first = *view.currentDesign();
        QVERIFY(first.metrics);
        // Placed as the search places a design: latency and energy per token.
        QCOMPARE(view.chart()->data().current->x, 1e3 / first.metrics->decode_tokens_per_s);
        QVERIFY(view.chart()->data().current_label.contains(QStringLiteral("current design")));
        bool in_legend = false;
        for (int i = 0; i < view.chart()->customPlot()->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(view.chart()->customPlot()->legend->item(i)))
                in_legend = in_legend || item->plottable()->name().contains(QStringLiteral("current design"));
        QVERIFY(in_legend);
        // An edit moves it: twice the DRAM bandwidth, faster decode.
        const quint64 evaluations = view.currentEvaluations();
        QVERIFY(doc.setParameter("hardware.dram.bandwidth_gbps", doc.config().hardware.dram.bandwidth_gbps * 2));
        QVERIFY(QTest::qWaitFor([&] { return view.currentEvaluations() > evaluations; }, 20000));
        QVERIFY(view.currentDesign()->metrics->decode_tokens_per_s > first.metrics->decode_tokens_per_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.chart()->data().current->x < 1e3 / first.metrics->decode_tokens_per_s, 5000);
        // Its hover text says what it is.
        view.resize(1400, 900);
        view.show();
        view.chart()->replotNow();
        const QPointF at = view.chart()->pixelOf(DseScatter::kCurrentId);
        QCOMPARE(view.chart()->pointAt(at), DseScatter::kCurrentId);
    }

    // The star is the editor's hardware and mapping at the search's models, workload and
    // energy boundary: switching the boundary, model or prompt in the editor leaves it where
    // the search would have put it, a hardware edit moves it exactly as the search would
    // evaluate that hardware, and the caption says the workloads differ. Kept across a restart.
    void theStarIsPlacedAtTheSearchsWorkload() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dse/last-search.json"));
        Document doc;
        DseView view(&doc);
        QVERIFY(!view.restoreSession(path));
        view.form()->setSearchSize(12, 1, 5);
        QVERIFY(runToEnd(view));
        QVERIFY(QTest::qWaitFor([&] { return view.currentDesign().has_value(); }, 20000));
        const Config at_search = doc.config();
        const DesignPoint first = *view.currentDesign();
        QVERIFY(first.metrics);
        QTRY_VERIFY(!view.summaryText().contains(QStringLiteral("Star:")));

        const auto edit = [&](const char* key, const QString& text) {
            const quint64 evaluations = view.currentEvaluations();
            QString error;
            if (!doc.setParameterText(key, text, &error)) return false;
            return QTest::qWaitFor([&] { return view.currentEvaluations() > evaluations; }, 20000);
        };
        QVERIFY(edit("energy_boundary", QStringLiteral("chip")));
        QVERIFY(edit("workload.model", QStringLiteral("qwen3-0.6b")));
        QVERIFY(edit("workload.prompt_tokens", QStringLiteral("256")));
        QVERIFY(view.currentDesign()->metrics);
        QVERIFY(view.currentDesign()->objectives == first.objectives);  // bit-exact: the same evaluation
        QVERIFY(view.currentDesign()->metrics->energy_per_token_j == first.metrics->energy_per_token_j);
        QCOMPARE(view.currentDesign()->metrics->energy_boundary, std::string("system"));
        QTRY_VERIFY2(view.summaryText().contains(QStringLiteral("Star: the current hardware at the search's workload")),
                     qPrintable(view.summaryText()));
        for (const QString& part :
             {QStringLiteral("workload.model = ") + QString::fromStdString(at_search.workload.model),
              QStringLiteral("workload.prompt_tokens = 128"), QStringLiteral("energy_boundary = system")})
            QTRY_VERIFY2(view.summaryText().contains(part), qPrintable(view.summaryText()));

        // A hardware edit: placed as the search evaluates that hardware at its own workload.
        QVERIFY(edit("hardware.dram.bandwidth_gbps", QStringLiteral("136.6")));
        Config expected_config = at_search;
        expected_config.hardware.dram.bandwidth_gbps = 136.6;
        const DseSettings settings = view.form()->settings();
        ExploreOptions options;
        options.aggregate = settings.aggregate;
        options.area_budget_mm2 = settings.area_budget_mm2;
        options.power_budget_w = settings.power_budget_w;
        const DesignPoint expected =
            evaluate_configuration(expected_config, {at_search.workload.model}, settings.objectives, options);
        QVERIFY(view.currentDesign()->objectives == expected.objectives);
        QVERIFY(expected.objectives != first.objectives);

        // Restored after a restart, the search still places the star at its own workload.
        DseView restored(&doc);
        QVERIFY(restored.restoreSession(path));
        QVERIFY(QTest::qWaitFor([&] { return restored.currentDesign().has_value(); }, 20000));
        QVERIFY(restored.currentDesign()->objectives == expected.objectives);
        QTRY_VERIFY(restored.summaryText().contains(QStringLiteral("energy_boundary = system")));

        // A file from before searches kept their workload restores, with the editor's workload
        // said in the caption; a bad workload value is a message.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY(root.contains(QStringLiteral("workload")));
        QJsonObject bad_root = root;
        QJsonObject bad_workload = root.value(QStringLiteral("workload")).toObject();
        bad_workload[QStringLiteral("energy_boundary")] = QStringLiteral("board");
        bad_root[QStringLiteral("workload")] = bad_workload;
        root.remove(QStringLiteral("workload"));
        const auto write = [&](const QJsonObject& o) {
            QFile out(path);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(QJsonDocument(o).toJson()) > 0;
        };
        QVERIFY(write(root));
        DseView old_file(&doc);
        QVERIFY(old_file.restoreSession(path));
        QVERIFY(QTest::qWaitFor([&] { return old_file.currentDesign().has_value(); }, 20000));
        QTRY_VERIFY2(old_file.summaryText().contains(QStringLiteral("at the editor's workload")),
                     qPrintable(old_file.summaryText()));
        QVERIFY(write(bad_root));
        DseView bad(&doc);
        QVERIFY(!bad.restoreSession(path));
        QVERIFY2(bad.statusText().contains(QStringLiteral("energy_boundary")), qPrintable(bad.statusText()));
    }

    void robotHoversWheelsDragsAndDoubleClicks() {
        Document doc;
        DseView view(&doc);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.form()->setSearchSize(16, 3, 21);
        QVERIFY(runToEnd(view));
        DseScatter* chart = view.chart();
        QWidget* plot = chart->customPlot();
        chart->replotNow();
        const FrontPtr front = view.front();
        const int id = static_cast<int>(front->front.front());

        // Hover: the real tooltip path gives the design's text.
        const QPoint at = chart->pixelOf(id).toPoint();
        QTest::mouseMove(plot, at);
        QHelpEvent help(QEvent::ToolTip, at, plot->mapToGlobal(at));
        QApplication::sendEvent(plot, &help);
        QVERIFY2(chart->lastHoverText().contains(QStringLiteral("Design %1").arg(id)),
                 qPrintable(chart->lastHoverText()));
        // Wheel: zooms in, and new data no longer refits the axes.
        const QRectF before = chart->visibleRange();
        const QPoint centre = plot->rect().center();
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
        const QRectF zoomed = chart->visibleRange();
        QVERIFY(zoomed != before);
        QVERIFY(!chart->followsData());
        // Drag: pans.
        QTest::mousePress(plot, Qt::LeftButton, {}, centre);
        for (int step = 1; step <= 6; ++step) QTest::mouseMove(plot, centre + QPoint(step * 15, step * 5));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(90, 30));
        QVERIFY(chart->visibleRange() != zoomed);
        // Show all brings every design back and follows the data again.
        chart->showAll();
        QVERIFY(chart->followsData());
        chart->replotNow();
        // Double-click on a design loads it (one undo step).
        const DesignPoint& design = front->points[static_cast<std::size_t>(id)];
        const int undo_count = doc.undoStack()->count();
        bool differs = false;
        for (std::size_t g = 0; g < front->keys.size(); ++g)
            differs = differs || doc.value(front->keys[g]) != design.values[g];
        const QPoint target = chart->pixelOf(id).toPoint();
        QCOMPARE(chart->pointAt(target), id);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, target);
        for (std::size_t g = 0; g < front->keys.size(); ++g) QVERIFY(doc.value(front->keys[g]) == design.values[g]);
        QCOMPARE(doc.undoStack()->count(), undo_count + (differs ? 1 : 0));
    }

    void theLastSearchIsRestoredAndABrokenFileIsAMessage() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dse/last-search.json"));
        Document doc;
        FrontPtr saved;
        DseSettings settings;
        {
            DseView view(&doc);
            QVERIFY(!view.restoreSession(path));  // first start: nothing yet, said quietly
            QVERIFY(view.statusText().contains(QStringLiteral("No earlier search")));
            view.form()->setSearchSize(10, 2, 77);
            view.form()->setBudgets(std::nullopt, 5.0);
            QVERIFY(runToEnd(view));
            QVERIFY(QFile::exists(path));
            saved = view.front();
            settings = view.form()->settings();
        }
        DseView restored(&doc);
        QVERIFY(restored.restoreSession(path));
        const FrontPtr front = restored.front();
        QVERIFY(front);
        QCOMPARE(front->points.size(), saved->points.size());
        QCOMPARE(front->front, saved->front);
        QCOMPARE(front->models, saved->models);
        QCOMPARE(front->generations_completed, saved->generations_completed);
        for (std::size_t i = 0; i < front->points.size(); ++i) {
            QCOMPARE(front->points[i].genes, saved->points[i].genes);
            QCOMPARE(front->points[i].objectives, saved->points[i].objectives);  // bit-exact
        }
        const DseSettings back = restored.form()->settings();
        QCOMPARE(back.seed, std::uint64_t{77});
        QCOMPARE(back.population, 10);
        QCOMPARE(back.generations, 2);
        QCOMPARE(back.power_budget_w, std::optional<double>(5.0));
        QCOMPARE(back.space_yaml, settings.space_yaml);
        QCOMPARE(restored.chart()->pointCount(), plottablePoints(*front));
        QVERIFY(restored.statusText().contains(QStringLiteral("Restored")));
        QVERIFY(QTest::qWaitFor([&] { return restored.currentDesign().has_value(); }, 20000));

        // Truncated, not JSON, and valid JSON that does not fit its own space: messages.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QByteArray wrong_index = good;
        wrong_index.replace("\"front\": [", "\"front\": [999999, ");
        for (const QByteArray& bad :
             {good.left(good.size() / 2), QByteArray("\x00\xff garbage"), wrong_index,
              QByteArray("{\"format\": \"EdgeCIM Studio design-space search\", \"version\": 1}")}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bad);
            out.close();
            DseView view(&doc);
            QVERIFY(!view.restoreSession(path));
            QVERIFY2(view.statusText().contains(QStringLiteral("cannot be restored")), qPrintable(view.statusText()));
            QVERIFY(!view.front());
        }
    }

    void exportWritesTheFront() {
        Document doc;
        DseView view(&doc);
        view.form()->setSearchSize(8, 1, 2);
        QVERIFY(runToEnd(view));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("front.csv"));
        QString error;
        QVERIFY2(view.exportFrontCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.front().startsWith("hardware.chip.tiles,"));
        QCOMPARE(lines.size() - 2, static_cast<int>(view.front()->front.size()));  // header, rows, trailing newline
    }

    void badSpaceShowsTheProblemAndDoesNotStart() {
        Document doc;
        DseView view(&doc);
        view.form()->spaceEditor()->setPlainText(
            QStringLiteral("genes:\n  hardware.chip.tiles: [8, 16]\n  hardware.chip.tilez: [1, 2]\n"));
        QVERIFY(!view.form()->validateSpace());
        QVERIFY2(view.form()->spaceProblems().contains(QStringLiteral("line 3")),
                 qPrintable(view.form()->spaceProblems()));
        QSignalSpy running(view.worker(), &DseWorker::runningChanged);
        QVERIFY(!view.run());
        QVERIFY(!view.worker()->isRunning());
        QCOMPARE(running.count(), 0);
        QVERIFY(view.statusText().contains(QStringLiteral("line 3")));
        QVERIFY(!view.front());
    }

    void destroyingMidSearchCancelsAndWaits() {
        Document doc;
        auto view = std::make_unique<DseView>(&doc);
        view->form()->setSearchSize(40, 5000, 5);
        QSignalSpy progress(view->worker(), &DseWorker::progress);
        QVERIFY(view->run());
        QVERIFY(QTest::qWaitFor([&] { return progress.count() >= 1; }, 30000));
        QElapsedTimer timer;
        timer.start();
        view.reset();
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_MAIN(TestGuiDse)
#include "tst_gui_dse.moc"
