// Lowering: the weights and parameters a step touches match the model's own counts, and
// the attention/KV work follows the formulas of docs/model.md#lowering.
#include <QtTest>

#include "edgecim/lowering.hpp"
#include "edgecim/model_zoo.hpp"

using namespace edgecim;

class TstLowering : public QObject {
    Q_OBJECT
private:
    static std::int64_t count(const LoweredStep& s, OpKind k) {
        std::int64_t n = 0;
        for (const LoweredOp& op : s.ops) n += op.kind == k;
        return n;
    }

private slots:
    void weights_match_model_for_every_zoo_model() {
        const PrecisionConfig p;
        for (const std::string& name : zoo_model_names()) {
            const ModelSpec m = load_zoo_model(name);
            for (const LoweredStep& s : {lower_decode_step(m, p, 300, AttentionPlacement::vector_unit),
                                         lower_prefill(m, p, 64, AttentionPlacement::cim)}) {
                QCOMPARE(lowered_linear_weights(s), m.linear_weights_per_token());
                // Lowered parameters = every stored parameter except the untied input embedding.
                const std::int64_t embedding = m.tied_embeddings ? 0 : m.vocab_size * m.hidden_size;
                QCOMPARE(lowered_parameters(s), m.parameter_count() - embedding);
            }
            if (m.official_parameters > 0) {
                const LoweredStep s = lower_decode_step(m, p, 1, AttentionPlacement::vector_unit);
                const double total = static_cast<double>(lowered_parameters(s)) +
                                     (m.tied_embeddings ? 0.0 : static_cast<double>(m.vocab_size * m.hidden_size));
                // +-1%, or half a unit of the last published digit when the official figure
                // is rounded more coarsely than that ("1.7B", "3B").
                double unit = std::pow(10.0, std::floor(std::log10(m.official_parameters)));
                while (unit > 1e6 && std::fmod(m.official_parameters, unit) != 0) unit /= 10;
                const double tolerance = std::max(0.01, 0.5 * unit / m.official_parameters);
                QVERIFY2(std::abs(total / m.official_parameters - 1) <= tolerance, name.c_str());
            }
        }
    }

    void decode_attention_and_kv_follow_context() {
        const ModelSpec m = load_zoo_model("llama-3.2-1b");  // 16 layers, 32 heads, 8 KV heads, hd 64
        const PrecisionConfig p;                             // KV int8: 1 byte per value
        const std::int64_t L = 1000;
        const LoweredStep s = lower_decode_step(m, p, L, AttentionPlacement::vector_unit);
        double kv_read = 0, kv_write = 0;
        std::int64_t vector_macs = 0, softmax = 0;
        for (const LoweredOp& op : s.ops) {
            kv_read += op.kv_read_bytes;
            kv_write += op.kv_write_bytes;
            vector_macs += op.vector_macs;
            if (op.kind == OpKind::softmax) softmax += op.sfu_elements;
        }
        QCOMPARE(kv_write, static_cast<double>(m.kv_bytes_per_token(p.kv_cache)));
        QCOMPARE(kv_read, 16.0 * 2 * (L - 1) * 8 * 64);             // L-1 cached K and V rows per layer
        QCOMPARE(vector_macs, std::int64_t{16} * 2 * 32 * L * 64);  // q.K and p.V
        QCOMPARE(softmax, std::int64_t{16} * 32 * L);
        QCOMPARE(count(s, OpKind::rope), std::int64_t{16});
        QCOMPARE(count(s, OpKind::lm_head), std::int64_t{1});
    }

    void prefill_is_causal_and_reuses_weights() {
        const ModelSpec m = load_zoo_model("qwen2.5-0.5b");  // 24 layers, 14 heads, hd 64, qkv bias
        const std::int64_t P = 100;
        const LoweredStep s = lower_prefill(m, PrecisionConfig{}, P, AttentionPlacement::vector_unit);
        std::int64_t scores = 0;
        for (const LoweredOp& op : s.ops) {
            if (op.kind == OpKind::attention_scores) scores += op.vector_macs;
            if (op.kind == OpKind::qkv_proj) {
                QCOMPARE(op.matrix.vectors, P);
                QCOMPARE(op.bias_params, m.q_dim() + 2 * m.kv_dim());
            }
            if (op.kind == OpKind::lm_head) QCOMPARE(op.matrix.vectors, std::int64_t{1});
        }
        QCOMPARE(scores, std::int64_t{24} * 14 * 64 * P * (P + 1) / 2);
    }

    void nope_layers_skip_rope_and_qk_norm_appears() {
        const ModelSpec smol = load_zoo_model("smollm3-3b");
        const LoweredStep s = lower_decode_step(smol, PrecisionConfig{}, 10, AttentionPlacement::vector_unit);
        QCOMPARE(count(s, OpKind::rope), smol.layers - static_cast<std::int64_t>(smol.nope_layers.size()));
        QVERIFY(!smol.nope_layers.empty());
        const ModelSpec qwen3 = load_zoo_model("qwen3-0.6b");
        const LoweredStep q = lower_decode_step(qwen3, PrecisionConfig{}, 10, AttentionPlacement::vector_unit);
        QCOMPARE(count(q, OpKind::qk_norm), qwen3.layers);
    }

    void attention_in_cim_streams_kv_through_macros() {
        const ModelSpec m = load_zoo_model("qwen3-1.7b");  // 16 heads, 8 KV heads, hd 128
        const LoweredStep s = lower_decode_step(m, PrecisionConfig{}, 257, AttentionPlacement::cim);
        for (const LoweredOp& op : s.ops)
            if (op.kind == OpKind::attention_scores) {
                QVERIFY(op.matrix.from_kv);
                QCOMPARE(op.matrix.count, m.kv_heads);
                QCOMPARE(op.matrix.rows, m.head_dim);
                QCOMPARE(op.matrix.cols, std::int64_t{257});
                QCOMPARE(op.matrix.vectors, std::int64_t{2});  // query heads per KV head
                QCOMPARE(op.vector_macs, std::int64_t{0});
                QCOMPARE(op.kv_read_bytes, 256.0 * 8 * 128);
            }
    }
};

QTEST_GUILESS_MAIN(TstLowering)
#include "tst_lowering.moc"
