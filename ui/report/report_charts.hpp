#pragma once
// The report's charts: the GUI's own views, filled from the report data exactly as the
// application fills them, never shown. Each chart has a fixed logical size (pixels at
// 96 dpi, the width of an A4 text column) so PDF and HTML look alike.
#include <QSize>
#include <QString>
#include <memory>
#include <vector>

#include "report/report_data.hpp"

namespace edgecim::ui {

class PlotWidget;
class OverviewView;
class EnergyView;
class TimelineView;
class UtilizationView;

struct ReportChart {
    QString id;  // "roofline", "timeline", ...
    QString title;
    QString caption;             // what is shown and how to read it
    PlotWidget* plot = nullptr;  // nullptr: no data (caption says why)
    QSize size;
};

class ReportCharts {
public:
    explicit ReportCharts(const ReportData& data);
    ~ReportCharts();
    ReportCharts(const ReportCharts&) = delete;
    ReportCharts& operator=(const ReportCharts&) = delete;

    const std::vector<ReportChart>& charts() const { return charts_; }
    const ReportChart* find(const QString& id) const;

    static constexpr int kWidth = 680;  // A4 minus 15 mm margins, at 96 dpi
    // The Gantt chart is laid out wider (its one-row legend of 9 activities needs it)
    // and scaled down to the page.
    static constexpr int kTimelineWidth = 1160;

private:
    std::unique_ptr<OverviewView> overview_;
    std::unique_ptr<EnergyView> energy_;
    std::unique_ptr<TimelineView> timeline_;
    std::unique_ptr<UtilizationView> utilization_;
    std::vector<ReportChart> charts_;
};

}  // namespace edgecim::ui
