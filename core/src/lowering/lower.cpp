// Lowering of a decoder-only transformer to the operations of one prefill or decode step.
#include <algorithm>

#include "edgecim/lowering.hpp"

namespace edgecim {

std::string_view to_string(OpKind kind) {
    switch (kind) {
        case OpKind::embedding: return "embedding";
        case OpKind::rmsnorm: return "rmsnorm";
        case OpKind::qkv_proj: return "qkv_proj";
        case OpKind::qk_norm: return "qk_norm";
        case OpKind::rope: return "rope";
        case OpKind::kv_append: return "kv_append";
        case OpKind::attention_scores: return "attention_scores";
        case OpKind::softmax: return "softmax";
        case OpKind::attention_values: return "attention_values";
        case OpKind::o_proj: return "o_proj";
        case OpKind::residual: return "residual";
        case OpKind::gate_up_proj: return "gate_up_proj";
        case OpKind::silu_mul: return "silu_mul";
        case OpKind::down_proj: return "down_proj";
        case OpKind::final_norm: return "final_norm";
        case OpKind::lm_head: return "lm_head";
        case OpKind::argmax: return "argmax";
    }
    return "unknown";
}

namespace {

struct Builder {
    const ModelSpec& m;
    const PrecisionConfig& p;
    AttentionPlacement attention;
    std::int64_t tokens;         // input vectors per weight matrix
    std::int64_t kv_tokens;      // K/V rows read from DRAM per layer
    std::int64_t scores;         // (query, key) pairs per head
    std::int64_t keys;           // keys per query for attention in CIM
    LoweredStep step;

    double kv_bytes(std::int64_t values) const {
        return static_cast<double>(values) * bits_of(p.kv_cache) / 8.0;
    }

    LoweredOp& add(OpKind kind, int layer) {
        step.ops.push_back(LoweredOp{});
        step.ops.back().kind = kind;
        step.ops.back().layer = layer;
        return step.ops.back();
    }

    void matrix(OpKind kind, int layer, std::int64_t rows, std::int64_t cols, std::int64_t vectors,
                std::int64_t bias) {
        LoweredOp& op = add(kind, layer);
        op.matrix = MatrixWork{rows, cols, 1, vectors, bits_of(p.weights), false};
        op.bias_params = bias;
        op.macs = rows * cols * vectors;
        op.sfu_elements = 0;
    }

    void sfu(OpKind kind, int layer, std::int64_t elements, std::int64_t norm_params = 0) {
        LoweredOp& op = add(kind, layer);
        op.sfu_elements = elements;
        op.norm_params = norm_params;
    }

    void attention_ops(int layer) {
        const std::int64_t hd = m.head_dim;
        const std::int64_t kv_dim = m.kv_dim();
        const std::int64_t pair_macs = m.heads * hd * scores;  // q.K, and again p.V
        const double kv_read = kv_bytes(kv_tokens * kv_dim);    // K (or V) of one layer
        if (attention == AttentionPlacement::vector_unit) {
            LoweredOp& s = add(OpKind::attention_scores, layer);
            s.vector_macs = pair_macs;
            s.macs = pair_macs;
            s.kv_read_bytes = kv_read;
            sfu(OpKind::softmax, layer, m.heads * scores);
            LoweredOp& v = add(OpKind::attention_values, layer);
            v.vector_macs = pair_macs;
            v.macs = pair_macs;
            v.kv_read_bytes = kv_read;
            return;
        }
        // In CIM: K^T (hd x keys) and V (keys x hd) of each KV head are written into macros
        // and every query head of the group streams through them (all keys, masked).
        const std::int64_t group = (m.heads + m.kv_heads - 1) / std::max<std::int64_t>(1, m.kv_heads);
        const std::int64_t vectors = group * tokens;
        LoweredOp& s = add(OpKind::attention_scores, layer);
        s.matrix = MatrixWork{hd, keys, m.kv_heads, vectors, bits_of(p.kv_cache), true};
        s.macs = m.heads * hd * keys * tokens;
        s.kv_read_bytes = kv_read;
        sfu(OpKind::softmax, layer, m.heads * scores);
        LoweredOp& v = add(OpKind::attention_values, layer);
        v.matrix = MatrixWork{keys, hd, m.kv_heads, vectors, bits_of(p.kv_cache), true};
        v.macs = s.macs;
        v.kv_read_bytes = kv_read;
    }

