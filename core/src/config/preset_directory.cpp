// Where a preset's relative paths point: one rule for the CLI, the GUI and validation.
#include <filesystem>

#include "edgecim/config_io.hpp"

namespace edgecim {

std::string preset_directory(const std::string& source_file) {
    // Labels such as "<stdin>" or "--set" name no file, so nothing is relative to them.
    if (source_file.empty() || source_file.front() == '<' || source_file == "--set") return {};
    return std::filesystem::path(source_file).parent_path().string();
}

std::string preset_directory(const Config& config) { return preset_directory(config.source_file); }

}  // namespace edgecim
