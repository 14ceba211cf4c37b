#include "model/model_fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "util/yaml_input.hpp"

namespace edgecim::model_detail {
namespace {

// yaml-cpp tags quoted scalars "!" and plain ones "?": a quoted "2048" in JSON is a string.
// Quoted or tagged as text (!!str 64): not a number, however it looks.
bool is_quoted(const YAML::Node& node) { return yaml_input::is_text_typed(node); }

std::string quoted(const std::string& text) { return "the string \"" + text + "\""; }

}  // namespace

std::string range_text(IntRange range) {
    if (range.min == range.max) return std::to_string(range.min);
    return std::to_string(range.min) + " to " + std::to_string(range.max);
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

FieldReader::FieldReader(const YAML::Node& root, std::string file) : root_(root), file_(std::move(file)) {}

YAML::Node FieldReader::value_node(const std::string& key) const {
    const YAML::Node& root = root_;  // const access: operator[] must not insert the key
    if (!root.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    return root[key];
}

bool FieldReader::has(const std::string& key) const {
    const YAML::Node node = value_node(key);
    return node.IsDefined() && !node.IsNull();
}

bool FieldReader::is_null(const std::string& key) const {
    const YAML::Node node = value_node(key);
    return node.IsDefined() && node.IsNull();
}

void FieldReader::add_at(const YAML::Node& node, const std::string& key, std::string message, std::string valid) {
    if (full()) {
        // One summary line instead of a million problems (a 4 MB adversarial file).
        if (more_++ == 0) problems_.push_back(Problem{file_, 0, 0, "", "", ""});
        problems_.back().message = "... and " + std::to_string(more_) + " more problems";
        return;
    }
    problems_.push_back(yaml_input::problem_at(file_, node, key, std::move(message), std::move(valid)));
}

void FieldReader::add(const std::string& key, std::string message, std::string valid) {
    const YAML::Node node = value_node(key);
    add_at(node.IsDefined() ? node : root_, key, std::move(message), std::move(valid));
}

bool FieldReader::require_scalar(const std::string& key, const YAML::Node& node, const char* expected) {
    if (node.IsScalar()) return true;
    add_at(node, key, std::string("expected ") + expected + ", got " + yaml_input::describe_kind(node));
    return false;
}

std::optional<YAML::Node> FieldReader::present(const std::string& key, Presence presence, const std::string& valid) {
    const YAML::Node node = value_node(key);
    if (node.IsDefined() && !node.IsNull()) return node;
    if (presence == Presence::required)
        add(key, node.IsDefined() ? "is null; a value is required" : "missing required key", valid);
    return std::nullopt;
}

std::optional<std::int64_t> FieldReader::integer(const std::string& key, IntRange range, Presence presence) {
    const auto node_or = present(key, presence, range_text(range));
    if (!node_or) return std::nullopt;
    const YAML::Node& node = *node_or;
    if (!require_scalar(key, node, "an integer")) return std::nullopt;
    const std::string& text = node.Scalar();
    if (is_quoted(node)) {
        add_at(node, key, "expected an integer, got " + quoted(text), range_text(range));
        return std::nullopt;
    }
    const auto value = yaml_input::parse_int(text);
    if (!value) {
        const auto real = yaml_input::parse_real(text);
        std::string message = "expected an integer, got '" + text + "'";
        if (real && std::floor(*real) == *real)
            message = text + " is out of range";  // beyond 64 bits
        else if (real)
            message = "expected a whole number, got " + text;
        add_at(node, key, std::move(message), range_text(range));
        return std::nullopt;
    }
    if (*value < range.min || *value > range.max) {
        add_at(node, key, std::to_string(*value) + " is out of range", range_text(range));
        return std::nullopt;
    }
    return value;
}

std::optional<double> FieldReader::real(const std::string& key, double min, double max, Presence presence) {
    const std::string valid = number_text(min) + " to " + number_text(max);
    const auto node_or = present(key, presence, valid);
    if (!node_or) return std::nullopt;
    const YAML::Node& node = *node_or;
    if (!require_scalar(key, node, "a number")) return std::nullopt;
    const std::string& text = node.Scalar();
    bool non_finite = false;
    const auto value = is_quoted(node) ? std::nullopt : yaml_input::parse_real(text, &non_finite);
    if (!value) {
        add_at(node, key,
               non_finite ? text + " is not a finite number"
                          : "expected a number, got " + (is_quoted(node) ? quoted(text) : "'" + text + "'"),
               valid);
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        add_at(node, key, text + " is out of range", valid);
        return std::nullopt;
    }
    return value;
}

std::optional<bool> FieldReader::boolean(const std::string& key, Presence presence) {
    const auto node_or = present(key, presence, "true or false");
    if (!node_or) return std::nullopt;
    const YAML::Node& node = *node_or;
    if (!require_scalar(key, node, "true or false")) return std::nullopt;
    const auto value = is_quoted(node) ? std::nullopt : yaml_input::parse_bool(node.Scalar());
    if (!value) {
        const std::string got = is_quoted(node) ? quoted(node.Scalar()) : "'" + node.Scalar() + "'";
        add_at(node, key, "expected true or false, got " + got, "true or false");
    }
    return value;
}

std::optional<std::string> FieldReader::text(const std::string& key, Presence presence) {
    const auto node_or = present(key, presence, "a non-empty string");
    if (!node_or) return std::nullopt;
    const YAML::Node& node = *node_or;
    if (!require_scalar(key, node, "a string")) return std::nullopt;
    if (node.Scalar().empty()) {
        add_at(node, key, "is empty", "a non-empty string");
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<std::vector<std::int64_t>> FieldReader::integer_list(const std::string& key, IntRange element_range,
                                                                   Presence presence) {
    const auto node_or = present(key, presence, "a list of integers " + range_text(element_range));
    if (!node_or) return std::nullopt;
    const YAML::Node& node = *node_or;
    if (!node.IsSequence()) {
        add_at(node, key, "expected a list of integers, got " + yaml_input::describe_kind(node),
               "a list of integers " + range_text(element_range));
        return std::nullopt;
    }
    // A per-layer list never needs more entries than a model can have layers; checked
    // before the elements so 100,000 of them cost nothing.
    if (node.size() > static_cast<std::size_t>(model_limits::kMaxLayers)) {
        add_at(node, key, "a list of " + std::to_string(node.size()) + " entries",
               "at most " + std::to_string(model_limits::kMaxLayers) + " (one per layer)");
        return std::nullopt;
    }
    std::vector<std::int64_t> values;
    bool all_ok = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node element = node[i];
        const std::string element_key = key + "[" + std::to_string(i) + "]";
        const auto value =
            element.IsScalar() && !is_quoted(element) ? yaml_input::parse_int(element.Scalar()) : std::nullopt;
        if (!value) {
            const std::string got = !element.IsScalar()  ? yaml_input::describe_kind(element)
                                    : is_quoted(element) ? quoted(element.Scalar())
                                                         : "'" + element.Scalar() + "'";
            add_at(element, element_key, "expected an integer, got " + got, range_text(element_range));
            all_ok = false;
        } else if (*value < element_range.min || *value > element_range.max) {
            add_at(element, element_key, std::to_string(*value) + " is out of range", range_text(element_range));
            all_ok = false;
        } else {
            values.push_back(*value);
        }
    }
    if (!all_ok) return std::nullopt;
    return values;
}

void check_model_consistency(const ModelSpec& spec, const ModelKeyNames& keys, FieldReader& reader) {
    if (spec.heads > 0 && spec.kv_heads > 0 && spec.heads % spec.kv_heads != 0) {
        reader.add(keys.kv_heads,
                   std::to_string(spec.kv_heads) + " does not divide " + keys.heads + " (" +
                       std::to_string(spec.heads) + "): each KV head must serve a whole number of query heads",
                   "a divisor of " + std::to_string(spec.heads));
    }
    if (spec.layers > 0) {
        std::set<int> seen;
        for (const int layer : spec.nope_layers) {
            if (layer < 0 || layer >= spec.layers) {
                reader.add(keys.nope_layers, "layer " + std::to_string(layer) + " does not exist",
                           "0 to " + std::to_string(spec.layers - 1) + " (" + keys.layers + " - 1)");
            } else if (!seen.insert(layer).second) {
                reader.add(keys.nope_layers, "layer " + std::to_string(layer) + " is listed twice",
                           "distinct layer indices");
            }
        }
    }
    const bool sized = spec.hidden_size > 0 && spec.layers > 0 && spec.heads > 0 && spec.kv_heads > 0 &&
                       spec.head_dim > 0 && spec.intermediate_size > 0 && spec.vocab_size > 0;
    if (sized && spec.parameter_count() > model_limits::kMaxParameters) {
        // Each size is within its own limit, so this product cannot overflow.
        reader.add_at(reader.root(), "parameters",
                      "these sizes give " + number_text(static_cast<double>(spec.parameter_count())) +
                          " parameters, beyond what this simulator accepts for a small language model",
                      "at most " + number_text(static_cast<double>(model_limits::kMaxParameters)));
    }
}

}  // namespace edgecim::model_detail
