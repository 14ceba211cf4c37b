// Sweep and design-space exploration benchmark (not a test; no thresholds): sweep points
// per second on 1 and 2 threads, the cost of one point split into validation (which
// resolves the model again, a YAML parse) and simulation, and NSGA-II with population
// 40 x 30 generations on LLaMA3.2-1B.
#include <chrono>
#include <cstdio>
#include <thread>

#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/sweep.hpp"

using namespace edgecim;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

}  // namespace

int main() {
    std::printf("hardware threads: %u\n", std::thread::hardware_concurrency());
    Config base = default_config();
    base.workload.model = "llama-3.2-1b";

    // 10 x 10 x 10 = 1,000 points, all valid.
    const SweepSpec sweep = parse_sweep({"hardware.chip.tiles=8..80:+8", "hardware.dram.bandwidth_gbps=10..100:+10",
                                         "hardware.frequency_mhz=50..500:+50"});
    for (int jobs : {1, 2}) {
        SweepOptions options;
        options.jobs = jobs;
        const auto t0 = Clock::now();
        const auto rows = run_sweep(base, sweep, options);
        const double s = since(t0);
        std::size_t ok = 0;
        for (const auto& r : rows) ok += r.metrics.has_value();
        std::printf("sweep, LLaMA3.2-1B, %zu points (%zu ran), analytical, %d job(s): %.3f s = %.0f points/s\n",
                    rows.size(), ok, jobs, s, static_cast<double>(rows.size()) / s);
    }

    const ModelSpec llama = load_zoo_model("llama-3.2-1b");
    SimOptions analytical{Evaluator::analytical};
    constexpr int kCalls = 200;
    Config point = base;
    point.baselines.clear();  // as a sweep point is validated (baselines do not change its metrics)
    auto t0 = Clock::now();
    std::size_t problems = 0;
    for (int i = 0; i < kCalls; ++i) problems += validate(point).size();
    const double validate_s = since(t0) / kCalls;
    t0 = Clock::now();
    double sink = 0;
    for (int i = 0; i < kCalls; ++i) sink += simulate(base, llama, analytical).decode_tokens_per_s;
    const double simulate_s = since(t0) / kCalls;
    std::printf("one point: validate %.1f us + analytical simulate %.1f us (%zu problems, %.0f tokens/s)\n",
                validate_s * 1e6, simulate_s * 1e6, problems, sink / kCalls);

    const DesignSpace space = default_design_space();
    const std::vector<Objective> objectives{Objective::latency, Objective::energy};
    for (int jobs : {1, 2}) {
        ExploreOptions options;
        options.population = 40;
        options.generations = 30;
        options.seed = 1;
        options.jobs = jobs;
        t0 = Clock::now();
        const ParetoFront front = explore(base, {}, space, objectives, options);
        const double s = since(t0);
        std::size_t feasible = 0;
        for (const auto& p : front.points) feasible += p.feasible;
        std::printf(
            "NSGA-II 40 x 30, LLaMA3.2-1B, default space (%llu designs), %d job(s): %.3f s, %zu designs "
            "evaluated (%zu feasible), %llu simulations, front of %zu\n",
            static_cast<unsigned long long>(space.size()), jobs, s, front.points.size(), feasible,
            static_cast<unsigned long long>(front.simulations), front.front.size());
    }
    return 0;
}
