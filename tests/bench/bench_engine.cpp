// Engine benchmark (not a test; no thresholds): analytical evaluations per second and
// microseconds per full generation of Qwen3-4B (prompt 128, generate 128), event
// simulation time per decode step, an event run of Qwen3-4B with a 4096-token prompt,
// the GUI's detail run with a decode step or the prefill as timeline, and peak RSS. Timings are medians over repeated
// blocks, so a busy machine (parallel builds) disturbs them less.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/simulation.hpp"

using namespace edgecim;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_per_call(int calls, const auto& fn) {
    const auto t0 = Clock::now();
    double sink = 0;
    for (int i = 0; i < calls; ++i) sink += fn();
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    if (sink < 0) std::puts("");  // keep the calls
    return s / calls;
}

// The median of `blocks` measurements of seconds_per_call(calls, fn).
double median_seconds_per_call(int blocks, int calls, const auto& fn) {
    std::vector<double> t;
    for (int b = 0; b < blocks; ++b) t.push_back(seconds_per_call(calls, fn));
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace

int main() {
    const ModelSpec qwen = load_zoo_model("qwen3-4b");
    Config c = default_config();
    c.workload.prompt_tokens = 128;
    c.workload.generate_tokens = 128;
    SimOptions analytical;
    analytical.evaluator = Evaluator::analytical;

    const double auto_s =
        median_seconds_per_call(51, 20, [&] { return simulate(c, qwen, analytical).decode_tokens_per_s; });
    std::printf("analytical, Qwen3-4B 128/128, auto-balanced split: %.1f us per generation (%.0f evaluations/s)\n",
                auto_s * 1e6, 1.0 / auto_s);
    Config fixed = c;
    fixed.mapping.active_tiles = simulate(c, qwen, analytical).active_tiles;
    const double fixed_s =
        median_seconds_per_call(51, 20, [&] { return simulate(fixed, qwen, analytical).decode_tokens_per_s; });
    std::printf("analytical, Qwen3-4B 128/128, fixed split:         %.1f us per generation (%.0f evaluations/s)\n",
                fixed_s * 1e6, 1.0 / fixed_s);

    SimOptions event;
    const double event_s =
        median_seconds_per_call(5, 1, [&] { return simulate(fixed, qwen, event).decode_tokens_per_s; });
    // An event run simulates the prefill and 3 decode steps (first, middle, last).
    std::printf("event, Qwen3-4B 128/128: %.1f ms per run (~%.1f ms per simulated step)\n", event_s * 1e3,
                event_s * 1e3 / 4);

    Config long_prompt = c;
    long_prompt.workload.prompt_tokens = 4096;
    const auto t0 = Clock::now();
    const SimulationResult r = simulate(long_prompt, qwen, event);
    std::printf("event, Qwen3-4B prompt 4096 / generate 128: %.3f s (TTFT %.3f s, %.2f tokens/s)\n",
                std::chrono::duration<double>(Clock::now() - t0).count(), r.ttft_s, r.decode_tokens_per_s);

    // The GUI's detail run (only the timeline step event by event): a decode step against
    // the prefill as the timeline, with the records the Gantt draws.
    SimOptions detail;
    detail.event_timeline_step_only = true;
    for (const char* name : {"llama-3.2-1b", "qwen3-4b"})
        for (int prompt : {128, 512})
            for (TimelinePhase phase : {TimelinePhase::decode, TimelinePhase::prefill}) {
                Config d = c;
                d.workload.prompt_tokens = prompt;
                detail.timeline_phase = phase;
                const ModelSpec m = load_zoo_model(name);
                const double s = median_seconds_per_call(
                    3, 1, [&] { return static_cast<double>(simulate(d, m, detail).timeline.records.size()); });
                const SimulationResult tl = simulate(d, m, detail);
                std::printf("detail run, %s prompt %d, %s timeline: %.1f ms, %zu records (%.1f MB)\n", name, prompt,
                            tl.timeline.step.c_str(), s * 1e3, tl.timeline.records.size(),
                            static_cast<double>(tl.timeline.records.size() * sizeof(TimelineRecord)) / 1e6);
            }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
