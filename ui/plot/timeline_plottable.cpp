#include "plot/timeline_plottable.hpp"

#include <algorithm>
#include <cmath>

#include "plot/palette.hpp"

namespace edgecim::ui {

namespace {

// Opaque axis-aligned rects filled into an image covering the plot area, at the
// painter's device resolution (device pixel ratio times the painter's own scale, as in
// a PNG export at 2x), then drawn in one call.
class RectRaster {
public:
    RectRaster(const QRect& area, QCPPainter* painter) : area_(area) {
        if (area.isEmpty()) return;
        const qreal device_ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        scale_ = device_ratio * std::max<qreal>(1e-3, std::abs(painter->transform().m11()));
        image_ = QImage((QSizeF(area.size()) * scale_).toSize(), QImage::Format_ARGB32_Premultiplied);
        image_.fill(Qt::transparent);
        image_.setDevicePixelRatio(scale_);
    }

    void fill(const QVector<QRectF>& rects, const QColor& colour) {
        if (image_.isNull()) return;
        const QRgb pixel = colour.rgba();
        const int w = image_.width(), h = image_.height();
        for (const QRectF& r : rects) {
            const auto px = [&](double v, double origin) {
                return static_cast<int>(std::lround((v - origin) * scale_));
            };
            const int x0 = std::clamp(px(r.left(), area_.left()), 0, w);
            const int x1 = std::clamp(std::max(px(r.right(), area_.left()), x0 + 1), 0, w);
            const int y0 = std::clamp(px(r.top(), area_.top()), 0, h);
            const int y1 = std::clamp(std::max(px(r.bottom(), area_.top()), y0 + 1), 0, h);
            for (int y = y0; y < y1; ++y) {
                auto* line = reinterpret_cast<QRgb*>(image_.scanLine(y));
                std::fill(line + x0, line + x1, pixel);
            }
        }
    }

    void drawOn(QCPPainter* painter) const {
        if (!image_.isNull()) painter->drawImage(area_.topLeft(), image_);
    }

private:
    QRect area_;
    qreal scale_ = 1;
    QImage image_;
};

}  // namespace

TimelinePlottable::TimelinePlottable(QCPAxis* key_axis, QCPAxis* value_axis)
    : QCPAbstractPlottable(key_axis, value_axis) {
    setAntialiased(false);
    setSelectable(QCP::stNone);
}

void TimelinePlottable::setRows(TimelineRowsPtr rows) { rows_ = std::move(rows); }

void TimelinePlottable::clear() { rows_.reset(); }

const TimelinePlottable::Span* TimelinePlottable::spanAt(int row, double key) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    const auto& spans = rows_->rows[static_cast<std::size_t>(row)];
    auto it = std::upper_bound(spans.begin(), spans.end(), key, [](double k, const Span& s) { return k < s.start; });
    if (it == spans.begin()) return nullptr;
    --it;
    return key <= it->end ? &*it : nullptr;
}

double TimelinePlottable::selectTest(const QPointF&, bool, QVariant*) const { return -1; }

QCPRange TimelinePlottable::getKeyRange(bool& found_range, QCP::SignDomain) const {
    found_range = spanCount() > 0;
    return QCPRange(0, std::max(rows_ ? rows_->key_end : 0.0, 1e-9));
}

QCPRange TimelinePlottable::getValueRange(bool& found_range, QCP::SignDomain, const QCPRange&) const {
    found_range = rowCount() > 0;
    return QCPRange(-0.5, static_cast<double>(rowCount()) - 0.5);
}

