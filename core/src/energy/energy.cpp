#include "energy/energy.hpp"

namespace edgecim {

std::string_view to_string(EnergyComponent c) {
    switch (c) {
        case EnergyComponent::cim_mac:
            return "cim_mac";
        case EnergyComponent::macro_write:
            return "macro_write";
        case EnergyComponent::dram_weight_read:
            return "dram_weight_read";
        case EnergyComponent::dram_kv_read:
            return "dram_kv_read";
        case EnergyComponent::dram_kv_write:
            return "dram_kv_write";
        case EnergyComponent::buffer:
            return "buffer";
        case EnergyComponent::interconnect:
            return "interconnect";
        case EnergyComponent::sfu:
            return "sfu";
        case EnergyComponent::vector_unit:
            return "vector_unit";
        case EnergyComponent::static_chip:
            return "static_chip";
        case EnergyComponent::dram_background:
            return "dram_background";
        case EnergyComponent::dram_activation_spill:
            return "dram_activation_spill";
    }
    return "unknown";
}

bool in_boundary(EnergyComponent c, EnergyBoundary boundary) {
    if (boundary == EnergyBoundary::system) return true;
    switch (c) {
        case EnergyComponent::dram_weight_read:
        case EnergyComponent::dram_kv_read:
        case EnergyComponent::dram_kv_write:
        case EnergyComponent::dram_background:
        case EnergyComponent::dram_activation_spill:
            return false;
        default:
            return true;
    }
}

double EnergyBreakdown::total(EnergyBoundary boundary) const {
    double sum = 0;
    for (int i = 0; i < kEnergyComponentCount; ++i)
        if (in_boundary(static_cast<EnergyComponent>(i), boundary)) sum += j[static_cast<std::size_t>(i)];
    return sum;
}

namespace energy {

EnergyBreakdown step_energy(const sim::StepTemplate& step, const hw::HwModel& hw, double step_time_s) {
    EnergyBreakdown e;
    sim::for_each_distinct_op(step, [&e](const sim::StageOp& op, double w) {
        for (std::size_t i = 0; i < e.j.size(); ++i) e.j[i] += w * op.energy_j[i];
    });
    e[EnergyComponent::static_chip] += hw.chip_static_w * step_time_s;
    e[EnergyComponent::dram_background] += hw.dram_background_w * step_time_s;
    return e;
}

std::array<double, kOpKindCount> energy_by_op_kind(const sim::StepTemplate& step, EnergyBoundary boundary) {
    std::array<double, kOpKindCount> out{};
    sim::for_each_distinct_op(step, [&out, boundary](const sim::StageOp& op, double w) {
        double j = 0;
        for (int i = 0; i < kEnergyComponentCount; ++i)
            if (in_boundary(static_cast<EnergyComponent>(i), boundary)) j += op.energy_j[static_cast<std::size_t>(i)];
        out[static_cast<std::size_t>(op.kind)] += w * j;
    });
    return out;
}

}  // namespace energy
}  // namespace edgecim
