#pragma once
// The options of sweep and dse and their parsing, shared by edgecim-cli and edgecim-mpi
// (which must accept exactly the same inputs). Qt-free: edgecim-mpi links no Qt.
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "edgecim/config.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/sweep.hpp"

namespace edgecim::cli {

std::vector<OptionSpec> sweep_option_specs();
std::vector<OptionSpec> dse_option_specs();

// Everything dse reads from its options, checked (UsageError / InputError). --jobs
// defaults to default_jobs.
struct DseSetup {
    ExploreOptions options;
    std::vector<Objective> objectives;
    DesignSpace space;
    Config config;
    std::vector<std::string> models;
};
DseSetup parse_dse_setup(const ParsedArgs& parsed, int default_jobs);

}  // namespace edgecim::cli
