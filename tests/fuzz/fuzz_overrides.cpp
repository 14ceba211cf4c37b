// libFuzzer target: --set KEY=VALUE parsing on top of the defaults, then validation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "edgecim/config_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    edgecim::Config c = edgecim::default_config();
    std::size_t start = 0;
    // Several overrides per input, separated by newlines, as repeated --set options.
    while (start <= input.size()) {
        const auto end = input.find('\n', start);
        const std::string one = input.substr(start, end == std::string::npos ? std::string::npos : end - start);
        try {
            edgecim::apply_override(c, one);
        } catch (const edgecim::InputError&) {
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    (void)edgecim::validate(c);
    return 0;
}
