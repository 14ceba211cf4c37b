#include "mpi_command.hpp"

#include <cmath>
#include <iostream>

#include "edgecim/problem.hpp"
#include "task_farm.hpp"

namespace edgecim::mpi {
namespace {

int run_guarded(const std::string& command, const std::function<void()>& parse, int rank) {
    const std::string who = "edgecim-mpi " + command + (rank == 0 ? "" : " (rank " + std::to_string(rank) + ")");
    try {
        parse();
        return 0;
    } catch (const cli::UsageError& e) {
        std::cerr << who << ": " << e.what() << "\n";
        return 2;
    } catch (const InputError& e) {
        for (const auto& problem : e.problems())
            std::cerr << (rank == 0 ? "" : who + ": ") << problem.to_string() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << who << ": error: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int validate_everywhere(MPI_Comm comm, const std::string& command, const std::function<void()>& parse) {
    int rank = 0;
    MPI_Comm_rank(comm, &rank);
    int code = rank == 0 ? run_guarded(command, parse, rank) : 0;
    code = broadcast_int(comm, code);
    if (code != 0) return code;
    if (rank != 0) code = run_guarded(command, parse, rank);
    return max_over_ranks(comm, code);
}

int report_runtime_error(const std::string& command, const std::exception& e) {
    std::cerr << "edgecim-mpi " << command << ": error: " << e.what() << "\n";
    return 1;
}

double checkpoint_interval(const cli::ParsedArgs& args) {
    const auto text = args.get("checkpoint-interval");
    if (!text) return 5;
    try {
        std::size_t used = 0;
        const double v = std::stod(*text, &used);
        if (used == text->size() && std::isfinite(v) && v >= 0 && v <= 86400) return v;
    } catch (const std::exception&) {
    }
    throw cli::UsageError("--checkpoint-interval: '" + *text + "' is not a number of seconds (valid: 0..86400)");
}

std::vector<cli::OptionSpec> fault_options() {
    return {
        {"out", "FILE", "write the output to FILE (atomically: it appears when complete) instead of stdout", false},
        {"checkpoint", "FILE", "write progress to FILE every --checkpoint-interval seconds and on SIGINT/SIGTERM",
         false},
        {"resume", "FILE", "continue the run a checkpoint FILE describes (same options); keeps checkpointing to it",
         false},
        {"checkpoint-interval", "SECONDS", "seconds between checkpoints (default 5; 0 = whenever progress is made)",
         false},
    };
}

}  // namespace edgecim::mpi
