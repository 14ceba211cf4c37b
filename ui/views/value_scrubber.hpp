#pragma once
// Drag-to-scrub on the parameter tree: press on a number in the Value column and drag
// left or right to change it continuously (Shift: ten times finer), as in Blender or a
// DAW's knobs. The views follow while dragging, and one drag is one undo step (a macro
// on the undo stack, however long the drag pauses). A click without a drag opens the
// editor as before. Any other button, a hidden view or a replaced document ends a drag.
#include <QModelIndex>
#include <QObject>
#include <QPoint>
#include <QVariant>

class QTreeView;
class QMouseEvent;
class QUndoStack;

namespace edgecim {
struct ParamSpec;
}

namespace edgecim::ui {

class ValueScrubber : public QObject {
    Q_OBJECT
public:
    ValueScrubber(QTreeView* view, int value_column, QUndoStack* undo_stack);
    ~ValueScrubber() override;

    // Pixels of drag that double (geometric) or move by 1/400 of the range (linear).
    static constexpr double kPixelsPerDoubling = 60.0;
    static constexpr double kLinearPixelsPerRange = 400.0;
    static constexpr int kDragThresholdPx = 4;

    // The value after dragging dx pixels beyond the threshold from `start` (fine: Shift
    // held). Values far below their maximum (tiles, bandwidths, powers) scale
    // geometrically; a zero in such a range starts from 1e-4 of the maximum; values in a
    // narrow range move linearly. Integers round, reals keep three significant digits;
    // the result stays within the parameter's range, and dx = 0 gives `start` unchanged.
    static double scrubbedValue(const ParamSpec& spec, double start, double dx_px, bool fine);

    bool isScrubbing() const { return scrubbing_; }
    // Ends a drag in progress: the values written so far stay, as one undo step. Also
    // called when the document is replaced or saved mid-drag.
    void endDrag();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const ParamSpec* scrubbableSpec(const QModelIndex& index, double* value) const;
    bool press(QMouseEvent* e);
    bool move(QMouseEvent* e);
    bool release(QMouseEvent* e);
    void write(double value);

    QTreeView* view_;
    int value_column_;
    QUndoStack* undo_stack_;
    QPersistentModelIndex index_;  // the cell pressed on, while the left button is down
    const ParamSpec* spec_ = nullptr;
    double start_value_ = 0;
    QPoint press_pos_;
    bool scrubbing_ = false;
    bool macro_open_ = false;
    QVariant last_written_;
};

}  // namespace edgecim::ui
