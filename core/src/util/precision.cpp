#include "edgecim/precision.hpp"

namespace edgecim {

std::string_view to_string(Precision p) {
    switch (p) {
        case Precision::int4:
            return "int4";
        case Precision::int8:
            return "int8";
        case Precision::int16:
            return "int16";
        case Precision::fp16:
            return "fp16";
    }
    return "int8";
}

std::optional<Precision> parse_precision(std::string_view text) {
    for (Precision p : {Precision::int4, Precision::int8, Precision::int16, Precision::fp16})
        if (text == to_string(p)) return p;
    return std::nullopt;
}

}  // namespace edgecim
