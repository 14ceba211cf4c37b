#pragma once
// The central tabs: one view per tab, each re-rendered from the controller's results.
#include <QTabWidget>
#include <vector>

namespace edgecim::ui {

class SimulationController;
class Document;
class OverviewView;
class TimelineView;
class UtilizationView;
class EnergyView;
class ComparisonView;
class SweepView;

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

private:
    OverviewView* overview_;
    TimelineView* timeline_;
    UtilizationView* utilization_;
    EnergyView* energy_;
    ComparisonView* comparison_;
    SweepView* sweep_;
};

}  // namespace edgecim::ui
