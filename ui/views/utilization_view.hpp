#pragma once
// Tile utilization heatmaps of the timeline step: tiles x layers and tiles x time.
#include <QWidget>

#include "controller/evaluations.hpp"

namespace edgecim::ui {

class HeatmapChart;

class UtilizationView : public QWidget {
    Q_OBJECT
public:
    explicit UtilizationView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    HeatmapChart* byLayer() const { return by_layer_; }
    HeatmapChart* byTime() const { return by_time_; }

private:
    HeatmapChart* by_layer_;
    HeatmapChart* by_time_;
};

}  // namespace edgecim::ui
