// Names of the engine's enums and the breakdown views of SimulationResult.
#include "edgecim/simulation.hpp"

namespace edgecim {

std::string_view to_string(Evaluator e) { return e == Evaluator::event ? "event" : "analytical"; }
std::string_view to_string(TimelinePhase p) { return p == TimelinePhase::prefill ? "prefill" : "decode"; }

std::string_view to_string(Bound b) {
    switch (b) {
        case Bound::dram:
            return "dram";
        case Bound::network:
            return "network";
        case Bound::macro_write:
            return "macro_write";
        case Bound::compute:
            return "compute";
        case Bound::sfu:
            return "sfu";
        case Bound::vector_unit:
            return "vector_unit";
    }
    return "unknown";
}

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

std::string_view to_string(Activity a) {
    switch (a) {
        case Activity::fetch:
            return "fetch";
        case Activity::write:
            return "write";
        case Activity::compute:
            return "compute";
        case Activity::stall:
            return "stall";
        case Activity::kv_read:
            return "kv_read";
        case Activity::kv_write:
            return "kv_write";
        case Activity::sfu:
            return "sfu";
        case Activity::vector:
            return "vector";
        case Activity::interconnect:
            return "interconnect";
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
    for (int k = 0; k < kOpKindCount; ++k)
        out.emplace_back(std::string(to_string(static_cast<OpKind>(k))),
                         latency_by_op_kind_s[static_cast<std::size_t>(k)]);
    return out;
}

}  // namespace edgecim
