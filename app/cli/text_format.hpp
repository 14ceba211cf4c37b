#pragma once
// Number and column formatting shared by the CLI's tables.
#include <cstdio>
#include <string>

namespace edgecim::cli {

inline std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// Left-aligned in a column of `width` characters.
inline std::string pad_right(std::string text, std::size_t width) {
    if (text.size() < width) text.resize(width, ' ');
    return text;
}

// Right-aligned in a column of `width` characters.
inline std::string pad_left(std::string text, std::size_t width) {
    if (text.size() < width) text.insert(0, width - text.size(), ' ');
    return text;
}

}  // namespace edgecim::cli
