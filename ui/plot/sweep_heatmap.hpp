#pragma once
// A 2-D parameter sweep as a heatmap (QCPColorMap + QCPColorScale): columns are the
// values of the first swept key, rows those of the second, each cell one metric. Axes
// are categorical (the swept values as tick labels, evenly spaced whatever the spacing
// of the values) and the colour scale spans the finite values. Cells without a value
// (the point could not run) are drawn in the muted colour and explain why on hover.
#include <QStringList>
#include <vector>

#include "plot/plot_widget.hpp"
#include "plot/text_format.hpp"

namespace edgecim::ui {

struct SweepHeatmapData {
    QStringList column_values;                // tick labels of the x axis (first key)
    QStringList row_values;                   // tick labels of the y axis (second key)
    QString column_label;                     // x axis title with unit
    QString row_label;                        // y axis title with unit
    QString value_label;                      // colour scale title with unit
    std::vector<std::vector<double>> values;  // [row][column]; NaN: no value
    std::vector<std::vector<QString>> notes;  // [row][column]: why a value is missing (plain text)
    TextFormat format_value;                  // hover text of a value with unit
    QStringList categories;                   // non-empty: values are indices into these (e.g. bound)
};

class SweepHeatmap : public PlotWidget {
    Q_OBJECT
public:
    explicit SweepHeatmap(QWidget* parent = nullptr);
    ~SweepHeatmap() override;

    void setHeatmap(SweepHeatmapData data);
    const SweepHeatmapData& heatmap() const { return data_; }
    int rowCount() const { return static_cast<int>(data_.row_values.size()); }
    int columnCount() const { return static_cast<int>(data_.column_values.size()); }
    // The widget position of a cell's centre (for robot tests).
    QPointF cellCentre(int row, int column) const;

protected:
    QString hoverText(const QPointF& pos) const override;

private:
    struct Parts;
    Parts* parts_;
    SweepHeatmapData data_;
};

}  // namespace edgecim::ui
