#include "util/yaml_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <system_error>

namespace edgecim::yaml_input {
namespace {

Problem file_problem(const std::string& file, std::string message, int line = 0, int column = 0) {
    Problem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.message = std::move(message);
    return p;
}

// Offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return i;
        if (i + static_cast<std::size_t>(extra) >= s.size()) return i;  // truncated sequence
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return i;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return std::string_view::npos;
}

struct Position {
    int line = 1;
    int column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
    Position pos;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

// Nesting guard that runs before yaml-cpp: flow brackets outside quotes, and block
// depth from indentation and "- " prefixes. Returns the offset where the limit is
// exceeded, or npos. Approximate by design: it only has to be right for sane files
// and safe for hostile ones.
std::size_t too_deep_offset(std::string_view text, std::size_t* entries) {
    *entries = 0;
    int flow_depth = 0;
    char quote = 0;
    std::vector<int> indents;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        std::size_t i = 0;
        while (i < line.size() && line[i] == ' ') ++i;
        const bool blank = i >= line.size() || line[i] == '#' || line[i] == '\r';
        if (!blank && quote == 0) ++*entries;  // a line holds at least one key or item
        if (!blank && flow_depth == 0 && quote == 0) {
            const int indent = static_cast<int>(i);
            while (!indents.empty() && indents.back() >= indent) indents.pop_back();
            indents.push_back(indent);
            int dashes = 0;
            while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
                ++dashes;
                i += 2;
                while (i < line.size() && line[i] == ' ') ++i;
            }
            if (static_cast<int>(indents.size()) + dashes > kMaxNestingDepth) return line_start;
        }
        for (std::size_t k = 0; k < line.size(); ++k) {
            const char c = line[k];
            if (quote != 0) {
                if (quote == '"' && c == '\\')
                    ++k;  // \" inside a double-quoted scalar (a saved name with a quote) does not end it
                else if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '#' && (k == 0 || line[k - 1] == ' ')) break;
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',' && flow_depth > 0) {
                ++*entries;  // one more flow item
            } else if (c == '[' || c == '{') {
                if (++flow_depth > kMaxNestingDepth) return line_start + k;
            } else if ((c == ']' || c == '}') && flow_depth > 0) {
                --flow_depth;
            }
        }
        if (quote == '\'')
            quote = 0;  // single-quoted scalars rarely span lines; do not let one stray quote hide the rest
        line_start = line_end + 1;
    }
    return std::string_view::npos;
}

// The 1-based line where a second YAML document starts, or 0. YAML forbids a document
// marker ("---" or "..." at column 0) inside any scalar, so the lines tell: a "---" after
// content, or content after a "...", starts another document.
int second_document_line(std::string_view text) {
    bool content = false;
    bool ended = false;
    int line_number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        ++line_number;
        start = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto marker = [&line](std::string_view m) {
            return line.substr(0, 3) == m && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
        };
        if (marker("---")) {
            if (content || ended) return line_number;
            content = true;  // "--- value" or the explicit start of the first document
            const auto rest = line.find_first_not_of(" \t", 3);
            if (rest == std::string_view::npos || line[rest] == '#') content = false;
            continue;
        }
        if (marker("...")) {
            ended = content || ended;
            continue;
        }
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') continue;
        if (!content && line[0] == '%') continue;  // a directive before the first document
        if (ended) return line_number;
        content = true;
    }
    return 0;
}

// Every mapping, at any depth: a repeated key is an error in every file format, never
// "the first (or the last) wins".
void find_duplicate_keys(const YAML::Node& node, const std::string& file, const std::string& path,
                         std::vector<Problem>& problems, std::size_t& more) {
    if (node.IsMap()) {
        std::set<std::string> seen;
        for (const auto& entry : node) {
            const std::string name = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
            std::string key = path;
            if (!key.empty()) key += '.';
            key += name;
            if (entry.first.IsScalar() && !seen.insert(name).second) {
                if (problems.size() < kMaxProblems)
                    problems.push_back(problem_at(file, entry.first, excerpt(key, 200), "duplicate key"));
                else
                    ++more;
                continue;
            }
            find_duplicate_keys(entry.second, file, key, problems, more);
        }
    } else if (node.IsSequence()) {
        std::size_t index = 0;
        for (const auto& item : node)
            find_duplicate_keys(item, file, path + "[" + std::to_string(index++) + "]", problems, more);
    }
}

}  // namespace

