// edgecim-cli run: placeholder until the engine lands (replaced in the engine commit).
#include "commands.hpp"
#include "cli_args.hpp"
namespace edgecim::cli {
int cmd_run(const Args&) { throw UsageError("run: the simulation engine is not built yet"); }
}  // namespace edgecim::cli
