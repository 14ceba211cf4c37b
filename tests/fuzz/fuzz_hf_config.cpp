// libFuzzer target: the model YAML parser and the Hugging Face config.json importer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (int kind = 0; kind < 2; ++kind) {
        try {
            const edgecim::ModelSpec m = kind == 0 ? edgecim::parse_hf_config(text, "config.json")
                                                   : edgecim::parse_model_yaml(text, "model.yaml");
            // Sizes of an accepted model must be computable without overflow or traps.
            (void)m.parameter_count();
            (void)m.weight_bytes_per_token(edgecim::Precision::int8);
            (void)m.kv_bytes_per_token(edgecim::Precision::fp16);
        } catch (const edgecim::InputError&) {
        }
    }
    return 0;
}
