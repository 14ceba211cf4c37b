#pragma once
// Reads typed keys of one YAML/JSON mapping (our model YAML or an HF config.json) and
// collects every problem with its file position, so a loader can report all of them.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edgecim/model_spec.hpp"
#include "edgecim/problem.hpp"
#include "util/yaml_input.hpp"

namespace edgecim::model_detail {

struct IntRange {
    std::int64_t min = 0;
    std::int64_t max = 0;
};

enum class Presence { required, optional };

class FieldReader {
public:
    FieldReader(const YAML::Node& root, std::string file);

    // Present and not null (JSON null means "not set", as in transformers).
    bool has(const std::string& key) const;
    // Present with an explicit null (JSON null, YAML ~ or nothing after the colon).
    bool is_null(const std::string& key) const;

    // Each returns nullopt and records a problem when the value is missing (if required),
    // of the wrong type or out of range; nullopt without a problem when optional and absent.
    std::optional<std::int64_t> integer(const std::string& key, IntRange range, Presence presence);
    std::optional<double> real(const std::string& key, double min, double max, Presence presence);
    std::optional<bool> boolean(const std::string& key, Presence presence);
    std::optional<std::string> text(const std::string& key, Presence presence);
    std::optional<std::vector<std::int64_t>> integer_list(const std::string& key, IntRange element_range,
                                                          Presence presence);

    // A problem at the key's value, or at the mapping itself when the key is absent.
    void add(const std::string& key, std::string message, std::string valid = {});
    void add_at(const YAML::Node& node, const std::string& key, std::string message, std::string valid = {});

    const YAML::Node& root() const { return root_; }
    const std::string& file() const { return file_; }
    bool ok() const { return problems_.empty(); }
    // yaml_input::kMaxProblems recorded: further ones are only counted ("... and N more").
    bool full() const { return problems_.size() >= yaml_input::kMaxProblems; }
    std::vector<Problem> take_problems() { return std::move(problems_); }

private:
    YAML::Node value_node(const std::string& key) const;  // undefined when absent
    // The value node when present; nullopt otherwise, recording a problem if required.
    std::optional<YAML::Node> present(const std::string& key, Presence presence, const std::string& valid);
    bool require_scalar(const std::string& key, const YAML::Node& node, const char* expected);

    YAML::Node root_;
    std::string file_;
    std::vector<Problem> problems_;
    std::size_t more_ = 0;
};

std::string range_text(IntRange range);
// "a, b, c" for lists of valid choices.
std::string join_words(const std::vector<std::string>& words);
// Compact number for messages: 2.2e+12, 1234.
std::string number_text(double value);

// Names under which a loader's source spells the checked quantities, for problem keys.
struct ModelKeyNames {
    std::string heads;
    std::string kv_heads;
    std::string layers;
    std::string nope_layers;
};

// Cross-field checks once every field has been read: KV heads dividing heads, NoPE layer
// indices within the layer count, and the total parameter count below model_limits.
void check_model_consistency(const ModelSpec& spec, const ModelKeyNames& keys, FieldReader& reader);

}  // namespace edgecim::model_detail
