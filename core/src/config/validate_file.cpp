// Which kind of input a file is, decided from its top-level keys, then a full load
// against that kind's own schema.
#include "edgecim/baseline.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/model_zoo.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {

std::string validate_file(const std::string& path) {
    const std::string text = yaml_input::read_file(path);
    const auto first = text.find_first_not_of(" \t\r\n");
    const bool json = path.ends_with(".json") || (first != std::string::npos && text[first] == '{');
    const YAML::Node root = json ? yaml_input::load_json_text(text, path) : yaml_input::load_text(text, path);
    std::string kind = "preset";
    if (root.IsMap()) {
        const bool preset_keys = root["hardware"] || root["workload"] || root["mapping"];
        if (root["model_type"] || root["num_hidden_layers"] || json)
            kind = "hf-config";
        else if (root["genes"] && !preset_keys)
            kind = "design-space";
        else if (root["dram"] && (root["engine"] || root["fit"] || root["calibration"] || root["compute"]) &&
                 !preset_keys)
            kind = "baseline-device";
        else if (root["hidden_size"] && !preset_keys)
            kind = "model";
    }
    if (kind == "preset")
        (void)parse_config(text, path);
    else if (kind == "design-space")
        (void)parse_design_space(text, path);
    else if (kind == "baseline-device")
        (void)parse_device(text, path);
    else if (kind == "hf-config")
        (void)parse_hf_config(text, path);
    else
        (void)parse_model_yaml(text, path);
    return kind;
}

}  // namespace edgecim
