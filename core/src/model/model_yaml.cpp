// Our model YAML (presets/models/*.yaml). Every size key is required, so a model file
// never depends on a default this program picked; only metadata and the rare bias
// flags are optional.
#include "model/model_yaml.hpp"

#include <algorithm>

#include "edgecim/model_zoo.hpp"
#include "model/model_fields.hpp"
#include "util/yaml_input.hpp"

namespace edgecim::model_detail {
namespace {

constexpr std::int64_t kSchemaVersion = 1;

const std::vector<std::string>& model_yaml_keys() {
    static const std::vector<std::string> keys = {"schema_version",
                                                  "name",
                                                  "display_name",
                                                  "hf_repo",
                                                  "architecture",
                                                  "hidden_size",
                                                  "layers",
                                                  "heads",
                                                  "kv_heads",
                                                  "head_dim",
                                                  "intermediate_size",
                                                  "vocab_size",
                                                  "max_context",
                                                  "tied_embeddings",
                                                  "qkv_bias",
                                                  "o_bias",
                                                  "mlp_bias",
                                                  "qk_norm",
                                                  "nope_layers",
                                                  "official_parameters"};
    return keys;
}

void check_unknown_keys(const YAML::Node& root, FieldReader& reader) {
    const auto& keys = model_yaml_keys();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string key = it->first.IsScalar() ? it->first.Scalar() : yaml_input::describe_kind(it->first);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        if (reader.full()) {  // counted only: no did-you-mean search for the millionth key
            reader.add_at(it->first, key, "unknown key");
            continue;
        }
        const std::string hint = yaml_input::closest_match(key, keys);
        reader.add_at(it->first, key, "unknown key" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"),
                      join_words(keys));
    }
}

}  // namespace

ModelSpec model_from_yaml_node(const YAML::Node& root, const std::string& file) {
    if (!root.IsMap()) {
        throw InputError(yaml_input::problem_at(
            file, root, "", "expected a mapping of model keys, got " + yaml_input::describe_kind(root),
            join_words(model_yaml_keys())));
    }
    namespace lim = model_limits;
    constexpr auto req = Presence::required;
    constexpr auto opt = Presence::optional;
    FieldReader r(root, file);
    check_unknown_keys(root, r);

    r.integer("schema_version", {kSchemaVersion, kSchemaVersion}, req);

    ModelSpec m;
    m.source_file = file;
    m.name = r.text("name", req).value_or("");
    m.display_name = r.text("display_name", opt).value_or(m.name);
    m.hf_repo = r.text("hf_repo", opt).value_or("");
    if (const auto arch = r.text("architecture", req)) {
        const auto& types = supported_model_types();
        if (std::find(types.begin(), types.end(), *arch) == types.end()) {
            const std::string hint = yaml_input::closest_match(*arch, types);
            r.add("architecture",
                  "unsupported architecture '" + *arch + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"),
                  join_words(types));
        }
        m.architecture = *arch;
    }
    m.hidden_size = r.integer("hidden_size", {1, lim::kMaxHiddenSize}, req).value_or(0);
    m.layers = r.integer("layers", {1, lim::kMaxLayers}, req).value_or(0);
    m.heads = r.integer("heads", {1, lim::kMaxHeads}, req).value_or(0);
    m.kv_heads = r.integer("kv_heads", {1, lim::kMaxHeads}, req).value_or(0);
    m.head_dim = r.integer("head_dim", {1, lim::kMaxHeadDim}, req).value_or(0);
    m.intermediate_size = r.integer("intermediate_size", {1, lim::kMaxIntermediateSize}, req).value_or(0);
    m.vocab_size = r.integer("vocab_size", {1, lim::kMaxVocabSize}, req).value_or(0);
    m.max_context = r.integer("max_context", {1, lim::kMaxContext}, req).value_or(0);
    m.tied_embeddings = r.boolean("tied_embeddings", req).value_or(false);
    m.qkv_bias = r.boolean("qkv_bias", req).value_or(false);
    m.o_bias = r.boolean("o_bias", opt).value_or(false);
    m.mlp_bias = r.boolean("mlp_bias", opt).value_or(false);
    m.qk_norm = r.boolean("qk_norm", req).value_or(false);
    if (const auto nope = r.integer_list("nope_layers", {0, lim::kMaxLayers - 1}, opt))
        for (const std::int64_t layer : *nope) m.nope_layers.push_back(static_cast<int>(layer));
    std::sort(m.nope_layers.begin(), m.nope_layers.end());
    m.official_parameters = r.real("official_parameters", 0, static_cast<double>(lim::kMaxParameters), opt).value_or(0);

    check_model_consistency(m, {"heads", "kv_heads", "layers", "nope_layers"}, r);
    if (!r.ok()) throw InputError(r.take_problems());
    return m;
}

}  // namespace edgecim::model_detail
