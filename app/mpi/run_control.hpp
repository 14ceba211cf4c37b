#pragma once
// What edgecim-mpi needs around a long run: the stop signals (SIGINT, and SIGTERM, which
// Slurm sends at the time limit), checkpoint files written atomically, a fingerprint
// that ties a checkpoint to its inputs, and output files that appear only complete.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "edgecim/atomic_file.hpp"  // write_file_atomically: the one atomic writer

namespace edgecim::mpi {

// While it lives, SIGINT and SIGTERM set the flag (a second one ends the process at once).
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    const std::atomic<bool>* flag() const;
    bool raised() const;
    // Sets the flag as a signal would: rank 0 stops the whole job when a rank reports
    // that a signal stopped it (only that rank may have been signalled).
    void raise_from_worker() const;
};

// A checkpoint: a few "key: value" lines, then a blank line, then an opaque payload.
struct Checkpoint {
    std::map<std::string, std::string> fields;
    std::string payload;
};
void write_checkpoint(const std::string& path, const Checkpoint& checkpoint);
// Throws InputError naming the file, line and key for a missing or malformed checkpoint.
Checkpoint read_checkpoint(const std::string& path);
// A field that must be present; InputError naming the file and key otherwise.
const std::string& checkpoint_field(const Checkpoint& c, const std::string& path, const std::string& key);
std::uint64_t checkpoint_number(const Checkpoint& c, const std::string& path, const std::string& key);

// Hex FNV-1a of the command, the options that decide the result (all but those in
// `ignored`) and the extra texts (the effective configuration, a design-space file).
std::string fingerprint(const std::string& command, const cli::ParsedArgs& args,
                        const std::vector<std::string>& ignored, const std::vector<std::string>& extra);

// Seconds between checkpoints: --checkpoint-interval (default 5; 0 = at every chance).
class CheckpointTimer {
public:
    explicit CheckpointTimer(double seconds) : seconds_(seconds), last_(std::chrono::steady_clock::now()) {}
    bool due() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - last_).count() >= seconds_;
    }
    void reset() { last_ = std::chrono::steady_clock::now(); }

private:
    double seconds_;
    std::chrono::steady_clock::time_point last_;
};

// Fault injection for the tests, from the environment of rank 0:
// EDGECIM_MPI_TEST_KILL_AFTER=N   SIGKILL itself after N rows / generations (a lost node)
// EDGECIM_MPI_TEST_TERM_AFTER=N   SIGTERM itself after N (a Slurm time limit)
void inject_faults(std::uint64_t progress);

}  // namespace edgecim::mpi
