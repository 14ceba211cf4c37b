#include "edgecim/model_spec.hpp"

#include <algorithm>
#include <stdexcept>

namespace edgecim {
namespace {

// Checked 64-bit arithmetic: a hand-built spec with absurd sizes must fail loudly, not wrap.
std::int64_t mul(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("model size overflows a 64-bit count");
    return r;
}

std::int64_t add(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw std::overflow_error("model size overflows a 64-bit count");
    return r;
}

}  // namespace

bool ModelSpec::uses_rope(int layer) const {
    return std::find(nope_layers.begin(), nope_layers.end(), layer) == nope_layers.end();
}

std::int64_t ModelSpec::attention_parameters_per_layer() const {
    const std::int64_t q = mul(heads, head_dim);
    const std::int64_t kv = mul(kv_heads, head_dim);
    // q_proj h->q, k_proj and v_proj h->kv, o_proj q->h.
    std::int64_t n = add(add(mul(hidden_size, q), mul(2, mul(hidden_size, kv))), mul(q, hidden_size));
    if (qkv_bias) n = add(n, add(q, mul(2, kv)));
    if (o_bias) n = add(n, hidden_size);
    return n;
}

std::int64_t ModelSpec::mlp_parameters_per_layer() const {
    // SwiGLU: gate and up h->I, down I->h.
    std::int64_t n = mul(3, mul(hidden_size, intermediate_size));
    if (mlp_bias) n = add(n, add(mul(2, intermediate_size), hidden_size));
    return n;
}

std::int64_t ModelSpec::norm_parameters_per_layer() const {
    // input_layernorm and post_attention_layernorm; Qwen3 adds q_norm and k_norm over head_dim.
    std::int64_t n = mul(2, hidden_size);
    if (qk_norm) n = add(n, mul(2, head_dim));
    return n;
}

std::int64_t ModelSpec::parameters_per_layer() const {
    return add(add(attention_parameters_per_layer(), mlp_parameters_per_layer()), norm_parameters_per_layer());
}

std::int64_t ModelSpec::non_embedding_parameter_count() const {
    std::int64_t n = add(mul(layers, parameters_per_layer()), hidden_size);  // + final norm
    if (!tied_embeddings) n = add(n, mul(vocab_size, hidden_size));          // separate lm_head
    return n;
}

std::int64_t ModelSpec::parameter_count() const {
    return add(mul(vocab_size, hidden_size), non_embedding_parameter_count());
}

std::int64_t ModelSpec::linear_weights_per_token() const {
    const std::int64_t q = mul(heads, head_dim);
    const std::int64_t kv = mul(kv_heads, head_dim);
    const std::int64_t attention = add(mul(2, mul(hidden_size, q)), mul(2, mul(hidden_size, kv)));
    const std::int64_t mlp = mul(3, mul(hidden_size, intermediate_size));
    // The LM head is a full h x V matmul per token whether or not it shares the embedding.
    return add(mul(layers, add(attention, mlp)), mul(vocab_size, hidden_size));
}

double ModelSpec::weight_bytes_per_token(Precision weights) const {
    return static_cast<double>(linear_weights_per_token()) * bits_of(weights) / 8.0;
}

std::int64_t ModelSpec::kv_bytes_per_token(Precision kv) const {
    // K and V for every layer: the value count is even, so even int4 fills whole bytes.
    const std::int64_t values = mul(2, mul(layers, mul(kv_heads, head_dim)));
    return mul(values, bits_of(kv)) / 8;
}

}  // namespace edgecim
