#pragma once
// Ctrl-C as a cancel flag for long commands (sweep, dse): while an InterruptScope lives,
// the first SIGINT sets the flag so the command can write what it has; a second SIGINT
// ends the process at once.
#include <atomic>

namespace edgecim::cli {

class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

    const std::atomic<bool>* flag() const;
    bool interrupted() const;
};

}  // namespace edgecim::cli
