#include "views/timeline_view.hpp"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "plot/timeline_chart.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent),
      chart_(new TimelineChart(this)),
      step_(new QSpinBox(this)),
      prefill_(new QCheckBox(tr("&Prefill"), this)),
      info_(new QLabel(this)) {
    info_->setWordWrap(true);  // long step summaries must not set the window's minimum width
    step_->setObjectName(QStringLiteral("timelineStep"));
    step_->setRange(-1, 0);
    step_->setValue(-1);
    step_->setSpecialValueText(tr("last"));
    step_->setKeyboardTracking(false);
    step_->setToolTip(tr("Decode step whose event timeline is shown (0 = first decode step after the prefill)"));
    connect(step_, &QSpinBox::valueChanged, this, &TimelineView::stepRequested);
    prefill_->setObjectName(QStringLiteral("timelinePrefill"));
    prefill_->setToolTip(
        tr("Show the prefill (all prompt tokens at once) instead of a decode step; the "
           "Utilization tab follows"));
    connect(prefill_, &QCheckBox::toggled, this, [this](bool on) {
        step_->setEnabled(!on);
        emit prefillRequested(on);
    });
    auto* reset = new QPushButton(tr("Reset zoom"), this);
    reset->setToolTip(tr("Show the whole step and every row (wheel: zoom time; Shift+wheel: zoom rows; drag: pan)"));
    connect(reset, &QPushButton::clicked, chart_, &PlotWidget::resetZoom);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Decode &step"), this);
    label->setBuddy(step_);
    bar->addWidget(label);
    bar->addWidget(step_);
    bar->addWidget(prefill_);
    bar->addSpacing(12);
    bar->addWidget(info_, 1);
    bar->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    chart_->setTitle(tr("Pipeline timeline of one decode step (event simulator)"));
    layout->addWidget(chart_, 1);
}

void TimelineView::setGeneratedTokens(int tokens) {
    const QSignalBlocker blocker(step_);
    step_->setMaximum(std::max(0, tokens - 2));  // G tokens: the first from the prefill, G-1 decode steps
}

void TimelineView::setResult(ResultPtr result, TimelineRowsPtr rows) {
    if (!result) return;
    QElapsedTimer timer;
    timer.start();
    const Timeline& t = result->timeline;
    chart_->setTitle(result->timeline_phase == TimelinePhase::prefill
                         ? tr("Pipeline timeline of the prefill (event simulator)")
                         : tr("Pipeline timeline of one decode step (event simulator)"));
    info_->setText(tr("%1 · %2 spans on %3 resources · step time %4 · discrete-event simulation")
                       .arg(QString::fromStdString(t.step), QString::number(t.records.size()),
                            QString::number(t.resources.size()), units::formatTime(t.duration_s)));
    chart_->setTimeline(std::move(result), std::move(rows));
    last_update_ms_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

}  // namespace edgecim::ui
