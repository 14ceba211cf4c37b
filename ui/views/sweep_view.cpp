#include "views/sweep_view.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "plot/palette.hpp"
#include "plot/units.hpp"
#include "plot/xy_chart.hpp"

namespace edgecim::ui {

SweepView::SweepView(QWidget* parent) : QWidget(parent), info_(new QLabel(this)), chart_(new XYChart(this)) {
    info_->setWordWrap(true);
    info_->setTextFormat(Qt::PlainText);  // names the model: user text
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(info_);
    chart_->setTitle(tr("Context sweep: the current design at growing prompt lengths"));
    layout->addWidget(chart_, 1);
}

void SweepView::setSweep(std::shared_ptr<const ContextSweep> sweep) {
    if (!sweep) return;
    sweep_ = std::move(sweep);
    rebuild();
}

void SweepView::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    rebuild();
}

void SweepView::rebuild() {
    if (!sweep_) return;
    const ContextSweep* sweep = sweep_.get();
    const ContextSweep* ref = reference_ && reference_->sweep ? reference_->sweep.get() : nullptr;
    const QString boundary = sweep->boundary == EnergyBoundary::chip ? tr("chip") : tr("system");
    info_->setText(tr("%1: prompt length swept from 128 tokens in powers of two (max context %2 tokens), %3 tokens "
                      "generated each, analytical evaluator. Energy at the %4 boundary.")
                       .arg(QString::fromStdString(sweep->model), QString::number(sweep->max_context),
                            QString::number(sweep->generate_tokens), boundary));
    double max_energy = 0;
    for (const SweepPoint& p : sweep->points) max_energy = std::max(max_energy, p.energy_per_token_j);
    if (ref)
        for (const SweepPoint& p : ref->points) max_energy = std::max(max_energy, p.energy_per_token_j);
    const units::Scaled energy = units::energyScale(max_energy);
    XYSeries tps = makeSeries(tr("decode throughput"), palette::primary(), XYSeries::Style::line_points);
    XYSeries roof = makeSeries(tr("DRAM roofline"), palette::reference(), XYSeries::Style::line);
    roof.dashed = true;
    XYSeries ept = makeSeries(tr("energy per token (right axis)"), palette::secondary(), XYSeries::Style::line_points);
    ept.right_axis = true;
    for (const SweepPoint& p : sweep->points) {
        const auto x = static_cast<double>(p.prompt_tokens);
        tps.x.push_back(x);
        tps.y.push_back(p.tokens_per_s);
        roof.x.push_back(x);
        roof.y.push_back(p.roofline_tokens_per_s);
        ept.x.push_back(x);
        ept.y.push_back(p.energy_per_token_j * energy.factor);
    }
    tps.format_y =
        roof.format_y = [](double v) -> QString { return units::formatNumber(v) + QStringLiteral(" tokens/s"); };
    ept.format_y = [u = energy.unit](double v) -> QString { return units::formatNumber(v) + QLatin1Char(' ') + u; };
    XYAxes axes{tr("prompt length [tokens]"),
                tr("decode throughput [tokens/s]"),
                tr("energy per token [%1]").arg(energy.unit),
                true,
                false,
                2,
                [](double v) -> QString { return units::formatNumber(v, 5) + QStringLiteral(" tokens"); }};
    std::vector<XYSeries> series{tps, roof, ept};
    if (ref) {
        // The reference as dashed lines in muted colours, on the same axes.
        XYSeries ref_tps = makeSeries(tr("reference %1: throughput").arg(reference_->name),
                                      palette::primary().lighter(160), XYSeries::Style::line);
        XYSeries ref_ept = makeSeries(tr("reference %1: energy (right axis)").arg(reference_->name),
                                      palette::secondary().lighter(150), XYSeries::Style::line);
        ref_tps.dashed = ref_ept.dashed = true;
        ref_ept.right_axis = true;
        for (const SweepPoint& p : ref->points) {
            const auto x = static_cast<double>(p.prompt_tokens);
            ref_tps.x.push_back(x);
            ref_tps.y.push_back(p.tokens_per_s);
            ref_ept.x.push_back(x);
            ref_ept.y.push_back(p.energy_per_token_j * energy.factor);
        }
        ref_tps.format_y = tps.format_y;
        ref_ept.format_y = ept.format_y;
        series.push_back(std::move(ref_tps));
        series.push_back(std::move(ref_ept));
    }
    chart_->setChart(axes, std::move(series));
}

}  // namespace edgecim::ui
