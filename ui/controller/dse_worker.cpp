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
            // Copy what this generation added while explore() waits for us (it writes the
            // archive only between these calls); the UI thread gets its own immutable copy.
            auto news = std::make_shared<DseGeneration>();
            news->generation = p.generation;
            news->generations = p.generations;
            news->first_index = p.new_from;
            if (p.points)
                news->new_points.assign(p.points->begin() + static_cast<std::ptrdiff_t>(p.new_from), p.points->end());
            if (p.front) news->front = *p.front;
            const qulonglong evaluated = p.evaluated_designs, front_size = p.front_size;
            QMetaObject::invokeMethod(
                this,
                [this, news = GenerationPtr(std::move(news)), evaluated, front_size] {
                    emit progress(news->generation, news->generations, evaluated, front_size);
                    emit generationDone(news);
                },
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
