#include "edgecim/problem.hpp"

#include "util/yaml_input.hpp"

namespace edgecim {

std::string Problem::to_string() const {
    // Each part bounded: a problem about a 4 MB value is still one readable line.
    const auto cut = [](const std::string& text, std::size_t max) { return yaml_input::excerpt(text, max); };
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    if (!key.empty()) out += cut(key, 200) + ": ";
    out += cut(message, 500);
    if (!valid.empty()) out += " (valid: " + cut(valid, 2000) + ")";
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
