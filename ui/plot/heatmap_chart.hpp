#pragma once
// A utilization heatmap (QCPColorMap + QCPColorScale): rows are tiles, columns are
// layers or time bins, cells are fractions shown in percent. The colour scale is fixed
// at 0-100 % (colours mean the same thing across edits) or spans the shown data (small
// differences visible); the scale bar shows which. With the write / compute split the
// hover tells write, compute and idle percent of every cell.
#include <vector>

#include "plot/plot_widget.hpp"

namespace edgecim::ui {

struct HeatmapData {
    std::vector<std::vector<double>> cells;  // [row][column], fractions in [0, 1]
    // Optional, same shape as cells: the cell's write and compute fractions (idle is the rest).
    std::vector<std::vector<double>> write, compute;
    // Optional, same shape: the part of idle with the weights in, waiting for the input.
    std::vector<std::vector<double>> stall;
    QString value_label;           // colour scale title with unit; empty: the chart's own
    bool auto_range = false;       // colour scale from the data's minimum to its maximum
    QString column_hover_unit;     // hover: the column's extent is "key ± step/2" in this unit
    double column_origin = 0;      // key of the centre of column 0
    double column_step = 1;        // key distance between columns
    QString column_label;          // x axis title with unit
    QString row_label;             // y axis title
    QString column_name;           // hover: "layer", "bin at"
    QString column_unit;           // hover unit of the key
    bool integer_columns = false;  // ticks on whole column keys (layers)
};

class HeatmapChart : public PlotWidget {
    Q_OBJECT
public:
    explicit HeatmapChart(const QString& value_label, QWidget* parent = nullptr);
    ~HeatmapChart() override;

    void setHeatmap(HeatmapData heatmap);
    int rowCount() const;
    int columnCount() const;
    double cellPercent(int row, int column) const;
    // Percent at the two ends of the colour scale.
    std::pair<double, double> colourRange() const;

protected:
    QString hoverText(const QPointF& pos) const override;

private:
    struct Parts;
    Parts* parts_;
    HeatmapData data_;
    QString default_value_label_;
};

}  // namespace edgecim::ui
