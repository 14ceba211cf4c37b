// Title, key performance indicators and the model.
#include "edgecim/param_table.hpp"
#include "plot/units.hpp"
#include "report/report_html_util.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui::report_html {

namespace {
QString boundName(Bound b) { return QString::fromUtf8(describe(b).data(), static_cast<qsizetype>(describe(b).size())); }
QString kpiRow(const QString& metric, const QString& value, const QString& note) {
    return row({esc(metric), QStringLiteral("<b>%1</b>").arg(esc(value)), esc(note)});
}
}  // namespace

QString boundary_text(EnergyBoundary boundary) {
    return boundary == EnergyBoundary::chip
               ? QObject::tr("chip (macros, buffers, SFU, vector unit, interconnect, leakage; DRAM excluded)")
               : QObject::tr("system (the chip plus DRAM access energy and DRAM background power)");
}

QString title_block(const ReportData& data) {
    const Config& c = data.config;
    QString html =
        QStringLiteral("<h1>") + QObject::tr("EdgeCIM Studio report: ") + esc(c.name) + QStringLiteral("</h1>\n");
    const QString preset = c.source_file.empty() ? QObject::tr("built-in defaults and overrides") : esc(c.source_file);
    html += paragraph(QObject::tr("Generated %1 by EdgeCIM Studio %2. Configuration: %3. Workload: %4, %5 weights, "
                                  "prompt %6 tokens, %7 generated tokens.")
                          // One multi-argument arg(): names may hold "%1", which a chained
                          // arg() would fill with the numbers meant for %6 and %7.
                          .arg(data.generated.toString(Qt::ISODate), QStringLiteral(EDGECIM_VERSION), preset,
                               esc(data.model.display_name), esc(std::string(to_string(c.workload.precision.weights))),
                               QString::number(c.workload.prompt_tokens), QString::number(c.workload.generate_tokens)),
                      QStringLiteral("meta"));
    return html;
}

QString kpi_section(const ReportData& data) {
    const SimulationResult& r = *data.result;
    const QString boundary = boundary_text(r.energy_boundary);
    QString html = heading(2, QStringLiteral("kpis"), QObject::tr("1. Key results"));
    html += paragraph(QObject::tr("Energy boundary of every energy, power and tokens/J figure below: <b>%1</b>. "
                                  "Evaluator: %2. Per-token figures are means over the decode steps.")
                          .arg(esc(boundary), esc(r.evaluator)));
    html += QStringLiteral("<table class=\"kpi\" width=\"100%\">\n");
    html += row({QObject::tr("Metric"), QObject::tr("Value"), QObject::tr("Context")}, QStringLiteral("th"));
    html += kpiRow(QObject::tr("Decode throughput"), QObject::tr("%1 tokens/s").arg(num(r.decode_tokens_per_s)),
                   QObject::tr("%1 decode steps").arg(r.generated_tokens - 1));
    html += kpiRow(QObject::tr("Energy efficiency"), QObject::tr("%1 tokens/J").arg(num(r.tokens_per_j)),
                   QObject::tr("tokens/J at the %1 boundary")
                       .arg(QString::fromStdString(std::string(to_string(r.energy_boundary)))));
    html += kpiRow(QObject::tr("Energy per token"), units::formatEnergy(r.energy_per_token_j),
                   QObject::tr("chip %1, system %2")
                       .arg(units::formatEnergy(r.energy_per_token.total(EnergyBoundary::chip)),
                            units::formatEnergy(r.energy_per_token.total(EnergyBoundary::system))));
    html += kpiRow(
        QObject::tr("Time to first token"), units::formatTime(r.ttft_s),
        QObject::tr("prefill of %1 tokens; end-to-end %2").arg(r.prompt_tokens).arg(units::formatTime(r.end_to_end_s)));
    html += kpiRow(
        QObject::tr("Average power (decode)"), QObject::tr("%1 W").arg(num(r.average_power_w)),
        QObject::tr("at the %1 boundary").arg(QString::fromStdString(std::string(to_string(r.energy_boundary)))));
    html += kpiRow(QObject::tr("Chip area"), QObject::tr("%1 mm²").arg(num(r.area_mm2)),
                   QObject::tr("macros, tile periphery and chip-level blocks"));
    html += kpiRow(QObject::tr("Bound by"), boundName(r.bound),
                   QObject::tr("limits %1 % of a decode step (critical path)")
                       .arg(QString::number(100.0 * r.bound_shares[static_cast<std::size_t>(r.bound)], 'f', 0)));
    html += kpiRow(
        QObject::tr("Prefill bound by"), boundName(r.prefill_bound),
        QObject::tr("limits %1 % of the prefill; %2 MB of DRAM traffic")
            .arg(QString::number(100.0 * r.prefill_bound_shares[static_cast<std::size_t>(r.prefill_bound)], 'f', 0),
                 QString::number(r.prefill_dram_bytes / 1e6, 'f', 1)));
    html += kpiRow(QObject::tr("Roofline fraction"), QStringLiteral("%1 %").arg(num(100 * r.roofline_fraction)),
                   QObject::tr("of the DRAM roofline, %1 tokens/s").arg(num(r.roofline_tokens_per_s)));
    html += kpiRow(QObject::tr("DRAM traffic per token"), units::formatBytes(r.dram_bytes_per_token),
                   QObject::tr("weights, KV cache and embedding row"));
    html += kpiRow(QObject::tr("Mapping"), QString::fromStdString(r.mapping),
                   QObject::tr("decode: waves of %1 per group; prefill: waves of %2 per group")
                       .arg(units::formatTiles(r.active_tiles), units::formatTiles(r.prefill_active_tiles)));
    html += QStringLiteral("</table>\n");
    return html;
}

