#pragma once
// `edgecim --latency-probe FILE`: measures what a user feels while using the window.
// A 5 ms timer on the UI thread records how late each tick fires (the longest gap is
// the worst freeze), and every delivered result records edit -> result time. One line
// per result goes to FILE as it happens; a summary is appended on exit. For robot-driven
// sessions under Xvfb (tests/gui_robot/), not a timing assert.
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <vector>

namespace edgecim::ui {

class SimulationController;

class LatencyProbe : public QObject {
    Q_OBJECT
public:
    LatencyProbe(SimulationController* controller, const QString& path, QObject* parent = nullptr);
    ~LatencyProbe() override;
    bool isOpen() const { return file_.isOpen(); }

    static constexpr int kTickMs = 5;
    static constexpr double kStallLogMs = 30;  // stalls longer than this get their own line

private:
    void tick();
    void log(const QString& line);

    SimulationController* controller_;
    QFile file_;
    QTimer timer_;
    QElapsedTimer clock_, since_tick_;
    std::vector<double> tick_gaps_ms_;
    std::vector<double> overview_ms_, detail_ms_;
};

}  // namespace edgecim::ui