void check_text(std::string_view text, const std::string& file_label) {
    if (text.size() > kMaxFileBytes)
        throw InputError(file_problem(
            file_label,
            "file is too large (" + std::to_string(text.size()) + " bytes; presets and configs are a few KB)", 0, 0));
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) throw InputError(file_problem(file_label, "file is empty"));
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const Position pos = position_of(text, nul);
        throw InputError(file_problem(file_label, "file is binary (NUL byte), not YAML or JSON", pos.line, pos.column));
    }
    if (const auto bad = invalid_utf8_offset(text); bad != std::string_view::npos) {
        const Position pos = position_of(text, bad);
        throw InputError(file_problem(file_label, "file is not valid UTF-8 text (binary data?)", pos.line, pos.column));
    }
    std::size_t entries = 0;
    if (const auto deep = too_deep_offset(text, &entries); deep != std::string_view::npos) {
        const Position pos = position_of(text, deep);
        throw InputError(file_problem(file_label, "nesting deeper than " + std::to_string(kMaxNestingDepth) + " levels",
                                      pos.line, pos.column));
    }
    // yaml-cpp needs ~2 KB per node: a 4 MB file of a million items would take seconds and
    // gigabytes before the first check. Real files have a few hundred entries.
    if (entries > kMaxEntries)
        throw InputError(file_problem(file_label, "too many entries (about " + std::to_string(entries) +
                                                      " keys and list items; at most " + std::to_string(kMaxEntries) +
                                                      ")"));
}

YAML::Node load_text(std::string_view text, const std::string& file_label) {
    check_text(text, file_label);
    try {
        // YAML::Load reads the first document only: a second one (after '---') would be
        // ignored, so it is refused. (YAML::LoadAll cannot be used: it loops forever on ",".)
        if (const int line = second_document_line(text); line > 0)
            throw InputError(file_problem(file_label,
                                          "more than one YAML document (a second one starts here); a file holds "
                                          "exactly one",
                                          line, 1));
        YAML::Node document = YAML::Load(std::string(text));
        std::vector<Problem> duplicates;
        std::size_t more = 0;
        find_duplicate_keys(document, file_label, "", duplicates, more);
        if (!duplicates.empty()) {
            if (more > 0)
                duplicates.push_back(
                    file_problem(file_label, "... and " + std::to_string(more) + " more duplicate keys"));
            throw InputError(std::move(duplicates));
        }
        return document;
    } catch (const YAML::ParserException& e) {
        throw InputError(file_problem(file_label, "syntax error: " + e.msg, e.mark.line + 1, e.mark.column + 1));
    } catch (const YAML::Exception& e) {
        throw InputError(file_problem(file_label, std::string("cannot parse: ") + e.what()));
    }
}

std::string read_file(const std::string& path) {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever. Only a
    // regular file is read; a FIFO, device or socket is refused before any read.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error_number = errno;
        struct stat info {};
        if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
            throw InputError(file_problem(path, "is a directory, not a file"));
        throw InputError(file_problem(path, std::string("cannot open file: ") + std::strerror(error_number)));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        throw InputError(file_problem(path, std::string("cannot read: ") + std::strerror(errno)));
    if (S_ISDIR(info.st_mode)) throw InputError(file_problem(path, "is a directory, not a file"));
    if (!S_ISREG(info.st_mode))
        throw InputError(file_problem(path, "is not a regular file (a FIFO, device or socket); refusing to read it"));
    if (static_cast<std::uint64_t>(info.st_size) > kMaxFileBytes)
        throw InputError(file_problem(path, "file is too large (" + std::to_string(info.st_size) + " bytes, over " +
                                                std::to_string(kMaxFileBytes) + "; presets and configs are a few KB)"));
    // Read at most one byte past the limit, in case the file grows while it is read.
    std::string text(kMaxFileBytes + 1, '\0');
    std::size_t size = 0;
    while (size < text.size()) {
        const ssize_t got = ::read(fd, text.data() + size, text.size() - size);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            throw InputError(file_problem(path, std::string("read error: ") + std::strerror(errno)));
        }
        if (got == 0) break;
        size += static_cast<std::size_t>(got);
    }
    text.resize(size);
    if (text.size() > kMaxFileBytes)
        throw InputError(file_problem(path, "file is too large (over " + std::to_string(kMaxFileBytes) +
                                                " bytes; presets and configs are a few KB)"));
    return text;
}

YAML::Node load_file(const std::string& path) { return load_text(read_file(path), path); }

