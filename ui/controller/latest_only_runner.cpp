#include "controller/latest_only_runner.hpp"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace edgecim::ui {

LatestOnlyRunner::LatestOnlyRunner(QThreadPool* pool, QObject* parent) : QObject(parent), pool_(pool) {
    connect(&watcher_, &QFutureWatcher<JobOutcome>::finished, this, &LatestOnlyRunner::onFinished);
}

LatestOnlyRunner::~LatestOnlyRunner() {
    // The job captured only copies of its inputs, but its result is delivered to us:
    // wait for it rather than leave a running task pointing at a dead watcher.
    watcher_.waitForFinished();
}

quint64 LatestOnlyRunner::submit(Work work) {
    const quint64 generation = ++latest_generation_;
    if (isRunning()) {
        waiting_.emplace(generation, std::move(work));
    } else {
        start(generation, std::move(work));
        emit busyChanged(true);
    }
    return generation;
}

void LatestOnlyRunner::start(quint64 generation, Work work) {
    running_generation_ = generation;
    watcher_.setFuture(QtConcurrent::run(pool_, [work = std::move(work)]() {
        JobOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        try {
            outcome.value = work();
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        outcome.elapsed_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return outcome;
    }));
}

void LatestOnlyRunner::onFinished() {
    const quint64 generation = running_generation_;
    running_generation_ = 0;
    JobOutcome outcome = watcher_.result();
    if (generation == latest_generation_) {
        emit finished(generation, outcome);
    } else {
        ++dropped_;
        emit dropped(generation);
    }
    if (waiting_) {
        auto [next_generation, work] = std::move(*waiting_);
        waiting_.reset();
        start(next_generation, std::move(work));
    } else {
        emit busyChanged(false);
    }
}

}  // namespace edgecim::ui
