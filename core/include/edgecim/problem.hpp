#pragma once
// A problem found in user input, and the exception that carries a list of them.
// Every loader collects all problems it can find instead of stopping at the first.
#include <stdexcept>
#include <string>
#include <vector>

namespace edgecim {

struct Problem {
    std::string file;     // path as given by the user, or "<command line>", or empty
    int line = 0;         // 1-based; 0 = unknown
    int column = 0;       // 1-based; 0 = unknown
    std::string key;      // dotted key path, e.g. hardware.macro.rows; may be empty
    std::string message;  // what is wrong
    std::string valid;    // the valid range or choices; may be empty

    // FILE:LINE:COL: key.path: what is wrong (valid: range)
    std::string to_string() const;
};

class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Problem> problems);
    explicit InputError(Problem problem);
    const std::vector<Problem>& problems() const noexcept { return problems_; }

private:
    std::vector<Problem> problems_;
};

std::string join_problems(const std::vector<Problem>& problems);

}  // namespace edgecim
