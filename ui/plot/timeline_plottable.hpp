#pragma once
// A Gantt plottable for hundreds of thousands of spans: one row per resource, spans
// sorted per row. Drawing walks only the visible key range of each visible row and
// merges spans narrower than a pixel into one column coloured by the activity that
// covers most of it, as high as the busy fraction of that pixel (in four steps); each
// activity is filled in one batch without antialiasing, into one image on screen.
#include <qcustomplot.h>

#include <array>
#include <vector>

#include "edgecim/simulation.hpp"
#include "plot/timeline_rows.hpp"

namespace edgecim::ui {

class TimelinePlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    using Span = TimelineSpan;

    TimelinePlottable(QCPAxis* key_axis, QCPAxis* value_axis);

    // Row r is drawn centred on value r. The rows are prepared on a worker thread
    // (buildTimelineRows) and shared, not copied: this only keeps the pointer.
    void setRows(TimelineRowsPtr rows);
    void clear();
    int rowCount() const { return rows_ ? static_cast<int>(rows_->rows.size()) : 0; }
    std::size_t spanCount() const { return rows_ ? rows_->span_count : 0; }
    // The span under (key, row), or nullptr.
    const Span* spanAt(int row, double key) const;
    // Spans drawn in the last paint (after pixel merging), for tests and tuning.
    std::size_t lastDrawnRects() const { return last_drawn_rects_; }

    double selectTest(const QPointF& pos, bool only_selectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& found_range, QCP::SignDomain in_sign_domain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& found_range, QCP::SignDomain in_sign_domain = QCP::sdBoth,
                           const QCPRange& in_key_range = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    static constexpr int kActivities = 9;
    TimelineRowsPtr rows_;
    std::size_t last_drawn_rects_ = 0;
};

}  // namespace edgecim::ui
