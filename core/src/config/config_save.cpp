// Config -> preset YAML: every key in schema order, each preceded by its description,
// unit, valid range and source, so a saved preset documents itself.
#include <cctype>
#include <cstdio>

#include "edgecim/atomic_file.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim {
namespace {

// Plain (unquoted) only when no YAML reader could take the text for anything but this
// string: letters, digits and . _ - / only, starting with a letter, '/' or '_' (or '.'
// for a relative path, but not '.5' or '.inf'), and none of the words YAML 1.1 or 1.2
// read as null or a boolean, in any case (NULL and Yes are not strings to yaml-cpp).
bool plain_safe(const std::string& s) {
    if (s.empty()) return false;
    std::string lower;
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char* reserved[] = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"};
    for (const char* r : reserved)
        if (lower == r) return false;
    const char first = s.front();
    if (!(std::isalpha(static_cast<unsigned char>(first)) || first == '/' || first == '.' || first == '_'))
        return false;
    if (first == '.' && s.size() > 1 && s[1] != '.' && s[1] != '/') return false;  // .5, .inf, .nan
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '/'))
            return false;
    return true;
}

// A YAML double-quoted scalar. Escaped: the quote and backslash, and every byte YAML does
// not allow raw (C0 controls and DEL); UTF-8 text passes as is, so names in any script
// stay readable. Newlines become \n, so the value stays on its line after its comment.
std::string yaml_string(const std::string& s) {
    if (plain_safe(s)) return s;
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", u);
            out += hex;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string yaml_value(const ParamSpec& spec, const ParamValue& value) {
    if (spec.type == ParamType::text_list) {
        const auto& items = std::get<std::vector<std::string>>(value);
        std::string out = "[";
        std::vector<std::string> quoted;
        quoted.reserve(items.size());
        for (const auto& item : items) quoted.push_back(yaml_string(item));
        out += join(quoted, ", ");
        return out + "]";
    }
    if (spec.type == ParamType::text) return yaml_string(std::get<std::string>(value));
    return format_value(spec, value);
}

std::vector<std::string> split(const std::string& key) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto dot = key.find('.', start);
        parts.push_back(key.substr(start, dot == std::string::npos ? dot : dot - start));
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

}  // namespace

std::string save_config_text(const Config& config) {
    std::string out =
        "# EdgeCIM Studio preset. Each key is preceded by what it means, its valid range and the\n"
        "# source of its default. Keys left out take the built-in EdgeCIM 65 nm defaults.\n";
    std::vector<std::string> open;  // mapping path currently open
    for (const auto& spec : param_table()) {
        const auto parts = split(spec.key);
        std::size_t common = 0;
        while (common < open.size() && common + 1 < parts.size() && open[common] == parts[common]) ++common;
        open.resize(common);
        for (std::size_t level = common; level + 1 < parts.size(); ++level) {
            if (level == 0) out += "\n";
            out += std::string(2 * level, ' ') + parts[level] + ":\n";
            open.push_back(parts[level]);
        }
        const std::string indent(2 * (parts.size() - 1), ' ');
        out += indent + "# " + spec.description + ". Valid: " + spec.valid_range() + ".\n";
        out += indent + "# Source: " + spec.source + "\n";
        out += indent + parts.back() + ": " + yaml_value(spec, spec.get(config)) + "\n";
    }
    return out;
}

void save_config(const Config& config, const std::string& path) {
    write_file_atomically(path, save_config_text(config));
}

}  // namespace edgecim
