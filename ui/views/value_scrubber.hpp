#pragma once
// Drag-to-scrub on the parameter tree: press on a number in the Value column and drag
// left or right to change it continuously (Shift: ten times finer), as in Blender or a
// DAW's knobs. The views follow while dragging, and one drag is one undo step (edits of
// one key merge). A click without a drag opens the editor as before.
#include <QModelIndex>
#include <QObject>
#include <QPoint>
#include <QVariant>

class QTreeView;
class QMouseEvent;

namespace edgecim {
struct ParamSpec;
}

namespace edgecim::ui {

class ValueScrubber : public QObject {
    Q_OBJECT
public:
    ValueScrubber(QTreeView* view, int value_column);

    // Pixels of drag that double (log scale) or move by 1/400 of the range (linear).
    static constexpr double kPixelsPerDoubling = 60.0;
    static constexpr double kLinearPixelsPerRange = 400.0;
    static constexpr int kDragThresholdPx = 4;

    // The value after dragging dx pixels from `start` (fine: Shift held). Wide positive
    // ranges scale geometrically, narrow ones linearly; integers round, reals keep three
    // significant digits; the result stays within the parameter's range.
    static double scrubbedValue(const ParamSpec& spec, double start, double dx_px, bool fine);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const ParamSpec* scrubbableSpec(const QModelIndex& index, double* value) const;
    bool press(QMouseEvent* e);
    bool move(QMouseEvent* e);
    bool release(QMouseEvent* e);

    QTreeView* view_;
    int value_column_;
    QPersistentModelIndex index_;   // the cell pressed on, while the button is down
    const ParamSpec* spec_ = nullptr;
    double start_value_ = 0;
    QPoint press_pos_;
    bool scrubbing_ = false;
    QVariant last_written_;
};

}  // namespace edgecim::ui
