#pragma once
// The subcommands of edgecim-mpi and what they share: validating the input once on rank
// 0 (bad input: exit 2 on every rank, one message), then on the other ranks.
#include <mpi.h>

#include <functional>
#include <string>
#include <vector>

#include "cli_args.hpp"

namespace edgecim::mpi {

using Args = std::vector<std::string>;

int mpi_sweep(const Args& args, MPI_Comm comm);
int mpi_dse(const Args& args, MPI_Comm comm);

// Runs parse() on rank 0 first: when it fails, rank 0 alone prints why and every rank
// returns its exit code (2 for bad input, 1 otherwise). Then the other ranks parse the
// same arguments (input files must be on a file system they share); a rank that fails
// there prints its own message. Returns 0 when every rank succeeded.
int validate_everywhere(MPI_Comm comm, const std::string& command, const std::function<void()>& parse);

// Prints an error of a running command (rank 0) as edgecim-cli does and returns 1.
int report_runtime_error(const std::string& command, const std::exception& e);

// --checkpoint-interval SECONDS (default 5, 0..86400).
double checkpoint_interval(const cli::ParsedArgs& args);
// The options every edgecim-mpi command adds to those of edgecim-cli.
std::vector<cli::OptionSpec> fault_options();

}  // namespace edgecim::mpi
