#include "edgecim/csv.hpp"

#include <cctype>

namespace edgecim {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool csv_is_number(std::string_view t) {
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (t.substr(i) == "inf" || t.substr(i) == "nan") return true;  // as printed for non-finite values
    std::size_t digits = 0;
    while (i < t.size() && digit(t[i])) ++i, ++digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && digit(t[i])) ++i, ++digits;
    }
    if (digits == 0) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        std::size_t exponent = 0;
        while (i < t.size() && digit(t[i])) ++i, ++exponent;
        if (exponent == 0) return false;
    }
    return i == t.size();
}

std::string csv_cell(std::string_view text) {
    std::string cell;
    cell.reserve(text.size() + 3);
    static constexpr std::string_view kFormulaStart = "=+-@\t\r";
    if (!text.empty() && kFormulaStart.find(text.front()) != std::string_view::npos && !csv_is_number(text))
        cell += '\'';
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string csv_record(const std::vector<std::string>& cells) {
    std::string record;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) record += ',';
        record += csv_cell(cells[i]);
    }
    return record + "\r\n";
}

}  // namespace edgecim
