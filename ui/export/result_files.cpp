#include "export/result_files.hpp"

#include <sstream>

#include "edgecim/atomic_file.hpp"
#include "edgecim/chrome_trace.hpp"
#include "edgecim/comparison_files.hpp"
#include "edgecim/csv.hpp"
#include "edgecim/run_csv.hpp"
#include "edgecim/run_json.hpp"

namespace edgecim::ui::result_files {

bool writeAtomically(const QString& path, const QByteArray& data, QString* error) {
    try {
        write_file_atomically(path.toStdString(),
                              std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
        return true;
    } catch (const WriteError& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

QByteArray runJson(const SimulationResult& result) {
    std::ostringstream out;
    write_run_json(result, out, true);
    return QByteArray::fromStdString(out.str());
}

QByteArray chromeTrace(const Timeline& timeline) {
    std::ostringstream out;
    write_chrome_trace(timeline, out);
    return QByteArray::fromStdString(out.str());
}

QByteArray csvRecord(const QStringList& fields) {
    std::vector<std::string> cells;
    cells.reserve(static_cast<std::size_t>(fields.size()));
    for (const QString& f : fields) cells.push_back(f.toStdString());
    return QByteArray::fromStdString(csv_record(cells));
}

QByteArray runCsv(const SimulationResult& result) {
    std::ostringstream out;
    write_run_csv(result, out);
    return QByteArray::fromStdString(out.str());
}

QByteArray comparisonCsv(const ZooComparison& comparison) {
    std::ostringstream out;
    write_comparison_csv(comparison.models, out);
    return QByteArray::fromStdString(out.str());
}

QByteArray comparisonJson(const ZooComparison& comparison) {
    std::ostringstream out;
    write_comparison_json(comparison.models, out);
    return QByteArray::fromStdString(out.str());
}

}  // namespace edgecim::ui::result_files
