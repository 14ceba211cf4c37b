#include "plot/plot_export.hpp"

#include <qcustomplot.h>

#include "plot/plot_widget.hpp"

namespace edgecim::ui {

VectorPainter::VectorPainter(QPaintDevice* device) : painter_(std::make_unique<QCPPainter>()) {
    if (!painter_->begin(device)) return;
    painter_->setMode(QCPPainter::pmVectorized);
    painter_->setMode(QCPPainter::pmNoCaching);
    painter_->setMode(QCPPainter::pmNonCosmetic);
    painter_->setRenderHint(QPainter::Antialiasing);
    painter_->setRenderHint(QPainter::TextAntialiasing);
}

VectorPainter::~VectorPainter() {
    if (painter_->isActive()) painter_->end();
}

bool VectorPainter::isActive() const { return painter_->isActive(); }

QPainter& VectorPainter::painter() { return *painter_; }

void VectorPainter::drawPlot(const PlotWidget& plot, QSize logical, const QRectF& target) {
    if (logical.isEmpty() || target.isEmpty()) return;
    painter_->save();
    painter_->translate(target.topLeft());
    painter_->scale(target.width() / logical.width(), target.height() / logical.height());
    painter_->setClipRect(QRectF(QPointF(0, 0), QSizeF(logical)), Qt::IntersectClip);
    plot.customPlot()->toPainter(painter_.get(), logical.width(), logical.height());
    painter_->restore();
}

bool VectorPainter::end() { return painter_->end(); }

QImage renderPlotImage(const PlotWidget& plot, QSize logical, double scale) {
    return plot.customPlot()->toPixmap(logical.width(), logical.height(), scale).toImage();
}

}  // namespace edgecim::ui
