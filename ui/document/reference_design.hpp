#pragma once
// The reference design of an A/B comparison: a configuration pinned from the editor or
// opened from a preset, with its model and its results from the same evaluators as the
// current design's cards (analytical), so every delta is like for like. The energy
// boundary is a reporting choice, not part of the design: the reference is evaluated at
// both boundaries and compared at the current design's (resultAt). The Sweep view
// evaluates it on its own axes (SweepRequest::reference).
#include <QString>
#include <memory>

#include "controller/evaluations.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"

namespace edgecim::ui {

struct ReferenceDesign {
    QString name;    // shown in legends and cards: the preset's name, or "… (pinned 14:02)"
    QString source;  // the file it was opened from; empty when pinned from the editor
    Config config;
    ModelSpec model;
    ResultPtr result;         // analytical, like the cards, at config.energy_boundary
    ResultPtr chip_result;    // the same evaluation at the chip boundary
    ResultPtr system_result;  // ... and at the system boundary
    // The reference's figures at the given boundary (the current design's, for deltas).
    const ResultPtr& resultAt(EnergyBoundary boundary) const {
        return boundary == EnergyBoundary::chip ? chip_result : system_result;
    }
};
using ReferencePtr = std::shared_ptr<const ReferenceDesign>;

// Evaluates config as a reference. Throws InputError (every problem, with key and valid
// range) when it cannot be simulated, std::exception for other failures.
ReferencePtr makeReference(const Config& config, const QString& source = {}, const QString& name = {});
// Loads a preset file as the reference; throws InputError naming file:line and key.
ReferencePtr loadReference(const QString& path);

// "+12.3 tokens/s (+8.0 %)": the change from reference to current, with unit.
QString formatDelta(double current, double reference, const QString& unit);

}  // namespace edgecim::ui
