#pragma once
// The design-space exploration scatter: every evaluated design as a point (latency
// against energy per token), coloured by the value of one gene, infeasible designs
// greyed, the Pareto front drawn on top as connected diamonds, and the design being
// edited as a star with its own legend entry. Hover shows a design (its text is asked
// for only then: a search of thousands of designs refreshes every generation); a click
// selects a design and a double-click reports it so the view can load it. Wheel and drag
// zoom and pan; once the user has, new data no longer refits the axes (Show all does).
#include <QPointF>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

#include "plot/plot_widget.hpp"

namespace edgecim::ui {

struct DseScatterPoint {
    int id = -1;          // the caller's index of the design (>= 0)
    double x = 0, y = 0;  // in the axis units
    bool feasible = false;
    int colour = -1;  // index into DseScatterData::colour_labels; -1: uncoloured
};

struct DseScatterData {
    QString x_label, y_label;
    std::vector<DseScatterPoint> points;
    std::vector<int> front;     // ids of the front designs
    QString colour_name;        // short gene name for the legend, e.g. "tiles"
    QStringList colour_labels;  // one per gene value, in gene order
    // The design being edited, evaluated like the others (none: not shown), and its
    // legend text (e.g. "current design (editor), over budget").
    std::optional<DseScatterPoint> current;
    QString current_label;
};

class DseScatter : public PlotWidget {
    Q_OBJECT
public:
    // The id pointAt() and the hover text use for DseScatterData::current.
    static constexpr int kCurrentId = -2;

    explicit DseScatter(QWidget* parent = nullptr);
    // Refits the axes unless the user has zoomed or panned since the last fit.
    void setData(DseScatterData data);
    const DseScatterData& data() const { return data_; }
    // Rich text for a design id (or kCurrentId), asked for when the mouse rests on it.
    void setHoverText(std::function<QString(int id)> text) { hover_text_ = std::move(text); }

    int pointCount() const { return static_cast<int>(data_.points.size()); }
    int frontCount() const { return static_cast<int>(data_.front.size()); }
    // The id of the design nearest to pos (customPlot() coordinates) within a few
    // pixels (the current design first, then the front, then the rest), or -1.
    int pointAt(const QPointF& pos) const;
    // Where a design is drawn, in customPlot() coordinates (tests click there).
    QPointF pixelOf(int id) const;
    bool logX() const;
    bool logY() const;
    // False once the user wheeled or dragged: new data keeps the axes where they are.
    bool followsData() const { return follows_data_; }
    // The axis ranges shown, in axis units (x lo, x hi, y lo, y hi).
    QRectF visibleRange() const;

public slots:
    // Fits the axes to the front (it often sits in a corner of the whole cloud) and keeps
    // them there while new designs arrive.
    void zoomToFront();
    // Fits the axes to every design, and again whenever new designs arrive.
    void showAll();

signals:
    void pointClicked(int id);    // a single click on a design (ids >= 0 only)
    void pointActivated(int id);  // a double-click on a design (ids >= 0 only)

protected:
    QString hoverText(const QPointF& pos) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitAxes(bool front_only);

    DseScatterData data_;
    std::function<QString(int)> hover_text_;
    QPointF press_pos_;
    bool pressed_ = false;
    bool follows_data_ = true;
};

}  // namespace edgecim::ui
