#include "app_shell/view_tabs.hpp"

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
        last_overview_ = r;
        overview_->setResult(r);
        energy_->setResult(r);
        comparison_->setCurrentResult(r);
    });
    connect(controller, &SimulationController::detailReady, this, [this, controller](ResultPtr r) {
        last_detail_ = r;
        timeline_->setResult(r, controller->timelineRows());
        utilization_->setResult(r);
    });
    connect(controller, &SimulationController::comparisonReady, this, [this](std::shared_ptr<const ZooComparison> c) {
        overview_->setComparison(c);
        comparison_->setComparison(c);
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
    reference_ = reference;
    overview_->setReference(reference);
    energy_->setReference(reference);
    sweep_->setReference(std::move(reference));
}

std::shared_ptr<const ZooComparison> ViewTabs::lastComparison() const { return comparison_->comparison(); }

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
