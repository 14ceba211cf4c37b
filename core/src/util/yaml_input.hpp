#pragma once
// Safe reading of user YAML/JSON: size, binary and nesting guards before yaml-cpp sees
// the text, positions for every problem, strict scalar parsing (no silent defaults).
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/problem.hpp"

namespace edgecim::yaml_input {

inline constexpr std::size_t kMaxFileBytes = std::size_t{4} * 1024 * 1024;  // presets and configs are a few KB
inline constexpr int kMaxNestingDepth = 32;                                 // the deepest schema path is 4
// Keys and list items (counted from the text before parsing); presets, models, configs,
// baselines and design spaces have a few hundred.
inline constexpr std::size_t kMaxEntries = 20000;

// Reads a file (or takes text) and parses it; throws InputError naming the file and
// position for: missing/unreadable file, empty, oversized, binary (NUL or invalid UTF-8),
// too deeply nested, YAML/JSON syntax errors.
YAML::Node load_file(const std::string& path);
// The file's bytes, refusing missing, unreadable and oversized files (InputError).
std::string read_file(const std::string& path);
YAML::Node load_text(std::string_view text, const std::string& file_label);
// The size, binary and nesting guards of load_text alone.
void check_text(std::string_view text, const std::string& file_label);
// load_text for a JSON file (a Hugging Face config.json): strict JSON first.
YAML::Node load_json_text(std::string_view text, const std::string& file_label);

// A problem positioned at a node (yaml-cpp marks are 0-based; problems are 1-based).
Problem problem_at(const std::string& file, const YAML::Node& node, std::string key, std::string message,
                   std::string valid = {});

// Strict scalar parsing. nullopt when the text is not exactly a number of that kind.
// parse_real rejects nan/inf spellings (YAML .nan, .inf, nan, inf) by returning nullopt
// and setting *non_finite when given.
std::optional<double> parse_real(std::string_view text, bool* non_finite = nullptr);
// Integers; also accepts integral reals like 1e3 but not 1.5; nullopt on overflow of int64.
std::optional<std::int64_t> parse_int(std::string_view text);
std::optional<bool> parse_bool(std::string_view text);

// Closest candidate by edit distance, for did-you-mean; empty when nothing is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Short description of a node's kind for messages: "a mapping", "a sequence", "null";
// a long scalar is cut to an excerpt.
std::string describe_kind(const YAML::Node& node);

// At most `max_chars` of user text for a message: longer text is cut and says how much
// was left out, so a 4 MB value never ends up in one message.
std::string excerpt(std::string_view text, std::size_t max_chars = 60);

// A scalar that YAML types as text although it may look like a number: quoted ("64",
// '64') or tagged as a string or any non-core type (!!str 64). Numbers and booleans must
// be plain (or tagged !!int, !!float, !!bool).
bool is_text_typed(const YAML::Node& node);

// Most problems one loader reports per file; further ones are counted, not stored.
inline constexpr std::size_t kMaxProblems = 50;

// Strict JSON (RFC 8259): no comments, no trailing commas, no second value. Throws
// InputError with the position. (Duplicate keys, which Python's json and so transformers
// resolve to the last one and yaml-cpp to the first, are refused by load_text.)
void check_strict_json(std::string_view text, const std::string& file_label);

}  // namespace edgecim::yaml_input
