#include "export/result_files.hpp"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sstream>

#include "edgecim/atomic_file.hpp"
#include "edgecim/chrome_trace.hpp"
#include "edgecim/csv.hpp"
#include "edgecim/run_json.hpp"

namespace edgecim::ui::result_files {

namespace {
QString number(double v) { return QString::number(v, 'g', 10); }
QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString boundaryKey(EnergyBoundary b) {
    return b == EnergyBoundary::chip ? QStringLiteral("chip") : QStringLiteral("system");
}
}  // namespace

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

QByteArray runCsv(const SimulationResult& r) {
    const QString b = boundaryKey(r.energy_boundary);
    QStringList header{QStringLiteral("model"),
                       QStringLiteral("evaluator"),
                       QStringLiteral("parameters [count]"),
                       QStringLiteral("precision"),
                       QStringLiteral("prompt_tokens [tokens]"),
                       QStringLiteral("generated_tokens [tokens]"),
                       QStringLiteral("ttft [s]"),
                       QStringLiteral("decode_throughput [tokens/s]"),
                       QStringLiteral("end_to_end [s]"),
                       QStringLiteral("energy_per_token (%1 boundary) [J]").arg(b),
                       QStringLiteral("efficiency (%1 boundary) [tokens/J]").arg(b),
                       QStringLiteral("average_power (%1 boundary) [W]").arg(b),
                       QStringLiteral("dram_traffic_per_token [B]"),
                       QStringLiteral("roofline_throughput [tokens/s]"),
                       QStringLiteral("roofline_fraction [1]"),
                       QStringLiteral("bound"),
                       QStringLiteral("area [mm2]"),
                       QStringLiteral("mapping"),
                       QStringLiteral("active_tiles [tiles]")};
    QStringList row{text(r.model),
                    text(r.evaluator),
                    QString::number(r.parameters),
                    text(r.precision),
                    QString::number(r.prompt_tokens),
                    QString::number(r.generated_tokens),
                    number(r.ttft_s),
                    number(r.decode_tokens_per_s),
                    number(r.end_to_end_s),
                    number(r.energy_per_token_j),
                    number(r.tokens_per_j),
                    number(r.average_power_w),
                    number(r.dram_bytes_per_token),
                    number(r.roofline_tokens_per_s),
                    number(r.roofline_fraction),
                    text(to_string(r.bound)),
                    number(r.area_mm2),
                    text(r.mapping),
                    QString::number(r.active_tiles)};
    // Every energy component per decode step (all of them; the boundary only sums).
    for (int i = 0; i < kEnergyComponentCount; ++i) {
        const auto c = static_cast<EnergyComponent>(i);
        header << QStringLiteral("energy_per_token.%1 [J]").arg(text(to_string(c)));
        row << number(r.energy_per_token[c]);
    }
    return csvRecord(header) + csvRecord(row);
}

QByteArray comparisonCsv(const ZooComparison& c) {
    const QString b = boundaryKey(c.boundary);
    QStringList header{QStringLiteral("model"),
                       QStringLiteral("display_name"),
                       QStringLiteral("prompt_tokens [tokens]"),
                       QStringLiteral("generate_tokens [tokens]"),
                       QStringLiteral("edgecim_throughput [tokens/s]"),
                       QStringLiteral("edgecim_efficiency (%1 boundary) [tokens/J]").arg(b),
                       QStringLiteral("edgecim_efficiency (chip boundary) [tokens/J]"),
                       QStringLiteral("edgecim_efficiency (system boundary) [tokens/J]")};
    for (const BaselineDevice& d : c.devices) {
        const QString n = QString::fromStdString(d.name);
        header << n + QStringLiteral("_throughput [tokens/s]") << n + QStringLiteral("_speedup [x]")
               << n + QStringLiteral("_efficiency (module power) [tokens/J]")
               << n + QStringLiteral("_efficiency_gain (%1 boundary) [x]").arg(b) << n + QStringLiteral("_error");
    }
    header << QStringLiteral("error");
    QByteArray out = csvRecord(header);
    for (const ZooPoint& p : c.points) {
        QStringList row{QString::fromStdString(p.name), QString::fromStdString(p.display_name),
                        QString::number(p.prompt_tokens), QString::number(p.generate_tokens)};
        const bool ok = p.error.empty();
        row << (ok ? number(p.tokens_per_s) : QString()) << (ok ? number(p.tokens_per_j) : QString())
            << (ok ? number(p.tokens_per_j_chip) : QString()) << (ok ? number(p.tokens_per_j_system) : QString());
        for (std::size_t d = 0; d < c.devices.size(); ++d) {
            if (d >= p.baselines.size() || !p.baselines[d].error.empty()) {
                row << QString() << QString() << QString() << QString()
                    << (d < p.baselines.size() ? QString::fromStdString(p.baselines[d].error) : QString());
                continue;
            }
            const BaselinePoint& bp = p.baselines[d];
            row << number(bp.tokens_per_s) << number(bp.speedup)
                << (bp.tokens_per_j ? number(*bp.tokens_per_j) : QString())
                << (bp.efficiency_gain ? number(*bp.efficiency_gain) : QString()) << QString();
        }
        row << QString::fromStdString(p.error);
        out += csvRecord(row);
    }
    return out;
}

QByteArray comparisonJson(const ZooComparison& c) {
    QJsonObject root;
    root[QStringLiteral("current_model")] = QString::fromStdString(c.current_model);
    root[QStringLiteral("energy_boundary")] = boundaryKey(c.boundary);
    root[QStringLiteral("evaluator")] = QStringLiteral("analytical");
    QJsonArray devices;
    for (const BaselineDevice& d : c.devices)
        devices.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(d.name)},
                                   {QStringLiteral("display_name"), QString::fromStdString(d.display_name)},
                                   {QStringLiteral("has_power"), d.has_power}});
    root[QStringLiteral("devices")] = devices;
    QJsonArray models;
    for (const ZooPoint& p : c.points) {
        QJsonObject m{{QStringLiteral("model"), QString::fromStdString(p.name)},
                      {QStringLiteral("display_name"), QString::fromStdString(p.display_name)},
                      {QStringLiteral("prompt_tokens"), p.prompt_tokens},
                      {QStringLiteral("generate_tokens"), p.generate_tokens}};
        if (!p.error.empty()) {
            m[QStringLiteral("error")] = QString::fromStdString(p.error);
            models.append(m);
            continue;
        }
        m[QStringLiteral("tokens_per_s")] = p.tokens_per_s;
        m[QStringLiteral("tokens_per_j")] = p.tokens_per_j;
        m[QStringLiteral("tokens_per_j_chip")] = p.tokens_per_j_chip;
        m[QStringLiteral("tokens_per_j_system")] = p.tokens_per_j_system;
        QJsonArray baselines;
        for (const BaselinePoint& bp : p.baselines) {
            QJsonObject o{{QStringLiteral("device"), QString::fromStdString(bp.name)}};
            if (!bp.error.empty()) {
                o[QStringLiteral("error")] = QString::fromStdString(bp.error);
            } else {
                o[QStringLiteral("tokens_per_s")] = bp.tokens_per_s;
                o[QStringLiteral("speedup")] = bp.speedup;
                o[QStringLiteral("tokens_per_j")] = bp.tokens_per_j ? QJsonValue(*bp.tokens_per_j) : QJsonValue();
                o[QStringLiteral("efficiency_gain")] =
                    bp.efficiency_gain ? QJsonValue(*bp.efficiency_gain) : QJsonValue();
            }
            baselines.append(o);
        }
        m[QStringLiteral("baselines")] = baselines;
        models.append(m);
    }
    root[QStringLiteral("models")] = models;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace edgecim::ui::result_files
