#include "plot/dse_scatter.hpp"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <algorithm>
#include <cmath>

#include "plot/palette.hpp"

namespace edgecim::ui {

namespace {
constexpr double kPickRadiusPx = 10;

// A decade or more of spread reads better on a log axis; less stays linear so small
// differences near the front are not squeezed.
void fitAxis(QCPAxis* axis, double lo, double hi) {
    const bool log = lo > 0 && hi / lo >= 10;
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setSubTickCount(8);
        ticker->setTickCount(5);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setRange(lo / 1.25, hi * 1.25);
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setNumberFormat(QStringLiteral("g"));
        const double pad = hi > lo ? (hi - lo) * 0.06 : std::max(std::abs(lo) * 0.1, 1e-9);
        axis->setRange(lo - pad, hi + pad);
    }
}

// Viridis without its palest end, which vanishes on a white background.
QColor valueColour(int index, int count) { return palette::heat(count > 1 ? 0.88 * index / (count - 1) : 0.35); }

QCPGraph* addPoints(QCustomPlot* plot, const QString& name, const QCPScatterStyle& style) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    graph->setAdaptiveSampling(false);  // every design stays visible
    return graph;
}
}  // namespace

DseScatter::DseScatter(QWidget* parent) : PlotWidget(parent) {
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Below the axes, wrapping into rows: beside them it took a third of a narrow chart
    // and still cut the longer entries.
    placeLegendBelow(4);
    applyStyle();
}

void DseScatter::setData(DseScatterData data) {
    data_ = std::move(data);
    plot_->clearPlottables();
    plot_->xAxis->setLabel(data_.x_label);
    plot_->yAxis->setLabel(data_.y_label);

    const int colours = static_cast<int>(data_.colour_labels.size());
    QCPGraph* infeasible = addPoints(plot_, tr("infeasible (invalid or over budget)"),
                                     QCPScatterStyle(QCPScatterStyle::ssCircle, palette::muted(), 5));
    std::vector<QCPGraph*> by_value;
    if (colours == 0) {
        by_value.push_back(
            addPoints(plot_, tr("feasible design"), QCPScatterStyle(QCPScatterStyle::ssDisc, palette::primary(), 6)));
    } else {
        for (int k = 0; k < colours; ++k) {
            const QColor c = valueColour(k, colours);
            by_value.push_back(addPoints(plot_, data_.colour_name + QStringLiteral(" = ") + data_.colour_labels[k],
                                         QCPScatterStyle(QCPScatterStyle::ssDisc, c, 6)));
        }
    }
    QCPGraph* front = plot_->addGraph();
    front->setName(tr("Pareto front (%1)").arg(data_.front.size()));
    front->setPen(QPen(palette::reference(), 1.5));
    // Okabe-Ito vermilion: apart from every hue of the viridis ramp beneath it.
    front->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(0xD55E00), 2), QBrush(Qt::NoBrush), 11));
    front->setLineStyle(QCPGraph::lsLine);

    for (const DseScatterPoint& p : data_.points) {
        QCPGraph* target =
            !p.feasible
                ? infeasible
                : by_value[static_cast<std::size_t>(std::clamp(p.colour, 0, static_cast<int>(by_value.size()) - 1))];
        target->addData(p.x, p.y);
    }
    for (int id : data_.front)
        if (auto it =
                std::find_if(data_.points.begin(), data_.points.end(), [id](const auto& p) { return p.id == id; });
            it != data_.points.end())
            front->addData(it->x, it->y);  // QCPGraph keeps keys sorted: the line runs along latency
    if (data_.current) {
        // Drawn last, so on top of the design it may coincide with; black: apart from the
        // viridis ramp, the grey infeasible points and the vermilion front.
        QCPGraph* current =
            addPoints(plot_, data_.current_label.isEmpty() ? tr("current design (editor)") : data_.current_label,
                      QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(Qt::black), 2.5), QBrush(Qt::NoBrush), 18));
        current->addData(data_.current->x, data_.current->y);
    }
    // Legend entries for values no design has would only add noise.
    for (int i = plot_->graphCount() - 1; i >= 0; --i)
        if (plot_->graph(i)->dataCount() == 0 && plot_->graph(i) != front) plot_->graph(i)->removeFromLegend();
    if (follows_data_) fitAxes(false);
    applyStyle();
    replotQueued();
}

