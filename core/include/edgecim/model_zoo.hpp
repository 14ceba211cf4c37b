#pragma once
// The built-in model zoo (presets/models/*.yaml, compiled into the library) and loading
// of user models: our model YAML or a Hugging Face config.json.
// Every loader throws InputError carrying all problems found, each naming file, line and key.
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/model_spec.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {

// The 12 zoo models in the documented order, then any further models/*.yaml compiled in.
const std::vector<std::string>& zoo_model_names();
bool is_zoo_model(std::string_view name);  // case-insensitive, like load_zoo_model
ModelSpec load_zoo_model(std::string_view name);

// HF model_type values the importer understands (sorted).
const std::vector<std::string>& supported_model_types();

// A model YAML in the presets/models format, or an HF config.json (detected by a
// top-level model_type or num_hidden_layers key).
ModelSpec load_model_file(const std::string& path);
ModelSpec parse_model_yaml(std::string_view text, const std::string& file_label);
ModelSpec parse_hf_config(std::string_view text, const std::string& file_label);

// A zoo name, else a file path; a relative path is taken relative to relative_to_dir
// when that is given (e.g. the directory of the preset that names the model).
ModelSpec resolve_model(std::string_view name_or_path, const std::string& relative_to_dir = {});

}  // namespace edgecim
