#pragma once
// The data files the GUI exports, as bytes, and one atomic writer (QSaveFile) that says
// why a write failed. JSON of a run and the Chrome/Perfetto trace come from core
// (write_run_json, write_chrome_trace), so the CLI and the GUI write the same files.
// CSV follows RFC 4180 (CRLF, quoted fields) and puts the unit in every column name.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "controller/evaluations.hpp"

namespace edgecim::ui::result_files {

// Writes a temporary file next to path, then renames it over path. On failure the
// target is untouched and *error names the file and the reason.
bool writeAtomically(const QString& path, const QByteArray& data, QString* error);

QByteArray runJson(const SimulationResult& result);
QByteArray runCsv(const SimulationResult& result);
QByteArray comparisonCsv(const ZooComparison& comparison);
QByteArray comparisonJson(const ZooComparison& comparison);
QByteArray chromeTrace(const Timeline& timeline);

// RFC 4180: fields joined by commas, quoted when they hold a comma, quote or line
// break; records end in CRLF.
QByteArray csvRecord(const QStringList& fields);

}  // namespace edgecim::ui::result_files
