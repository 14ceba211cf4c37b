#pragma once
// EdgeCIM against the baseline devices (presets/baselines: Jetson Orin Nano, Orin Nano
// Super, Qualcomm SA8255P) for the current model and across the 12 zoo models with the
// current hardware: grouped tokens/s and tokens/J bars (one bar set per device, the
// speedup over the fastest baseline above each group) and a table of every figure.
// tokens/J always names its energy boundary; a device without a published power has no
// tokens/J bar and says so in the legend, the tooltip and the table.
#include <QWidget>
#include <memory>

#include "controller/evaluations.hpp"

class QLabel;
class QTableWidget;

namespace edgecim::ui {

class BarChart;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);
    void setComparison(std::shared_ptr<const ZooComparison> comparison);
    void setCurrentResult(ResultPtr result);
    std::shared_ptr<const ZooComparison> comparison() const { return comparison_; }
    ResultPtr currentResult() const { return current_; }
    BarChart* throughput() const { return throughput_; }
    BarChart* efficiency() const { return efficiency_; }
    QTableWidget* table() const { return table_; }
    QString summaryText() const;

private:
    void rebuild();
    void rebuildCharts();
    void rebuildTable();
    void rebuildSummary();

    std::shared_ptr<const ZooComparison> comparison_;
    ResultPtr current_;
    QLabel* summary_;
    BarChart* throughput_;
    BarChart* efficiency_;
    QTableWidget* table_;
};

// "system boundary (chip + DRAM)" / "chip boundary (no DRAM)".
QString boundaryName(EnergyBoundary boundary);
// "7.0×"
QString formatFactor(double factor);
// "n/a (reason)": a model or device that cannot run the workload (core workload_fit.hpp).
QString notAvailableText(const std::string& reason);

}  // namespace edgecim::ui
