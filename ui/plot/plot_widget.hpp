#pragma once
// Base of every chart: owns one QCustomPlot (the header of which stays inside ui/plot/),
// applies the common style, exports images and shows hover tooltips that subclasses
// compose. Views talk to charts through plain data, never through QCustomPlot types.
#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QMouseEvent;

namespace edgecim::ui {

class PlotWidget : public QWidget {
    Q_OBJECT
public:
    explicit PlotWidget(QWidget* parent = nullptr);
    ~PlotWidget() override;

    // For tests and exporters; the type is only complete inside ui/plot/.
    QCustomPlot* customPlot() const { return plot_; }
    // Number of plottables holding data (0 means the chart shows nothing).
    int plottableCount() const;
    bool savePng(const QString& path, int width, int height) const;
    // Shown above the axes, and kept by every export (PNG, PDF, SVG title).
    void setTitle(const QString& title);
    QString title() const { return title_; }
    // The tooltip while the chart has no data, e.g. "No timeline yet" (none once drawn).
    void setEmptyMessage(const QString& message);
    // The text the last tooltip event showed (empty: none), so robot tests can check
    // hover text through the real event path.
    QString lastHoverText() const { return last_hover_text_; }

public slots:
    void resetZoom();
    // Replots synchronously (screenshots, tests); interactive code queues replots.
    void replotNow();
    // File dialog, size and DPI, then PNG/PDF/SVG (context menu and File › Export).
    void exportImage();

signals:
    // A redraw of the chart begins / has ended. QCustomPlot repaints the widget inside
    // the redraw (immediate refresh) or right after it: the latency probe times either.
    void replotStarted();
    void replotted();

protected:
    // Text for the tooltip at a widget position; empty for none.
    virtual QString hoverText(const QPointF& pos) const;
    // Replots at the next event-loop pass; a chart that is not visible (a hidden tab)
    // replots when it is shown instead: a result updates every view, and drawing the
    // hidden ones cost the visible view's repaint tens of ms per edit.
    void replotQueued();
    void applyStyle();
    // Moves the legend out of the axis rect into a row under it, at most `columns` entries
    // wide: fewer per row when the row would be wider than the chart (window or export).
    void placeLegendBelow(int columns);
    // Moves the legend into a column right of the axis rect.
    void placeLegendRight();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // After each layout, for a chart whose axes depend on the laid-out size (tick labels
    // that must fit). True when something changed and the layout must run again.
    virtual bool fitAxesToWidth() { return false; }

    QCustomPlot* plot_;

private:
    void showContextMenu(const QPoint& pos);
    // After each layout: the title wrapped into lines and the legend below the axes given
    // the columns that fit the laid-out width. True when either changed (lay out again).
    bool fitToWidth();
    bool fitTitle(int width_px);
    bool fitLegendColumns(int width_px);

    bool replot_when_shown_ = false;

    QString empty_message_;
    QString title_;
    QString last_hover_text_;
    QCPTextElement* title_element_ = nullptr;
    int legend_max_columns_ = 0;  // of the legend below the axes; 0: not below
};

}  // namespace edgecim::ui
