#include "sim/plan_choice.hpp"

#include <algorithm>

#include "sim/step_outcome.hpp"

namespace edgecim::sim {

mapping::MappingPlan choose_plan(const MappingConfig& m, const hw::HwModel& hw, const Program& program) {
    if (m.strategy == MappingStrategy::layer_sequential) return mapping::sequential_plan(hw);
    if (m.strategy == MappingStrategy::active_tile_pipeline && m.active_tiles)
        return mapping::pipeline_plan(hw, std::clamp(*m.active_tiles, 1, std::max(1, hw.tiles - 1)));

    const Program sample = leading_layers(program, 2);
    std::vector<mapping::MappingPlan> plans;
    for (int a : mapping::active_tile_candidates(hw.tiles)) plans.push_back(mapping::pipeline_plan(hw, a));
    if (m.strategy == MappingStrategy::automatic) plans.push_back(mapping::sequential_plan(hw));
    mapping::MappingPlan best = plans.front();
    double best_s = -1;
    for (const mapping::MappingPlan& plan : plans) {
        const double t = run_analytical(sample, plan).time_s;
        // Strictly better only: ties keep the smaller active-tile count.
        if (best_s < 0 || t < best_s * (1 - 1e-9)) {
            best_s = t;
            best = plan;
        }
    }
    return best;
}

}  // namespace edgecim::sim
