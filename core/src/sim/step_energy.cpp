#include "sim/step_energy.hpp"

namespace edgecim::sim {

EnergyBreakdown step_energy(const StepTemplate& step, const hw::HwModel& hw, double step_time_s) {
    EnergyBreakdown e;
    for_each_distinct_op(step, [&e](const StageOp& op, double w) {
        for (std::size_t i = 0; i < e.j.size(); ++i) e.j[i] += w * op.energy_j[i];
    });
    e[EnergyComponent::static_chip] += hw.chip_static_w * step_time_s;
    e[EnergyComponent::dram_background] += hw.dram_background_w * step_time_s;
    return e;
}

std::array<double, kOpKindCount> energy_by_op_kind(const StepTemplate& step, EnergyBoundary boundary) {
    std::array<double, kOpKindCount> out{};
    for_each_distinct_op(step, [&out, boundary](const StageOp& op, double w) {
        double j = 0;
        for (int i = 0; i < kEnergyComponentCount; ++i)
            if (in_boundary(static_cast<EnergyComponent>(i), boundary)) j += op.energy_j[static_cast<std::size_t>(i)];
        out[static_cast<std::size_t>(op.kind)] += w * j;
    });
    return out;
}

}  // namespace edgecim::sim
