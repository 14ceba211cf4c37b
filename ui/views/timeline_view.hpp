#pragma once
// The pipeline timeline of one decode step (event simulator) with a step selector.
#include <QWidget>

#include "controller/evaluations.hpp"
#include "plot/timeline_rows.hpp"

class QSpinBox;
class QLabel;

namespace edgecim::ui {

class TimelineChart;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    // rows: the timeline prepared on the worker (null: prepared here).
    void setResult(ResultPtr result, TimelineRowsPtr rows = nullptr);
    // Generated tokens of the current workload: bounds the step selector.
    void setGeneratedTokens(int tokens);
    TimelineChart* chart() const { return chart_; }
    QSpinBox* stepSelector() const { return step_; }
    // UI-thread time of the last setResult (benchmark: the worker prepared the rows).
    double lastUpdateMs() const { return last_update_ms_; }

signals:
    // 0-based decode step, -1 = the last one.
    void stepRequested(int step);

private:
    TimelineChart* chart_;
    QSpinBox* step_;
    QLabel* info_;
    double last_update_ms_ = 0;
};

}  // namespace edgecim::ui
