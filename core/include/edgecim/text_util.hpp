#pragma once
// Small text helpers shared by messages and writers.
#include <string>
#include <string_view>
#include <vector>

namespace edgecim {

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// value with exactly `decimals` digits after the point ("%.*f"): for messages.
std::string format_fixed(double value, int decimals);

std::string join(const std::vector<std::string>& items, std::string_view separator);

// For terminals: control characters (C0, DEL and the UTF-8 encoded C1 range, e.g. ESC,
// BEL, CR in a model name) as visible \xNN escapes, so a name cannot move the cursor,
// recolour or rewrite the terminal. Other UTF-8 text is unchanged.
std::string terminal_safe(std::string_view text);

}  // namespace edgecim
