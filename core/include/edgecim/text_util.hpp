#pragma once
// Small text helpers shared by messages and writers.
#include <string>
#include <string_view>
#include <vector>

namespace edgecim {

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace edgecim
