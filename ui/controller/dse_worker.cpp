#include "controller/dse_worker.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace edgecim::ui {

DseWorker::DseWorker(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(1);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DseWorker::onFinished);
}

DseWorker::~DseWorker() {
    // The job reads cancel_ and posts progress to this object: stop it and wait
    // before either goes away (events still queued for us are dropped with us).
    cancel_.store(true);
    watcher_.waitForFinished();
    pool_.waitForDone();
}

bool DseWorker::start(DseRequest request) {
    if (running_) return false;
    cancel_.store(false);
    running_ = true;
    emit runningChanged(true);
    watcher_.setFuture(QtConcurrent::run(&pool_, [this, request = std::move(request)]() {
        Outcome outcome;
        // Called on this worker thread; the signal is emitted on the UI thread. The
        // destructor waits for this job, so `this` outlives every call.
        const ExploreCallback report = [this](const ExploreProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { emit progress(p.generation, p.generations, p.evaluated_designs, p.front_size); },
                Qt::QueuedConnection);
        };
        try {
            outcome.front = std::make_shared<const ParetoFront>(explore(
                request.base, request.models, request.space, request.objectives, request.options, report, &cancel_));
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    return true;
}

void DseWorker::cancel() { cancel_.store(true); }

void DseWorker::onFinished() {
    const Outcome outcome = watcher_.result();
    running_ = false;
    emit runningChanged(false);
    if (outcome.front)
        emit finished(outcome.front);
    else
        emit failed(outcome.error);
}

}  // namespace edgecim::ui
