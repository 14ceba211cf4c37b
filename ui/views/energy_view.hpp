#pragma once
// Energy per decoded token: stacked by component for both boundaries side by side
// (chip, system) and split by op kind at the configured boundary.
#include <QWidget>

#include "controller/evaluations.hpp"
#include "document/reference_design.hpp"

namespace edgecim::ui {

class BarChart;

class EnergyView : public QWidget {
    Q_OBJECT
public:
    explicit EnergyView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    ResultPtr result() const { return result_; }
    // Adds the reference's stacks beside the current ones and its per-op bars as ghost bars.
    void setReference(ReferencePtr reference);
    BarChart* byComponent() const { return by_component_; }
    BarChart* byOpKind() const { return by_op_; }

private:
    void rebuild();

    ResultPtr result_;
    ReferencePtr reference_;
    BarChart* by_component_;
    BarChart* by_op_;
};

}  // namespace edgecim::ui
