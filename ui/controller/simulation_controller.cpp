#include "controller/simulation_controller.hpp"

#include <exception>

namespace edgecim::ui {

namespace {
struct DetailOutcome {
    ResultPtr result;
    TimelineRowsPtr rows;
};

double msSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}
}  // namespace

QString kindName(EvaluationKind kind) {
    switch (kind) {
        case EvaluationKind::overview:
            return QObject::tr("overview");
        case EvaluationKind::detail:
            return QObject::tr("timeline");
        case EvaluationKind::comparison:
            return QObject::tr("zoo comparison");
        case EvaluationKind::sweep:
            return QObject::tr("sweep");
    }
    return {};
}

SimulationController::SimulationController(QObject* parent)
    : QObject(parent), overview_(&pool_), detail_(&pool_), comparison_(&secondary_pool_), sweep_(&secondary_pool_) {
    // One thread each for the overview and the detail: a new edit's cards never wait for
    // a thread. The secondary kinds share what is left (one thread at least) at low
    // priority, so on a small machine the OS runs the cards first too.
    pool_.setMaxThreadCount(2);
    secondary_pool_.setMaxThreadCount(std::max(1, std::min(2, QThread::idealThreadCount() - 2)));
    secondary_pool_.setThreadPriority(QThread::LowPriority);
    // Zero delay: the edits of one event-loop pass become one evaluation, and a single
    // edit reaches the workers at once (a 30 ms debounce here was most of the time from
    // an edit to its cards; the runners coalesce a drag on their own).
    debounce_.setSingleShot(true);
    debounce_.setInterval(0);
    connect(&debounce_, &QTimer::timeout, this, &SimulationController::startAll);

    const std::pair<LatestOnlyRunner*, EvaluationKind> runners[] = {{&overview_, EvaluationKind::overview},
                                                                    {&detail_, EvaluationKind::detail},
                                                                    {&comparison_, EvaluationKind::comparison},
                                                                    {&sweep_, EvaluationKind::sweep}};
    for (auto [runner, kind] : runners) {
        connect(runner, &LatestOnlyRunner::finished, this,
                [this, kind = kind](quint64, const JobOutcome& outcome) { deliver(kind, outcome); });
        connect(runner, &LatestOnlyRunner::busyChanged, this, [this] {
            const bool busy = isBusy();
            if (busy != busy_) emit busyChanged(busy_ = busy);
        });
    }
}

SimulationController::~SimulationController() {
    if (sweep_cancel_) *sweep_cancel_ = true;  // a long sweep must not hold up quitting
    pool_.waitForDone();
    secondary_pool_.waitForDone();
}

bool SimulationController::isBusy() const {
    return debounce_.isActive() || secondary_input_ != nullptr || overview_.isRunning() || detail_.isRunning() ||
           comparison_.isRunning() || sweep_.isRunning();
}

const LatestOnlyRunner& SimulationController::runner(EvaluationKind kind) const {
    switch (kind) {
        case EvaluationKind::overview:
            return overview_;
        case EvaluationKind::detail:
            return detail_;
        case EvaluationKind::comparison:
            return comparison_;
        case EvaluationKind::sweep:
            return sweep_;
    }
    return overview_;
}

void SimulationController::setInput(const Config& config, const ModelSpec& model) {
    input_ = EvaluationInput{config, model};
    edited_at_ = std::chrono::steady_clock::now();
    debounce_.start();
}

void SimulationController::clearInput() {
    input_.reset();
    secondary_input_.reset();
    debounce_.stop();
}

void SimulationController::setTimelineToken(int token) {
    timeline_token_ = token;
    if (!input_) return;
    startDetail(std::chrono::steady_clock::now());  // the step selector is an edit of the timeline view only
}

void SimulationController::setTimelinePrefill(bool prefill) {
    timeline_prefill_ = prefill;
    if (!input_) return;
    startDetail(std::chrono::steady_clock::now());
}

