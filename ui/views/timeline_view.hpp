#pragma once
// The pipeline timeline of one decode step (event simulator) with a step selector.
#include <QWidget>

#include "controller/evaluations.hpp"

class QSpinBox;
class QLabel;

namespace edgecim::ui {

class TimelineChart;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    // Generated tokens of the current workload: bounds the step selector.
    void setGeneratedTokens(int tokens);
    TimelineChart* chart() const { return chart_; }
    QSpinBox* stepSelector() const { return step_; }

signals:
    // 0-based decode step, -1 = the last one.
    void stepRequested(int step);

private:
    TimelineChart* chart_;
    QSpinBox* step_;
    QLabel* info_;
};

}  // namespace edgecim::ui
