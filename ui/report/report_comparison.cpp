// The baseline comparison over the 12 zoo models and the paper reproduction.
#include "edgecim/config_io.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/workload_fit.hpp"
#include "report/report_html_util.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui::report_html {

namespace {
QString withRatio(double value, std::optional<double> ratio) {
    if (!ratio) return num(value);
    return QStringLiteral("%1 <span class=\"ratio\">(%2×)</span>").arg(num(value), num(*ratio));
}
QString deviceHeader(const BaselineComparison& b) {
    return QStringLiteral("%1<br><span class=\"small\">%2</span>").arg(esc(b.name), esc(b.display_name));
}

bool isPaperPreset(const Config& config) {
    const auto text = shipped_preset("hardware/edgecim-paper.yaml");
    if (!text) return false;
    const Config paper = parse_config(*text, "presets/hardware/edgecim-paper.yaml");
    return config.hardware == paper.hardware && config.mapping == paper.mapping &&
           config.energy_boundary == paper.energy_boundary;
}
}  // namespace

QString comparison_section(const ReportData& data) {
    QString html = heading(2, QStringLiteral("baselines"), QObject::tr("4. Baseline comparison, 12 zoo models"));
    html += paragraph(QObject::tr("This design (analytical evaluator, the configured precision and workload) against "
                                  "the calibrated baseline devices on every zoo model. Ratios in brackets: speedup "
                                  "(tokens/s) and tokens/J gain at the %1 boundary. A device without a published "
                                  "power has no tokens/J; a model or device that cannot run this workload is "
                                  "n/a with the reason.")
                          .arg(esc(to_string(data.config.energy_boundary))));
    if (!data.zoo || data.zoo->models.empty()) return html;
    const std::vector<ModelComparison>& models = data.zoo->models;
    const auto& first = models.front().baselines;
    const auto notAvailable = [](const std::string& reason) -> QString { return esc(not_available_text(reason)); };

    html += heading(3, QStringLiteral("baselines-throughput"), QObject::tr("Decode throughput [tokens/s]"));
    html += QStringLiteral("<table class=\"data\" width=\"100%\">\n");
    QStringList header{QObject::tr("model"), QObject::tr("EdgeCIM")};
    for (const auto& b : first) header << deviceHeader(b);
    html += header_row(header, 22);
    for (const ModelComparison& m : models) {
        QStringList cells{esc(m.display_name),
                          m.runs() ? QStringLiteral("<b>%1</b>").arg(num(m.tokens_per_s)) : notAvailable(m.na_reason)};
        for (const auto& b : m.baselines)
            cells << (b.runs() ? withRatio(b.result.tokens_per_s, b.speedup) : notAvailable(b.na_reason));
        html += row(cells, QStringLiteral("td"),
                    m.model == data.zoo->current_model ? QStringLiteral("current") : QString());
    }
    html += QStringLiteral("</table>\n");

    html += heading(3, QStringLiteral("baselines-efficiency"), QObject::tr("Energy efficiency [tokens/J]"));
    html += QStringLiteral("<table class=\"data\" width=\"100%\">\n");
    header = QStringList{QObject::tr("model"), QObject::tr("EdgeCIM chip"), QObject::tr("EdgeCIM system")};
    for (const auto& b : first) header << deviceHeader(b);
    html += header_row(header, 22);
    for (const ModelComparison& m : models) {
        QStringList cells{esc(m.display_name)};
        if (m.runs())
            cells << num(m.tokens_per_j_chip) << num(m.tokens_per_j_system);
        else
            cells << notAvailable(m.na_reason) << notAvailable(m.na_reason);
        for (const auto& b : m.baselines) {
            if (!b.runs())
                cells << notAvailable(b.na_reason);
            else if (b.result.tokens_per_j)
                cells << withRatio(*b.result.tokens_per_j, b.efficiency_gain);
            else
                cells << notAvailable("no published power");
        }
        html += row(cells, QStringLiteral("td"),
                    m.model == data.zoo->current_model ? QStringLiteral("current") : QString());
    }
    html += QStringLiteral("</table>\n");
    return html;
}

