#include "plot/heatmap_chart.hpp"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

#include "plot/heat_scale.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

namespace {

// The colour scale in percent: 0-100, or the data's own span. A uniform map gets a span
// of one percentage point around its value so it still has a scale to read it on.
QCPRange dataRange(const std::vector<std::vector<double>>& cells, bool from_data) {
    if (!from_data) return QCPRange(0, 100);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& row : cells)
        for (double v : row)
            if (std::isfinite(v)) {
                lo = std::min(lo, 100 * v);
                hi = std::max(hi, 100 * v);
            }
    if (!(hi >= lo)) return QCPRange(0, 100);
    if (hi - lo < 1e-6) {
        lo = std::max(0.0, lo - 0.5);
        hi = std::min(100.0, lo + 1.0);
        if (hi - lo < 1.0) lo = hi - 1.0;
    }
    return QCPRange(lo, hi);
}

}  // namespace

struct HeatmapChart::Parts {
    QCPColorMap* map = nullptr;
    QCPColorScale* scale = nullptr;
};

HeatmapChart::HeatmapChart(const QString& value_label, QWidget* parent)
    : PlotWidget(parent), parts_(new Parts), default_value_label_(value_label) {
    parts_->map = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    parts_->scale = attachHeatScale(plot_, parts_->map);
    parts_->scale->axis()->setLabel(value_label);
    parts_->map->setDataRange(QCPRange(0, 100));  // fixed unless the data asks for auto_range
    plot_->yAxis->setRangeReversed(true);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    parts_->map->setVisible(false);
    applyStyle();
}

HeatmapChart::~HeatmapChart() { delete parts_; }

void HeatmapChart::setHeatmap(HeatmapData heatmap) {
    data_ = std::move(heatmap);
    const int rows = rowCount(), cols = columnCount();
    parts_->map->setVisible(rows > 0 && cols > 0);
    parts_->scale->axis()->setLabel(data_.value_label.isEmpty() ? default_value_label_ : data_.value_label);
    plot_->xAxis->setLabel(data_.column_label);
    plot_->yAxis->setLabel(data_.row_label);
    if (rows == 0 || cols == 0) {
        parts_->map->data()->clear();
        replotQueued();
        return;
    }
    QCPColorMapData* cells = parts_->map->data();
    cells->setSize(cols, rows);
    const double last_key = data_.column_origin + data_.column_step * (cols - 1);
    // setRange takes the centres of the outer cells.
    cells->setRange(QCPRange(data_.column_origin, cols > 1 ? last_key : data_.column_origin + 1e-12),
                    QCPRange(0, rows > 1 ? rows - 1 : 1e-12));
    for (int r = 0; r < rows; ++r) {
        const auto& row = data_.cells[static_cast<std::size_t>(r)];
        for (int c = 0; c < cols; ++c)
            cells->setCell(c, r,
                           c < static_cast<int>(row.size()) ? 100.0 * row[static_cast<std::size_t>(c)] : std::nan(""));
    }
    plot_->xAxis->setRange(data_.column_origin - data_.column_step / 2, last_key + data_.column_step / 2);
    // Tiles and layers are integers: ticks on whole numbers only.
    const auto integer_ticker = [](int count) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        ticker->setTickCount(std::min(count, 16));
        return ticker;
    };
    plot_->yAxis->setTicker(integer_ticker(rows));
    if (data_.integer_columns) {
        plot_->xAxis->setTicker(integer_ticker(cols));
    } else {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    plot_->yAxis->setRange(-0.5, rows - 0.5);
    parts_->map->setDataRange(dataRange(data_.cells, data_.auto_range));
    parts_->scale->axis()->setLabel(data_.value_label.isEmpty() ? default_value_label_ : data_.value_label);
    replotQueued();
}

std::pair<double, double> HeatmapChart::colourRange() const {
    const QCPRange r = parts_->map->dataRange();
    return {r.lower, r.upper};
}

int HeatmapChart::rowCount() const { return static_cast<int>(data_.cells.size()); }
int HeatmapChart::columnCount() const { return data_.cells.empty() ? 0 : static_cast<int>(data_.cells.front().size()); }

double HeatmapChart::cellPercent(int row, int column) const { return parts_->map->data()->cell(column, row); }

QString HeatmapChart::hoverText(const QPointF& pos) const {
    if (rowCount() == 0) return {};
    // Cell c is centred on column_origin + c * column_step, row r on r; whole cells are
    // drawn (no tight boundary), so the outer half cells hover too.
    const double x = (plot_->xAxis->pixelToCoord(pos.x()) - data_.column_origin) / data_.column_step;
    const double y = plot_->yAxis->pixelToCoord(pos.y());
    if (!std::isfinite(x) || !std::isfinite(y)) return {};
    const double column_f = std::floor(x + 0.5), row_f = std::floor(y + 0.5);
    if (column_f < 0 || row_f < 0 || column_f >= columnCount() || row_f >= rowCount()) return {};
    const int column = static_cast<int>(column_f), row = static_cast<int>(row_f);
    const double key = data_.column_origin + data_.column_step * column;
    // Layers are whole numbers: "layer 7", not "layer 7.00".
    const QString key_text = data_.integer_columns ? QString::number(std::llround(key)) : units::formatNumber(key);
    QString where = !data_.column_hover_unit.isEmpty()
                        ? tr("%1 %2–%3 %4")
                              .arg(data_.column_name, units::formatNumber(key - data_.column_step / 2),
                                   units::formatNumber(key + data_.column_step / 2), data_.column_hover_unit)
                    : data_.column_unit.isEmpty() ? tr("%1 %2").arg(data_.column_name, key_text)
                                                  : tr("%1 %2 %3").arg(data_.column_name, key_text, data_.column_unit);
    const auto at = [&](const std::vector<std::vector<double>>& rows) {
        const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column);
        return r < rows.size() && c < rows[r].size() ? rows[r][c] : std::nan("");
    };
    const double write = at(data_.write), compute = at(data_.compute);
    if (!std::isfinite(write) || !std::isfinite(compute))
        return tr("%1 %2, %3<br><b>%4 %</b>")
            .arg(data_.row_label)
            .arg(row)
            .arg(where, units::formatNumber(cellPercent(row, column)));
    const auto pct = [](double f) -> QString { return QString::number(100 * f, 'f', 1); };
    QString text = tr("%1 %2, %3<br><b>write %4 %, compute %5 %, idle %6 %</b>")
                       .arg(data_.row_label)
                       .arg(row)
                       .arg(where, pct(write), pct(compute), pct(std::max(0.0, 1 - write - compute)));
    const double stall = at(data_.stall);
    if (std::isfinite(stall))
        text += tr("<br>of the idle: %1 % with weights in, waiting for the input").arg(pct(stall));
    return text;
}

}  // namespace edgecim::ui
