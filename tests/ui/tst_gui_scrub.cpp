// Drag-to-scrub on the parameter tree: the value mapping (geometric for values far below
// their maximum, linear in narrow ranges, rounded, clamped), real press-drag-release
// sequences on the viewport (the value follows; one drag is one undo step, two drags are
// two), drags ended by a lost release, a right click or a preset load, and a click
// without a drag opening the editor only on release.
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <memory>

#include "document/document.hpp"
#include "edgecim/param_table.hpp"
#include "models/parameter_model.hpp"
#include "views/parameter_panel.hpp"
#include "views/value_scrubber.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

constexpr int kStartPx = ValueScrubber::kDragThresholdPx;  // drags are measured from here
constexpr int kDoublePx = static_cast<int>(ValueScrubber::kPixelsPerDoubling);

struct Fixture {
    Document doc;
    std::unique_ptr<ParameterPanel> panel;
    QWidget* viewport = nullptr;

    bool show() {
        panel = std::make_unique<ParameterPanel>(&doc);
        panel->resize(500, 900);
        panel->show();
        viewport = panel->view()->viewport();
        return QTest::qWaitForWindowExposed(panel.get());
    }
    QModelIndex cell(const char* key, int column = ParameterModel::ValueColumn) const {
        return panel->proxy()->mapFromSource(panel->model()->indexOfKey(key, column));
    }
    QPoint centre(const QModelIndex& index) const {
        panel->view()->scrollTo(index);
        return panel->view()->visualRect(index).center();
    }
    void send(QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) const {
        QMouseEvent e(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    }
    void press(QPoint p, Qt::MouseButton b = Qt::LeftButton) const { send(QEvent::MouseButtonPress, p, b, b); }
    void moveHeld(QPoint p) const { send(QEvent::MouseMove, p, Qt::NoButton, Qt::LeftButton); }
    void moveFree(QPoint p) const { send(QEvent::MouseMove, p, Qt::NoButton, Qt::NoButton); }
    void release(QPoint p, Qt::MouseButton b = Qt::LeftButton) const {
        send(QEvent::MouseButtonRelease, p, b, Qt::NoButton);
    }
    // A whole drag of dx pixels beyond the threshold.
    void drag(const char* key, int dx) const {
        const QPoint p = centre(cell(key));
        press(p);
        moveHeld(p + QPoint(kStartPx + dx, 0));
        release(p + QPoint(kStartPx + dx, 0));
    }
    int tiles() const { return doc.config().hardware.chip.tiles; }
};

}  // namespace

