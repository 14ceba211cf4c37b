#pragma once
// The preset files shipped in presets/ (compiled into the library).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace edgecim {

// Text of presets/<relative_path>, e.g. "hardware/edgecim-65nm-int4.yaml".
std::optional<std::string_view> shipped_preset(std::string_view relative_path);
// Names (file stems) of the shipped presets in one folder: "models", "hardware", "baselines".
std::vector<std::string> shipped_preset_names(std::string_view folder);

// The built-in default preset file name.
inline constexpr std::string_view kDefaultHardwarePreset = "hardware/edgecim-65nm-int4.yaml";

}  // namespace edgecim
