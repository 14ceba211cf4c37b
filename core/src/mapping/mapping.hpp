#pragma once
// How weight blocks are placed on tiles. The tiles are cut into G = floor(T / A) groups
// of A tiles (A = active tiles: the tiles that compute one wave of blocks). The weight
// stream of a step is cut into chunks of at most A * macros blocks (one block per
// macro); chunk c goes to group c mod G and occupies one bank of each of its macros until
// its compute ends, so G * banks chunks can be in flight: that is how far fetch and write
// run ahead of compute. Every group computes as soon as its chunk is written and the
// op's input vector is ready (all blocks of a GEMV share the broadcast input), so groups
// compute concurrently; a group's own chunks compute one after the other.
//  - layer_sequential: one group of all tiles, one slot: fetch, write, compute, repeat.
//  - active_tile_pipeline: groups of A tiles (1 <= A <= T), G * banks slots. With A = T
//    and one bank it is layer_sequential; with A = T and ping-pong banks it writes one
//    bank while computing on the other. The pipeline's schedules contain the sequential one.
// Docs: docs/pipeline.md.
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

// Active-tile counts worth trying for auto-balance: every value up to 8, a geometric
// ladder, every tiles/k (rounded down and up) for small k, and tiles, all within [1, tiles].
std::vector<int> active_tile_candidates(int tiles);

}  // namespace edgecim::mapping
