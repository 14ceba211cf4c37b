#pragma once
// Lines and points on linear or logarithmic axes, with an optional right axis for a
// second quantity: the roofline chart and the context sweep.
#include <QColor>
#include <QStringList>
#include <functional>
#include <vector>

#include "plot/plot_widget.hpp"
#include "plot/text_format.hpp"

namespace edgecim::ui {

struct XYSeries {
    enum class Style { line, points, line_points };
    QString name;
    QColor colour;
    std::vector<double> x, y;
    Style style = Style::line_points;
    bool right_axis = false;
    double point_size = 7;
    bool dashed = false;
    QStringList point_labels;  // hover names of the points (optional)
    TextFormat format_y;       // hover text of a y value with unit
};

inline XYSeries makeSeries(QString name, QColor colour, XYSeries::Style style) {
    XYSeries s;
    s.name = std::move(name);
    s.colour = colour;
    s.style = style;
    return s;
}

struct XYAxes {
    QString x_label, y_label, y2_label;
    bool log_x = false, log_y = false;
    int log_base_x = 10;
    TextFormat format_x;
};

class XYChart : public PlotWidget {
    Q_OBJECT
public:
    explicit XYChart(QWidget* parent = nullptr);
    void setChart(XYAxes axes, std::vector<XYSeries> series);
    const std::vector<XYSeries>& series() const { return series_; }

protected:
    QString hoverText(const QPointF& pos) const override;

private:
    XYAxes axes_;
    std::vector<XYSeries> series_;
};

}  // namespace edgecim::ui
