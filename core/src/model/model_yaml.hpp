#pragma once
// Node-level model parsers shared by the text and file entry points in model_zoo.hpp.
#include <yaml-cpp/yaml.h>

#include <string>

#include "edgecim/model_spec.hpp"

namespace edgecim::model_detail {

// Our model YAML (presets/models format). Unknown keys are errors.
ModelSpec model_from_yaml_node(const YAML::Node& root, const std::string& file);
// An HF config.json. Unknown keys are normal there and ignored.
ModelSpec model_from_hf_node(const YAML::Node& root, const std::string& file);
// A mapping with model_type or num_hidden_layers at the top level.
bool looks_like_hf_config(const YAML::Node& root);

}  // namespace edgecim::model_detail