    void layer_ops(int layer) {
        const std::int64_t d = m.hidden_size;
        const std::int64_t q = m.q_dim();
        const std::int64_t kv = m.kv_dim();
        const std::int64_t ff = m.intermediate_size;
        sfu(OpKind::rmsnorm, layer, d * tokens, d);
        matrix(OpKind::qkv_proj, layer, d, q + 2 * kv, tokens, m.qkv_bias ? q + 2 * kv : 0);
        if (m.qk_norm) sfu(OpKind::qk_norm, layer, (q + kv) * tokens, 2 * m.head_dim);
        if (m.uses_rope(layer)) sfu(OpKind::rope, layer, (q + kv) * tokens);
        LoweredOp& append = add(OpKind::kv_append, layer);
        append.kv_write_bytes = kv_bytes(2 * kv * tokens);
        attention_ops(layer);
        matrix(OpKind::o_proj, layer, q, d, tokens, m.o_bias ? d : 0);
        sfu(OpKind::residual, layer, d * tokens);
        sfu(OpKind::rmsnorm, layer, d * tokens, d);
        matrix(OpKind::gate_up_proj, layer, d, 2 * ff, tokens, m.mlp_bias ? 2 * ff : 0);
        sfu(OpKind::silu_mul, layer, ff * tokens);
        matrix(OpKind::down_proj, layer, ff, d, tokens, m.mlp_bias ? d : 0);
        sfu(OpKind::residual, layer, d * tokens);
    }

    void build() {
        const std::int64_t d = m.hidden_size;
        LoweredOp& emb = add(OpKind::embedding, -1);
        emb.weight_read_bytes = static_cast<double>(d * tokens) * bits_of(p.weights) / 8.0;
        for (std::int64_t l = 0; l < m.layers; ++l) layer_ops(static_cast<int>(l));
        sfu(OpKind::final_norm, -1, d, d);  // only the last position feeds the LM head
        matrix(OpKind::lm_head, -1, d, m.vocab_size, 1, 0);
        sfu(OpKind::argmax, -1, m.vocab_size);
    }
};

}  // namespace

LoweredStep lower_decode_step(const ModelSpec& model, const PrecisionConfig& precision,
                              std::int64_t context, AttentionPlacement attention) {
    const std::int64_t L = std::max<std::int64_t>(1, context);
    Builder b{model, precision, attention, 1, L - 1, L, L, {}};
    b.step.phase = Phase::decode;
    b.step.tokens = 1;
    b.step.context = L;
    b.build();
    return std::move(b.step);
}

LoweredStep lower_prefill(const ModelSpec& model, const PrecisionConfig& precision,
                          std::int64_t prompt, AttentionPlacement attention) {
    const std::int64_t P = std::max<std::int64_t>(1, prompt);
    // K/V of the prompt are written once and streamed back once per layer for attention.
    Builder b{model, precision, attention, P, P, P * (P + 1) / 2, P, {}};
    b.step.phase = Phase::prefill;
    b.step.tokens = P;
    b.step.context = P;
    b.build();
    return std::move(b.step);
}

std::int64_t lowered_linear_weights(const LoweredStep& step) {
    std::int64_t n = 0;
    for (const LoweredOp& op : step.ops)
        if (op.matrix.count > 0 && !op.matrix.from_kv) n += op.matrix.elements();
    return n;
}

std::int64_t lowered_parameters(const LoweredStep& step) {
    std::int64_t n = lowered_linear_weights(step);
    for (const LoweredOp& op : step.ops) n += op.bias_params + op.norm_params;
    return n;
}

}  // namespace edgecim
