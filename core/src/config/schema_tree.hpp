#pragma once
// The nesting of preset keys, derived from the flat parameter table: which dotted
// prefixes are mappings and which names may appear under each.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace edgecim::schema_tree {

// Child names allowed directly under a mapping prefix ("" = top level).
const std::map<std::string, std::vector<std::string>>& children();
bool is_mapping(const std::string& prefix);
// Full keys whose last component equals name (for "did you mean hardware.chip.tiles?").
std::vector<std::string> keys_ending_with(const std::string& name);

}  // namespace edgecim::schema_tree
