#include "edgecim/problem.hpp"

namespace edgecim {

std::string Problem::to_string() const {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    if (!key.empty()) out += key + ": ";
    out += message;
    if (!valid.empty()) out += " (valid: " + valid + ")";
    return out;
}

std::string join_problems(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty()) out += '\n';
        out += p.to_string();
    }
    return out;
}

InputError::InputError(std::vector<Problem> problems)
    : std::runtime_error(join_problems(problems)), problems_(std::move(problems)) {}

InputError::InputError(Problem problem) : InputError(std::vector<Problem>{std::move(problem)}) {}

}  // namespace edgecim
