#include "farm_command.hpp"

#include <iostream>

#include "edgecim/problem.hpp"

namespace edgecim::mpi {

std::string ok_result(std::string_view payload) {
    std::string result;
    result.reserve(payload.size() + 1);
    result += 'O';
    result += payload;
    return result;
}

std::function<void(std::uint64_t, std::string&)> deliver_results(
    const StopSignals& signals, std::string& failure, std::function<void(std::uint64_t, std::string&)> on_ok) {
    return [&signals, &failure, on_ok = std::move(on_ok)](std::uint64_t id, std::string& result) {
        const char status = result.empty() ? 'X' : result.front();
        if (status == 'X') {  // a rank was stopped: so is the job
            signals.raise_from_worker();
            return;
        }
        result.erase(0, 1);
        if (status != 'O') {
            if (failure.empty()) failure = std::move(result);
            return;
        }
        on_ok(id, result);
    };
}

std::vector<cli::OptionSpec> mpi_options(std::vector<cli::OptionSpec> specs, const std::string& format_help) {
    for (auto& s : specs) {
        if (s.name == "jobs") s.help = "threads per rank (default 1: run one rank per core)";
        if (s.name == "format") {
            s.value_name = "csv|json";
            s.help = format_help;
        }
    }
    return specs;
}

bool parse_or_help(const Args& args, const std::vector<cli::OptionSpec>& specs, const char* help_text, int rank,
                   cli::ParsedArgs& parsed) {
    parsed = cli::parse_args(args, specs);
    if (!parsed.has("help")) return false;
    if (rank == 0) std::cout << help_text << cli::format_options_help(specs);
    return true;
}

Checkpoint read_resume_checkpoint(const std::string& path, const std::string& command, const std::string& fingerprint,
                                  const std::string& same_inputs) {
    Checkpoint c = read_checkpoint(path);
    if (checkpoint_field(c, path, "command") != command)
        throw InputError(Problem{path, 0, 0, "command", "a checkpoint of '" + c.fields.at("command") + "'", command});
    if (checkpoint_field(c, path, "fingerprint") != fingerprint)
        throw InputError(
            Problem{path, 0, 0, "fingerprint", "the checkpoint was written for other options or inputs", same_inputs});
    return c;
}

}  // namespace edgecim::mpi
