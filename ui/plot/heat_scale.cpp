#include "plot/heat_scale.hpp"

#include <qcustomplot.h>

#include "plot/palette.hpp"

namespace edgecim::ui {

QCPColorScale* attachHeatScale(QCustomPlot* plot, QCPColorMap* map) {
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    map->setColorScale(scale);
    QCPColorGradient gradient;
    QMap<double, QColor> stops;
    for (int i = 0; i < palette::kHeatStops; ++i) {
        const double f = static_cast<double>(i) / (palette::kHeatStops - 1);
        stops.insert(f, palette::heat(f));
    }
    gradient.setColorStops(stops);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(palette::muted());
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setTightBoundary(false);  // the first and last columns are whole cells too
    // The scale spans exactly the height of the axis rect.
    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    return scale;
}

}  // namespace edgecim::ui
