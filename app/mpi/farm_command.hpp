#pragma once
// The run-control skeleton edgecim-mpi sweep and dse share, so a fix to one (how bad
// input ends every rank, how a stopped rank stops the job, how a checkpoint is matched
// to its run) is a fix to both: parse and validate on every rank, --help, the stop
// signals, rank 0 as the master and the others serving its tasks; the task results'
// status byte; options adapted from edgecim-cli's; a --resume checkpoint checked
// against the command and the fingerprint of its inputs.
#include <mpi.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli_args.hpp"
#include "mpi_command.hpp"
#include "run_control.hpp"
#include "task_farm.hpp"

namespace edgecim::mpi {

// A task's result starts with a status byte: 'O' then the payload, 'X' when the task was
// cancelled (its rank got a stop signal), 'E' then an error text (task_farm catches
// exceptions of a task into one).
std::string ok_result(std::string_view payload);
inline constexpr const char* kCancelledResult = "X";

// The deliver callback of Farm::run for a job that stops as a whole: a cancelled result
// stops the job (only that rank may have been signalled), the first error is kept in
// *failure (the caller ends the job with it), and an ok payload goes to on_ok(id, payload).
std::function<void(std::uint64_t, std::string&)> deliver_results(
    const StopSignals& signals, std::string& failure, std::function<void(std::uint64_t, std::string&)> on_ok);

// edgecim-cli's options of a command as edgecim-mpi offers them: --jobs is per rank and
// --format is csv|json only (the formats that stream); format_help says why.
std::vector<cli::OptionSpec> mpi_options(std::vector<cli::OptionSpec> specs, const std::string& format_help);

// Parses a command's arguments into *parsed; with --help, rank 0 prints help_text and
// the options, and the result is true (nothing to run).
bool parse_or_help(const Args& args, const std::vector<cli::OptionSpec>& specs, const char* help_text, int rank,
                   cli::ParsedArgs& parsed);

// Reads the checkpoint --resume names and checks that it was written by `command` for
// the same inputs (fingerprint); InputError naming the file and key otherwise.
// same_inputs names the options that must match, for the message.
Checkpoint read_resume_checkpoint(const std::string& path, const std::string& command, const std::string& fingerprint,
                                  const std::string& same_inputs);

template <typename Setup>  // Setup has `bool help`: --help was answered, nothing to run
struct FarmCommand {
    std::string name;  // "sweep", "dse": in messages
    // Throws cli::UsageError (exit 2), InputError (exit 2) or another exception (exit 1).
    std::function<Setup(int rank)> parse;
    // What a worker rank evaluates; called once on each rank other than 0.
    std::function<TaskFunction(const Setup&)> worker;
    // Rank 0: hands out the tasks, evaluates some itself, writes the output; its exit code.
    std::function<int(Setup&, MPI_Comm, const StopSignals&)> master;
    // Optional: a mode where every rank runs the same code instead of master and workers
    // (dse --islands); returns nullopt when the setup does not ask for it.
    std::function<std::optional<int>(Setup&, MPI_Comm, const StopSignals&)> all_ranks = {};
};

template <typename Setup>
int run_farm_command(MPI_Comm comm, const FarmCommand<Setup>& command) {
    int rank = 0;
    MPI_Comm_rank(comm, &rank);
    std::optional<Setup> setup;
    if (const int code = validate_everywhere(comm, command.name, [&] { setup = command.parse(rank); }); code != 0)
        return code;
    if (setup->help) return 0;
    const StopSignals signals;
    if (command.all_ranks)
        if (const std::optional<int> code = command.all_ranks(*setup, comm, signals)) return *code;
    if (rank != 0) return serve(comm, command.worker(*setup), signals.flag());
    return command.master(*setup, comm, signals);
}

}  // namespace edgecim::mpi
