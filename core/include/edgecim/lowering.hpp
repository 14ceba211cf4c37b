#pragma once
// A model lowered to the operations of one step: the prefill of P prompt tokens, or one
// decode step at context length L. Pure data; the mapping and the evaluators read it.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/enum_names.hpp"
#include "edgecim/model_spec.hpp"

namespace edgecim {

enum class OpKind : std::uint8_t {
    embedding,
    rmsnorm,
    qkv_proj,
    qk_norm,
    rope,
    kv_append,
    attention_scores,
    softmax,
    attention_values,
    o_proj,
    residual,
    gate_up_proj,
    silu_mul,
    down_proj,
    final_norm,
    lm_head,
    argmax
};
inline constexpr int kOpKindCount = 17;
template <>
struct EnumNames<OpKind> {
    static constexpr std::string_view what = "operation";
    static constexpr std::array<EnumName<OpKind>, 17> table{{
        {OpKind::embedding, "embedding"},
        {OpKind::rmsnorm, "rmsnorm"},
        {OpKind::qkv_proj, "qkv_proj"},
        {OpKind::qk_norm, "qk_norm"},
        {OpKind::rope, "rope"},
        {OpKind::kv_append, "kv_append"},
        {OpKind::attention_scores, "attention_scores"},
        {OpKind::softmax, "softmax"},
        {OpKind::attention_values, "attention_values"},
        {OpKind::o_proj, "o_proj"},
        {OpKind::residual, "residual"},
        {OpKind::gate_up_proj, "gate_up_proj"},
        {OpKind::silu_mul, "silu_mul"},
        {OpKind::down_proj, "down_proj"},
        {OpKind::final_norm, "final_norm"},
        {OpKind::lm_head, "lm_head"},
        {OpKind::argmax, "argmax"},
    }};
};
static_assert(enum_table_is_dense<OpKind>(kOpKindCount));
constexpr std::string_view to_string(OpKind kind) { return enum_name(kind); }

enum class Phase : std::uint8_t { prefill, decode };

// A matrix held stationary in macros while input vectors stream through it.
struct MatrixWork {
    std::int64_t rows = 0;     // K: inputs summed per output (the reduction length)
    std::int64_t cols = 0;     // N: outputs
    std::int64_t count = 0;    // independent matrices (KV heads for attention in CIM); 0 = none
    std::int64_t vectors = 0;  // input vectors per matrix (tokens, times query heads per KV head)
    int element_bits = 0;      // bits per stored weight (or KV value)
    bool from_kv = false;      // the matrix is the KV cache, not model weights
    std::int64_t elements() const { return rows * cols * count; }
};

struct LoweredOp {
    OpKind kind = OpKind::embedding;
    int layer = -1;                 // decoder layer, -1 for embedding / head ops
    MatrixWork matrix;              // count == 0: no matrix on the macros
    std::int64_t bias_params = 0;   // added in the tile accumulator
    std::int64_t norm_params = 0;   // RMSNorm scale vectors
    std::int64_t macs = 0;          // useful multiply-accumulates
    std::int64_t sfu_elements = 0;  // special-function element operations
    std::int64_t vector_macs = 0;   // attention MACs on the vector unit
    double weight_read_bytes = 0;   // DRAM weight bytes outside the macro stream (embedding row)
    double kv_read_bytes = 0;       // DRAM KV-cache reads
    double kv_write_bytes = 0;      // DRAM KV-cache writes (append)
};

struct LoweredStep {
    Phase phase = Phase::decode;
    std::int64_t tokens = 1;   // input tokens processed (P for prefill, 1 for decode)
    std::int64_t context = 0;  // keys attended by the last token (P, or L for decode)
    std::vector<LoweredOp> ops;
};

// One decode step whose new token attends over `context` positions (itself included);
// context - 1 cached tokens are read from DRAM.
LoweredStep lower_decode_step(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t context,
                              AttentionPlacement attention);
// The prefill of `prompt` tokens (causal attention); logits only for the last token.
LoweredStep lower_prefill(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t prompt,
                          AttentionPlacement attention);

// Matrix weights of the model used by a step (KV matrices excluded). Equals
// ModelSpec::linear_weights_per_token().
std::int64_t lowered_linear_weights(const LoweredStep& step);
// Every stored parameter the step touches: matrix weights, biases, norm scales.
// Equals parameter_count() minus the input embedding when it is untied (the input
// embedding is only read one row at a time, accounted as weight_read_bytes).
std::int64_t lowered_parameters(const LoweredStep& step);

}  // namespace edgecim
