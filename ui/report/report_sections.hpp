#pragma once
// The report's text sections as HTML fragments (a subset Qt's rich text renders too, so
// the PDF and the HTML file share them). Each returns a heading and its content.
#include <QString>
#include <functional>

#include "report/report_charts.hpp"
#include "report/report_data.hpp"

namespace edgecim::ui::report_html {

QString title_block(const ReportData& data);
QString kpi_section(const ReportData& data);
QString model_section(const ReportData& data);
QString comparison_section(const ReportData& data);
QString reproduction_section(const ReportData& data);
QString assumptions_section(const ReportData& data);
QString configuration_section(const ReportData& data);

// Human-readable energy boundary, e.g. "system (chip + DRAM access and background)".
QString boundary_text(EnergyBoundary boundary);

// The whole report body; `chart_markup` turns one chart with data into HTML (an inlined
// PNG in the HTML file; a placeholder the PDF writer replaces by a vector drawing). The
// charts carry their titles, so title and drawing never fall on separate pages.
QString report_body(const ReportData& data, const ReportCharts& charts,
                    const std::function<QString(const ReportChart&)>& chart_markup);
// Style sheet shared by the HTML file and the PDF's text document.
QString report_css();

}  // namespace edgecim::ui::report_html