QString reproduction_section(const ReportData& data) {
    const PaperReproduction& r = data.reproduction;
    const Config& c = data.config;
    QString html = heading(2, QStringLiteral("reproduction"), QObject::tr("5. Paper reproduction"));
    if (!data.reproduction_na_reason.empty()) {
        // The headlines average all 12 zoo models at the configured workload.
        html += paragraph(QObject::tr("The paper's headline numbers cannot be reproduced at this workload: %1.")
                              .arg(esc(not_available_text(data.reproduction_na_reason))));
        return html;
    }
    const QString preset =
        c.source_file.empty() ? esc(c.name) : QStringLiteral("%1 (%2)").arg(esc(c.name), esc(c.source_file));
    html += paragraph(
        QObject::tr("The headline numbers of EdgeCIM (arXiv 2604.11512) beside this simulator's, for "
                    "the preset <b>%1</b> with its weights at INT4 as in the paper, the %2 energy boundary and the "
                    "analytical "
                    "evaluator.")
            .arg(preset, esc(to_string(c.energy_boundary))));
    if (!isPaperPreset(c))
        html += paragraph(QObject::tr("Note: the tolerances are met by the shipped paper preset "
                                      "(presets/hardware/edgecim-paper.yaml); this report uses another configuration, "
                                      "so deviations outside the tolerance show how it differs from the paper, not "
                                      "a defect."),
                          QStringLiteral("note"));
    html += QStringLiteral("<table class=\"data\" width=\"100%\">\n");
    html += row({QObject::tr("claim"), QObject::tr("unit"), QObject::tr("paper"), QObject::tr("simulated"),
                 QObject::tr("deviation"), QObject::tr("tolerance"), QObject::tr("status")},
                QStringLiteral("th"));
    for (const HeadlineComparison& h : r.headlines) {
        const double d = h.deviation_pct();
        const bool ok = h.within_tolerance();
        html += row(
            {QStringLiteral("%1<br><span class=\"small\">%2</span>").arg(esc(h.claim), esc(h.note)),
             esc(h.unit == "x" ? std::string("ratio") : h.unit), QString::number(h.paper, 'g', 6), num(h.simulated, 4),
             QStringLiteral("%1%2 %").arg(d >= 0 ? QStringLiteral("+") : QString(), QString::number(d, 'f', 1)),
             QStringLiteral("±%1 %").arg(num(h.tolerance_pct)),
             ok ? QObject::tr("within") : QStringLiteral("<span class=\"bad\">%1</span>").arg(QObject::tr("outside"))});
    }
    html += QStringLiteral("</table>\n");
    html +=
        paragraph(QObject::tr("Orin Nano power: the paper's own ratios imply %1 W; the orin-nano preset's measured "
                              "module power is %2 W, at which the LLaMA-3.2-1B tokens/J gain is %3×.")
                      .arg(num(r.implied_orin_power_w), num(r.measured_orin_power_w), num(r.gain_at_measured_power)));

    html += heading(3, QStringLiteral("reproduction-models"), QObject::tr("Per model (INT4)"));
    html += QStringLiteral("<table class=\"data\" width=\"100%\">\n");
    QStringList header{QObject::tr("model"), QObject::tr("tokens/s"), QObject::tr("tokens/J chip"),
                       QObject::tr("tokens/J system")};
    if (!r.models.empty())
        for (const auto& b : r.models.front().baselines)
            header << QObject::tr("%1 speedup").arg(esc(b.name)) << QObject::tr("%1 gain").arg(esc(b.name));
    html += header_row(header, 22);
    for (const ModelComparison& m : r.models) {
        QStringList cells{esc(m.display_name), num(m.tokens_per_s), num(m.tokens_per_j_chip),
                          num(m.tokens_per_j_system)};
        for (const auto& b : m.baselines)
            cells << QStringLiteral("%1×").arg(num(b.speedup.value_or(0)))
                  << (b.efficiency_gain ? QStringLiteral("%1×").arg(num(*b.efficiency_gain)) : QObject::tr("n/a"));
        html += row(cells);
    }
    html += QStringLiteral("</table>\n");
    return html;
}

}  // namespace edgecim::ui::report_html
