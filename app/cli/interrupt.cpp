#include "interrupt.hpp"

#include <csignal>

namespace edgecim::cli {
namespace {

std::atomic<bool> g_interrupted{false};

void on_sigint(int) {
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process at once
}

}  // namespace

InterruptScope::InterruptScope() {
    g_interrupted.store(false);
    std::signal(SIGINT, on_sigint);
}

InterruptScope::~InterruptScope() { std::signal(SIGINT, SIG_DFL); }

const std::atomic<bool>* InterruptScope::flag() const { return &g_interrupted; }

bool InterruptScope::interrupted() const { return g_interrupted.load(); }

}  // namespace edgecim::cli
