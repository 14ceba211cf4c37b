#include "plot/xy_chart.hpp"

#include <qcustomplot.h>

#include <cmath>

#include "plot/units.hpp"

namespace edgecim::ui {

namespace {
void configureAxis(QCPAxis* axis, bool log, int base) {
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setLogBase(base);
        ticker->setSubTickCount(base == 2 ? 0 : 8);
        ticker->setTickCount(base == 2 ? 10 : 5);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("g"));
    }
}

QCPRange paddedRange(double lo, double hi, bool log) {
    if (!(hi > lo)) return log ? QCPRange(lo / 2, lo * 2) : QCPRange(lo - 1, lo + 1);
    if (log) return QCPRange(lo / 1.5, hi * 1.5);
    return QCPRange(std::min(0.0, lo), hi * 1.1);
}
}  // namespace

XYChart::XYChart(QWidget* parent) : PlotWidget(parent) {
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Below the axes, never over them: an inset legend hid the points under it (sweeps
    // rising to the top right, zoo models on a small roofline). Up to four entries a row.
    placeLegendBelow(4);
    applyStyle();
}

void XYChart::setChart(XYAxes axes, std::vector<XYSeries> series) {
    axes_ = std::move(axes);
    series_ = std::move(series);
    plot_->clearPlottables();
    configureAxis(plot_->xAxis, axes_.log_x, axes_.log_base_x);
    configureAxis(plot_->yAxis, axes_.log_y, 10);
    configureAxis(plot_->yAxis2, false, 10);
    plot_->xAxis->setLabel(axes_.x_label);
    plot_->yAxis->setLabel(axes_.y_label);
    plot_->yAxis2->setLabel(axes_.y2_label);
    plot_->yAxis2->setVisible(!axes_.y2_label.isEmpty());
    double x_lo = INFINITY, x_hi = -INFINITY, y_lo[2] = {INFINITY, INFINITY}, y_hi[2] = {-INFINITY, -INFINITY};
    for (const XYSeries& s : series_) {
        QCPAxis* value_axis = s.right_axis ? plot_->yAxis2 : plot_->yAxis;
        QCPGraph* graph = plot_->addGraph(plot_->xAxis, value_axis);
        graph->setName(s.name);
        QPen pen(s.colour, 2, s.dashed ? Qt::DashLine : Qt::SolidLine);
        graph->setPen(pen);
        graph->setLineStyle(s.style == XYSeries::Style::points ? QCPGraph::lsNone : QCPGraph::lsLine);
        if (s.style != XYSeries::Style::line)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.colour, s.point_size));
        graph->setData(QVector<double>(s.x.begin(), s.x.end()), QVector<double>(s.y.begin(), s.y.end()));
        const int side = s.right_axis ? 1 : 0;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) continue;
            x_lo = std::min(x_lo, s.x[i]);
            x_hi = std::max(x_hi, s.x[i]);
            y_lo[side] = std::min(y_lo[side], s.y[i]);
            y_hi[side] = std::max(y_hi[side], s.y[i]);
        }
    }
    if (std::isfinite(x_lo)) {
        plot_->xAxis->setRange(axes_.log_x ? QCPRange(x_lo / 1.3, x_hi * 1.3) : QCPRange(x_lo, x_hi));
        plot_->yAxis->setRange(paddedRange(y_lo[0], y_hi[0], axes_.log_y));
        if (std::isfinite(y_lo[1])) plot_->yAxis2->setRange(paddedRange(y_lo[1], y_hi[1], false));
    }
    applyStyle();
    replotQueued();
}

QString XYChart::hoverText(const QPointF& pos) const {
    // The nearest point within 12 px, across all series; on a tie the later series (drawn
    // on top, e.g. this design over a zoo model with the same numbers) wins.
    double best = 12 * 12;
    QString text;
    for (std::size_t si = 0; si < series_.size(); ++si) {
        const XYSeries& s = series_[si];
        const QCPAxis* value_axis = s.right_axis ? plot_->yAxis2 : plot_->yAxis;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            // NaN marks a gap in a line (a sweep point that could not run): nothing to hover,
            // and a NaN distance would otherwise win every comparison below.
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) continue;
            const double dx = plot_->xAxis->coordToPixel(s.x[i]) - pos.x();
            const double dy = value_axis->coordToPixel(s.y[i]) - pos.y();
            if (dx * dx + dy * dy > best) continue;
            best = dx * dx + dy * dy;
            const QString label =
                i < static_cast<std::size_t>(s.point_labels.size()) ? s.point_labels[static_cast<int>(i)] : s.name;
            const QString x = axes_.format_x ? axes_.format_x(s.x[i]) : units::formatNumber(s.x[i]);
            const QString y = s.format_y ? s.format_y(s.y[i]) : units::formatNumber(s.y[i]);
            text = QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                       .arg(label.toHtmlEscaped(), axes_.x_label, x, s.right_axis ? axes_.y2_label : axes_.y_label, y);
        }
    }
    return text;
}

}  // namespace edgecim::ui
