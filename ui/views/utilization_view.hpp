#pragma once
// What the tiles do in the timeline step (a decode step or the prefill): a one-line
// reading of the step (its limiting resource and the tiles' idle / writing / computing
// shares), then two heatmaps, tiles x layers and tiles x time, of the chosen part of
// the split (busy, computing, writing weights or idle) on a colour scale fixed or from
// the data. Every cell's hover gives its write, compute and idle percent.
#include <QWidget>

#include "controller/evaluations.hpp"

class QComboBox;
class QLabel;

namespace edgecim::ui {

class HeatmapChart;

class UtilizationView : public QWidget {
    Q_OBJECT
public:
    // The quantity the heatmaps colour.
    enum class Shown { busy, compute, write, idle, stall };
    using Rows = std::vector<std::vector<double>>;

    explicit UtilizationView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    HeatmapChart* byLayer() const { return by_layer_; }
    HeatmapChart* byTime() const { return by_time_; }
    QComboBox* shownSelector() const { return shown_; }
    QComboBox* scaleSelector() const { return scale_; }
    // The reading at the top ("prefill P=128: limited by CIM compute for 85 % ...").
    QString reading() const;

    // Mean over all tiles of the write and compute fractions of the step, and how many
    // tiles work at all (for the reading; also used by tests).
    struct Summary {
        double write = 0, compute = 0, idle = 1;
        double stall = -1;  // part of idle with the weights in, waiting for the input; < 0: unknown
        int tiles = 0, mapped = 0;
    };
    static Summary summarize(const SimulationResult& result);
    static QString readingText(const SimulationResult& result);
    // The shown quantity per cell from the split (busy = write + compute, idle = the rest;
    // stall: empty rows give NaN cells).
    static std::vector<std::vector<double>> shownCells(const std::vector<std::vector<double>>& write,
                                                       const std::vector<std::vector<double>>& compute,
                                                       const std::vector<std::vector<double>>& stall, Shown shown);

private:
    void redraw();

    HeatmapChart* by_layer_;
    HeatmapChart* by_time_;
    QLabel* reading_;
    QLabel* step_;
    QComboBox* shown_;
    QComboBox* scale_;
    ResultPtr result_;
};

}  // namespace edgecim::ui
