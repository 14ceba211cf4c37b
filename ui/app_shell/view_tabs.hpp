#pragma once
// The central tabs: one view per tab, each re-rendered from the controller's results.
#include <QTabWidget>
#include <memory>
#include <vector>

#include "controller/evaluations.hpp"
#include "document/reference_design.hpp"

namespace edgecim::ui {

class SimulationController;
class Document;
class OverviewView;
class TimelineView;
class UtilizationView;
class EnergyView;
class ComparisonView;
class SweepView;
class PaperView;
class DseView;
class PlotWidget;

class ViewTabs : public QTabWidget {
    Q_OBJECT
public:
    ViewTabs(Document* document, SimulationController* controller, QWidget* parent = nullptr);

    // File-name ids of the views, in tab order: overview, timeline, ...
    static QStringList viewIds();
    QWidget* view(const QString& id) const;

    OverviewView* overview() const { return overview_; }
    TimelineView* timeline() const { return timeline_; }
    UtilizationView* utilization() const { return utilization_; }
    EnergyView* energy() const { return energy_; }
    ComparisonView* comparison() const { return comparison_; }
    SweepView* sweep() const { return sweep_; }
    PaperView* paper() const { return paper_; }
    DseView* dse() const { return dse_; }

    // The latest results the views show (null until the first run).
    ResultPtr lastOverview() const { return last_overview_; }
    ResultPtr lastDetail() const { return last_detail_; }  // event simulator, with the timeline
    std::shared_ptr<const ZooComparison> lastComparison() const;
    // The charts of the current tab, in layout order (File › Export › Chart image).
    QList<PlotWidget*> currentCharts() const;
    // The A/B reference every view that can overlays (null: none).
    void setReference(ReferencePtr reference);
    ReferencePtr reference() const { return reference_; }

private:
    // Adds one view tab; its id names screenshots and settings (a DSE view adds one line).
    void addView(QWidget* view, const QString& id, const QString& label);

    ReferencePtr reference_;
    ResultPtr last_overview_;
    ResultPtr last_detail_;
    OverviewView* overview_;
    TimelineView* timeline_;
    UtilizationView* utilization_;
    EnergyView* energy_;
    ComparisonView* comparison_;
    SweepView* sweep_;
    PaperView* paper_;
    DseView* dse_;
};

}  // namespace edgecim::ui
