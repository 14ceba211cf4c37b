// The energy vocabulary: which components a boundary counts, and their sum. Plain
// functions of edgecim/simulation.hpp; the per-step energy that walks the program is
// sim/step_energy.cpp.
#include "edgecim/simulation.hpp"

namespace edgecim {

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

}  // namespace edgecim