QString model_section(const ReportData& data) {
    const ModelSpec& m = data.model;
    const Precision weights = data.config.workload.precision.weights;
    const Precision kv = data.config.workload.precision.kv_cache;
    QString html = heading(2, QStringLiteral("model"), QObject::tr("2. Model: %1").arg(esc(m.display_name)));
    QString origin = esc(m.name);
    if (!m.hf_repo.empty()) origin += QStringLiteral(" (%1)").arg(esc(m.hf_repo));
    html += paragraph(QObject::tr("%1, architecture %2.").arg(origin, esc(m.architecture)));
    const auto sizeRow = [](const QString& name, const QString& value) { return row({esc(name), value}); };
    html += QStringLiteral("<table class=\"model\" width=\"70%\">\n");
    html += row({QObject::tr("Size"), QObject::tr("Value")}, QStringLiteral("th"));
    html +=
        sizeRow(QObject::tr("Parameters (stored)"),
                QStringLiteral("<b>%1</b> (%2)")
                    .arg(integer(m.parameter_count()), units::formatCount(static_cast<double>(m.parameter_count()))));
    if (m.official_parameters > 0)
        html += sizeRow(QObject::tr("Parameters (published)"), units::formatCount(m.official_parameters));
    html += sizeRow(QObject::tr("Non-embedding parameters"), integer(m.non_embedding_parameter_count()));
    html += sizeRow(QObject::tr("Decoder layers"), integer(m.layers));
    html += sizeRow(QObject::tr("Hidden size"), integer(m.hidden_size));
    html += sizeRow(QObject::tr("Attention heads / KV heads"), QStringLiteral("%1 / %2").arg(m.heads).arg(m.kv_heads));
    html += sizeRow(QObject::tr("Head dimension"), integer(m.head_dim));
    html += sizeRow(QObject::tr("MLP intermediate size"), integer(m.intermediate_size));
    html += sizeRow(QObject::tr("Vocabulary"), integer(m.vocab_size));
    html += sizeRow(QObject::tr("Max context"), QObject::tr("%1 tokens").arg(integer(m.max_context)));
    html += sizeRow(QObject::tr("Tied embeddings"), m.tied_embeddings ? QObject::tr("yes") : QObject::tr("no"));
    html += sizeRow(QObject::tr("Weights streamed per token (%1)").arg(esc(std::string(to_string(weights)))),
                    units::formatBytes(m.weight_bytes_per_token(weights)));
    html += sizeRow(QObject::tr("KV cache appended per token (%1)").arg(esc(std::string(to_string(kv)))),
                    units::formatBytes(static_cast<double>(m.kv_bytes_per_token(kv))));
    html += QStringLiteral("</table>\n");
    return html;
}

}  // namespace edgecim::ui::report_html
