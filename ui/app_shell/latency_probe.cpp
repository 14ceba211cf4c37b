#include "app_shell/latency_probe.hpp"

#include <algorithm>
#include <numeric>

#include "controller/simulation_controller.hpp"

namespace edgecim::ui {

namespace {

QString summary(const char* what, std::vector<double> ms) {
    if (ms.empty()) return QStringLiteral("%1: none").arg(QLatin1String(what));
    std::sort(ms.begin(), ms.end());
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    const double p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    return QStringLiteral("%1: n %2, mean %3 ms, p99 %4 ms, max %5 ms")
        .arg(QLatin1String(what))
        .arg(ms.size())
        .arg(mean, 0, 'f', 1)
        .arg(p99, 0, 'f', 1)
        .arg(ms.back(), 0, 'f', 1);
}

}  // namespace

LatencyProbe::LatencyProbe(SimulationController* controller, const QString& path, QObject* parent)
    : QObject(parent), controller_(controller), file_(path) {
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return;
    clock_.start();
    since_tick_.start();
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kTickMs);
    connect(&timer_, &QTimer::timeout, this, &LatencyProbe::tick);
    timer_.start();
    connect(controller, &SimulationController::overviewReady, this, [this] {
        overview_ms_.push_back(controller_->lastEditToOverviewMs());
        log(QStringLiteral("overview edit->result %1 ms").arg(overview_ms_.back(), 0, 'f', 1));
    });
    connect(controller, &SimulationController::detailReady, this, [this](ResultPtr, double eval_ms) {
        detail_ms_.push_back(controller_->lastEditToDetailMs());
        log(QStringLiteral("timeline edit->result %1 ms (event simulation %2 ms)")
                .arg(detail_ms_.back(), 0, 'f', 1)
                .arg(eval_ms, 0, 'f', 1));
    });
}

LatencyProbe::~LatencyProbe() {
    if (!file_.isOpen()) return;
    // Gaps beyond the tick interval are time the UI thread was busy (or the OS late).
    std::vector<double> late(tick_gaps_ms_.size());
    std::transform(tick_gaps_ms_.begin(), tick_gaps_ms_.end(), late.begin(),
                   [](double gap) { return std::max(0.0, gap - kTickMs); });
    log(QStringLiteral("summary over %1 s").arg(static_cast<double>(clock_.elapsed()) / 1000.0, 0, 'f', 1));
    log(summary("UI thread delay beyond the 5 ms tick", late));
    log(summary("overview edit->result", overview_ms_));
    log(summary("timeline edit->result", detail_ms_));
}

void LatencyProbe::tick() {
    tick_gaps_ms_.push_back(static_cast<double>(since_tick_.nsecsElapsed()) / 1e6);
    since_tick_.restart();
    if (tick_gaps_ms_.back() - kTickMs > kStallLogMs)
        log(QStringLiteral("UI thread busy %1 ms").arg(tick_gaps_ms_.back() - kTickMs, 0, 'f', 1));
}

void LatencyProbe::log(const QString& line) {
    file_.write(
        QStringLiteral("%1 %2\n").arg(static_cast<double>(clock_.elapsed()) / 1000.0, 8, 'f', 3).arg(line).toUtf8());
    file_.flush();
}

}  // namespace edgecim::ui
