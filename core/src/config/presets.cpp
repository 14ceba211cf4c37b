#include "edgecim/presets.hpp"

#include "embedded_presets.hpp"

namespace edgecim {

std::optional<std::string_view> shipped_preset(std::string_view relative_path) {
    for (const auto& file : embedded_presets())
        if (file.path == relative_path) return file.text;
    return std::nullopt;
}

std::vector<std::string> shipped_preset_names(std::string_view folder) {
    std::vector<std::string> names;
    const std::string prefix = std::string(folder) + "/";
    for (const auto& file : embedded_presets()) {
        if (file.path.substr(0, prefix.size()) != prefix) continue;
        std::string_view stem = file.path.substr(prefix.size());
        if (stem.find('/') != std::string_view::npos) continue;
        if (stem.size() > 5 && stem.substr(stem.size() - 5) == ".yaml") stem.remove_suffix(5);
        names.emplace_back(stem);
    }
    return names;
}

}  // namespace edgecim
