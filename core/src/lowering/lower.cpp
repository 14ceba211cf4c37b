// Lowering of a decoder-only transformer to the operations of one prefill or decode step.
#include <algorithm>

#include "lowering/step_shape.hpp"

namespace edgecim {

namespace {

using lowering::StepShape;

constexpr std::size_t kMaxLayerOps = 16;  // ops of one decoder layer (reserve only)

struct Builder {
    const ModelSpec& m;
    const PrecisionConfig& p;
    AttentionPlacement attention;
    std::int64_t tokens;                    // input vectors per weight matrix
    std::int64_t kv_tokens;                 // K/V rows read from DRAM per layer
    std::int64_t scores;                    // (query, key) pairs per head
    std::int64_t keys;                      // keys per query for attention in CIM
    std::vector<LoweredOp>* out = nullptr;  // the piece add() appends to

    double kv_bytes(std::int64_t values) const { return static_cast<double>(values) * bits_of(p.kv_cache) / 8.0; }

    LoweredOp& add(OpKind kind, int layer) {
        out->push_back(LoweredOp{});
        out->back().kind = kind;
        out->back().layer = layer;
        return out->back();
    }

    void matrix(OpKind kind, int layer, std::int64_t rows, std::int64_t cols, std::int64_t vectors, std::int64_t bias) {
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
        const double kv_read = kv_bytes(kv_tokens * kv_dim);   // K (or V) of one layer
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
        // Every add() may reallocate the op list: no reference to an op outlives the next add().
        const std::int64_t cim_macs = m.heads * hd * keys * tokens;
        LoweredOp& s = add(OpKind::attention_scores, layer);
        s.matrix = MatrixWork{hd, keys, m.kv_heads, vectors, bits_of(p.kv_cache), true};
        s.macs = cim_macs;
        s.kv_read_bytes = kv_read;
        sfu(OpKind::softmax, layer, m.heads * scores);
        LoweredOp& v = add(OpKind::attention_values, layer);
        v.matrix = MatrixWork{keys, hd, m.kv_heads, vectors, bits_of(p.kv_cache), true};
        v.macs = cim_macs;
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

    // Layers differ only in RoPE (absent on NoPE layers): one op list per distinct shape.
    StepShape build(Phase phase) {
        StepShape sh;
        sh.phase = phase;
        sh.tokens = tokens;
        sh.context = keys;
        const std::int64_t d = m.hidden_size;
        sh.layer_shapes.reserve(2);  // with RoPE, without
        out = &sh.prologue;
        LoweredOp& emb = add(OpKind::embedding, -1);
        emb.weight_read_bytes = static_cast<double>(d * tokens) * bits_of(p.weights) / 8.0;
        int rope_shape = -1, nope_shape = -1;
        sh.layer_shape.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, m.layers)));
        for (std::int64_t l = 0; l < m.layers; ++l) {
            const int layer = static_cast<int>(l);
            int& shape = m.uses_rope(layer) ? rope_shape : nope_shape;
            if (shape < 0) {
                shape = static_cast<int>(sh.layer_shapes.size());
                out = &sh.layer_shapes.emplace_back();
                out->reserve(kMaxLayerOps);
                layer_ops(layer);
            }
            sh.layer_shape.push_back(shape);
        }
        out = &sh.epilogue;
        out->reserve(3);
        sfu(OpKind::final_norm, -1, d, d);  // only the last position feeds the LM head
        matrix(OpKind::lm_head, -1, d, m.vocab_size, 1, 0);
        sfu(OpKind::argmax, -1, m.vocab_size);
        return sh;
    }
};

}  // namespace

namespace lowering {

StepShape decode_shape(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t context,
                       AttentionPlacement attention) {
    const std::int64_t L = std::max<std::int64_t>(1, context);
    Builder b{model, precision, attention, 1, L - 1, L, L, nullptr};
    return b.build(Phase::decode);
}

StepShape prefill_shape(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t prompt,
                        AttentionPlacement attention) {
    const std::int64_t P = std::max<std::int64_t>(1, prompt);
    // K/V of the prompt are written once and streamed back once per layer for attention.
    Builder b{model, precision, attention, P, P, P * (P + 1) / 2, P, nullptr};
    return b.build(Phase::prefill);
}

LoweredStep expand(const StepShape& shape) {
    LoweredStep step;
    step.phase = shape.phase;
    step.tokens = shape.tokens;
    step.context = shape.context;
    std::size_t n = shape.prologue.size() + shape.epilogue.size();
    for (int s : shape.layer_shape) n += shape.layer_shapes[static_cast<std::size_t>(s)].size();
    step.ops.reserve(n);
    step.ops.insert(step.ops.end(), shape.prologue.begin(), shape.prologue.end());
    for (std::size_t l = 0; l < shape.layer_shape.size(); ++l)
        for (LoweredOp op : shape.layer_shapes[static_cast<std::size_t>(shape.layer_shape[l])]) {
            op.layer = static_cast<int>(l);
            step.ops.push_back(op);
        }
    step.ops.insert(step.ops.end(), shape.epilogue.begin(), shape.epilogue.end());
    return step;
}

}  // namespace lowering

LoweredStep lower_decode_step(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t context,
                              AttentionPlacement attention) {
    return lowering::expand(lowering::decode_shape(model, precision, context, attention));
}

LoweredStep lower_prefill(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t prompt,
                          AttentionPlacement attention) {
    return lowering::expand(lowering::prefill_shape(model, precision, prompt, attention));
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
