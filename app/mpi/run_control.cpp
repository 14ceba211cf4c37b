#include "run_control.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "edgecim/problem.hpp"

namespace edgecim::mpi {
namespace {

std::atomic<bool> g_stop{false};

void on_stop_signal(int signal_number) {
    g_stop.store(true);
    std::signal(signal_number, SIG_DFL);  // a second signal ends the process at once
}

constexpr const char* kCheckpointTitle = "edgecim-mpi checkpoint 1";

void fnv(std::uint64_t& hash, const std::string& text) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    hash ^= 0xff;  // separator: "ab","c" differs from "a","bc"
    hash *= 1099511628211ull;
}

}  // namespace

StopSignals::StopSignals() {
    g_stop.store(false);
    std::signal(SIGINT, on_stop_signal);
    std::signal(SIGTERM, on_stop_signal);
}

StopSignals::~StopSignals() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic<bool>* StopSignals::flag() const { return &g_stop; }

bool StopSignals::raised() const { return g_stop.load(); }

void StopSignals::raise_from_worker() const { g_stop.store(true); }

void write_checkpoint(const std::string& path, const Checkpoint& checkpoint) {
    std::string text = std::string(kCheckpointTitle) + "\n";
    for (const auto& [key, value] : checkpoint.fields) text += key + ": " + value + "\n";
    text += "\n" + checkpoint.payload;
    write_file_atomically(path, text);
}

Checkpoint read_checkpoint(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(
            Problem{path, 0, 0, "--resume", "cannot read the checkpoint file", "a file written by --checkpoint"});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    Checkpoint c;
    std::size_t pos = 0;
    int line = 0;
    for (;;) {
        const auto end = text.find('\n', pos);
        ++line;
        if (end == std::string::npos)
            throw InputError(
                Problem{path, line, 0, "", "the checkpoint ends inside its header", "a file written by --checkpoint"});
        const std::string row = text.substr(pos, end - pos);
        pos = end + 1;
        if (line == 1) {
            if (row != kCheckpointTitle)
                throw InputError(Problem{path, 1, 0, "", "not an edgecim-mpi checkpoint",
                                         std::string("first line '") + kCheckpointTitle + "'"});
            continue;
        }
        if (row.empty()) break;
        const auto colon = row.find(": ");
        if (colon == std::string::npos)
            throw InputError(Problem{path, line, 0, "", "malformed header line", "key: value"});
        c.fields[row.substr(0, colon)] = row.substr(colon + 2);
    }
    c.payload = text.substr(pos);
    return c;
}

const std::string& checkpoint_field(const Checkpoint& c, const std::string& path, const std::string& key) {
    const auto it = c.fields.find(key);
    if (it == c.fields.end())
        throw InputError(Problem{path, 0, 0, key, "missing from the checkpoint", "a file written by --checkpoint"});
    return it->second;
}

std::uint64_t checkpoint_number(const Checkpoint& c, const std::string& path, const std::string& key) {
    const std::string& text = checkpoint_field(c, path, key);
    try {
        std::size_t used = 0;
        const unsigned long long v = std::stoull(text, &used);
        if (used == text.size() && text.find('-') == std::string::npos) return v;
    } catch (const std::exception&) {
    }
    throw InputError(Problem{path, 0, 0, key, "'" + text + "' is not a count", "0..2^64-1"});
}

std::string fingerprint(const std::string& command, const cli::ParsedArgs& args,
                        const std::vector<std::string>& ignored, const std::vector<std::string>& extra) {
    std::uint64_t hash = 14695981039346656037ull;
    fnv(hash, command);
    for (const auto& [name, values] : args.values) {
        bool skip = false;
        for (const auto& i : ignored) skip = skip || i == name;
        if (skip) continue;
        fnv(hash, name);
        for (const auto& v : values) fnv(hash, v);
    }
    for (const auto& text : extra) fnv(hash, text);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
    return buf;
}

void inject_faults(std::uint64_t progress) {
    const auto reached = [&](const char* name) {
        const char* text = std::getenv(name);
        return text && *text && progress >= std::strtoull(text, nullptr, 10);
    };
    if (reached("EDGECIM_MPI_TEST_KILL_AFTER")) std::raise(SIGKILL);
    static bool terminated = false;  // once: a second SIGTERM would end the process at once
    if (!terminated && reached("EDGECIM_MPI_TEST_TERM_AFTER")) {
        terminated = true;
        std::raise(SIGTERM);
    }
}

}  // namespace edgecim::mpi
