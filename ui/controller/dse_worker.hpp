#pragma once
// Runs one design-space exploration at a time off the UI thread. explore() blocks and
// spreads its simulations over its own threads, so it gets a private one-thread pool
// rather than a slot of the global pool the live evaluations use. After every generation
// the designs it added and the front so far arrive as a queued signal (copied on the
// search thread while explore() waits between generations, so the UI thread never
// shares data with it); cancel() stops after the designs in flight and still delivers
// the points found so far. The destructor cancels and waits, so quitting mid-search is
// clean.
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/dse.hpp"

namespace edgecim::ui {

struct DseRequest {
    Config base;
    std::vector<std::string> models;  // empty: base.workload.model
    DesignSpace space;
    std::vector<Objective> objectives;
    ExploreOptions options;
};

using FrontPtr = std::shared_ptr<const ParetoFront>;

// What one generation changed: the designs it evaluated first (archive order, so they
// extend the previous generations' lists) and the whole front after it.
struct DseGeneration {
    int generation = 0;
    int generations = 0;
    std::size_t first_index = 0;  // archive index of new_points.front()
    std::vector<DesignPoint> new_points;
    std::vector<std::size_t> front;  // archive indices
};
using GenerationPtr = std::shared_ptr<const DseGeneration>;

class DseWorker : public QObject {
    Q_OBJECT
public:
    explicit DseWorker(QObject* parent = nullptr);
    ~DseWorker() override;

    // False (and nothing starts) while a search is running.
    bool start(DseRequest request);
    bool isRunning() const { return running_; }

public slots:
    void cancel();

signals:
    void progress(int generation, int generations, qulonglong evaluated, qulonglong front_size);
    // Right after progress, for the same generation.
    void generationDone(edgecim::ui::GenerationPtr generation);
    void finished(edgecim::ui::FrontPtr front);  // also after cancel, with cancelled set
    void failed(const QString& message);
    void runningChanged(bool running);

private:
    struct Outcome {
        FrontPtr front;
        QString error;
    };
    void onFinished();

    QThreadPool pool_;
    QFutureWatcher<Outcome> watcher_;
    std::atomic<bool> cancel_{false};
    bool running_ = false;
};

}  // namespace edgecim::ui
