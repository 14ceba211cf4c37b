#pragma once
// Numeric formats for weights, activations and the KV cache.
#include <optional>
#include <string>
#include <string_view>

namespace edgecim {

enum class Precision { int4, int8, int16, fp16 };

constexpr int bits_of(Precision p) {
    switch (p) {
        case Precision::int4:
            return 4;
        case Precision::int8:
            return 8;
        case Precision::int16:
            return 16;
        case Precision::fp16:
            return 16;
    }
    return 8;
}

std::string_view to_string(Precision p);
std::optional<Precision> parse_precision(std::string_view text);

}  // namespace edgecim