void TimelinePlottable::draw(QCPPainter* painter) {
    QCPAxis* key_axis = mKeyAxis.data();
    QCPAxis* value_axis = mValueAxis.data();
    last_drawn_rects_ = 0;
    if (!key_axis || !value_axis || rowCount() == 0) return;
    const QCPRange keys = key_axis->range();
    // The time axis is linear: one multiply-add per span instead of coordToPixel.
    const double pixel_origin = key_axis->coordToPixel(0.0);
    const double pixels_per_key = key_axis->coordToPixel(1.0) - pixel_origin;
    // Full spans go to level kLevels-1; a merged pixel column goes to the level of the
    // fraction of the pixel it covers and is drawn that fraction of the row high, in the
    // activity's own colour: a column 25 % busy is a quarter-height bar, not a full one,
    // and no colour is blended into another activity's (pale blue fetches read as KV reads).
    constexpr int kLevels = 4;
    std::array<std::array<QVector<QRectF>, kLevels>, kActivities> batches;
    // Run-length merge: a rect that continues the previous one of its batch on the same
    // row widens it, so a long uniform stretch is one fill instead of hundreds.
    const auto append = [](QVector<QRectF>& batch, const QRectF& rect) {
        if (!batch.isEmpty()) {
            QRectF& last = batch.last();
            if (last.top() == rect.top() && std::fabs(last.right() - rect.left()) < 0.5) {
                last.setRight(std::max(last.right(), rect.right()));
                return;
            }
        }
        batch.append(rect);
    };
    const auto flush_column = [&](double column_x, const std::array<double, kActivities>& cover, double top,
                                  double height) {
        const auto best = std::max_element(cover.begin(), cover.end());
        double total = 0;
        for (double c : cover) total += c;
        if (*best <= 0) return;
        const int level = std::clamp(static_cast<int>(std::ceil(std::min(total, 1.0) * kLevels)) - 1, 0, kLevels - 1);
        const double bar = std::max(1.0, height * (level + 1) / kLevels);  // from the row's bottom
        append(batches[static_cast<std::size_t>(best - cover.begin())][static_cast<std::size_t>(level)],
               QRectF(column_x, top + height - bar, 1.0, bar));
    };
    for (int row = 0; row < rowCount(); ++row) {
        const double y0 = value_axis->coordToPixel(row - 0.4);
        const double y1 = value_axis->coordToPixel(row + 0.4);
        const double top = std::min(y0, y1), height = std::max(1.0, std::fabs(y1 - y0));
        if (top > clipRect().bottom() || top + height < clipRect().top()) continue;
        const auto& spans = rows_->rows[static_cast<std::size_t>(row)];
        // Spans on one row never overlap, so ends are sorted like starts.
        auto it =
            std::lower_bound(spans.begin(), spans.end(), keys.lower, [](const Span& s, double k) { return s.end < k; });
        double column = -1e9;
        std::array<double, kActivities> cover{};
        for (; it != spans.end() && it->start <= keys.upper; ++it) {
            const double x0 = pixel_origin + it->start * pixels_per_key;
            const double x1 = pixel_origin + it->end * pixels_per_key;
            const auto activity = static_cast<std::size_t>(it->activity);
            if (x1 - x0 >= 1.0) {
                flush_column(column, cover, top, height);
                cover.fill(0);
                column = -1e9;
                append(batches[activity][kLevels - 1], QRectF(x0, top, x1 - x0, height));
                continue;
            }
            const double span_column = std::floor(x0);
            if (span_column != column) {
                flush_column(column, cover, top, height);
                cover.fill(0);
                column = span_column;
            }
            cover[activity] += std::max(x1 - x0, 1e-3);
        }
        flush_column(column, cover, top, height);
    }
    applyDefaultAntialiasingHint(painter);
    painter->setPen(Qt::NoPen);
    // PDF/SVG exports get the rectangles as vectors; the screen and PNG get them filled
    // straight into one image: with 256 tiles (516 rows of ~1 px) QPainter::drawRects of
    // half a million rects took ~80 ms on the UI thread, the image takes a few.
    const bool vector_output = painter->modes().testFlag(QCPPainter::pmVectorized);
    RectRaster raster(vector_output ? QRect() : clipRect(), painter);
    for (std::size_t a = 0; a < batches.size(); ++a) {
        const QColor colour = palette::activity(static_cast<Activity>(a));
        painter->setBrush(colour);
        for (const auto& rects : batches[a]) {
            if (rects.isEmpty()) continue;
            if (vector_output)
                painter->drawRects(rects);
            else
                raster.fill(rects, colour);
            last_drawn_rects_ += static_cast<std::size_t>(rects.size());
        }
    }
    if (!vector_output) raster.drawOn(painter);
}

void TimelinePlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette::activity(Activity::compute));
    painter->drawRect(rect);
}

}  // namespace edgecim::ui
