// The design-space tab (offscreen): a small search reports progress and fills the
// scatter with every evaluated design and the front; cancel stops early and keeps the
// designs so far; loading a front design is one undo step; a bad space YAML is shown
// with its line and nothing starts; quitting mid-search returns promptly.
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

#include "controller/dse_worker.hpp"
#include "document/document.hpp"
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
        QSignalSpy clicked(view.chart(), &DseScatter::pointClicked);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.count(), 1);

        for (std::size_t g = 0; g < front->keys.size(); ++g)
            QVERIFY2(doc.value(front->keys[g]) == front->points[best].values[g], front->keys[g].c_str());
        QCOMPARE(doc.undoStack()->count(), undo_count + 1);
        doc.undoStack()->undo();
        QVERIFY(doc.config() == before);
        doc.undoStack()->redo();
        for (std::size_t g = 0; g < front->keys.size(); ++g)
            QVERIFY(doc.value(front->keys[g]) == front->points[best].values[g]);
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
