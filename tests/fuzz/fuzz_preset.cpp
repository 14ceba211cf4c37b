// libFuzzer target: preset YAML loading and validation must never crash, hang or leak;
// bad input must end in InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "edgecim/config_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const edgecim::Config c = edgecim::parse_config(text, "fuzz.yaml");
        (void)edgecim::save_config_text(c);
    } catch (const edgecim::InputError&) {
    }
    return 0;
}
