#include "edgecim/model_zoo.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "embedded_presets.hpp"
#include "model/model_fields.hpp"
#include "model/model_yaml.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

constexpr std::string_view kModelDir = "models/";
constexpr std::string_view kYamlExtension = ".yaml";

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// "models/qwen3-4b.yaml" -> "qwen3-4b"; empty for other presets.
std::string_view zoo_stem(std::string_view path) {
    if (!path.starts_with(kModelDir) || !path.ends_with(kYamlExtension)) return {};
    path.remove_prefix(kModelDir.size());
    path.remove_suffix(kYamlExtension.size());
    return path.find('/') == std::string_view::npos ? path : std::string_view{};
}

const EmbeddedFile* find_embedded(std::string_view name) {
    for (const auto& file : embedded_presets())
        if (zoo_stem(file.path) == name) return &file;
    return nullptr;
}

Problem unknown_model_problem(std::string_view name, const std::string& what) {
    Problem p;
    p.key = "model";
    const std::string hint = yaml_input::closest_match(name, zoo_model_names());
    p.message = what + (hint.empty() ? "" : "; did you mean '" + hint + "'?");
    p.valid =
        "a zoo model (" + model_detail::join_words(zoo_model_names()) + ") or a path to a model YAML / HF config.json";
    return p;
}

// A bare word such as "llama3" is meant as a zoo name, not as a file in the working directory.
bool looks_like_path(std::string_view text) {
    return text.find('/') != std::string_view::npos || text.find('\\') != std::string_view::npos ||
           text.ends_with(".yaml") || text.ends_with(".yml") || text.ends_with(".json");
}

ModelSpec parse_zoo_model(std::string_view name) {
    const auto& names = zoo_model_names();
    const auto it =
        std::find_if(names.begin(), names.end(), [&](const std::string& n) { return equal_ignoring_case(n, name); });
    if (it == names.end())
        throw InputError(unknown_model_problem(name, "unknown zoo model '" + std::string(name) + "'"));
    const std::string label = "presets/" + std::string(kModelDir) + *it + std::string(kYamlExtension);
    const EmbeddedFile* file = find_embedded(*it);
    if (!file) {
        Problem p;
        p.file = label;
        p.message = "zoo model '" + *it + "' is not compiled into this build";
        throw InputError(p);
    }
    ModelSpec spec = parse_model_yaml(file->text, label);
    if (spec.name != *it) {
        Problem p;
        p.file = label;
        p.key = "name";
        p.message = "'" + spec.name + "' does not match the file name";
        p.valid = *it;
        throw InputError(p);
    }
    return spec;
}

// Zoo models parsed once: sweeps and searches resolve the model for every point, and
// the embedded files never change at run time. Built on first use (thread-safe static).
const std::vector<std::pair<std::string, ModelSpec>>& parsed_zoo() {
    static const auto cache = [] {
        std::vector<std::pair<std::string, ModelSpec>> models;
        for (const auto& name : zoo_model_names()) {
            try {
                models.emplace_back(name, parse_zoo_model(name));
            } catch (const InputError&) {
                // Reported with its position when that model is asked for.
            }
        }
        return models;
    }();
    return cache;
}

}  // namespace

const std::vector<std::string>& zoo_model_names() {
    static const std::vector<std::string> names = [] {
        // The paper's 12 SLMs in the documented order (docs/model.md#model-zoo).
        std::vector<std::string> out = {"tinyllama-1.1b", "llama-3.2-1b", "llama-3.2-3b", "phi-3.5-mini",
                                        "qwen2.5-0.5b",   "qwen2.5-1.5b", "qwen2.5-3b",   "smollm2-1.7b",
                                        "smollm3-3b",     "qwen3-0.6b",   "qwen3-1.7b",   "qwen3-4b"};
        std::vector<std::string> extra;
        for (const auto& file : embedded_presets()) {
            const std::string stem(zoo_stem(file.path));
            if (!stem.empty() && std::find(out.begin(), out.end(), stem) == out.end()) extra.push_back(stem);
        }
        std::sort(extra.begin(), extra.end());
        out.insert(out.end(), extra.begin(), extra.end());
        return out;
    }();
    return names;
}

bool is_zoo_model(std::string_view name) {
    const auto& names = zoo_model_names();
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return equal_ignoring_case(n, name); });
}

ModelSpec load_zoo_model(std::string_view name) {
    for (const auto& [zoo_name, spec] : parsed_zoo())
        if (equal_ignoring_case(zoo_name, name)) return spec;
    return parse_zoo_model(name);  // unknown or broken: throws with the details
}

ModelSpec parse_model_yaml(std::string_view text, const std::string& file_label) {
    return model_detail::model_from_yaml_node(yaml_input::load_text(text, file_label), file_label);
}

ModelSpec parse_hf_config(std::string_view text, const std::string& file_label) {
    return model_detail::model_from_hf_node(yaml_input::load_json_text(text, file_label), file_label);
}

ModelSpec load_model_file(const std::string& path) {
    // A .json file, or text that opens with '{', is a Hugging Face config.json: strict JSON.
    const std::string text = yaml_input::read_file(path);
    const auto first = text.find_first_not_of(" \t\r\n");
    const bool json = path.ends_with(".json") || (first != std::string::npos && text[first] == '{');
    const YAML::Node root = json ? yaml_input::load_json_text(text, path) : yaml_input::load_text(text, path);
    if (model_detail::looks_like_hf_config(root)) return model_detail::model_from_hf_node(root, path);
    return model_detail::model_from_yaml_node(root, path);
}

ModelSpec resolve_model(std::string_view name_or_path, const std::string& relative_to_dir) {
    if (name_or_path.empty()) throw InputError(unknown_model_problem(name_or_path, "no model given"));
    if (is_zoo_model(name_or_path)) return load_zoo_model(name_or_path);
    std::filesystem::path path{std::string(name_or_path)};
    if (path.is_relative() && !relative_to_dir.empty()) path = std::filesystem::path(relative_to_dir) / path;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec) && !looks_like_path(name_or_path)) {
        throw InputError(unknown_model_problem(
            name_or_path, "'" + std::string(name_or_path) + "' is neither a zoo model nor an existing file"));
    }
    return load_model_file(path.string());
}

}  // namespace edgecim
