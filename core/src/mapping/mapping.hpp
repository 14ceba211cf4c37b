#pragma once
// How weight blocks are placed on tiles. The tiles are cut into groups of A tiles
// (A = active tiles). The weight stream of a step is cut into chunks of at most
// A * macros blocks (one block per macro); chunk c goes to group c mod G and occupies
// one bank of each macro until its compute ends, so G * banks chunks can be in flight:
// that is how far fetch and write run ahead of compute. Only one group computes at a
// time (the active group); the others are loading.
//  - layer_sequential: one group of all tiles, one slot: fetch, write, compute, repeat.
//  - active_tile_pipeline: groups of A tiles, G * banks slots.
#include <cstdint>
#include <vector>

#include "edgecim/config.hpp"
#include "hw/hw_model.hpp"

namespace edgecim::mapping {

struct MappingPlan {
    bool pipelined = true;
    int active_tiles = 1;           // tiles per group (A)
    int groups = 1;                 // G = floor(tiles / A)
    int slots = 1;                  // chunks in flight: G * banks (1 for layer_sequential)
    std::int64_t chunk_blocks = 1;  // A * macros per tile
};

MappingPlan sequential_plan(const hw::HwModel& hw);
MappingPlan pipeline_plan(const hw::HwModel& hw, int active_tiles);

// Active-tile counts worth trying for auto-balance: every value up to 8, then a
// geometric ladder and every tiles/k for small k, all within [1, tiles - 1].
std::vector<int> active_tile_candidates(int tiles);

}  // namespace edgecim::mapping
