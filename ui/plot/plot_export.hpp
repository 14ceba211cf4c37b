#pragma once
// Rendering charts outside their widgets, for exporters (the report): as vector drawings
// on any paint device (PDF pages) and as raster images. Keeps qcustomplot.h inside
// ui/plot/: callers see a plain QPainter.
#include <QImage>
#include <QRectF>
#include <QSize>
#include <memory>

class QCPPainter;
class QPaintDevice;
class QPainter;

namespace edgecim::ui {

class PlotWidget;

// A painter for vector output (PDF, SVG) that can draw text and charts alike: everything
// goes through one QCustomPlot painter in vectorized, non-cosmetic mode.
class VectorPainter {
public:
    explicit VectorPainter(QPaintDevice* device);
    ~VectorPainter();
    VectorPainter(const VectorPainter&) = delete;
    VectorPainter& operator=(const VectorPainter&) = delete;

    bool isActive() const;
    QPainter& painter();
    // Lays the chart out at `logical` size (pixels at 96 dpi) and draws it scaled into
    // `target` (painter coordinates) as vector paths and text.
    void drawPlot(const PlotWidget& plot, QSize logical, const QRectF& target);
    bool end();

private:
    std::unique_ptr<QCPPainter> painter_;
};

// The chart laid out at `logical` size and rendered at `scale` x that many pixels.
QImage renderPlotImage(const PlotWidget& plot, QSize logical, double scale);

}  // namespace edgecim::ui