Problem problem_at(const std::string& file, const YAML::Node& node, std::string key, std::string message,
                   std::string valid) {
    Problem p;
    p.file = file;
    if (node.IsDefined()) {
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0) {
            p.line = mark.line + 1;
            p.column = mark.column + 1;
        }
    }
    p.key = std::move(key);
    p.message = std::move(message);
    p.valid = std::move(valid);
    return p;
}

std::optional<double> parse_real(std::string_view text, bool* non_finite) {
    if (non_finite) *non_finite = false;
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string_view t = lower;
    if (!t.empty() && t.front() == '+') t.remove_prefix(1);
    const std::string_view bare = (!t.empty() && t.front() == '-') ? t.substr(1) : t;
    if (bare == ".nan" || bare == "nan" || bare == ".inf" || bare == "inf" || bare == "infinity" ||
        bare == ".infinity") {
        if (non_finite) *non_finite = true;
        return std::nullopt;
    }
    if (t.empty() || bare.empty() || !(std::isdigit(static_cast<unsigned char>(bare.front())) || bare.front() == '.'))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec == std::errc::result_out_of_range) {
        if (non_finite) *non_finite = true;
        return std::nullopt;
    }
    if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
    if (!std::isfinite(value)) {
        if (non_finite) *non_finite = true;
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> parse_int(std::string_view text) {
    std::string_view t = text;
    if (!t.empty() && t.front() == '+') t.remove_prefix(1);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec == std::errc() && end == t.data() + t.size()) return value;
    const auto real = parse_real(text);
    if (!real || std::floor(*real) != *real) return std::nullopt;
    if (std::fabs(*real) >= 9.2e18) return std::nullopt;
    return static_cast<std::int64_t>(*real);
}

std::optional<bool> parse_bool(std::string_view text) {
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    return std::nullopt;
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    // Keys are short: a long word is no typo of one, and the distance would cost
    // length x candidates per problem.
    if (word.size() > 64) return {};
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    std::string best;
    std::vector<std::size_t> row;
    for (const auto& cand : candidates) {
        // Levenshtein distance, one row at a time.
        row.resize(cand.size() + 1);
        for (std::size_t j = 0; j <= cand.size(); ++j) row[j] = j;
        for (std::size_t i = 1; i <= word.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= cand.size(); ++j) {
                const std::size_t above = row[j];
                const std::size_t cost = word[i - 1] == cand[j - 1] ? 0 : 1;
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
                diagonal = above;
            }
        }
        if (row[cand.size()] < best_distance) {
            best_distance = row[cand.size()];
            best = cand;
        }
    }
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    return best_distance <= limit ? best : std::string();
}

std::string describe_kind(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Null:
            return "null";
        case YAML::NodeType::Scalar:
            return "'" + excerpt(node.Scalar()) + "'";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Undefined:
            return "nothing";
    }
    return "nothing";
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
    if (text.size() <= max_chars) return std::string(text);
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return std::string(text.substr(0, cut)) + "... (" + std::to_string(text.size() - cut) + " more bytes)";
}

bool is_text_typed(const YAML::Node& node) {
    if (!node.IsScalar()) return false;
    const std::string& tag = node.Tag();
    return !(tag == "?" || tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
             tag == "tag:yaml.org,2002:bool");
}

void check_strict_json(std::string_view text, const std::string& file_label) {
    using json = nlohmann::json;
    // Only the syntax is checked here (comments and trailing commas refused, one value);
    // duplicate keys are then found, with their position, by load_text.
    if (json::accept(text.begin(), text.end(), false)) return;
    std::size_t offset = 0;
    std::string message = "syntax error";
    try {
        const json parsed = json::parse(text.begin(), text.end(), nullptr, true, false);
        (void)parsed;
    } catch (const json::parse_error& e) {
        offset = e.byte > 0 ? e.byte - 1 : 0;
        message = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing ..."
        if (const auto colon = message.find(": ", message.find("parse error")); colon != std::string::npos)
            message = message.substr(colon + 2);
    } catch (const json::exception& e) {
        message = e.what();
    }
    const Position pos = position_of(text, offset);
    throw InputError(file_problem(file_label, "not strict JSON: " + excerpt(message, 200), pos.line, pos.column));
}

YAML::Node load_json_text(std::string_view text, const std::string& file_label) {
    check_text(text, file_label);
    check_strict_json(text, file_label);
    return load_text(text, file_label);
}

}  // namespace edgecim::yaml_input
