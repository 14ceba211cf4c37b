#pragma once
// EdgeCIM's tokens/s and tokens/J for the current model and across the 12 zoo models
// with the current hardware. Every device is one bar set, so the baseline devices
// (presets/baselines, another issue) become extra series beside EdgeCIM.
#include <QWidget>
#include <memory>

#include "controller/evaluations.hpp"

class QLabel;

namespace edgecim::ui {

class BarChart;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);
    void setComparison(std::shared_ptr<const ZooComparison> comparison);
    void setCurrentResult(ResultPtr result);
    BarChart* throughput() const { return throughput_; }
    BarChart* efficiency() const { return efficiency_; }

private:
    void rebuild();

    std::shared_ptr<const ZooComparison> comparison_;
    ResultPtr current_;
    QLabel* summary_;
    BarChart* throughput_;
    BarChart* efficiency_;
};

}  // namespace edgecim::ui
