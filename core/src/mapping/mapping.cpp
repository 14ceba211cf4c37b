#include "mapping/mapping.hpp"

#include <algorithm>
#include <cmath>

namespace edgecim::mapping {

MappingPlan sequential_plan(const hw::HwModel& hw) {
    MappingPlan p;
    p.pipelined = false;
    p.active_tiles = hw.tiles;
    p.groups = 1;
    p.slots = 1;  // no overlap: the next fetch waits until the loaded weights are used
    p.chunk_blocks = static_cast<std::int64_t>(hw.tiles) * hw.macros_per_tile;
    return p;
}

MappingPlan pipeline_plan(const hw::HwModel& hw, int active_tiles) {
    MappingPlan p;
    p.pipelined = true;
    p.active_tiles = std::clamp(active_tiles, 1, hw.tiles);
    p.groups = std::max(1, hw.tiles / p.active_tiles);
    p.slots = p.groups * hw.banks;
    p.chunk_blocks = static_cast<std::int64_t>(p.active_tiles) * hw.macros_per_tile;
    return p;
}

std::vector<int> active_tile_candidates(int tiles) {
    std::vector<int> c;
    c.reserve(72);  // up to 8 + 28 (the ladder, to 4096 tiles) + 2 x 16 + 1: one allocation
    const int top = std::max(1, tiles);
    for (int a = 1; a <= std::min(top, 8); ++a) c.push_back(a);
    for (double a = 10; a <= top; a *= 1.25) c.push_back(static_cast<int>(std::lround(a)));
    for (int k = 1; k <= 16; ++k) {
        c.push_back(std::max(1, top / k));
        c.push_back(std::max(1, (top + k - 1) / k));
    }
    c.push_back(top);
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    c.erase(std::remove_if(c.begin(), c.end(), [top](int a) { return a < 1 || a > top; }), c.end());
    return c;
}

}  // namespace edgecim::mapping
