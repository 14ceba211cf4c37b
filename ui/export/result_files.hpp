#pragma once
// The data files the GUI exports, as bytes, and the atomic writer (core's
// write_file_atomically, as the CLI uses) that says why a write failed. Every file comes from
// core's one serializer per result (run_json.hpp, run_csv.hpp, comparison_files.hpp,
// chrome_trace.hpp), so File > Export and edgecim-cli write the same bytes for the same result.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "controller/evaluations.hpp"

namespace edgecim::ui::result_files {

// Writes a unique temporary file next to path, fsyncs it, then renames it over path; a
// target that is not a regular file (a device, FIFO) is refused. On failure the target is
// untouched and *error names the file and the OS error.
bool writeAtomically(const QString& path, const QByteArray& data, QString* error);

QByteArray runJson(const SimulationResult& result);
QByteArray runCsv(const SimulationResult& result);  // = edgecim-cli run --format csv
// = edgecim-cli compare --all-models --format csv|json with the same devices (analytical)
QByteArray comparisonCsv(const ZooComparison& comparison);
QByteArray comparisonJson(const ZooComparison& comparison);
QByteArray chromeTrace(const Timeline& timeline);

// core's csv_record: RFC 4180 (CRLF), text cells that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR) neutralised, numbers as they are.
QByteArray csvRecord(const QStringList& fields);

}  // namespace edgecim::ui::result_files
