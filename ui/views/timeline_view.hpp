#pragma once
// The pipeline timeline of one step (event simulator): a decode step chosen by index, or
// the prefill.
#include <QWidget>

#include "controller/evaluations.hpp"
#include "plot/timeline_rows.hpp"

class QCheckBox;
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
    QCheckBox* prefillSelector() const { return prefill_; }
    // UI-thread time of the last setResult (benchmark: the worker prepared the rows).
    double lastUpdateMs() const { return last_update_ms_; }

signals:
    // 0-based decode step, -1 = the last one.
    void stepRequested(int step);
    // true: show the prefill instead of the decode step.
    void prefillRequested(bool prefill);

private:
    TimelineChart* chart_;
    QSpinBox* step_;
    QCheckBox* prefill_;
    QLabel* info_;
    double last_update_ms_ = 0;
};

}  // namespace edgecim::ui
