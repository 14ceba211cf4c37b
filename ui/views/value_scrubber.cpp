#include "views/value_scrubber.hpp"

#include <QMouseEvent>
#include <QTreeView>
#include <QUndoStack>
#include <cmath>

#include "edgecim/param_table.hpp"
#include "models/parameter_model.hpp"

namespace edgecim::ui {

namespace {

double threeSignificant(double v) {
    if (v == 0 || !std::isfinite(v)) return v;
    const double scale = std::pow(10.0, 2 - std::floor(std::log10(std::abs(v))));
    return std::round(v * scale) / scale;
}

}  // namespace

ValueScrubber::ValueScrubber(QTreeView* view, int value_column, QUndoStack* undo_stack)
    : QObject(view), view_(view), value_column_(value_column), undo_stack_(undo_stack) {
    view_->viewport()->installEventFilter(this);
    view_->viewport()->setMouseTracking(true);  // for the resize cursor over numbers
}

ValueScrubber::~ValueScrubber() { endDrag(); }

double ValueScrubber::scrubbedValue(const ParamSpec& spec, double start, double dx_px, bool fine) {
    if (dx_px == 0) return start;
    const double dx = fine ? dx_px / 10.0 : dx_px;
    const double growth = std::exp2(dx / kPixelsPerDoubling);
    double v = 0;
    if (start > 0 && spec.max / start >= 50) {
        v = start * growth;  // tiles, bandwidths, powers: ratios matter
    } else if (start == 0 && spec.min <= 0 && spec.max > 0) {
        v = dx > 0 ? spec.max * 1e-4 * (growth - 1) : 0.0;  // no scale to keep: start small
    } else if (start > 0 && spec.min > 0 && spec.max / spec.min >= 50) {
        v = start * growth;  // near the top of a wide positive range
    } else {
        v = start + dx * (spec.max - spec.min) / kLinearPixelsPerRange;
    }
    v = std::clamp(v, spec.min, spec.max);
    v = spec.type == ParamType::integer ? std::round(v) : threeSignificant(v);
    return std::clamp(v, spec.min, spec.max);
}

const ParamSpec* ValueScrubber::scrubbableSpec(const QModelIndex& index, double* value) const {
    if (!index.isValid() || index.column() != value_column_) return nullptr;
    bool ok = false;
    const int i = index.data(ParameterModel::SpecIndexRole).toInt(&ok);
    if (!ok || i < 0 || i >= static_cast<int>(param_table().size())) return nullptr;
    const ParamSpec& spec = param_table()[static_cast<std::size_t>(i)];
    if (spec.type != ParamType::integer && spec.type != ParamType::real) return nullptr;
    const double v = index.data(Qt::EditRole).toDouble(&ok);
    if (!ok || !std::isfinite(v)) return nullptr;
    *value = v;
    return &spec;
}

bool ValueScrubber::eventFilter(QObject*, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            return press(static_cast<QMouseEvent*>(event));
        case QEvent::MouseMove:
            return move(static_cast<QMouseEvent*>(event));
        case QEvent::MouseButtonRelease:
            return release(static_cast<QMouseEvent*>(event));
        case QEvent::Hide:
            endDrag();
            return false;
        case QEvent::Leave:
            view_->viewport()->unsetCursor();
            return false;
        default:
            return false;
    }
}

void ValueScrubber::endDrag() {
    // A preset load clears the undo stack, our open macro with it: nothing to close then.
    if (macro_open_ && undo_stack_ && undo_stack_->count() > 0) undo_stack_->endMacro();
    macro_open_ = false;
    scrubbing_ = false;
    index_ = QPersistentModelIndex();
    spec_ = nullptr;
}

bool ValueScrubber::press(QMouseEvent* e) {
    // Any press ends what came before (a release lost to a menu or another window).
    endDrag();
    if (e->button() != Qt::LeftButton || e->type() != QEvent::MouseButtonPress) return false;
    const QModelIndex index = view_->indexAt(e->position().toPoint());
    double value = 0;
    const ParamSpec* spec = scrubbableSpec(index, &value);
    if (!spec) return false;
    // Held back until we know whether this is a drag (scrub) or a click (edit).
    index_ = index;
    spec_ = spec;
    start_value_ = value;
    press_pos_ = e->position().toPoint();
    last_written_ = QVariant();
    return true;
}

bool ValueScrubber::move(QMouseEvent* e) {
    const bool left_down = e->buttons() & Qt::LeftButton;
    if (!index_.isValid() || !left_down) {
        if (index_.isValid()) endDrag();  // the release never came
        double unused = 0;
        const bool over_number = scrubbableSpec(view_->indexAt(e->position().toPoint()), &unused) != nullptr;
        if (over_number)
            view_->viewport()->setCursor(Qt::SizeHorCursor);
        else
            view_->viewport()->unsetCursor();
        return false;
    }
    const int dx = e->position().toPoint().x() - press_pos_.x();
    if (!scrubbing_ && std::abs(dx) < kDragThresholdPx) return true;
    if (!scrubbing_ && undo_stack_) {
        undo_stack_->beginMacro(tr("Drag %1").arg(QString::fromStdString(spec_->key)));
        macro_open_ = true;
    }
    scrubbing_ = true;
    // Measured from where the drag began, so the first step is a small one.
    const int beyond = dx > 0 ? dx - kDragThresholdPx : dx + kDragThresholdPx;
    write(scrubbedValue(*spec_, start_value_, beyond, e->modifiers() & Qt::ShiftModifier));
    return true;
}

void ValueScrubber::write(double v) {
    const QVariant value =
        spec_->type == ParamType::integer ? QVariant::fromValue<qint64>(static_cast<qint64>(v)) : QVariant(v);
    if (value == last_written_) return;
    last_written_ = value;
    if (value.toDouble() != index_.data(Qt::EditRole).toDouble()) view_->model()->setData(index_, value, Qt::EditRole);
}

bool ValueScrubber::release(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || !index_.isValid()) return false;
    const QModelIndex index = index_;
    const bool was_click = !scrubbing_;
    endDrag();
    if (was_click) {  // the press was held back: a click selects and edits
        view_->setCurrentIndex(index);
        if (!view_->indexWidget(index)) view_->edit(index);
    }
    return true;
}

}  // namespace edgecim::ui
