#pragma once
// Safe reading of user YAML/JSON: size, binary and nesting guards before yaml-cpp sees
// the text, positions for every problem, strict scalar parsing (no silent defaults).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "edgecim/problem.hpp"

namespace edgecim::yaml_input {

inline constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;  // presets and configs are a few KB
inline constexpr int kMaxNestingDepth = 32;                      // the deepest schema path is 4

// Reads a file (or takes text) and parses it; throws InputError naming the file and
// position for: missing/unreadable file, empty, oversized, binary (NUL or invalid UTF-8),
// too deeply nested, YAML/JSON syntax errors.
YAML::Node load_file(const std::string& path);
// The file's bytes, refusing missing, unreadable and oversized files (InputError).
std::string read_file(const std::string& path);
YAML::Node load_text(std::string_view text, const std::string& file_label);

// A problem positioned at a node (yaml-cpp marks are 0-based; problems are 1-based).
Problem problem_at(const std::string& file, const YAML::Node& node, std::string key,
                   std::string message, std::string valid = {});

// Strict scalar parsing. nullopt when the text is not exactly a number of that kind.
// parse_real rejects nan/inf spellings (YAML .nan, .inf, nan, inf) by returning nullopt
// and setting *non_finite when given.
std::optional<double> parse_real(std::string_view text, bool* non_finite = nullptr);
// Integers; also accepts integral reals like 1e3 but not 1.5; nullopt on overflow of int64.
std::optional<std::int64_t> parse_int(std::string_view text);
std::optional<bool> parse_bool(std::string_view text);

// Closest candidate by edit distance, for did-you-mean; empty when nothing is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Short description of a node's kind for messages: "a mapping", "a sequence", "null".
std::string describe_kind(const YAML::Node& node);

}  // namespace edgecim::yaml_input
