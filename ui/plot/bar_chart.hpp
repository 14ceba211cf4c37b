#pragma once
// Categorical bars: stacked (energy by component) or grouped side by side (one set per
// device, so baseline devices become extra series later). Hover shows every series'
// value in the hovered category.
#include <QColor>
#include <QStringList>
#include <functional>
#include <vector>

#include "plot/plot_widget.hpp"
#include "plot/text_format.hpp"

class QCPItemText;

namespace edgecim::ui {

struct BarSeries {
    QString name;
    QColor colour;
    std::vector<double> values;  // one per category; NaN = no bar in that category
    QString note;                // extra hover line (e.g. "no published power")
    bool legend_only = false;    // a legend entry without bars (e.g. a device with no data)
};

struct BarChartData {
    QStringList categories;
    std::vector<BarSeries> series;
    bool stacked = false;
    QString value_label;     // y axis title with unit
    QString category_label;  // x axis title (may be empty)
    TextFormat format;       // hover text of one value, with unit
    bool log_scale = false;
    int highlighted_category = -1;  // drawn with a marker in its tick label
    QStringList annotations;        // per category, drawn above its tallest bar ("7.0×")
    QStringList category_tooltips;  // per category, extra hover lines
};

class BarChart : public PlotWidget {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    void setBars(BarChartData chart);
    // Sum of all series in one category (the stack height), for tests.
    double categoryTotal(int category) const;
    int categoryCount() const { return static_cast<int>(data_.categories.size()); }
    const BarChartData& bars() const { return data_; }

protected:
    QString hoverText(const QPointF& pos) const override;
    // Upright category labels wider than their category ("chip boundary" in a narrow
    // chart) overlapped: they go onto one line per word when they do not fit.
    bool fitAxesToWidth() override;

private:
    // How the category labels are laid out along the axis.
    // slanted: many categories, from the start; the others are chosen after each layout.
    enum class CategoryLabels { one_line, word_per_line, vertical, slanted };
    QString categoryLabel(int i) const;  // with the "▶ " of the highlighted category
    void applyCategoryLabels();

    BarChartData data_;
    bool legend_placed_ = false;
    CategoryLabels labels_ = CategoryLabels::one_line;
    QList<QCPItemText*> annotation_items_;  // owned by the plot; cleared with its items
    bool annotations_hidden_ = false;
};

}  // namespace edgecim::ui
