#pragma once
// Chrome trace-event JSON (chrome://tracing, ui.perfetto.dev) of a Timeline: one "X"
// event per record (ts, dur in microseconds), one named thread per resource.
#include <ostream>

#include "edgecim/simulation.hpp"

namespace edgecim {

void write_chrome_trace(const Timeline& timeline, std::ostream& out);

}  // namespace edgecim
