#pragma once
// The two report formats; both take the computed data and the filled charts.
#include <QString>

#include "report/report_charts.hpp"
#include "report/report_data.hpp"

namespace edgecim::ui {

bool write_pdf_report(const QString& path, const ReportData& data, const ReportCharts& charts, QString* error);
bool write_html_report(const QString& path, const ReportData& data, const ReportCharts& charts, QString* error);

}  // namespace edgecim::ui