void SimulationController::startAll() {
    if (!input_) return;
    // Each job owns a shared immutable copy; later edits never touch it.
    auto input = std::make_shared<const EvaluationInput>(*input_);
    overview_edited_at_ = edited_at_;
    startDetail(edited_at_);  // first: the event simulation runs while the cards are computed
    const auto overview = [input] {
        return std::any(std::make_shared<const SimulationResult>(evaluate_overview(*input)));
    };
    // A job still running would deliver after this one: keep the order, use the pool.
    if (!overview_.isRunning() && last_overview_eval_ms_ >= 0 && last_overview_eval_ms_ <= kSyncOverviewMs) {
        JobOutcome outcome;
        const auto started = std::chrono::steady_clock::now();
        try {
            outcome.value = overview();
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        outcome.elapsed_ms = msSince(started);
        deliver(EvaluationKind::overview, outcome);
    } else {
        overview_.submit(overview);
    }
    // The zoo comparison and the sweep (36+ analytical runs) start once the visible
    // overview and timeline are in, so they do not compete with them for the cores.
    secondary_input_ = input;
}

void SimulationController::startSecondary() {
    if (!secondary_input_) return;
    auto input = std::move(secondary_input_);
    secondary_input_.reset();
    comparison_.submit([input] { return std::any(std::make_shared<const ZooComparison>(evaluate_zoo(*input))); });
    startSweep(std::move(input));
}

void SimulationController::setSweepRequest(SweepRequest request) {
    sweep_request_ = std::move(request);
    // Waiting for the detail: startSecondary will run it with the new request.
    if (sweep_input_ && !secondary_input_) startSweep(sweep_input_);
}

void SimulationController::startSweep(std::shared_ptr<const EvaluationInput> input) {
    sweep_input_ = input;
    if (sweep_cancel_) *sweep_cancel_ = true;  // its result would be dropped as stale anyway
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    sweep_cancel_ = cancel;
    const quint64 job = ++sweep_job_;
    // Progress is posted to the UI thread, at most once per percent.
    auto progress = [this, job, last = std::make_shared<std::atomic<int>>(-1)](std::uint64_t done,
                                                                               std::uint64_t total) {
        const int percent = total ? static_cast<int>(100 * done / total) : 100;
        if (last->exchange(percent) == percent) return;
        QMetaObject::invokeMethod(
            this,
            [this, job, done, total] {
                if (job == sweep_job_) emit sweepProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    sweep_.submit([input, request = sweep_request_, cancel, progress] {
        return std::any(std::make_shared<const SweepOutcome>(evaluate_sweep(*input, request, cancel.get(), progress)));
    });
}

void SimulationController::startDetail(TimePoint edited_at) {
    auto input = std::make_shared<const EvaluationInput>(*input_);
    const int token = timeline_token_;
    const TimelinePhase phase = timeline_prefill_ ? TimelinePhase::prefill : TimelinePhase::decode;
    detail_edited_at_ = edited_at;
    detail_.submit([input, token, phase] {
        // The span rows are grouped and sorted here too, so the UI thread only paints.
        auto result = std::make_shared<const SimulationResult>(evaluate_detail(*input, token, phase));
        auto rows = std::make_shared<const TimelineRows>(buildTimelineRows(result->timeline));
        return std::any(DetailOutcome{std::move(result), std::move(rows)});
    });
}

void SimulationController::deliver(EvaluationKind kind, const JobOutcome& outcome) {
    // Started after the detail, also when the detail failed (the zoo may still run).
    struct AfterDetail {
        SimulationController* self;
        bool detail;
        ~AfterDetail() {
            // After the views' queued replots of this result (zero timers queued first).
            if (detail) QTimer::singleShot(0, self, &SimulationController::startSecondary);
        }
    } after_detail{this, kind == EvaluationKind::detail};
    if (!outcome.error.isEmpty() || !outcome.value.has_value()) {
        emit evaluationFailed(kind, outcome.error);
        return;
    }
    switch (kind) {
        case EvaluationKind::overview:
            last_overview_eval_ms_ = outcome.elapsed_ms;
            edit_to_overview_ms_ = msSince(overview_edited_at_);
            emit overviewReady(std::any_cast<ResultPtr>(outcome.value), outcome.elapsed_ms);
            break;
        case EvaluationKind::detail: {
            const auto detail = std::any_cast<DetailOutcome>(outcome.value);
            timeline_rows_ = detail.rows;
            edit_to_detail_ms_ = msSince(detail_edited_at_);
            emit detailReady(detail.result, outcome.elapsed_ms);
            break;
        }
        case EvaluationKind::comparison:
            emit comparisonReady(std::any_cast<std::shared_ptr<const ZooComparison>>(outcome.value),
                                 outcome.elapsed_ms);
            break;
        case EvaluationKind::sweep:
            emit sweepReady(std::any_cast<std::shared_ptr<const SweepOutcome>>(outcome.value), outcome.elapsed_ms);
            break;
    }
}

}  // namespace edgecim::ui
