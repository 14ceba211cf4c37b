#include "app_shell/view_tabs.hpp"

#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "views/comparison_view.hpp"
#include "views/energy_view.hpp"
#include "views/overview_view.hpp"
#include "views/sweep_view.hpp"
#include "views/timeline_view.hpp"
#include "views/utilization_view.hpp"

namespace edgecim::ui {

ViewTabs::ViewTabs(Document* document, SimulationController* controller, QWidget* parent)
    : QTabWidget(parent), overview_(new OverviewView(this)), timeline_(new TimelineView(this)),
      utilization_(new UtilizationView(this)), energy_(new EnergyView(this)), comparison_(new ComparisonView(this)),
      sweep_(new SweepView(this)) {
    setDocumentMode(true);
    addTab(overview_, tr("&Overview"));
    addTab(timeline_, tr("Pipeline &timeline"));
    addTab(utilization_, tr("&Utilization"));
    addTab(energy_, tr("&Energy"));
    addTab(comparison_, tr("&Comparison"));
    addTab(sweep_, tr("Context &sweep"));
    const QStringList ids = viewIds();
    for (int i = 0; i < count(); ++i) widget(i)->setObjectName(ids[i]);

    connect(controller, &SimulationController::overviewReady, this, [this](ResultPtr r) {
        overview_->setResult(r);
        energy_->setResult(r);
        comparison_->setCurrentResult(r);
    });
    connect(controller, &SimulationController::detailReady, this, [this](ResultPtr r) {
        timeline_->setResult(r);
        utilization_->setResult(r);
    });
    connect(controller, &SimulationController::comparisonReady, this, [this](std::shared_ptr<const ZooComparison> c) {
        overview_->setComparison(c);
        comparison_->setComparison(c);
    });
    connect(controller, &SimulationController::sweepReady, sweep_, &SweepView::setSweep);
    connect(timeline_, &TimelineView::stepRequested, controller, &SimulationController::setTimelineToken);
    connect(document, &Document::configChanged, this,
            [this, document] { timeline_->setGeneratedTokens(document->config().workload.generate_tokens); });
    timeline_->setGeneratedTokens(document->config().workload.generate_tokens);
}

QStringList ViewTabs::viewIds() {
    return {QStringLiteral("overview"), QStringLiteral("timeline"),   QStringLiteral("utilization"),
            QStringLiteral("energy"),   QStringLiteral("comparison"), QStringLiteral("sweep")};
}

QWidget* ViewTabs::view(const QString& id) const {
    for (int i = 0; i < count(); ++i)
        if (widget(i)->objectName() == id) return widget(i);
    return nullptr;
}

}  // namespace edgecim::ui
