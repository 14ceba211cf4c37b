#include "sim/plan_choice.hpp"

#include <algorithm>

#include "sim/step_outcome.hpp"

namespace edgecim::sim {

mapping::MappingPlan choose_plan(const MappingConfig& m, const hw::HwModel& hw, const StepTemplate& step) {
    if (m.strategy == MappingStrategy::layer_sequential) return mapping::sequential_plan(hw);
    if (m.strategy == MappingStrategy::active_tile_pipeline && m.active_tiles)
        return mapping::pipeline_plan(hw, std::clamp(*m.active_tiles, 1, hw.tiles));

    const std::vector<int> candidates = mapping::active_tile_candidates(hw.tiles);
    std::vector<mapping::MappingPlan> plans;
    plans.reserve(candidates.size() + 1);
    for (int a : candidates) plans.push_back(mapping::pipeline_plan(hw, a));
    if (m.strategy == MappingStrategy::automatic) plans.push_back(mapping::sequential_plan(hw));
    // Whole steps: repeating layers are copied, not evaluated, so this costs about as much
    // as a few layers, and a proxy could rank splits wrongly (more tiles slower).
    const std::vector<double> times = analytical_times(step, step.layers(), plans);
    mapping::MappingPlan best = plans.front();
    double best_s = -1;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        // Strictly better only: ties keep the smaller active-tile count.
        if (best_s < 0 || times[i] < best_s * (1 - 1e-12)) {
            best_s = times[i];
            best = plans[i];
        }
    }
    return best;
}

}  // namespace edgecim::sim
