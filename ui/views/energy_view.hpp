#pragma once
// Energy per decoded token: stacked by component for both boundaries side by side
// (chip, system) and split by op kind at the configured boundary.
#include <QWidget>

#include "controller/evaluations.hpp"

namespace edgecim::ui {

class BarChart;

class EnergyView : public QWidget {
    Q_OBJECT
public:
    explicit EnergyView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    BarChart* byComponent() const { return by_component_; }
    BarChart* byOpKind() const { return by_op_; }

private:
    BarChart* by_component_;
    BarChart* by_op_;
};

}  // namespace edgecim::ui
