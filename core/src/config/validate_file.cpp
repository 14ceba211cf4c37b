// Which kind of input a file is, decided from its top-level keys, then a full load.
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {

std::string validate_file(const std::string& path) {
    const YAML::Node root = yaml_input::load_file(path);
    std::string kind = "preset";
    if (root.IsMap()) {
        if (root["model_type"] || root["num_hidden_layers"]) kind = "hf-config";
        else if (root["hidden_size"] && !root["hardware"] && !root["workload"]) kind = "model";
    }
    if (kind == "preset") (void)load_config(path);
    else (void)load_model_file(path);
    return kind;
}

}  // namespace edgecim
