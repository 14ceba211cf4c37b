#include "report/report_writer.hpp"

#include <QFileInfo>
#include <exception>

#include "edgecim/problem.hpp"
#include "report/report_charts.hpp"
#include "report/report_data.hpp"
#include "report/report_formats.hpp"

namespace edgecim::ui {

std::optional<ReportFormat> report_format_for(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("pdf")) return ReportFormat::pdf;
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm")) return ReportFormat::html;
    return std::nullopt;
}

bool write_report(const QString& path, const Config& config, QString* error) {
    return write_report(path, config, Evaluator::event, error);
}

bool write_report(const QString& path, const Config& config, Evaluator evaluator, QString* error) {
    const auto fail = [&](const QString& why) {
        if (error) *error = QObject::tr("Cannot write the report '%1': %2").arg(path, why);
        return false;
    };
    const std::optional<ReportFormat> format = report_format_for(path);
    if (!format) return fail(QObject::tr("unknown extension (valid: .pdf, .html)"));
    try {
        const ReportData data = compute_report_data(config, ReportOptions{evaluator});
        const ReportCharts charts(data);
        QString why;
        const bool ok = *format == ReportFormat::pdf ? write_pdf_report(path, data, charts, &why)
                                                     : write_html_report(path, data, charts, &why);
        return ok || fail(why);
    } catch (const InputError& e) {
        QString why;
        for (const Problem& p : e.problems()) why += QString::fromStdString(p.to_string()) + QLatin1Char('\n');
        return fail(why.trimmed());
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

}  // namespace edgecim::ui
