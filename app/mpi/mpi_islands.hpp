#pragma once
// The island model of edgecim-mpi dse (--islands K --migration-interval G): K independent
// NSGA-II populations spread over the ranks, each evolving on its own rank without any
// master, exchanging their best designs every G generations. It scales past what one
// population per generation can keep busy, at a price: the front is not the one of
// edgecim-cli dse (it depends on K and G; with this synchronous migration it does not
// depend on the number of ranks).
#include <mpi.h>

#include <atomic>

#include "search_setup.hpp"

namespace edgecim::mpi {

struct IslandOptions {
    int islands = 1;
    int migration_interval = 5;  // generations between migrations
    int jobs = 1;                // threads per rank
};

// Every rank calls it. Returns the front merged over all islands on rank 0 (other ranks:
// an empty front); cancelled when a stop signal arrived on any rank.
ParetoFront run_islands(const cli::DseSetup& dse, const IslandOptions& options, MPI_Comm comm,
                        const std::atomic<bool>* cancel);

}  // namespace edgecim::mpi
