// What people read for a bound, and the breakdown views of SimulationResult (the enums' names are
// the tables in edgecim/simulation.hpp).
#include "edgecim/simulation.hpp"

namespace edgecim {

std::string_view describe(Bound b) {
    switch (b) {
        case Bound::dram:
            return "DRAM bandwidth";
        case Bound::network:
            return "on-chip network";
        case Bound::macro_write:
            return "macro weight writes";
        case Bound::compute:
            return "CIM compute";
        case Bound::sfu:
            return "special-function unit";
        case Bound::vector_unit:
            return "attention vector unit";
    }
    return "unknown";
}

std::vector<std::pair<std::string, double>> SimulationResult::energy_breakdown_j(EnergyBoundary boundary) const {
    std::vector<std::pair<std::string, double>> out;
    for (int i = 0; i < kEnergyComponentCount; ++i) {
        const auto c = static_cast<EnergyComponent>(i);
        if (in_boundary(c, boundary)) out.emplace_back(std::string(to_string(c)), energy_per_token[c]);
    }
    return out;
}

std::vector<std::pair<std::string, double>> SimulationResult::latency_breakdown_s() const {
    std::vector<std::pair<std::string, double>> out;
    out.reserve(kOpKindCount);
    for (int k = 0; k < kOpKindCount; ++k)
        out.emplace_back(std::string(to_string(static_cast<OpKind>(k))),
                         latency_by_op_kind_s[static_cast<std::size_t>(k)]);
    return out;
}

}  // namespace edgecim
