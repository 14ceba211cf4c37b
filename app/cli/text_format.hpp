#pragma once
// Number and column formatting shared by the CLI's tables.
#include <algorithm>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "edgecim/text_util.hpp"

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

// Rows of cells as left-aligned columns two spaces apart; the last column is free width
// (error texts) and no line ends in spaces. Control characters are shown escaped.
inline void write_columns(std::ostream& out, std::vector<std::vector<std::string>> rows) {
    for (auto& row : rows)
        for (auto& cell : row) cell = terminal_safe(cell);  // names may hold ESC, BEL, CR
    std::vector<std::size_t> width;
    for (const auto& row : rows)
        for (std::size_t c = 0; c + 1 < row.size(); ++c) {
            if (width.size() <= c) width.resize(c + 1, 0);
            width[c] = std::max(width[c], row[c].size());
        }
    for (const auto& row : rows) {
        std::string text;
        for (std::size_t c = 0; c < row.size(); ++c)
            text += c + 1 < row.size() ? pad_right(row[c], width[c] + 2) : row[c];
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    }
}

}  // namespace edgecim::cli
