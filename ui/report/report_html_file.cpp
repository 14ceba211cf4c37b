// The self-contained HTML report: inline CSS, charts as inlined base64 PNG images.
#include <QBuffer>

#include "export/result_files.hpp"
#include "plot/plot_export.hpp"
#include "report/report_formats.hpp"
#include "report/report_html_util.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui {

namespace {
QString inlinePng(const ReportChart& chart) {
    const QImage image = renderPlotImage(*chart.plot, chart.size, 2.0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral(
               "<div class=\"chart\" id=\"%1\"><img src=\"data:image/png;base64,%3\" "
               "width=\"%4\" alt=\"%2\"></div>\n")
        .arg(chart.id, report_html::esc(chart.title), QString::fromLatin1(png.toBase64()),
             QString::number(ReportCharts::kWidth));
}
}  // namespace

bool write_html_report(const QString& path, const ReportData& data, const ReportCharts& charts, QString* error) {
    const QString body = report_html::report_body(data, charts, inlinePng);
    // Concatenated, not arg()'ed: the body and the name are user text and may hold "%1".
    const QString title = QObject::tr("EdgeCIM Studio report: ") + QString::fromStdString(data.config.name);
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        report_html::esc(title) + QStringLiteral("</title>\n<style>\n") + report_html::report_css() +
        QStringLiteral(
            "body { max-width: 760px; margin: 24px auto; padding: 0 12px; }\n"
            "</style>\n</head>\n<body>\n") +
        body + QStringLiteral("</body>\n</html>\n");
    return result_files::writeAtomically(path, html.toUtf8(), error);
}

}  // namespace edgecim::ui
