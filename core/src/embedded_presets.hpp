#pragma once
// Preset files compiled into the library (generated from presets/ at build time).
#include <string_view>
#include <vector>

namespace edgecim {

struct EmbeddedFile {
    std::string_view path;  // relative to presets/, e.g. "models/qwen3-4b.yaml"
    std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_presets();

}  // namespace edgecim
