#pragma once
// Where a command's main output goes: standard output, or with --out FILE a file written
// atomically (the old file stays on any failure, which is exit code 1).
#include <optional>
#include <sstream>
#include <string>

#include "cli_args.hpp"
#include "edgecim/problem.hpp"

namespace edgecim::cli {

inline OptionSpec out_option() { return {"out", "FILE", "write to FILE (atomically) instead of stdout", false}; }

// The text to stdout, or atomically to --out. Throws edgecim::WriteError.
void emit_output(const ParsedArgs& args, const std::string& text);

// Routes std::cout through a buffer that writes to file descriptor 1 itself and keeps the
// OS error of the first failed write (stdio forgets it once its buffer is flushed).
void install_checked_stdout();

// Checks that everything sent to stdout reached it (a full disk, /dev/full, a closed
// pipe's EPIPE): prints "edgecim-cli COMMAND: cannot write standard output: REASON" and
// returns false if not.
bool stdout_ok(const std::string& command);

// Problems to stderr, control characters escaped, at most kMaxProblemsPerFile per file and
// then "FILE: ... and M more problems": a file with a million bad items stays readable.
inline constexpr std::size_t kMaxProblemsPerFile = 60;  // above the loaders' own cap (50 + a summary)
void print_problems(const std::vector<Problem>& problems);

}  // namespace edgecim::cli
