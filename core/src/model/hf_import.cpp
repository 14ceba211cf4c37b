// Hugging Face config.json import. A key that is absent takes the value transformers
// would give it only when that default is a rule (KV heads = heads, head_dim =
// hidden/heads, the family's tying and bias conventions). Where transformers would
// substitute a number tied to one released size (e.g. Qwen2's 32 KV heads) the key is
// reported missing instead; an explicit null still means what None means there
// (KV heads = heads). Sizes that define the model are always required.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "edgecim/model_zoo.hpp"
#include "model/model_fields.hpp"
#include "model/model_yaml.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

enum class AttentionBias {
    from_key,    // HF attention_bias (default false) puts a bias on q, k, v and o (LlamaAttention)
    qkv_always,  // Qwen2: q, k, v always biased, o never; attention_bias is not read
    none,        // Mistral, Phi-3: projections never biased
};

// Per-family behaviour of transformers' configuration and modeling classes
// (configuration_<type>.py / modeling_<type>.py).
struct HfFamily {
    std::string_view model_type;
    std::int64_t kv_heads_class_default;  // 0: absent means = num_attention_heads
    std::int64_t head_dim_class_default;  // 0: absent means hidden_size / num_attention_heads
    bool tie_default;                     // tie_word_embeddings when absent
    AttentionBias bias;
    bool reads_mlp_bias;  // MLP built with bias=config.mlp_bias
    bool qk_norm;         // q_norm / k_norm over head_dim
    bool nope_rule;       // no_rope_layers / no_rope_layer_interval
};

constexpr std::array<HfFamily, 6> kFamilies = {{
    {"llama", 0, 0, false, AttentionBias::from_key, true, false, false},
    {"mistral", 8, 0, false, AttentionBias::none, false, false, false},
    {"phi3", 0, 0, false, AttentionBias::none, false, false, false},
    {"qwen2", 32, 0, false, AttentionBias::qkv_always, false, false, false},
    {"qwen3", 32, 128, false, AttentionBias::from_key, false, true, false},
    {"smollm3", 4, 0, true, AttentionBias::from_key, true, false, true},
}};

const HfFamily* find_family(std::string_view model_type) {
    for (const auto& f : kFamilies)
        if (f.model_type == model_type) return &f;
    return nullptr;
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// _name_or_path when the config names its repo; else the directory holding config.json
// (the usual layout of a downloaded model), else the file stem.
void set_names(const YAML::Node& root, const std::string& file, ModelSpec& m) {
    const YAML::Node origin = root["_name_or_path"];  // a zombie node when absent: test IsDefined first
    std::string label;
    if (origin.IsDefined() && origin.IsScalar() && !origin.Scalar().empty()) {
        const std::string& text = origin.Scalar();
        const bool repo_like =
            std::count(text.begin(), text.end(), '/') == 1 && text.front() != '/' && text.front() != '.';
        if (repo_like) m.hf_repo = text;
        label = std::filesystem::path(text).filename().string();
    }
    if (label.empty()) {
        const std::filesystem::path path(file);
        label = path.stem().string();
        if (label == "config" && path.has_parent_path() && !path.parent_path().filename().empty())
            label = path.parent_path().filename().string();
    }
    m.display_name = label;
    m.name = lowercase(label);
}

void read_nope_layers(model_detail::FieldReader& r, ModelSpec& m) {
    using model_detail::Presence;
    if (r.has("no_rope_layers")) {
        // One flag per layer: 1 = RoPE, 0 = NoPE (SmolLM3Config docstring); exactly one per
        // layer, as transformers builds it: a longer list names layers that do not exist.
        const auto flags = r.integer_list("no_rope_layers", {0, 1}, Presence::optional);
        if (!flags || m.layers == 0) return;
        if (static_cast<std::int64_t>(flags->size()) != m.layers) {
            r.add("no_rope_layers",
                  std::to_string(flags->size()) + " flags for " + std::to_string(m.layers) + " layers",
                  "one 0/1 flag per layer: exactly num_hidden_layers (" + std::to_string(m.layers) + ") entries");
            return;
        }
        for (std::int64_t i = 0; i < m.layers; ++i)
            if ((*flags)[static_cast<std::size_t>(i)] == 0) m.nope_layers.push_back(static_cast<int>(i));
        return;
    }
    // transformers: layer i uses RoPE iff (i + 1) % interval != 0; interval defaults to 4.
    const auto interval =
        r.integer("no_rope_layer_interval", {1, model_limits::kMaxLayers}, Presence::optional).value_or(4);
    for (std::int64_t i = 0; i < m.layers; ++i)
        if ((i + 1) % interval == 0) m.nope_layers.push_back(static_cast<int>(i));
}

void read_head_dim(model_detail::FieldReader& r, const HfFamily* family, ModelSpec& m) {
    using model_detail::Presence;
    if (r.has("head_dim")) {
        m.head_dim = r.integer("head_dim", {1, model_limits::kMaxHeadDim}, Presence::required).value_or(0);
        return;
    }
    if (family && family->head_dim_class_default != 0) {
        r.add("head_dim",
              "missing: transformers would use the " + std::string(family->model_type) + " class default of " +
                  std::to_string(family->head_dim_class_default) +
                  ", not hidden_size / num_attention_heads; state head_dim explicitly",
              "1 to " + std::to_string(model_limits::kMaxHeadDim));
        return;
    }
    if (m.hidden_size == 0 || m.heads == 0) return;  // already reported
    if (m.hidden_size % m.heads != 0) {
        r.add("num_attention_heads",
              std::to_string(m.heads) + " does not divide hidden_size (" + std::to_string(m.hidden_size) +
                  ") and head_dim is not given",
              "a divisor of hidden_size, or an explicit head_dim");
        return;
    }
    m.head_dim = m.hidden_size / m.heads;
}

void read_kv_heads(model_detail::FieldReader& r, const HfFamily* family, ModelSpec& m) {
    using model_detail::Presence;
    const model_detail::IntRange range{1, model_limits::kMaxHeads};
    if (r.has("num_key_value_heads")) {
        m.kv_heads = r.integer("num_key_value_heads", range, Presence::required).value_or(0);
    } else if (family && family->kv_heads_class_default != 0 && !r.is_null("num_key_value_heads")) {
        r.add("num_key_value_heads",
              "missing: transformers would use the " + std::string(family->model_type) + " class default of " +
                  std::to_string(family->kv_heads_class_default) + "; state num_key_value_heads explicitly",
              model_detail::range_text(range) + ", dividing num_attention_heads");
    } else {
        m.kv_heads = m.heads;  // HF, every family: None -> num_attention_heads (multi-head attention)
    }
}

void read_biases(model_detail::FieldReader& r, const HfFamily& family, ModelSpec& m) {
    using model_detail::Presence;
    switch (family.bias) {
        case AttentionBias::from_key: {
            const bool bias = r.boolean("attention_bias", Presence::optional).value_or(false);
            m.qkv_bias = bias;
            m.o_bias = bias;
            break;
        }
        case AttentionBias::qkv_always:
            m.qkv_bias = true;
            break;
        case AttentionBias::none:
            break;
    }
    if (family.reads_mlp_bias) m.mlp_bias = r.boolean("mlp_bias", Presence::optional).value_or(false);
}

}  // namespace

