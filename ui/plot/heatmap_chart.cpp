#include "plot/heatmap_chart.hpp"

#include <qcustomplot.h>

#include "plot/palette.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

struct HeatmapChart::Parts {
    QCPColorMap* map = nullptr;
    QCPColorScale* scale = nullptr;
};

HeatmapChart::HeatmapChart(const QString& value_label, QWidget* parent) : PlotWidget(parent), parts_(new Parts) {
    parts_->map = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    parts_->scale = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(0, 1, parts_->scale);
    parts_->scale->setType(QCPAxis::atRight);
    parts_->scale->axis()->setLabel(value_label);
    parts_->map->setColorScale(parts_->scale);
    QCPColorGradient gradient;
    QMap<double, QColor> stops;
    for (int i = 0; i < palette::kHeatStops; ++i) {
        const double f = static_cast<double>(i) / (palette::kHeatStops - 1);
        stops.insert(f, palette::heat(f));
    }
    gradient.setColorStops(stops);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(palette::muted());
    parts_->map->setGradient(gradient);
    parts_->map->setInterpolate(false);
    parts_->map->setTightBoundary(true);
    parts_->map->setDataRange(QCPRange(0, 100));  // fixed: 100 % means the same colour after every edit
    auto* margins = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    parts_->scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    plot_->yAxis->setRangeReversed(true);
    plot_->xAxis->grid()->setVisible(false);
    plot_->yAxis->grid()->setVisible(false);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    parts_->map->setVisible(false);
    applyStyle();
}

HeatmapChart::~HeatmapChart() { delete parts_; }

void HeatmapChart::setHeatmap(HeatmapData heatmap) {
    data_ = std::move(heatmap);
    const int rows = rowCount(), cols = columnCount();
    parts_->map->setVisible(rows > 0 && cols > 0);
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
    replotQueued();
}

int HeatmapChart::rowCount() const { return static_cast<int>(data_.cells.size()); }
int HeatmapChart::columnCount() const { return data_.cells.empty() ? 0 : static_cast<int>(data_.cells.front().size()); }

double HeatmapChart::cellPercent(int row, int column) const { return parts_->map->data()->cell(column, row); }

QString HeatmapChart::hoverText(const QPointF& pos) const {
    if (rowCount() == 0) return {};
    int column = 0, row = 0;
    parts_->map->data()->coordToCell(plot_->xAxis->pixelToCoord(pos.x()), plot_->yAxis->pixelToCoord(pos.y()), &column,
                                     &row);
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return {};
    const double key = data_.column_origin + data_.column_step * column;
    return tr("%1 %2, %3 %4 %5<br><b>%6 % busy</b>")
        .arg(data_.row_label)
        .arg(row)
        .arg(data_.column_name, units::formatNumber(key), data_.column_unit,
             units::formatNumber(cellPercent(row, column)));
}

}  // namespace edgecim::ui
