// The report body in reading order, and its style sheet.
#include "report/report_html_util.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui::report_html {

QString report_css() {
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #1a1a1a; }\n"
        "h1 { font-size: 17pt; color: #123a63; margin-bottom: 2px; }\n"
        "h2 { font-size: 13pt; color: #123a63; margin-top: 16px; margin-bottom: 4px; }\n"
        "h3 { font-size: 10.5pt; color: #333333; margin-top: 10px; margin-bottom: 3px; }\n"
        "p { margin-top: 3px; margin-bottom: 5px; }\n"
        "p.meta { color: #555555; }\n"
        "p.note { color: #8a4b00; }\n"
        "p.caption { font-size: 8pt; color: #444444; margin-bottom: 10px; }\n"
        "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }\n"
        "th { background-color: #dfe7f0; font-weight: bold; text-align: left; }\n"
        "th, td { border: 1px solid #b7c3cf; padding: 3px; vertical-align: top; }\n"
        "table.data td, table.data th { font-size: 8pt; }\n"
        "table.config td, table.config th { font-size: 7.5pt; }\n"
        "tr.changed td { background-color: #fff3cd; }\n"
        "tr.current td { background-color: #e8f1fb; }\n"
        "tr.group td { background-color: #eef1f4; font-weight: bold; }\n"
        "span.small { font-size: 7pt; color: #555555; }\n"
        "span.key { font-family: 'DejaVu Sans Mono', monospace; }\n"
        "span.ratio { color: #555555; }\n"
        "span.bad { color: #b00020; font-weight: bold; }\n"
        "h2.newpage { page-break-before: always; }\n"
        "div.chart { margin-top: 6px; }\n"
        "img { max-width: 100%; height: auto; }\n");
}

QString report_body(const ReportData& data, const ReportCharts& charts,
                    const std::function<QString(const ReportChart&)>& chart_markup) {
    QString html = title_block(data);
    html += kpi_section(data);
    html += model_section(data);
    html += heading(2, QStringLiteral("charts"), QObject::tr("3. Charts"), QStringLiteral("newpage"));
    for (const ReportChart& chart : charts.charts()) {
        if (chart.plot)
            html += chart_markup(chart);
        else
            html += heading(3, chart.id, esc(chart.title));
        html += paragraph(esc(chart.caption), QStringLiteral("caption"));
    }
    html += comparison_section(data);
    html += reproduction_section(data);
    html += assumptions_section(data);
    html += configuration_section(data);
    return html;
}

}  // namespace edgecim::ui::report_html
