// Preset YAML -> Config, collecting every problem with its position.
#include <filesystem>
#include <set>

#include "config/config_validate.hpp"
#include "config/schema_tree.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/text_util.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

struct Walker {
    const std::string& file;
    Config& config;
    KeyLocations& locations;
    std::vector<Problem>& problems;
    std::set<std::string> seen;
    std::size_t more = 0;  // problems beyond yaml_input::kMaxProblems: counted, not built

    void add(Problem p) {
        if (problems.size() < yaml_input::kMaxProblems)
            problems.push_back(std::move(p));
        else
            ++more;
    }

    void unknown_key(const YAML::Node& key_node, const std::string& prefix, const std::string& name) {
        if (problems.size() >= yaml_input::kMaxProblems) {
            ++more;  // not even the did-you-mean search: a million bad keys stay cheap
            return;
        }
        const std::string path = prefix.empty() ? name : prefix + "." + name;
        std::string message = "unknown key '" + name + "'";
        const auto& siblings = schema_tree::children().at(prefix);
        const std::string near = yaml_input::closest_match(name, siblings);
        if (!near.empty()) {
            message += "; did you mean '" + near + "'?";
        } else if (const auto elsewhere = schema_tree::keys_ending_with(name); !elsewhere.empty()) {
            message += "; it belongs at '" + elsewhere.front() + "'";
        }
        std::string valid = "keys here: ";
        valid += join(siblings, ", ");
        add(yaml_input::problem_at(file, key_node, path, message, valid));
    }

    void leaf(const ParamSpec& spec, const YAML::Node& key_node, const YAML::Node& value_node) {
        // yaml-cpp places an empty value's mark on the following line: point at the key instead.
        const YAML::Node& value = value_node;
        const YAML::Node& anchor = value_node.IsNull() ? key_node : value_node;
        locations[spec.key] = {anchor.Mark().line + 1, anchor.Mark().column + 1};
        ParamValue parsed;
        std::string error;
        bool ok = false;
        if (spec.type == ParamType::text_list) {
            if (value.IsNull()) {
                parsed = std::vector<std::string>{};
                ok = true;
            } else if (value.IsSequence()) {
                std::vector<std::string> items;
                ok = true;
                for (const auto& item : value) {
                    if (!item.IsScalar() || item.Scalar().empty()) {
                        add(yaml_input::problem_at(file, item, spec.key, "list item must be a name or a path",
                                                   spec.valid_range()));
                        ok = false;
                    } else {
                        items.push_back(item.Scalar());
                    }
                }
                parsed = items;
                if (!ok) return;
            } else {
                error = "expected a list, got " + yaml_input::describe_kind(value);
            }
        } else if (value.IsNull() ||
                   (spec.type == ParamType::text && value.IsScalar() && value.Tag() == "?" && value.Scalar().empty())) {
            error = "missing value";
        } else if ((spec.type == ParamType::integer || spec.type == ParamType::real ||
                    (spec.type == ParamType::integer_or_auto && value.IsScalar() && value.Scalar() != "auto")) &&
                   yaml_input::is_text_typed(value)) {
            // tiles: "64" or !!str 64 is text in YAML; a number must be written as one.
            error = "expected a number, got the string \"" + yaml_input::excerpt(value.Scalar()) +
                    "\" (write it without quotes)";
        } else if (!value.IsScalar()) {
            error = "expected a single value, got " + yaml_input::describe_kind(value);
        } else {
            ok = parse_param_text(spec, value.Scalar(), parsed, &error);
        }
        if (ok) {
            error = check_param_value(spec, parsed);
            ok = error.empty();
        }
        if (!ok) {
            add(yaml_input::problem_at(file, anchor, spec.key, error, spec.valid_range()));
            return;
        }
        spec.set(config, parsed);
    }

    void mapping(const YAML::Node& node, const std::string& prefix) {
        if (!node.IsMap()) {
            add(yaml_input::problem_at(file, node, prefix,
                                       "expected a mapping of keys, got " + yaml_input::describe_kind(node)));
            return;
        }
        for (const auto& entry : node) {
            const YAML::Node& key_node = entry.first;
            if (!key_node.IsScalar()) {
                add(yaml_input::problem_at(file, key_node, prefix, "keys must be plain names"));
                continue;
            }
            const std::string name = key_node.Scalar();
            std::string path = prefix;
            if (!path.empty()) path += '.';
            path += name;
            if (!seen.insert(path).second) {
                add(yaml_input::problem_at(file, key_node, path, "duplicate key"));
                continue;
            }
            if (const ParamSpec* spec = find_param(path)) {
                leaf(*spec, key_node, entry.second);
            } else if (schema_tree::is_mapping(path)) {
                mapping(entry.second, path);
            } else {
                unknown_key(key_node, prefix, name);
            }
        }
    }
};

}  // namespace

Config parse_config(std::string_view yaml_text, const std::string& file_label) {
    const YAML::Node root = yaml_input::load_text(yaml_text, file_label);
    Config config = default_config();
    config.workload.model.clear();  // a preset must name its model
    config.source_file = file_label;
    KeyLocations locations;
    std::vector<Problem> problems;
    Walker walker{file_label, config, locations, problems, {}};
    walker.mapping(root, "");
    if (walker.more > 0)
        problems.push_back(
            Problem{file_label, 0, 0, "", "... and " + std::to_string(walker.more) + " more problems", ""});
    if (config.workload.model.empty() && locations.count("workload.model") == 0) {
        Problem p;
        p.file = file_label;
        p.key = "workload.model";
        p.message = "missing: a preset must name its model";
        p.valid = "a zoo name (see 'edgecim-cli models') or a path to a model YAML / config.json";
        problems.push_back(p);
    }
    if (problems.empty()) problems = validate_config(config, file_label, locations);
    if (!problems.empty()) throw InputError(std::move(problems));
    return config;
}

Config load_config(const std::string& path) { return parse_config(yaml_input::read_file(path), path); }

}  // namespace edgecim
