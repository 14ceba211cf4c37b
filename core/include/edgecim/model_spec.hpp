#pragma once
// Transformer hyper-parameters of a decoder-only SLM, and the sizes derived from them.
#include <cstdint>
#include <string>
#include <vector>

#include "edgecim/precision.hpp"

namespace edgecim {

// Sanity limits applied when a model is loaded: far above any SLM (the zoo tops out at
// 4B parameters, hidden 3072, 36 layers, vocab 152k) but low enough that every size
// derived from them fits comfortably in 64-bit integers.
namespace model_limits {
inline constexpr std::int64_t kMaxHiddenSize = 65536;
inline constexpr std::int64_t kMaxLayers = 1024;
inline constexpr std::int64_t kMaxHeads = 1024;  // query heads and KV heads
inline constexpr std::int64_t kMaxHeadDim = 4096;
inline constexpr std::int64_t kMaxIntermediateSize = 1048576;
inline constexpr std::int64_t kMaxVocabSize = 10000000;
inline constexpr std::int64_t kMaxContext = 100000000;        // tokens
inline constexpr std::int64_t kMaxParameters = 100000000000;  // 100e9
}  // namespace model_limits

struct ModelSpec {
    std::string name;          // zoo name (llama-3.2-1b) or file stem for imported models
    std::string display_name;  // Llama-3.2-1B
    std::string architecture;  // HF model_type: llama, qwen2, qwen3, phi3, smollm3, mistral
    std::string hf_repo;       // e.g. meta-llama/Llama-3.2-1B; may be empty
    std::string source_file;   // where it was loaded from (for messages)

    std::int64_t hidden_size = 0;
    std::int64_t layers = 0;
    std::int64_t heads = 0;
    std::int64_t kv_heads = 0;
    std::int64_t head_dim = 0;  // explicit, or hidden_size / heads
    std::int64_t intermediate_size = 0;
    std::int64_t vocab_size = 0;
    std::int64_t max_context = 0;  // max_position_embeddings
    bool tied_embeddings = false;
    bool qkv_bias = false;           // q, k, v projections carry a bias (Qwen2.5)
    bool o_bias = false;             // o projection carries a bias (HF attention_bias=true in llama/qwen3/smollm3)
    bool mlp_bias = false;           // gate, up and down carry biases (HF mlp_bias=true in llama/smollm3)
    bool qk_norm = false;            // per-head RMSNorm on q and k (Qwen3)
    std::vector<int> nope_layers;    // 0-based layers without RoPE (SmolLM3: 3, 7, ...)
    double official_parameters = 0;  // published count; 0 when unknown

    std::int64_t q_dim() const { return heads * head_dim; }
    std::int64_t kv_dim() const { return kv_heads * head_dim; }
    bool uses_rope(int layer) const;

    // Parameters of one decoder layer (attention incl. bias, MLP, norms incl. QK-norm),
    // and its three parts.
    std::int64_t parameters_per_layer() const;
    std::int64_t attention_parameters_per_layer() const;  // q, k, v, o weights + biases
    std::int64_t mlp_parameters_per_layer() const;        // gate, up, down (+ biases)
    std::int64_t norm_parameters_per_layer() const;       // 2 RMSNorms (+ q/k norm)
    // All stored parameters (embedding, layers, final norm, untied LM head).
    // The size functions throw std::overflow_error if a hand-built spec overflows 64 bits;
    // loaded specs are limited by model_limits and never do.
    std::int64_t parameter_count() const;
    // parameter_count() minus the input embedding (the figure Qwen publishes as "non-embedding").
    std::int64_t non_embedding_parameter_count() const;
    // Matrix weights multiplied per decoded token: projections, MLP and the LM head
    // (the embedding matrix when tied). Excludes biases and norms.
    std::int64_t linear_weights_per_token() const;
    // Bytes of matrix weights streamed per decoded token at the given weight precision.
    double weight_bytes_per_token(Precision weights) const;
    // KV-cache bytes appended per token (all layers, K and V).
    std::int64_t kv_bytes_per_token(Precision kv) const;

    bool operator==(const ModelSpec&) const = default;
};

}  // namespace edgecim
