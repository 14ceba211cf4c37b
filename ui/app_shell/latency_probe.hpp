#pragma once
// `edgecim --latency-probe FILE`: measures what a user feels while using the window.
// A 5 ms timer on the UI thread records how late each tick fires (the longest gap is
// the worst freeze). For every delivered result it records edit -> result, and, when the
// view is on screen, edit -> repainted: the Overview's throughput card painted with the
// new numbers, and the timeline chart replotted with the new step and painted. "Edit" is
// the moment the controller received the edited configuration (SimulationController::
// setInput, right after the document validated it). One line per sample goes to FILE as
// it happens; a summary (n, mean, p99, max) is appended on exit. For robot-driven
// sessions under Xvfb (tests/gui_robot/) and the latency benchmark, never a timing assert.
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <vector>

class QWidget;

namespace edgecim::ui {

class MainWindow;
class PlotWidget;

struct LatencyStats {
    std::size_t n = 0;
    double mean_ms = 0, p99_ms = 0, max_ms = 0;
};
// p99: the sample below which 99 % of the samples lie (the largest one for n < 100).
LatencyStats latencyStats(std::vector<double> ms);

class LatencyProbe : public QObject {
    Q_OBJECT
public:
    LatencyProbe(MainWindow* window, const QString& path, QObject* parent = nullptr);
    ~LatencyProbe() override;
    bool isOpen() const { return file_.isOpen(); }

    // The samples so far, in ms (for a benchmark that drives edits in-process).
    const std::vector<double>& editToCardsMs() const { return cards_.samples; }
    const std::vector<double>& editToTimelineMs() const { return timeline_.samples; }
    const std::vector<double>& editToOverviewResultMs() const { return overview_ms_; }
    const std::vector<double>& editToDetailResultMs() const { return detail_ms_; }
    // UI-thread delay beyond each 5 ms tick.
    std::vector<double> uiThreadDelaysMs() const;

    static constexpr int kTickMs = 5;
    static constexpr double kStallLogMs = 30;  // stalls longer than this get their own line

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using TimePoint = std::chrono::steady_clock::time_point;
    // One repaint to wait for: the edits whose results reached the view and are not on
    // screen yet, and the widgets whose paint shows them.
    struct Watch {
        const char* name = "";
        std::vector<QPointer<QWidget>> widgets;
        std::vector<TimePoint> pending_edits;
        // A chart: only a paint during or after a replot that began after the result
        // arrived shows it; the sample is taken once both the paint and the replot ended.
        bool needs_replot = false;
        bool replot_started = false, painted = false, replotted = false;
        std::vector<double> samples;
    };
    void arm(Watch& watch, TimePoint edit);
    void record(Watch& watch);
    void tick();
    void log(const QString& line);

    MainWindow* window_;
    QFile file_;
    QTimer timer_;
    QElapsedTimer clock_, since_tick_;
    std::vector<double> tick_gaps_ms_;
    std::vector<double> overview_ms_, detail_ms_;
    Watch cards_, timeline_;
};

}  // namespace edgecim::ui
