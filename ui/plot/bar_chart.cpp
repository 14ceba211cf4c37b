#include "plot/bar_chart.hpp"

#include <qcustomplot.h>

#include "plot/units.hpp"

namespace edgecim::ui {

BarChart::BarChart(QWidget* parent) : PlotWidget(parent) {
    plot_->xAxis->grid()->setVisible(false);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Vertical);
    plot_->axisRect()->setRangeZoom(Qt::Vertical);
    applyStyle();
}

void BarChart::setBars(BarChartData chart) {
    data_ = std::move(chart);
    if (!data_.format) data_.format = [](double v) { return units::formatNumber(v); };
    plot_->clearPlottables();
    QCPBarsGroup* group = nullptr;
    const int n = static_cast<int>(data_.series.size());
    if (!data_.stacked && n > 1) {
        group = new QCPBarsGroup(plot_);
        group->setSpacing(2);
    }
    QVector<double> keys;
    for (int i = 0; i < data_.categories.size(); ++i) keys << i;
    QCPBars* below = nullptr;
    double top = 0;
    std::vector<double> stack(static_cast<std::size_t>(data_.categories.size()), 0.0);
    for (const BarSeries& s : data_.series) {
        auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(s.name);
        bars->setBrush(s.colour);
        bars->setPen(QPen(s.colour.darker(130), 0));
        bars->setWidth(data_.stacked || n <= 1 ? 0.6 : 0.8 / n);
        QVector<double> values(s.values.begin(), s.values.end());
        values.resize(keys.size());
        bars->setData(keys, values, true);
        if (group) bars->setBarsGroup(group);
        if (data_.stacked && below) bars->moveAbove(below);
        below = bars;
        for (int i = 0; i < values.size(); ++i) {
            stack[static_cast<std::size_t>(i)] = data_.stacked ? stack[static_cast<std::size_t>(i)] + values[i] : std::max(stack[static_cast<std::size_t>(i)], values[i]);
            top = std::max(top, stack[static_cast<std::size_t>(i)]);
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < data_.categories.size(); ++i)
        ticker->addTick(i, (i == data_.highlighted_category ? QStringLiteral("▶ ") : QString()) + data_.categories[i]);
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 3);
    plot_->xAxis->setTickLabelRotation(data_.categories.size() > 6 ? 35 : 0);
    plot_->xAxis->setLabel(data_.category_label);
    plot_->xAxis->setRange(-0.6, static_cast<double>(data_.categories.size()) - 0.4);
    plot_->yAxis->setLabel(data_.value_label);
    if (data_.log_scale) {
        plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        plot_->yAxis->setScaleType(QCPAxis::stLinear);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        plot_->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    }
    plot_->legend->setVisible(n > 1);
    if (data_.stacked && n > 1 && !legend_placed_) {
        placeLegendRight();  // a tall stack would hide behind an inset legend
        legend_placed_ = true;
    }
    replotQueued();
}

double BarChart::categoryTotal(int category) const {
    double total = 0;
    for (const BarSeries& s : data_.series)
        if (category >= 0 && category < static_cast<int>(s.values.size())) total += s.values[static_cast<std::size_t>(category)];
    return total;
}

QString BarChart::hoverText(const QPointF& pos) const {
    const int category = static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(pos.x())));
    if (category < 0 || category >= categoryCount() || !plot_->axisRect()->rect().contains(pos.toPoint())) return {};
    QString text = QStringLiteral("<b>%1</b>").arg(data_.categories[category].toHtmlEscaped());
    for (auto it = data_.series.rbegin(); it != data_.series.rend(); ++it) {
        const double v = category < static_cast<int>(it->values.size()) ? it->values[static_cast<std::size_t>(category)] : 0;
        if (data_.stacked && v == 0) continue;
        text += QStringLiteral("<br><span style='color:%1'>■</span> %2: %3")
                    .arg(it->colour.name(), it->name.toHtmlEscaped(), data_.format(v));
    }
    if (data_.stacked) text += tr("<br><b>total: %1</b>").arg(data_.format(categoryTotal(category)));
    return text;
}

}  // namespace edgecim::ui
