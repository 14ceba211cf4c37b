#pragma once
// The central tabs: one view per tab, each re-rendered from the controller's results.
// A result reaches a view when the view is the current tab; a hidden view keeps what it
// showed and catches up when its tab is opened. An edit then lays out and repaints only
// what is on screen: label changes in hidden tabs made Qt recompute every page's size
// hint on each edit, the largest part of the UI-thread time between an edit and its cards.
#include <QTabWidget>
#include <map>
#include <memory>
#include <vector>

#include "controller/evaluations.hpp"
#include "document/reference_design.hpp"
#include "plot/timeline_rows.hpp"

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

    // The latest results (null until the first run); hidden views show them once opened.
    ResultPtr lastOverview() const { return last_overview_; }
    ResultPtr lastDetail() const { return last_detail_; }  // event simulator, with the timeline
    std::shared_ptr<const ZooComparison> lastComparison() const { return last_comparison_; }
    // Brings every view up to date now, hidden ones included (screenshots render them all).
    void updateAllViews();
    // The charts of the current tab, in layout order (File › Export › Chart image).
    QList<PlotWidget*> currentCharts() const;
    // The A/B reference every view that can overlays (null: none).
    void setReference(ReferencePtr reference);
    ReferencePtr reference() const { return reference_; }

private:
    // What a view has not shown yet, one bit each.
    enum Feed : unsigned { kOverviewFeed = 1U, kDetailFeed = 2U, kComparisonFeed = 4U, kReferenceFeed = 8U };
    // Adds one view tab; its id names screenshots and settings (a DSE view adds one line).
    void addView(QWidget* view, const QString& id, const QString& label);
    // Marks what `view` must show; shows it now when the view is the current tab.
    void feed(QWidget* view, unsigned feeds);
    // Gives `view` everything marked for it, in the order the controller produced it.
    void updateView(QWidget* view);

    ReferencePtr reference_;
    ResultPtr last_overview_;
    ResultPtr last_detail_;
    TimelineRowsPtr last_timeline_rows_;
    std::shared_ptr<const ZooComparison> last_comparison_;
    std::map<QWidget*, unsigned> pending_;
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
