#pragma once
// The design-space exploration scatter: every evaluated design as a point (latency
// against energy per token), coloured by the value of one gene, infeasible designs
// greyed, and the Pareto front drawn on top as connected diamonds. Hover shows the
// design; a click reports its id so the view can load it.
#include <QPointF>
#include <QStringList>
#include <vector>

#include "plot/plot_widget.hpp"

namespace edgecim::ui {

struct DseScatterPoint {
    int id = -1;          // the caller's index of the design
    double x = 0, y = 0;  // in the axis units
    bool feasible = false;
    int colour = -1;  // index into DseScatterData::colour_labels; -1: uncoloured
    QString hover;    // rich text
};

struct DseScatterData {
    QString x_label, y_label;
    std::vector<DseScatterPoint> points;
    std::vector<int> front;     // ids of the front designs
    QString colour_name;        // short gene name for the legend, e.g. "tiles"
    QStringList colour_labels;  // one per gene value, in gene order
};

class DseScatter : public PlotWidget {
    Q_OBJECT
public:
    explicit DseScatter(QWidget* parent = nullptr);
    void setData(DseScatterData data);
    const DseScatterData& data() const { return data_; }

    int pointCount() const { return static_cast<int>(data_.points.size()); }
    int frontCount() const { return static_cast<int>(data_.front.size()); }
    // The id of the design nearest to pos (customPlot() coordinates) within a few
    // pixels, or -1.
    int pointAt(const QPointF& pos) const;
    // Where a design is drawn, in customPlot() coordinates (tests click there).
    QPointF pixelOf(int id) const;
    bool logX() const;
    bool logY() const;

public slots:
    // Fits the axes to the front (it often sits in a corner of the whole cloud).
    void zoomToFront();
    void showAll();

signals:
    void pointClicked(int id);

protected:
    QString hoverText(const QPointF& pos) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitAxes(bool front_only);

    DseScatterData data_;
    QPointF press_pos_;
    bool pressed_ = false;
};

}  // namespace edgecim::ui
