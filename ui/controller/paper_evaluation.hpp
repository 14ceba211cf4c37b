#pragma once
// The Paper view's computation: core's reproduce_paper with the analytical evaluator,
// exactly what `edgecim-cli reproduce` runs (same preset, same options), so the view and
// the CLI print the same numbers. Plain C++: it runs on a worker thread (~1 s).
#include "edgecim/config.hpp"
#include "edgecim/reproduction.hpp"

namespace edgecim::ui {

// presets/hardware/edgecim-paper.yaml as shipped (the CLI's default for reproduce).
Config paper_preset_config();
// reproduce_paper(config, analytical evaluator): `edgecim-cli reproduce --config FILE`.
PaperReproduction evaluate_paper(const Config& config);

}  // namespace edgecim::ui
