#pragma once
// A lowered step as its distinct pieces. Every decoder layer has the same ops apart from
// RoPE (absent on NoPE layers), so a step is the embedding, at most two layer shapes and
// the head; the engine works on this form instead of thousands of repeated ops.
// expand() gives the flat LoweredStep of lowering.hpp, op for op.
#include <cstdint>
#include <vector>

#include "edgecim/lowering.hpp"

namespace edgecim::lowering {

struct StepShape {
    Phase phase = Phase::decode;
    std::int64_t tokens = 1;
    std::int64_t context = 0;
    std::vector<LoweredOp> prologue;                   // embedding
    std::vector<std::vector<LoweredOp>> layer_shapes;  // ops of each distinct decoder layer
    std::vector<int> layer_shape;                      // per decoder layer: its index in layer_shapes
    std::vector<LoweredOp> epilogue;                   // final norm, LM head, argmax
};

StepShape decode_shape(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t context,
                       AttentionPlacement attention);
StepShape prefill_shape(const ModelSpec& model, const PrecisionConfig& precision, std::int64_t prompt,
                        AttentionPlacement attention);

// The ops in program order, each layer's ops carrying its layer index.
LoweredStep expand(const StepShape& shape);

}  // namespace edgecim::lowering
