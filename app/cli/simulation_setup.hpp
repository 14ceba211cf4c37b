#pragma once
// What run, compare and report share: resolving the configured model and the evaluator
// options from the command line.
#include <string>

#include "cli_args.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::cli {

std::vector<OptionSpec> simulation_options();
// --evaluator, --timeline-token (K or prefill), --all-steps. default_evaluator when not given.
SimOptions parse_sim_options(const ParsedArgs& args, Evaluator default_evaluator);
ModelSpec configured_model(const Config& config);

}  // namespace edgecim::cli
