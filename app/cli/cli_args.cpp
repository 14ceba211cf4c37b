#include "cli_args.hpp"

#include <algorithm>

namespace edgecim::cli {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

const std::vector<std::string>& ParsedArgs::all(const std::string& name) const {
    static const std::vector<std::string> none;
    const auto it = values.find(name);
    return it == values.end() ? none : it->second;
}

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedArgs parsed;
    bool only_positionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positionals || arg.size() < 2 || arg.rfind("--", 0) != 0) {
            if (arg == "-" || only_positionals || arg.empty() || arg.front() != '-') {
                parsed.positionals.push_back(arg);
                continue;
            }
            throw UsageError("unknown option '" + arg + "' (options start with --)");
        }
        if (arg == "--") {
            only_positionals = true;
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end()) throw UsageError("unknown option '--" + name + "' (see --help)");
        std::string value;
        if (!spec->value_name.empty()) {
            if (inline_value) {
                value = *inline_value;
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                throw UsageError("option --" + name + " needs a value <" + spec->value_name + ">");
            }
        } else if (inline_value) {
            throw UsageError("option --" + name + " takes no value");
        }
        auto& list = parsed.values[name];
        if (!list.empty() && !spec->repeatable) throw UsageError("option --" + name + " given more than once");
        list.push_back(value);
    }
    return parsed;
}

std::string format_options_help(const std::vector<OptionSpec>& specs) {
    std::string out = "Options:\n";
    for (const auto& s : specs) {
        std::string left = "  --" + s.name + (s.value_name.empty() ? "" : " <" + s.value_name + ">");
        if (left.size() < 30)
            left += std::string(30 - left.size(), ' ');
        else
            left += "\n" + std::string(30, ' ');
        out += left + s.help + (s.repeatable ? " (repeatable)" : "") + "\n";
    }
    return out;
}

long long integer_option(const ParsedArgs& args, const std::string& name, long long fallback, long long min,
                         long long max) {
    const auto text = args.get(name);
    if (!text) return fallback;
    try {
        std::size_t used = 0;
        const long long n = std::stoll(*text, &used);
        if (used == text->size() && n >= min && n <= max) return n;
    } catch (const std::exception&) {
    }
    throw UsageError("--" + name + ": '" + *text + "' is not an integer in [" + std::to_string(min) + ", " +
                     std::to_string(max) + "]");
}

}  // namespace edgecim::cli
