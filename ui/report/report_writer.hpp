#pragma once
// The EdgeCIM Studio report: configuration, model, KPIs with their energy boundary,
// charts, the 12-model baseline comparison, the paper reproduction and the assumptions,
// as a multi-page PDF (vector charts, searchable text) or a self-contained HTML file.
// Needs a QApplication (the charts are widgets, never shown); works offscreen.
#include <QString>
#include <optional>

#include "edgecim/config.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::ui {

enum class ReportFormat { pdf, html };
// From the file extension (.pdf, .html, .htm; case-insensitive); nullopt for others.
std::optional<ReportFormat> report_format_for(const QString& path);

// Writes the report for `config`; the format follows the extension. On failure returns
// false and, when `error` is given, a message naming the file.
bool write_report(const QString& path, const edgecim::Config& config, QString* error);
bool write_report(const QString& path, const edgecim::Config& config, Evaluator evaluator, QString* error);

}  // namespace edgecim::ui
