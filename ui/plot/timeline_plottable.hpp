#pragma once
// A Gantt plottable for hundreds of thousands of spans: one row per resource, spans
// sorted per row. Drawing walks only the visible key range of each visible row and
// merges spans narrower than a pixel into one column coloured by the activity that
// covers most of it; each activity is filled in one batch without antialiasing.
#include <qcustomplot.h>

#include <array>
#include <vector>

#include "edgecim/simulation.hpp"

namespace edgecim::ui {

class TimelinePlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    struct Span {
        double start = 0;  // key units (microseconds)
        double end = 0;
        Activity activity = Activity::compute;
        std::int32_t record = 0;  // index into the source records, for hover text
    };

    TimelinePlottable(QCPAxis* key_axis, QCPAxis* value_axis);

    // Row r is drawn centred on value r. key_scale converts seconds to key units.
    void setTimeline(const Timeline& timeline, double key_scale);
    void clear();
    int rowCount() const { return static_cast<int>(rows_.size()); }
    std::size_t spanCount() const { return span_count_; }
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
    std::vector<std::vector<Span>> rows_;
    std::size_t span_count_ = 0;
    double key_end_ = 0;
    std::size_t last_drawn_rects_ = 0;
};

}  // namespace edgecim::ui
