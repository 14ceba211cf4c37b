#include "plot/sweep_heatmap.hpp"

#include <qcustomplot.h>

#include <cmath>

#include "plot/heat_scale.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

struct SweepHeatmap::Parts {
    QCPColorMap* map = nullptr;
    QCPColorScale* scale = nullptr;
};

namespace {
QSharedPointer<QCPAxisTickerText> categoryTicker(const QStringList& labels) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // At most ~12 labels, so long value lists stay readable; every cell still hovers.
    const int stride = std::max(1, static_cast<int>(std::ceil(static_cast<double>(labels.size()) / 12.0)));
    for (int i = 0; i < labels.size(); i += stride) ticker->addTick(i, labels[i]);
    return ticker;
}
}  // namespace

SweepHeatmap::SweepHeatmap(QWidget* parent) : PlotWidget(parent), parts_(new Parts) {
    parts_->map = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    parts_->scale = attachHeatScale(plot_, parts_->map);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    parts_->map->setVisible(false);
    applyStyle();
}

SweepHeatmap::~SweepHeatmap() { delete parts_; }

void SweepHeatmap::setHeatmap(SweepHeatmapData heatmap) {
    data_ = std::move(heatmap);
    const int rows = rowCount(), cols = columnCount();
    parts_->map->setVisible(rows > 0 && cols > 0);
    plot_->xAxis->setLabel(data_.column_label);
    plot_->yAxis->setLabel(data_.row_label);
    parts_->scale->axis()->setLabel(data_.value_label);
    if (rows == 0 || cols == 0) {
        parts_->map->data()->clear();
        replotQueued();
        return;
    }
    QCPColorMapData* cells = parts_->map->data();
    cells->setSize(cols, rows);
    cells->setRange(QCPRange(0, cols - 1), QCPRange(0, rows - 1));
    double lo = INFINITY, hi = -INFINITY;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const auto& row = data_.values[static_cast<std::size_t>(r)];
            const double v = c < static_cast<int>(row.size()) ? row[static_cast<std::size_t>(c)] : std::nan("");
            cells->setCell(c, r, v);
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    if (!std::isfinite(lo)) lo = hi = 0;
    if (!(hi > lo)) hi = lo + (lo == 0 ? 1 : std::fabs(lo) * 0.01);  // one value: still a valid scale
    parts_->map->setDataRange(QCPRange(lo, hi));
    if (!data_.categories.isEmpty()) {
        parts_->scale->axis()->setTicker(categoryTicker(data_.categories));
    } else {
        parts_->scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    plot_->xAxis->setTicker(categoryTicker(data_.column_values));
    plot_->yAxis->setTicker(categoryTicker(data_.row_values));
    plot_->xAxis->setRange(-0.5, cols - 0.5);
    plot_->yAxis->setRange(-0.5, rows - 0.5);
    applyStyle();
    replotQueued();
}

QPointF SweepHeatmap::cellCentre(int row, int column) const {
    return {plot_->xAxis->coordToPixel(column), plot_->yAxis->coordToPixel(row)};
}

QString SweepHeatmap::hoverText(const QPointF& pos) const {
    if (rowCount() == 0 || columnCount() == 0) return {};
    if (!plot_->axisRect()->rect().contains(pos.toPoint())) return {};
    const int column = static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(pos.x())));
    const int row = static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(pos.y())));
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return {};
    const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column);
    const double v = c < data_.values[r].size() ? data_.values[r][c] : std::nan("");
    QString headline;
    if (!std::isfinite(v)) {
        headline = tr("not evaluated");
    } else if (!data_.categories.isEmpty()) {
        const int index = static_cast<int>(std::lround(v));
        headline = index >= 0 && index < data_.categories.size() ? data_.categories[index].toHtmlEscaped()
                                                                 : units::formatNumber(v);
    } else {
        headline = data_.format_value ? data_.format_value(v) : units::formatNumber(v);
    }
    QString text = QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                       .arg(headline, data_.column_label.toHtmlEscaped(), data_.column_values[column].toHtmlEscaped(),
                            data_.row_label.toHtmlEscaped(), data_.row_values[row].toHtmlEscaped());
    if (r < data_.notes.size() && c < data_.notes[r].size() && !data_.notes[r][c].isEmpty())
        text += QStringLiteral("<br>") + data_.notes[r][c].toHtmlEscaped();
    return text;
}

}  // namespace edgecim::ui
