#include "app_shell/view_tabs.hpp"

#include <utility>

#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "plot/plot_widget.hpp"
#include "views/comparison_view.hpp"
#include "views/dse_view.hpp"
#include "views/energy_view.hpp"
#include "views/overview_view.hpp"
#include "views/paper_view.hpp"
#include "views/sweep_view.hpp"
#include "views/timeline_view.hpp"
#include "views/utilization_view.hpp"

namespace edgecim::ui {

ViewTabs::ViewTabs(Document* document, SimulationController* controller, QWidget* parent)
    : QTabWidget(parent),
      overview_(new OverviewView(this)),
      timeline_(new TimelineView(this)),
      utilization_(new UtilizationView(this)),
      energy_(new EnergyView(this)),
      comparison_(new ComparisonView(this)),
      sweep_(new SweepView(this)),
      paper_(new PaperView(document, this)),
      dse_(new DseView(document, this)) {
    setDocumentMode(true);
    addView(overview_, QStringLiteral("overview"), tr("&Overview"));
    addView(timeline_, QStringLiteral("timeline"), tr("Pipeline &timeline"));
    addView(utilization_, QStringLiteral("utilization"), tr("&Utilization"));
    addView(energy_, QStringLiteral("energy"), tr("&Energy"));
    addView(comparison_, QStringLiteral("comparison"), tr("&Comparison"));
    addView(sweep_, QStringLiteral("sweep"), tr("&Sweep"));
    addView(dse_, QStringLiteral("dse"), tr("&Design space"));
    addView(paper_, QStringLiteral("paper"), tr("&Paper"));

    connect(controller, &SimulationController::overviewReady, this, [this](ResultPtr r) {
        last_overview_ = std::move(r);
        feed(overview_, kOverviewFeed);
        feed(energy_, kOverviewFeed);
        feed(comparison_, kOverviewFeed);
    });
    connect(controller, &SimulationController::detailReady, this, [this, controller](ResultPtr r) {
        last_detail_ = std::move(r);
        last_timeline_rows_ = controller->timelineRows();
        feed(timeline_, kDetailFeed);
        feed(utilization_, kDetailFeed);
    });
    connect(controller, &SimulationController::comparisonReady, this, [this](std::shared_ptr<const ZooComparison> c) {
        last_comparison_ = std::move(c);
        feed(overview_, kComparisonFeed);
        feed(comparison_, kComparisonFeed);
    });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget* shown = widget(index)) updateView(shown);
    });
    connect(controller, &SimulationController::sweepReady, sweep_, &SweepView::setSweep);
    connect(controller, &SimulationController::sweepProgress, sweep_, &SweepView::setProgress);
    connect(controller, &SimulationController::evaluationFailed, sweep_, [this](EvaluationKind kind, const QString& m) {
        if (kind == EvaluationKind::sweep) sweep_->setFailed(m);
    });
    connect(sweep_, &SweepView::requestChanged, controller, &SimulationController::setSweepRequest);
    connect(timeline_, &TimelineView::stepRequested, controller, &SimulationController::setTimelineToken);
    connect(timeline_, &TimelineView::prefillRequested, controller, &SimulationController::setTimelinePrefill);
    connect(document, &Document::configChanged, this, [this, document] {
        timeline_->setGeneratedTokens(document->config().workload.generate_tokens);
        sweep_->setCurrentConfig(document->config());
    });
    timeline_->setGeneratedTokens(document->config().workload.generate_tokens);
    sweep_->setCurrentConfig(document->config());
}

void ViewTabs::addView(QWidget* view, const QString& id, const QString& label) {
    view->setObjectName(id);
    addTab(view, label);
}

QStringList ViewTabs::viewIds() {
    return {QStringLiteral("overview"), QStringLiteral("timeline"),   QStringLiteral("utilization"),
            QStringLiteral("energy"),   QStringLiteral("comparison"), QStringLiteral("sweep"),
            QStringLiteral("dse"),      QStringLiteral("paper")};
}

void ViewTabs::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    feed(overview_, kReferenceFeed);
    feed(energy_, kReferenceFeed);
    sweep_->setReference(reference_);  // its sweep is computed for it, shown or not
}

void ViewTabs::feed(QWidget* view, unsigned feeds) {
    pending_[view] |= feeds;
    if (view == currentWidget()) updateView(view);
}

void ViewTabs::updateView(QWidget* view) {
    const auto it = pending_.find(view);
    if (it == pending_.end() || it->second == 0) return;
    const unsigned feeds = std::exchange(it->second, 0U);
    if (view == overview_) {
        if (feeds & kReferenceFeed) overview_->setReference(reference_);
        if (feeds & kOverviewFeed) overview_->setResult(last_overview_);
        if (feeds & kComparisonFeed) overview_->setComparison(last_comparison_);
    } else if (view == energy_) {
        if (feeds & kReferenceFeed) energy_->setReference(reference_);
        if (feeds & kOverviewFeed) energy_->setResult(last_overview_);
    } else if (view == comparison_) {
        if (feeds & kOverviewFeed) comparison_->setCurrentResult(last_overview_);
        if (feeds & kComparisonFeed) comparison_->setComparison(last_comparison_);
    } else if (view == timeline_) {
        timeline_->setResult(last_detail_, last_timeline_rows_);
    } else if (view == utilization_) {
        utilization_->setResult(last_detail_);
    }
}

void ViewTabs::updateAllViews() {
    for (int i = 0; i < count(); ++i) updateView(widget(i));
}

QList<PlotWidget*> ViewTabs::currentCharts() const {
    QWidget* view = currentWidget();
    QList<PlotWidget*> charts;
    if (!view) return charts;
    // Only the charts the view shows (the Sweep view keeps its heatmap hidden in 1-D).
    for (PlotWidget* chart : view->findChildren<PlotWidget*>())
        if (chart->isVisibleTo(view)) charts << chart;
    return charts;
}

QWidget* ViewTabs::view(const QString& id) const {
    for (int i = 0; i < count(); ++i)
        if (widget(i)->objectName() == id) return widget(i);
    return nullptr;
}

}  // namespace edgecim::ui