class TestGuiScrub : public QObject {
    Q_OBJECT
private slots:
    void valuesScaleGeometricallyFarBelowTheirMaximumElseLinearly() {
        const ParamSpec& tiles = *find_param("hardware.chip.tiles");  // [1, 4096]
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, kDoublePx, false), 64.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, -kDoublePx, false), 16.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, 1e6, false), 4096.0);  // clamped
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, -1e6, false), 1.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, kDoublePx, true), 34.0);   // Shift: 32 * 2^0.1
        const ParamSpec& bw = *find_param("hardware.dram.bandwidth_gbps");          // [0.1, 100000]
        QCOMPARE(ValueScrubber::scrubbedValue(bw, 68.3, kDoublePx, false), 137.0);  // three digits
        QCOMPARE(ValueScrubber::scrubbedValue(bw, 68.34, 0, false), 68.34);         // no move, no rounding
        // [0, 100000] mW: 20 mW scales by ratios, not by 250 mW a pixel.
        const ParamSpec& power = *find_param("hardware.chip.static_power_mw");
        QCOMPARE(ValueScrubber::scrubbedValue(power, 20, 1, false), 20.2);
        QCOMPARE(ValueScrubber::scrubbedValue(power, 20, kDoublePx, false), 40.0);
        QCOMPARE(ValueScrubber::scrubbedValue(power, 0, kDoublePx, false), 10.0);  // 1e-4 of the max
        QCOMPARE(ValueScrubber::scrubbedValue(power, 0, -kDoublePx, false), 0.0);
        // [0.05, 1]: linear, 0.95 / 400 per pixel.
        const ParamSpec& eff = *find_param("hardware.dram.efficiency");
        QCOMPARE(ValueScrubber::scrubbedValue(eff, 0.5, 40, false), 0.595);
        QCOMPARE(ValueScrubber::scrubbedValue(eff, 0.5, 1e6, false), 1.0);
    }

    void dragChangesTheValueLiveAsOneUndoStep() {
        Fixture f;
        QVERIFY(f.show());
        const QPoint p = f.centre(f.cell("hardware.chip.tiles"));
        f.press(p);
        QList<int> seen;
        for (int dx = kDoublePx / 2; dx <= 2 * kDoublePx; dx += kDoublePx / 2) {
            f.moveHeld(p + QPoint(kStartPx + dx, 0));
            seen << f.tiles();  // the document follows during the drag
        }
        f.release(p + QPoint(kStartPx + 2 * kDoublePx, 0));
        QCOMPARE(seen, (QList<int>{45, 64, 91, 128}));
        QVERIFY(!f.panel->view()->indexWidget(f.cell("hardware.chip.tiles")));  // no editor opened
        QCOMPARE(f.doc.undoStack()->count(), 1);
        f.doc.undoStack()->undo();
        QCOMPARE(f.tiles(), 32);
    }

    // Edits of one key within 1.5 s merge (spin boxes); drags are bounded by the gesture.
    void twoQuickDragsAreTwoUndoSteps() {
        Fixture f;
        QVERIFY(f.show());
        f.drag("hardware.chip.tiles", kDoublePx);
        f.drag("hardware.chip.tiles", kDoublePx);
        QCOMPARE(f.tiles(), 128);
        QCOMPARE(f.doc.undoStack()->count(), 2);
        f.doc.undoStack()->undo();
        QCOMPARE(f.tiles(), 64);
    }

    void aLostReleaseOrARightClickEndsTheDrag() {
        Fixture f;
        QVERIFY(f.show());
        const QPoint p = f.centre(f.cell("hardware.chip.tiles"));
        f.press(p);
        f.moveHeld(p + QPoint(kStartPx + kDoublePx, 0));
        f.moveFree(p + QPoint(kStartPx + kDoublePx + 5, 0));  // the release went elsewhere
        QCOMPARE(f.tiles(), 64);
        // A later drag that starts on a name, not a number, must not move the old value.
        const QPoint name = f.centre(f.cell("hardware.chip.tiles", ParameterModel::NameColumn));
        f.press(name);
        f.moveHeld(name + QPoint(3 * kDoublePx, 0));
        f.release(name + QPoint(3 * kDoublePx, 0));
        QCOMPARE(f.tiles(), 64);
        QCOMPARE(f.doc.undoStack()->count(), 1);  // the macro was closed: undo works
        f.doc.undoStack()->undo();
        QCOMPARE(f.tiles(), 32);

        f.press(p);
        f.moveHeld(p + QPoint(kStartPx + kDoublePx, 0));
        f.press(p + QPoint(kStartPx + kDoublePx, 0), Qt::RightButton);  // context menu mid-drag
        f.release(p + QPoint(kStartPx + kDoublePx, 0), Qt::RightButton);
        f.moveHeld(p + QPoint(kStartPx + 2 * kDoublePx, 0));
        QCOMPARE(f.tiles(), 64);
        QCOMPARE(f.doc.undoStack()->count(), 1);
    }

    void aPresetLoadMidDragLeavesAWorkingUndoStack() {
        Fixture f;
        QVERIFY(f.show());
        const QPoint p = f.centre(f.cell("hardware.chip.tiles"));
        f.press(p);
        f.moveHeld(p + QPoint(kStartPx + kDoublePx, 0));
        f.doc.loadDefault();  // clears the undo stack, and the open drag macro with it
        f.moveHeld(p + QPoint(kStartPx + 2 * kDoublePx, 0));
        f.release(p + QPoint(kStartPx + 2 * kDoublePx, 0));
        QCOMPARE(f.tiles(), 32);
        QCOMPARE(f.doc.undoStack()->count(), 0);
        f.drag("hardware.chip.tiles", kDoublePx);
        QCOMPARE(f.tiles(), 64);
        QCOMPARE(f.doc.undoStack()->count(), 1);
        f.doc.undoStack()->undo();
        QCOMPARE(f.tiles(), 32);
    }

    void clickWithoutDragOpensTheEditorOnRelease() {
        Fixture f;
        QVERIFY(f.show());
        const QModelIndex cell = f.cell("hardware.dram.bandwidth_gbps");
        const QPoint p = f.centre(cell);
        f.press(p);
        QVERIFY(!f.panel->view()->indexWidget(cell));  // held back: it may become a drag
        f.moveHeld(p + QPoint(kStartPx - 2, 0));       // under the threshold
        f.release(p + QPoint(kStartPx - 2, 0));
        QVERIFY(qobject_cast<QDoubleSpinBox*>(f.panel->view()->indexWidget(cell)));
        QCOMPARE(f.panel->view()->currentIndex(), cell);
        QCOMPARE(f.doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestGuiScrub)
#include "tst_gui_scrub.moc"
