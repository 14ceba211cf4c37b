#include "views/energy_view.hpp"

#include <QHBoxLayout>

#include "plot/bar_chart.hpp"
#include "plot/palette.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

EnergyView::EnergyView(QWidget* parent)
    : QWidget(parent), by_component_(new BarChart(this)), by_op_(new BarChart(this)) {
    auto* layout = new QHBoxLayout(this);
    by_component_->setTitle(tr("Energy per decoded token by component"));
    by_op_->setTitle(tr("Dynamic energy per token by op kind"));
    layout->addWidget(by_component_, 2);
    layout->addWidget(by_op_, 3);
}

void EnergyView::setResult(ResultPtr result) {
    if (!result) return;
    result_ = std::move(result);
    rebuild();
}

void EnergyView::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    rebuild();
}

void EnergyView::rebuild() {
    if (!result_) return;
    const SimulationResult& r = *result_;
    // The reference at the current boundary: the op-kind energies exist only per boundary.
    const SimulationResult* a = reference_ ? reference_->resultAt(r.energy_boundary).get() : nullptr;
    const units::Scaled scale = units::energyScale(r.energy_per_token.total(EnergyBoundary::system));
    const QString unit = scale.unit;
    const auto format = [unit](double v) -> QString { return units::formatNumber(v) + QLatin1Char(' ') + unit; };

    BarChartData components;
    components.categories = {tr("chip boundary"), tr("system boundary")};
    if (a) components.categories << tr("reference: chip") << tr("reference: system");
    components.stacked = true;
    components.value_label = tr("energy per decoded token [%1]").arg(unit);
    components.format = format;
    components.highlighted_category = r.energy_boundary == EnergyBoundary::chip ? 0 : 1;
    for (int c = 0; c < kEnergyComponentCount; ++c) {
        const auto component = static_cast<EnergyComponent>(c);
        const double j = r.energy_per_token[component];
        BarSeries s;
        s.name = palette::energyComponentLabel(component);
        s.colour = palette::energyComponent(component);
        s.values = {in_boundary(component, EnergyBoundary::chip) ? j * scale.factor : 0.0,
                    in_boundary(component, EnergyBoundary::system) ? j * scale.factor : 0.0};
        if (a) {
            const double ja = a->energy_per_token[component];
            s.values.push_back(in_boundary(component, EnergyBoundary::chip) ? ja * scale.factor : 0.0);
            s.values.push_back(in_boundary(component, EnergyBoundary::system) ? ja * scale.factor : 0.0);
        }
        components.series.push_back(std::move(s));
    }
    by_component_->setBars(std::move(components));

    BarChartData ops;
    double op_total = 0;
    for (double j : r.energy_by_op_kind_j) op_total = std::max(op_total, j);
    if (a)
        for (double j : a->energy_by_op_kind_j) op_total = std::max(op_total, j);
    const units::Scaled op_scale = units::energyScale(op_total);
    BarSeries per_op;
    per_op.name = tr("dynamic energy per token");
    per_op.colour = palette::primary();
    for (int k = 0; k < kOpKindCount; ++k) {
        ops.categories << palette::opKindLabel(static_cast<OpKind>(k));
        per_op.values.push_back(r.energy_by_op_kind_j[static_cast<std::size_t>(k)] * op_scale.factor);
    }
    ops.series.push_back(std::move(per_op));
    if (a) {
        // Ghost bars: the reference beside each op kind, in a muted colour.
        BarSeries ghost;
        ghost.name = tr("reference: %1").arg(reference_->name);
        ghost.colour = palette::muted();
        for (int k = 0; k < kOpKindCount; ++k)
            ghost.values.push_back(a->energy_by_op_kind_j[static_cast<std::size_t>(k)] * op_scale.factor);
        ops.series.push_back(std::move(ghost));
    }
    ops.value_label = tr("dynamic energy per token by op kind [%1], %2")
                          .arg(op_scale.unit,
                               r.energy_boundary == EnergyBoundary::chip ? tr("chip boundary") : tr("system boundary"));
    ops.format = [u = op_scale.unit](double v) -> QString { return units::formatNumber(v) + QLatin1Char(' ') + u; };
    by_op_->setBars(std::move(ops));
}

}  // namespace edgecim::ui
