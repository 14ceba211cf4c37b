#pragma once
// Numeric formats for weights, activations and the KV cache.
#include <string_view>

#include "edgecim/enum_names.hpp"

namespace edgecim {

enum class Precision { int4, int8, int16, fp16 };

constexpr int bits_of(Precision p) {
    switch (p) {
        case Precision::int4:
            return 4;
        case Precision::int8:
            return 8;
        case Precision::int16:
        case Precision::fp16:
            return 16;
    }
    return 8;
}

template <>
struct EnumNames<Precision> {
    static constexpr std::string_view what = "precision";
    static constexpr std::array<EnumName<Precision>, 4> table{{
        {Precision::int4, "int4"},
        {Precision::int8, "int8"},
        {Precision::int16, "int16"},
        {Precision::fp16, "fp16"},
    }};
};
static_assert(enum_table_is_dense<Precision>(4));

constexpr std::string_view to_string(Precision p) { return enum_name(p); }

}  // namespace edgecim
