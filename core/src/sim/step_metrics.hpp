#pragma once
// The per-step numbers that are summed over a generation, as one flat vector so that
// steps that were not simulated can be interpolated linearly in context length.
#include <cstddef>
#include <vector>

#include "edgecim/simulation.hpp"
#include "sim/program.hpp"
#include "sim/step_outcome.hpp"

namespace edgecim::sim {

struct MetricLayout {
    std::size_t layers = 0;
    static constexpr std::size_t time = 0;
    static constexpr std::size_t dram_bytes = 1;
    static constexpr std::size_t limiter = 2;  // kBoundCount: seconds of the step each resource limits
    static constexpr std::size_t energy = limiter + kBoundCount;              // kEnergyComponentCount
    static constexpr std::size_t op_energy = energy + kEnergyComponentCount;  // kOpKindCount, chip
    static constexpr std::size_t op_energy_sys = op_energy + kOpKindCount;    // kOpKindCount, system
    static constexpr std::size_t op_latency = op_energy_sys + kOpKindCount;   // kOpKindCount
    static constexpr std::size_t head_latency = op_latency + kOpKindCount;
    static constexpr std::size_t layer_latency = head_latency + 1;  // layers
    std::size_t size() const { return layer_latency + layers; }
};

// The metrics of one evaluated step.
std::vector<double> step_metrics(const MetricLayout& layout, const StepTemplate& step, const StepOutcome& outcome,
                                 const hw::HwModel& hw);

}  // namespace edgecim::sim
