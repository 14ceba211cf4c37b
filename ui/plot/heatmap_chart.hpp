#pragma once
// A utilization heatmap (QCPColorMap + QCPColorScale): rows are tiles, columns are
// layers or time bins, cells are busy fractions shown in percent on a fixed 0-100
// scale, so colours mean the same thing across edits.
#include <vector>

#include "plot/plot_widget.hpp"

namespace edgecim::ui {

struct HeatmapData {
    std::vector<std::vector<double>> cells;  // [row][column], fractions in [0, 1]
    double column_origin = 0;                // key of the centre of column 0
    double column_step = 1;                  // key distance between columns
    QString column_label;                    // x axis title with unit
    QString row_label;                       // y axis title
    QString column_name;                     // hover: "layer", "bin at"
    QString column_unit;                     // hover unit of the key
    bool integer_columns = false;            // ticks on whole column keys (layers)
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

protected:
    QString hoverText(const QPointF& pos) const override;

private:
    struct Parts;
    Parts* parts_;
    HeatmapData data_;
};

}  // namespace edgecim::ui
