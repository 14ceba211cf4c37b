// libFuzzer target: a preset that loads must survive save -> parse unchanged, and both
// evaluators must run on it (on a short workload) without crashing, hanging or leaking.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/simulation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    edgecim::Config config;
    try {
        config = edgecim::parse_config(text, "fuzz.yaml");
    } catch (const edgecim::InputError&) {
        return 0;
    }
    const std::string saved = edgecim::save_config_text(config);
    edgecim::Config again;
    try {
        again = edgecim::parse_config(saved, "fuzz.yaml");
    } catch (const edgecim::InputError&) {
        std::abort();  // what save_config_text writes must load again
    }
    if (edgecim::save_config_text(again) != saved) std::abort();  // and be the same configuration

    // A short workload keeps each input fast; the hardware and mapping stay as fuzzed.
    config.workload.prompt_tokens = std::min(config.workload.prompt_tokens, 16);
    config.workload.generate_tokens = std::min(config.workload.generate_tokens, 3);
    try {
        const edgecim::ModelSpec model = edgecim::resolve_model(config.workload.model, {});
        for (const auto evaluator : {edgecim::Evaluator::analytical, edgecim::Evaluator::event}) {
            edgecim::SimOptions options;
            options.evaluator = evaluator;
            (void)edgecim::simulate(config, model, options);
        }
    } catch (const edgecim::InputError&) {
    }
    return 0;
}
