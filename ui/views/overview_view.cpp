#include "views/overview_view.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "edgecim/workload_fit.hpp"
#include "plot/palette.hpp"
#include "plot/units.hpp"
#include "plot/xy_chart.hpp"
#include "views/kpi_card.hpp"

namespace edgecim::ui {

namespace {
QString boundaryName(EnergyBoundary b) {
    return b == EnergyBoundary::chip ? QObject::tr("chip boundary") : QObject::tr("system boundary (chip + DRAM)");
}
QString boundName(Bound b) { return QString::fromUtf8(describe(b).data(), static_cast<qsizetype>(describe(b).size())); }
}  // namespace

OverviewView::OverviewView(QWidget* parent)
    : QWidget(parent), roofline_(new XYChart(this)), zoo_note_(new QLabel(this)), grid_(new QGridLayout) {
    grid_->setSpacing(8);
    addCard(QStringLiteral("tokens_per_s"), tr("Decode throughput"));
    addCard(QStringLiteral("tokens_per_j"), tr("Energy efficiency"));
    addCard(QStringLiteral("ttft"), tr("Time to first token"));
    addCard(QStringLiteral("power"), tr("Average power (decode)"));
    addCard(QStringLiteral("energy"), tr("Energy per token"));
    addCard(QStringLiteral("area"), tr("Chip area"));
    addCard(QStringLiteral("bound"), tr("Bound by"));
    addCard(QStringLiteral("roofline"), tr("Roofline fraction"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid_);
    layout->addWidget(roofline_, 1);
    zoo_note_->setObjectName(QStringLiteral("overviewZooNote"));
    zoo_note_->setWordWrap(true);
    zoo_note_->setTextFormat(Qt::PlainText);  // model names and reasons are user text
    zoo_note_->setVisible(false);
    layout->addWidget(zoo_note_);
    roofline_->setEmptyMessage(tr("Waiting for the first result"));
    roofline_->setTitle(tr("Roofline: decode throughput over DRAM traffic per token"));
}

KpiCard* OverviewView::addCard(const QString& id, const QString& title) {
    auto* card = new KpiCard(title, this);
    const int n = static_cast<int>(cards_.size());
    grid_->addWidget(card, n / 4, n % 4);
    cards_[id] = card;
    return card;
}

QString OverviewView::kpiText(const QString& id) const {
    const auto it = cards_.find(id);
    return it == cards_.end() ? QString() : it->second->value();
}

QString OverviewView::zooNote() const { return zoo_note_->text(); }

KpiCard* OverviewView::card(const QString& id) const {
    const auto it = cards_.find(id);
    return it == cards_.end() ? nullptr : it->second;
}

void OverviewView::setResult(ResultPtr result) {
    result_ = std::move(result);
    if (!result_) return;
    const SimulationResult& r = *result_;
    const QString model = QString::fromStdString(r.model);
    // One multi-arg call: a model named "x %1" must not become a format string.
    const QString workload = tr("%1, %2 weights, prompt %3, %4 generated")
                                 .arg(model, QString::fromStdString(r.precision), QString::number(r.prompt_tokens),
                                      QString::number(r.generated_tokens));
    cards_[QStringLiteral("tokens_per_s")]->setValue(tr("%1 tokens/s").arg(units::formatNumber(r.decode_tokens_per_s)),
                                                     workload);
    cards_[QStringLiteral("tokens_per_j")]->setValue(tr("%1 tokens/J").arg(units::formatNumber(r.tokens_per_j)),
                                                     boundaryName(r.energy_boundary));
    cards_[QStringLiteral("ttft")]->setValue(
        units::formatTime(r.ttft_s), tr("prefill of %1 tokens; end-to-end %2")
                                         .arg(QString::number(r.prompt_tokens), units::formatTime(r.end_to_end_s)));
    cards_[QStringLiteral("power")]->setValue(tr("%1 W").arg(units::formatNumber(r.average_power_w)),
                                              boundaryName(r.energy_boundary));
    cards_[QStringLiteral("energy")]->setValue(
        tr("%1 / token").arg(units::formatEnergy(r.energy_per_token_j)),
        tr("DRAM traffic %1 / token").arg(units::formatBytes(r.dram_bytes_per_token)));
    cards_[QStringLiteral("area")]->setValue(
        tr("%1 mm²").arg(units::formatNumber(r.area_mm2)),
        tr("mapping %1, waves of %2 per group")
            .arg(QString::fromStdString(r.mapping), units::formatTiles(r.active_tiles)));
    const auto share = [](const BoundShares& s, Bound b) -> QString {
        return QString::number(100.0 * s[static_cast<std::size_t>(b)], 'f', 0);
    };
    cards_[QStringLiteral("bound")]->setValue(boundName(r.bound),
                                              tr("limits %1 % of a decode step (critical path); prefill: %2, %3 %")
                                                  .arg(share(r.bound_shares, r.bound), boundName(r.prefill_bound),
                                                       share(r.prefill_bound_shares, r.prefill_bound)));
    cards_[QStringLiteral("roofline")]->setValue(
        QStringLiteral("%1 %").arg(units::formatNumber(100 * r.roofline_fraction)),
        tr("of the DRAM roofline, %1 tokens/s").arg(units::formatNumber(r.roofline_tokens_per_s)));
    updateDeltas();
    updateRoofline();
}

void OverviewView::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    updateDeltas();
    updateRoofline();
}

void OverviewView::updateDeltas() {
    // The reference at the current design's energy boundary: a boundary switch changes
    // how both designs are reported, never the comparison.
    const SimulationResult* ref =
        reference_ && result_ ? reference_->resultAt(result_->energy_boundary).get() : nullptr;
    const auto put = [&](const char* id, double current, double reference, const QString& unit, bool higher_is_better) {
        KpiCard* c = cards_[QString::fromLatin1(id)];
        if (!ref || !result_) {
            c->setDelta({}, true);
            return;
        }
        c->setDelta(formatDelta(current, reference, unit),
                    higher_is_better ? current >= reference : current <= reference);
    };
    const SimulationResult empty;
    const SimulationResult& r = result_ ? *result_ : empty;
    const SimulationResult& a = ref ? *ref : empty;
    put("tokens_per_s", r.decode_tokens_per_s, a.decode_tokens_per_s, tr("tokens/s"), true);
    put("tokens_per_j", r.tokens_per_j, a.tokens_per_j, tr("tokens/J"), true);
    // Time and energy deltas in the unit the card's value is shown in (19.7 s: "+8.01 s").
    const units::Scaled time = units::timeScale(r.ttft_s);
    put("ttft", r.ttft_s * time.factor, a.ttft_s * time.factor, time.unit, false);
    put("power", r.average_power_w, a.average_power_w, tr("W"), false);
    const units::Scaled energy = units::energyScale(r.energy_per_token_j);
    put("energy", r.energy_per_token_j * energy.factor, a.energy_per_token_j * energy.factor,
        tr("%1/token").arg(energy.unit), false);
    put("area", r.area_mm2, a.area_mm2, tr("mm²"), false);
    put("roofline", 100 * r.roofline_fraction, 100 * a.roofline_fraction, tr("% points"), true);
}

void OverviewView::setComparison(std::shared_ptr<const ZooComparison> comparison) {
    comparison_ = std::move(comparison);
    updateRoofline();
}

void OverviewView::updateZooNote() {
    // Zoo models that cannot run the workload have no point: say which and why, never a
    // point for a shortened workload.
    QStringList missing;
    if (comparison_)
        for (const ModelComparison& p : comparison_->models)
            if (!p.runs() && p.model != comparison_->current_model)
                missing << QStringLiteral("%1: %2").arg(QString::fromStdString(p.model),
                                                        QString::fromStdString(not_available_text(p.na_reason)));
    zoo_note_->setText(
        missing.isEmpty() ? QString() : tr("Zoo models not on the chart: %1").arg(missing.join(QStringLiteral("; "))));
    zoo_note_->setVisible(!missing.isEmpty());
}

void OverviewView::updateRoofline() {
    updateZooNote();
    if (!result_ || result_->dram_bytes_per_token <= 0) return;
    const SimulationResult& r = *result_;
    const double mb = r.dram_bytes_per_token / 1e6;
    // Effective DRAM bandwidth in MB/s: roofline tokens/s x MB per token.
    const double bandwidth_mb_s = r.roofline_tokens_per_s * mb;
    double lo = mb, hi = mb;
    XYSeries others = makeSeries(tr("zoo models (same hardware)"), palette::muted(), XYSeries::Style::points);
    others.point_size = 6;
    if (comparison_) {
        for (const ModelComparison& p : comparison_->models) {
            if (!p.runs() || p.dram_bytes_per_token <= 0 || p.model == comparison_->current_model) continue;
            others.x.push_back(p.dram_bytes_per_token / 1e6);
            others.y.push_back(p.tokens_per_s);
            others.point_labels << QString::fromStdString(p.display_name);
            lo = std::min(lo, others.x.back());
            hi = std::max(hi, others.x.back());
        }
    }
    XYSeries line = makeSeries(tr("DRAM roofline (%1 GB/s effective)").arg(units::formatNumber(bandwidth_mb_s / 1e3)),
                               palette::reference(), XYSeries::Style::line);
    line.dashed = true;
    for (int i = 0; i <= 32; ++i) {
        const double x = lo / 2 * std::pow(hi * 2 / (lo / 2), i / 32.0);
        line.x.push_back(x);
        line.y.push_back(bandwidth_mb_s / x);
    }
    XYSeries design = makeSeries(tr("this design: %1").arg(QString::fromStdString(r.model)), palette::primary(),
                                 XYSeries::Style::points);
    design.x = {mb};
    design.y = {r.decode_tokens_per_s};
    design.point_size = 13;
    design.point_labels << tr("%1 (%2 % of roofline)")
                               .arg(QString::fromStdString(r.model), units::formatNumber(100 * r.roofline_fraction));
    const auto tokens = [](double v) -> QString { return units::formatNumber(v) + QStringLiteral(" tokens/s"); };
    line.format_y = others.format_y = design.format_y = tokens;
    XYAxes axes{tr("DRAM traffic per token [MB]"),
                tr("decode throughput [tokens/s]"),
                {},
                true,
                true,
                10,
                [](double v) -> QString { return units::formatNumber(v) + QStringLiteral(" MB"); }};
    std::vector<XYSeries> series{line, others, design};
    if (reference_ && reference_->result && reference_->result->dram_bytes_per_token > 0) {
        // The reference as a second point, and its own roofline when the bandwidth differs.
        const SimulationResult& a = *reference_->result;
        const double ref_mb = a.dram_bytes_per_token / 1e6;
        const double ref_bandwidth_mb_s = a.roofline_tokens_per_s * ref_mb;
        if (std::fabs(ref_bandwidth_mb_s - bandwidth_mb_s) > 1e-9 * bandwidth_mb_s) {
            XYSeries ref_line =
                makeSeries(tr("reference roofline (%1 GB/s)").arg(units::formatNumber(ref_bandwidth_mb_s / 1e3)),
                           palette::muted(), XYSeries::Style::line);
            ref_line.dashed = true;
            ref_line.x = line.x;
            for (double x : ref_line.x) ref_line.y.push_back(ref_bandwidth_mb_s / x);
            ref_line.format_y = tokens;
            series.insert(series.begin() + 1, ref_line);
        }
        XYSeries ref_point =
            makeSeries(tr("reference: %1").arg(reference_->name), palette::secondary(), XYSeries::Style::points);
        ref_point.x = {ref_mb};
        ref_point.y = {a.decode_tokens_per_s};
        ref_point.point_size = 11;
        ref_point.point_labels << tr("reference %1: %2").arg(reference_->name, QString::fromStdString(a.model));
        ref_point.format_y = tokens;
        series.insert(series.end() - 1, ref_point);  // under the current design's point
    }
    roofline_->setChart(axes, std::move(series));
}

}  // namespace edgecim::ui
