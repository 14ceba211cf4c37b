// The assumptions behind the numbers and the full configuration (every parameter).
#include "edgecim/param_table.hpp"
#include "plot/units.hpp"
#include "report/report_html_util.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui::report_html {

namespace {
QString deviceItem(const DeviceSpec& d) {
    QString power = d.decode_power_w
                        ? QObject::tr("decode power %1 W").arg(num(*d.decode_power_w))
                        : QObject::tr("<b>no published power</b>: no tokens/J and no gain are reported against it");
    QString html = QObject::tr(
                       "<b>%1</b> (%2): %3; DRAM %4 GB/s peak, fitted bandwidth efficiency %5 and fixed "
                       "overhead %6 ms per token; %7.")
                       .arg(esc(d.display_name), esc(d.name), esc(d.format.engine), num(d.dram_bandwidth_gbps),
                            num(d.bandwidth_efficiency), num(d.fixed_overhead_ms), power);
    if (!d.calibration.empty()) {
        html += QObject::tr(" Calibration points:");
        for (const CalibrationPoint& p : d.calibration)
            html += QObject::tr(" %1 at %2 tokens/s (%3);").arg(esc(p.model), num(p.tokens_per_s), esc(p.source));
        html.chop(1);
        html += QLatin1Char('.');
    }
    return QStringLiteral("<li>%1</li>\n").arg(html);
}
}  // namespace

QString assumptions_section(const ReportData& data) {
    const Config& c = data.config;
    QString html = heading(2, QStringLiteral("assumptions"), QObject::tr("6. Assumptions"));
    html += QStringLiteral("<ul>\n");
    html += QObject::tr(
                "<li><b>Energy boundary.</b> Energies, power and tokens/J are given at the <b>%1</b> "
                "boundary. chip: macros, buffers, SFU, vector unit, interconnect and leakage; system: the chip "
                "plus DRAM access energy and DRAM background power. The comparison tables give both.</li>\n")
                .arg(esc(to_string(c.energy_boundary)));
    html += QObject::tr(
                "<li><b>Evaluator.</b> Key results, timeline, utilization and energy charts: the %1 "
                "evaluator (event: discrete-event simulation of the first, middle and last decode steps, "
                "the kept step as timeline; analytical: closed form, no timeline). Baseline comparison and "
                "paper reproduction: the analytical evaluator.</li>\n")
                .arg(esc(to_string(data.options.evaluator)));
    html += QObject::tr(
        "<li><b>Baselines</b> are calibrated roofline models, t_token = max(bytes per token / "
        "(peak bandwidth × efficiency), FLOPs / peak) + fixed overhead, with the efficiency and the "
        "overhead fitted to published measurements:\n<ul>\n");
    for (const DeviceSpec& d : data.devices) html += deviceItem(d);
    html += QStringLiteral("</ul></li>\n");
    if (data.reproduction_na_reason.empty()) {
        const PaperReproduction& r = data.reproduction;
        html += QObject::tr(
                    "<li><b>Paper-implied Orin power.</b> The paper does not state LLaMA-3.2-1B tokens/J; its "
                    "own ratios (tokens/J gain and speedup over Orin Nano, 12-model means; section 5) imply an "
                    "Orin Nano power of %1 W, used for the tokens/J headline. The measured module power of the "
                    "orin-nano preset is %2 W.</li>\n")
                    .arg(num(r.implied_orin_power_w), num(r.measured_orin_power_w));
    }
    html += QObject::tr(
        "<li><b>Sources.</b> Every parameter default carries its source in the configuration "
        "table below ([P] publication, [T] tool, [D] derived, [E] engineering estimate).</li>\n");
    html += QStringLiteral("</ul>\n");
    return html;
}

QString configuration_section(const ReportData& data) {
    const Config defaults = default_config();
    QString html =
        heading(2, QStringLiteral("configuration"), QObject::tr("7. Full configuration"), QStringLiteral("newpage"));
    int changed = 0;
    for (const ParamSpec& spec : param_table())
        if (format_value(spec, spec.get(data.config)) != format_value(spec, spec.get(defaults))) ++changed;
    html += paragraph(QObject::tr("Every parameter with its value, unit and source. %1 of %2 values differ from the "
                                  "built-in defaults (EdgeCIM 65 nm INT4); they are marked ● and shaded, with the "
                                  "default beside them.")
                          .arg(changed)
                          .arg(param_table().size()));
    html += QStringLiteral("<table class=\"config\" width=\"100%\">\n");
    html += QStringLiteral(
                "<thead><tr><th width=\"44%\">%1</th><th width=\"13%\">%2</th><th width=\"8%\">%3</th>"
                "<th width=\"35%\">%4</th></tr></thead>\n")
                .arg(QObject::tr("parameter"), QObject::tr("value"), QObject::tr("unit"), QObject::tr("source"));
    std::string group;
    for (const ParamSpec& spec : param_table()) {
        if (spec.group != group) {
            group = spec.group;
            html += QStringLiteral("<tr class=\"group\"><td colspan=\"4\">%1</td></tr>\n").arg(esc(group));
        }
        const std::string value = format_value(spec, spec.get(data.config));
        const std::string fallback = format_value(spec, spec.get(defaults));
        const bool is_changed = value != fallback;
        QString key = QStringLiteral("<span class=\"key\">%1</span><br><span class=\"small\">%2</span>")
                          .arg(esc(spec.key), esc(spec.description));
        QString shown = esc(value.empty() ? std::string("(none)") : value);
        if (is_changed)
            shown = QStringLiteral("● <b>%1</b><br><span class=\"small\">%2</span>")
                        .arg(shown,
                             QObject::tr("default %1").arg(esc(fallback.empty() ? std::string("(none)") : fallback)));
        html +=
            row({key, shown, esc(spec.unit), QStringLiteral("<span class=\"small\">%1</span>").arg(esc(spec.source))},
                QStringLiteral("td"), is_changed ? QStringLiteral("changed") : QString());
    }
    html += QStringLiteral("</table>\n");
    return html;
}

}  // namespace edgecim::ui::report_html
