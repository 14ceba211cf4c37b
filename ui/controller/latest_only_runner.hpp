#pragma once
// Runs one kind of evaluation off the UI thread with at most one job in flight.
// A request made while a job runs replaces any earlier waiting request; when the
// running job ends, its result is delivered only if no newer request exists
// (otherwise it is dropped as stale) and the waiting request starts.
#include <QFutureWatcher>
#include <QObject>
#include <any>
#include <functional>
#include <optional>

class QThreadPool;

namespace edgecim::ui {

struct JobOutcome {
    std::any value;         // empty when the job threw
    QString error;          // the exception text
    double elapsed_ms = 0;  // wall time of the job on its worker thread
};

class LatestOnlyRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<std::any()>;
    LatestOnlyRunner(QThreadPool* pool, QObject* parent = nullptr);
    ~LatestOnlyRunner() override;

    // Returns the generation number of this request.
    quint64 submit(Work work);
    bool isRunning() const { return running_generation_ != 0; }
    quint64 latestGeneration() const { return latest_generation_; }
    quint64 droppedCount() const { return dropped_; }

signals:
    void finished(quint64 generation, const edgecim::ui::JobOutcome& outcome);
    void dropped(quint64 generation);
    void busyChanged(bool busy);

private:
    void start(quint64 generation, Work work);
    void onFinished();

    QThreadPool* pool_;
    QFutureWatcher<JobOutcome> watcher_;
    quint64 latest_generation_ = 0;
    quint64 running_generation_ = 0;
    quint64 dropped_ = 0;
    std::optional<std::pair<quint64, Work>> waiting_;
};

}  // namespace edgecim::ui