const std::vector<std::string>& supported_model_types() {
    static const std::vector<std::string> types = [] {
        std::vector<std::string> out;
        out.reserve(std::size(kFamilies));
        for (const auto& f : kFamilies) out.emplace_back(f.model_type);
        std::sort(out.begin(), out.end());
        return out;
    }();
    return types;
}

namespace model_detail {

bool looks_like_hf_config(const YAML::Node& root) {
    return root.IsMap() && (root["model_type"].IsDefined() || root["num_hidden_layers"].IsDefined());
}

ModelSpec model_from_hf_node(const YAML::Node& root, const std::string& file) {
    if (!root.IsMap()) {
        throw InputError(yaml_input::problem_at(
            file, root, "", "expected a JSON object (HF config.json), got " + yaml_input::describe_kind(root)));
    }
    namespace lim = model_limits;
    constexpr auto req = Presence::required;
    FieldReader r(root, file);
    ModelSpec m;
    m.source_file = file;
    set_names(root, file, m);

    const HfFamily* family = nullptr;
    if (const auto type = r.text("model_type", req)) {
        family = find_family(*type);
        if (!family) {
            const std::string hint = yaml_input::closest_match(*type, supported_model_types());
            r.add("model_type",
                  "unsupported model_type '" + *type + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"),
                  model_detail::join_words(supported_model_types()));
        }
        m.architecture = *type;
    }
    m.hidden_size = r.integer("hidden_size", {1, lim::kMaxHiddenSize}, req).value_or(0);
    m.layers = r.integer("num_hidden_layers", {1, lim::kMaxLayers}, req).value_or(0);
    m.heads = r.integer("num_attention_heads", {1, lim::kMaxHeads}, req).value_or(0);
    read_kv_heads(r, family, m);
    read_head_dim(r, family, m);
    m.intermediate_size = r.integer("intermediate_size", {1, lim::kMaxIntermediateSize}, req).value_or(0);
    m.vocab_size = r.integer("vocab_size", {1, lim::kMaxVocabSize}, req).value_or(0);
    m.max_context = r.integer("max_position_embeddings", {1, lim::kMaxContext}, req).value_or(0);
    if (family) {
        m.tied_embeddings = r.boolean("tie_word_embeddings", Presence::optional).value_or(family->tie_default);
        read_biases(r, *family, m);
        m.qk_norm = family->qk_norm;
        if (family->nope_rule) read_nope_layers(r, m);
    }

    check_model_consistency(m, {"num_attention_heads", "num_key_value_heads", "num_hidden_layers", "no_rope_layers"},
                            r);
    if (!r.ok()) throw InputError(r.take_problems());
    return m;
}

}  // namespace model_detail
}  // namespace edgecim
