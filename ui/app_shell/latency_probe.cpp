#include "app_shell/latency_probe.hpp"

#include <QEvent>
#include <QWidget>
#include <algorithm>
#include <numeric>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "plot/plot_widget.hpp"
#include "plot/timeline_chart.hpp"
#include "views/kpi_card.hpp"
#include "views/overview_view.hpp"
#include "views/timeline_view.hpp"

namespace edgecim::ui {

LatencyStats latencyStats(std::vector<double> ms) {
    LatencyStats s;
    s.n = ms.size();
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    s.mean_ms = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    s.p99_ms = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    s.max_ms = ms.back();
    return s;
}

namespace {

QString summary(const char* what, const std::vector<double>& ms) {
    if (ms.empty()) return QStringLiteral("%1: none").arg(QLatin1String(what));
    const LatencyStats s = latencyStats(ms);
    return QStringLiteral("%1: n %2, mean %3 ms, p99 %4 ms, max %5 ms")
        .arg(QLatin1String(what))
        .arg(s.n)
        .arg(s.mean_ms, 0, 'f', 1)
        .arg(s.p99_ms, 0, 'f', 1)
        .arg(s.max_ms, 0, 'f', 1);
}

}  // namespace

LatencyProbe::LatencyProbe(MainWindow* window, const QString& path, QObject* parent)
    : QObject(parent), window_(window), file_(path) {
    if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return;
    clock_.start();
    since_tick_.start();
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kTickMs);
    connect(&timer_, &QTimer::timeout, this, &LatencyProbe::tick);
    timer_.start();

    // The throughput card: its value label, detail label and frame all repaint with new numbers.
    cards_.name = "cards";
    if (KpiCard* card = window_->tabs()->overview()->card(QStringLiteral("tokens_per_s"))) {
        cards_.widgets.emplace_back(card);
        for (QWidget* child : card->findChildren<QWidget*>()) cards_.widgets.emplace_back(child);
    }
    timeline_.name = "timeline";
    timeline_.needs_replot = true;
    PlotWidget* chart = window_->tabs()->timeline()->chart();
    timeline_.widgets.emplace_back(chart);
    for (QWidget* child : chart->findChildren<QWidget*>()) timeline_.widgets.emplace_back(child);
    connect(chart, &PlotWidget::replotStarted, this, [this] {
        if (timeline_.pending_edits.empty()) return;
        timeline_.replot_started = true;
        timeline_.painted = timeline_.replotted = false;
    });
    connect(chart, &PlotWidget::replotted, this, [this] {
        if (timeline_.pending_edits.empty() || !timeline_.replot_started) return;
        timeline_.replotted = true;
        if (timeline_.painted) record(timeline_);  // painted inside the replot (immediate refresh)
    });
    for (Watch* watch : {&cards_, &timeline_})
        for (const auto& w : watch->widgets) w->installEventFilter(this);

    SimulationController* controller = window_->controller();
    // Connected after the views' own slots (MainWindow made them first): when these run,
    // the views hold the new result and have asked for their repaint.
    connect(controller, &SimulationController::overviewReady, this, [this, controller] {
        overview_ms_.push_back(controller->lastEditToOverviewMs());
        log(QStringLiteral("overview edit->result %1 ms").arg(overview_ms_.back(), 0, 'f', 1));
        arm(cards_, controller->lastOverviewEditTime());
    });
    connect(controller, &SimulationController::detailReady, this, [this, controller](ResultPtr, double eval_ms) {
        detail_ms_.push_back(controller->lastEditToDetailMs());
        log(QStringLiteral("timeline edit->result %1 ms (event simulation %2 ms)")
                .arg(detail_ms_.back(), 0, 'f', 1)
                .arg(eval_ms, 0, 'f', 1));
        arm(timeline_, controller->lastDetailEditTime());
    });
}

LatencyProbe::~LatencyProbe() {
    if (!file_.isOpen()) return;
    log(QStringLiteral("summary over %1 s").arg(static_cast<double>(clock_.elapsed()) / 1000.0, 0, 'f', 1));
    log(summary("UI thread delay beyond the 5 ms tick", uiThreadDelaysMs()));
    log(summary("overview edit->result", overview_ms_));
    log(summary("cards edit->repainted", cards_.samples));
    log(summary("timeline edit->result", detail_ms_));
    log(summary("timeline edit->repainted", timeline_.samples));
}

std::vector<double> LatencyProbe::uiThreadDelaysMs() const {
    // Gaps beyond the tick interval are time the UI thread was busy (or the OS late).
    std::vector<double> late(tick_gaps_ms_.size());
    std::transform(tick_gaps_ms_.begin(), tick_gaps_ms_.end(), late.begin(),
                   [](double gap) { return std::max(0.0, gap - kTickMs); });
    return late;
}

void LatencyProbe::arm(Watch& watch, TimePoint edit) {
    QWidget* first = watch.widgets.empty() ? nullptr : watch.widgets.front().data();
    // A view in a hidden tab is not painted until it is shown: that wait is not latency.
    if (!first || !first->isVisible()) {
        if (!watch.pending_edits.empty())
            log(QStringLiteral("%1 hidden: no repaint to time").arg(QLatin1String(watch.name)));
        watch.pending_edits.clear();
        return;
    }
    watch.pending_edits.push_back(edit);
    watch.replot_started = watch.painted = watch.replotted = false;
}

void LatencyProbe::record(Watch& watch) {
    const TimePoint now = std::chrono::steady_clock::now();
    // Every result that reached the view since its last repaint is on screen now.
    for (TimePoint edit : watch.pending_edits) {
        watch.samples.push_back(std::chrono::duration<double, std::milli>(now - edit).count());
        log(QStringLiteral("%1 edit->repainted %2 ms")
                .arg(QLatin1String(watch.name))
                .arg(watch.samples.back(), 0, 'f', 1));
    }
    watch.pending_edits.clear();
    watch.replot_started = watch.painted = watch.replotted = false;
}

bool LatencyProbe::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Paint) return QObject::eventFilter(watched, event);
    for (Watch* watch : {&cards_, &timeline_}) {
        if (watch->pending_edits.empty() || (watch->needs_replot && !watch->replot_started)) continue;
        if (std::none_of(watch->widgets.begin(), watch->widgets.end(),
                         [watched](const QPointer<QWidget>& w) { return w.data() == watched; }))
            continue;
        // Paint first (QObject::event dispatches to the widget's paintEvent), so the time
        // includes the painting; the event is then consumed, not delivered twice.
        static_cast<QObject*>(watched)->event(event);
        watch->painted = true;
        if (!watch->needs_replot || watch->replotted) record(*watch);
        return true;
    }
    return QObject::eventFilter(watched, event);
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
