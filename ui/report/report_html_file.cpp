// The self-contained HTML report: inline CSS, charts as inlined base64 PNG images.
#include <QBuffer>
#include <QSaveFile>

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
    return QStringLiteral("<div class=\"chart\" id=\"%1\"><img src=\"data:image/png;base64,%3\" "
                          "width=\"%4\" alt=\"%2\"></div>\n")
        .arg(chart.id, report_html::esc(chart.title), QString::fromLatin1(png.toBase64()))
        .arg(ReportCharts::kWidth);
}
}  // namespace

bool write_html_report(const QString& path, const ReportData& data, const ReportCharts& charts, QString* error) {
    const QString body = report_html::report_body(data, charts, inlinePng);
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                        "<title>%1</title>\n<style>\n%2"
                                        "body { max-width: 760px; margin: 24px auto; padding: 0 12px; }\n"
                                        "</style>\n</head>\n<body>\n%3</body>\n</html>\n")
                             .arg(report_html::esc(QObject::tr("EdgeCIM Studio report: %1").arg(QString::fromStdString(data.config.name))),
                                  report_html::report_css(), body);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = file.errorString();
        return false;
    }
    file.write(html.toUtf8());
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace edgecim::ui
