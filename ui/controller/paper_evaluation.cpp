#include "controller/paper_evaluation.hpp"

#include <stdexcept>

#include "edgecim/config_io.hpp"
#include "edgecim/presets.hpp"

namespace edgecim::ui {

Config paper_preset_config() {
    // Same text and file label as cmd_reproduce, so both name the preset alike in errors.
    const auto text = shipped_preset("hardware/edgecim-paper.yaml");
    if (!text) throw std::runtime_error("the paper preset hardware/edgecim-paper.yaml is not compiled in");
    return parse_config(*text, "presets/hardware/edgecim-paper.yaml");
}

PaperReproduction evaluate_paper(const Config& config) {
    SimOptions options;
    options.evaluator = Evaluator::analytical;  // the CLI's default for reproduce
    return reproduce_paper(config, options);
}

}  // namespace edgecim::ui
