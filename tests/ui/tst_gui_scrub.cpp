// Drag-to-scrub on the parameter tree: the value mapping (geometric for wide ranges,
// linear for narrow ones, rounded, clamped), a real press-drag-release on the viewport
// (value follows, one undo step), and a click without a drag still opening the editor.
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include "document/document.hpp"
#include "edgecim/param_table.hpp"
#include "models/parameter_model.hpp"
#include "views/parameter_panel.hpp"
#include "views/value_scrubber.hpp"

using namespace edgecim;
using namespace edgecim::ui;

class TestGuiScrub : public QObject {
    Q_OBJECT

    static void send(QWidget* target, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent e(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
        QApplication::sendEvent(target, &e);
    }

    static QModelIndex valueCell(ParameterPanel& panel, const char* key) {
        return panel.proxy()->mapFromSource(panel.model()->indexOfKey(key, ParameterModel::ValueColumn));
    }

private slots:
    void wideRangesScaleGeometricallyNarrowOnesLinearly() {
        const ParamSpec& tiles = *find_param("hardware.chip.tiles");          // [1, 4096]
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, ValueScrubber::kPixelsPerDoubling, false), 64.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, -ValueScrubber::kPixelsPerDoubling, false), 16.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, 1e6, false), 4096.0);   // clamped
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, -1e6, false), 1.0);
        QCOMPARE(ValueScrubber::scrubbedValue(tiles, 32, ValueScrubber::kPixelsPerDoubling, true), 34.0);  // 32 * 2^0.1
        const ParamSpec& bw = *find_param("hardware.dram.bandwidth_gbps");     // [0.1, 100000]
        QCOMPARE(ValueScrubber::scrubbedValue(bw, 68.3, ValueScrubber::kPixelsPerDoubling, false), 137.0);  // 3 digits
        const ParamSpec& eff = *find_param("hardware.dram.efficiency");
        QVERIFY(eff.max / std::max(eff.min, 1e-12) < 50 || eff.min <= 0);      // a narrow range: linear
        const double step = (eff.max - eff.min) / ValueScrubber::kLinearPixelsPerRange;
        QCOMPARE(0.5 + 40 * step, 0.595);  // [0.05, 1]: 0.95 / 400 per pixel
        QCOMPARE(ValueScrubber::scrubbedValue(eff, 0.5, 40, false), 0.595);
        QCOMPARE(ValueScrubber::scrubbedValue(eff, 0.5, 1e6, false), 1.0);
    }

    void dragChangesTheValueLiveAsOneUndoStep() {
        Document doc;
        ParameterPanel panel(&doc);
        panel.resize(500, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QModelIndex cell = valueCell(panel, "hardware.chip.tiles");
        panel.view()->scrollTo(cell);
        QWidget* viewport = panel.view()->viewport();
        const QPoint p = panel.view()->visualRect(cell).center();
        send(viewport, QEvent::MouseButtonPress, p, Qt::LeftButton);
        const int step = static_cast<int>(ValueScrubber::kPixelsPerDoubling) / 2;
        QList<int> seen;
        for (int dx = step; dx <= 2 * static_cast<int>(ValueScrubber::kPixelsPerDoubling); dx += step) {
            send(viewport, QEvent::MouseMove, p + QPoint(dx, 0), Qt::LeftButton);
            seen << doc.config().hardware.chip.tiles;  // the document follows during the drag
        }
        send(viewport, QEvent::MouseButtonRelease, p + QPoint(2 * static_cast<int>(ValueScrubber::kPixelsPerDoubling), 0),
             Qt::NoButton);
        QCOMPARE(seen, (QList<int>{45, 64, 91, 128}));
        QCOMPARE(doc.config().hardware.chip.tiles, 128);
        QVERIFY(!panel.view()->indexWidget(cell));  // no editor opened by the drag
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.config().hardware.chip.tiles, 32);
    }

    void clickWithoutDragOpensTheEditor() {
        Document doc;
        ParameterPanel panel(&doc);
        panel.resize(500, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QModelIndex cell = valueCell(panel, "hardware.dram.bandwidth_gbps");
        panel.view()->scrollTo(cell);
        const QPoint p = panel.view()->visualRect(cell).center();
        send(panel.view()->viewport(), QEvent::MouseButtonPress, p, Qt::LeftButton);
        send(panel.view()->viewport(), QEvent::MouseMove, p + QPoint(2, 0), Qt::LeftButton);  // under the threshold
        send(panel.view()->viewport(), QEvent::MouseButtonRelease, p + QPoint(2, 0), Qt::NoButton);
        QVERIFY(qobject_cast<QDoubleSpinBox*>(panel.view()->indexWidget(cell)));
        QCOMPARE(panel.view()->currentIndex(), cell);
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestGuiScrub)
#include "tst_gui_scrub.moc"