void DseScatter::zoomToFront() {
    fitAxes(true);
    follows_data_ = false;  // a front view the user asked for stays while designs arrive
}

void DseScatter::showAll() {
    fitAxes(false);
    follows_data_ = true;
}

QRectF DseScatter::visibleRange() const {
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    return {QPointF(x.lower, y.lower), QPointF(x.upper, y.upper)};
}

void DseScatter::fitAxes(bool front_only) {
    double x_lo = INFINITY, x_hi = -INFINITY, y_lo = INFINITY, y_hi = -INFINITY;
    const auto include = [&](const DseScatterPoint& p) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return;
        x_lo = std::min(x_lo, p.x), x_hi = std::max(x_hi, p.x);
        y_lo = std::min(y_lo, p.y), y_hi = std::max(y_hi, p.y);
    };
    for (const DseScatterPoint& p : data_.points)
        if (!front_only || std::find(data_.front.begin(), data_.front.end(), p.id) != data_.front.end()) include(p);
    if (data_.current && !front_only) include(*data_.current);  // where the editor stands stays in view
    if (!std::isfinite(x_lo)) return;
    fitAxis(plot_->xAxis, x_lo, x_hi);
    fitAxis(plot_->yAxis, y_lo, y_hi);
    replotQueued();
}

bool DseScatter::logX() const { return plot_->xAxis->scaleType() == QCPAxis::stLogarithmic; }
bool DseScatter::logY() const { return plot_->yAxis->scaleType() == QCPAxis::stLogarithmic; }

QPointF DseScatter::pixelOf(int id) const {
    const auto pixel = [this](const DseScatterPoint& p) {
        return QPointF(plot_->xAxis->coordToPixel(p.x), plot_->yAxis->coordToPixel(p.y));
    };
    if (id == kCurrentId) return data_.current ? pixel(*data_.current) : QPointF(-1, -1);
    for (const DseScatterPoint& p : data_.points)
        if (p.id == id) return pixel(p);
    return {-1, -1};
}

int DseScatter::pointAt(const QPointF& pos) const {
    double best = kPickRadiusPx * kPickRadiusPx;
    int id = -1;
    auto consider = [&](const DseScatterPoint& p, int point_id) {
        const double dx = plot_->xAxis->coordToPixel(p.x) - pos.x();
        const double dy = plot_->yAxis->coordToPixel(p.y) - pos.y();
        if (dx * dx + dy * dy < best) best = dx * dx + dy * dy, id = point_id;
    };
    // Top-most first (the current design, then the front), so they win ties with points beneath.
    if (data_.current) consider(*data_.current, kCurrentId);
    auto on_front = [this](int point_id) {
        return std::find(data_.front.begin(), data_.front.end(), point_id) != data_.front.end();
    };
    for (const DseScatterPoint& p : data_.points)
        if (on_front(p.id)) consider(p, p.id);
    for (const DseScatterPoint& p : data_.points)
        if (!on_front(p.id)) consider(p, p.id);
    return id;
}

QString DseScatter::hoverText(const QPointF& pos) const {
    const int id = pointAt(pos);
    return id == -1 || !hover_text_ ? QString() : hover_text_(id);
}

bool DseScatter::eventFilter(QObject* watched, QEvent* event) {
    if (watched != plot_) return PlotWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::Wheel:
            follows_data_ = false;  // QCustomPlot zooms; the user's view wins over new data
            break;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick: {
            // A click (press and release without dragging the axes) selects a design; a
            // double-click loads it. A drag pans (QCustomPlot) and keeps the view.
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() != Qt::LeftButton) break;
            if (event->type() == QEvent::MouseButtonPress) {
                press_pos_ = mouse->position();
                pressed_ = true;
            } else if (event->type() == QEvent::MouseButtonDblClick) {
                if (const int id = pointAt(mouse->position()); id >= 0) emit pointActivated(id);
            } else if (pressed_) {
                pressed_ = false;
                if ((mouse->position() - press_pos_).manhattanLength() < 4) {
                    if (const int id = pointAt(mouse->position()); id >= 0) emit pointClicked(id);
                } else {
                    follows_data_ = false;
                }
            }
            break;
        }
        default:
            break;
    }
    return PlotWidget::eventFilter(watched, event);
}

}  // namespace edgecim::ui
