#pragma once
// Subcommands of edgecim-cli. Each returns the process exit code:
// 0 success, 1 simulation/runtime failure, 2 bad input (usage, file, schema, value).
#include <string>
#include <vector>

namespace edgecim::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;
inline constexpr int kExitBadInput = 2;

using Args = std::vector<std::string>;

int cmd_models(const Args& args);
int cmd_validate(const Args& args);
int cmd_params(const Args& args);
int cmd_run(const Args& args);
int cmd_config(const Args& args);
int cmd_baselines(const Args& args);
int cmd_compare(const Args& args);
int cmd_sweep(const Args& args);
int cmd_dse(const Args& args);
int cmd_reproduce(const Args& args);
// Defined only in builds with the GUI library (EDGECIM_HAVE_REPORT).
int cmd_report(const Args& args);

}  // namespace edgecim::cli
