#pragma once
// Turns document changes into evaluations off the UI thread (architecture 5.3):
// a zero-delay timer coalesces the edits of one event-loop pass (a loaded design sets
// several keys), then four kinds of evaluation run, each through its own
// LatestOnlyRunner with an immutable copy of the inputs: overview (analytical, instant
// KPIs and energy; on the UI thread itself while it stays well under a frame, see
// kSyncOverviewMs) and detail (event simulator: timeline and utilization of the
// selected decode step or the prefill) on the primary pool, the zoo comparison and the
// parameter sweep of the Sweep view (cancelled when superseded) on a secondary pool of
// low-priority threads, so they never hold up the next edit's cards. A burst of edits (a drag) needs no debounce: each
// runner has at most one job running and one waiting, and results of stale requests are dropped.
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

#include "controller/evaluations.hpp"
#include "controller/latest_only_runner.hpp"
#include "controller/sweep_evaluation.hpp"
#include "plot/timeline_rows.hpp"

namespace edgecim::ui {

enum class EvaluationKind { overview, detail, comparison, sweep };
QString kindName(EvaluationKind kind);

class SimulationController : public QObject {
    Q_OBJECT
public:
    explicit SimulationController(QObject* parent = nullptr);
    ~SimulationController() override;

    // Schedules all evaluations for these inputs (at the next event-loop pass).
    void setInput(const Config& config, const ModelSpec& model);
    // The inputs are invalid: nothing is evaluated until the next setInput.
    void clearInput();
    // Decode step shown by the timeline (0-based; -1 = last); re-runs the detail only.
    void setTimelineToken(int token);
    int timelineToken() const { return timeline_token_; }
    // true: the timeline (and utilization) show the prefill instead; re-runs the detail only.
    void setTimelinePrefill(bool prefill);
    bool timelinePrefill() const { return timeline_prefill_; }
    void setDebounceMs(int ms) { debounce_.setInterval(ms); }
    // What the sweep evaluates (the Sweep view's axes and the reference); re-runs the
    // sweep alone at once when there is an input, cancelling a running one.
    void setSweepRequest(SweepRequest request);
    const SweepRequest& sweepRequest() const { return sweep_request_; }

    bool isBusy() const;
    bool hasInput() const { return input_.has_value(); }
    const LatestOnlyRunner& runner(EvaluationKind kind) const;
    // Time from the edit behind the last delivered overview / timeline result to its delivery.
    double lastEditToOverviewMs() const { return edit_to_overview_ms_; }
    double lastEditToDetailMs() const { return edit_to_detail_ms_; }
    // When that edit reached setInput (steady clock: the latency probe times repaints from it).
    using TimePoint = std::chrono::steady_clock::time_point;
    TimePoint lastOverviewEditTime() const { return overview_edited_at_; }
    TimePoint lastDetailEditTime() const { return detail_edited_at_; }
    // The timeline rows of the result detailReady carries (prepared on the worker),
    // valid from just before detailReady is emitted.
    TimelineRowsPtr timelineRows() const { return timeline_rows_; }

signals:
    void overviewReady(edgecim::ui::ResultPtr result, double elapsed_ms);
    void detailReady(edgecim::ui::ResultPtr result, double elapsed_ms);
    void comparisonReady(std::shared_ptr<const edgecim::ui::ZooComparison> comparison, double elapsed_ms);
    void sweepReady(std::shared_ptr<const edgecim::ui::SweepOutcome> sweep, double elapsed_ms);
    // Points of the running sweep done so far (queued from its worker threads).
    void sweepProgress(quint64 done, quint64 total);
    void evaluationFailed(edgecim::ui::EvaluationKind kind, const QString& message);
    void busyChanged(bool busy);

private:
    void startAll();
    void startDetail(TimePoint edited_at);
    void startSecondary();
    void startSweep(std::shared_ptr<const EvaluationInput> input);
    void deliver(EvaluationKind kind, const JobOutcome& outcome);

    // The overview runs on the UI thread when its last run took at most this long (the
    // analytical evaluation of a preset takes ~0.1-0.5 ms): two thread hops cost more
    // than that on a busy machine. Slower ones, and the first, run on the pool.
    static constexpr double kSyncOverviewMs = 2.0;
    double last_overview_eval_ms_ = -1;  // < 0: not measured yet

    QThreadPool pool_;            // overview and detail: what the user waits for
    QThreadPool secondary_pool_;  // zoo comparison and context sweep
    QTimer debounce_;
    LatestOnlyRunner overview_;
    LatestOnlyRunner detail_;
    LatestOnlyRunner comparison_;
    LatestOnlyRunner sweep_;
    std::optional<EvaluationInput> input_;
    std::shared_ptr<const EvaluationInput> secondary_input_;  // zoo + sweep waiting for the detail
    std::shared_ptr<const EvaluationInput> sweep_input_;      // the input of the last sweep started
    SweepRequest sweep_request_ = default_sweep_request();
    std::shared_ptr<std::atomic<bool>> sweep_cancel_;  // the running sweep's; set when it is superseded
    quint64 sweep_job_ = 0;                            // progress of older sweeps is not shown
    int timeline_token_ = -1;
    bool timeline_prefill_ = false;
    bool busy_ = false;
    // Edit -> result is timed from the edit whose input a result was computed from: a
    // runner delivers only its latest submission, so the stamp at submit time is the one.
    TimePoint edited_at_{}, overview_edited_at_{}, detail_edited_at_{};
    double edit_to_overview_ms_ = 0;
    double edit_to_detail_ms_ = 0;
    TimelineRowsPtr timeline_rows_;
};

}  // namespace edgecim::ui
