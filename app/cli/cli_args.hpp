#pragma once
// A small command-line parser: options declared per subcommand with help text, value
// names and repeatability; unknown options and missing values are usage errors (exit 2).
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace edgecim::cli {

struct OptionSpec {
    std::string name;        // without dashes: "format"
    std::string value_name;  // empty for a flag: "table|json|csv"
    std::string help;
    bool repeatable = false;
};

struct ParsedArgs {
    std::map<std::string, std::vector<std::string>> values;  // option -> values ("" for flags)
    std::vector<std::string> positionals;

    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    const std::vector<std::string>& all(const std::string& name) const;
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws UsageError on unknown options, missing values and repeated single options.
ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);
std::string format_options_help(const std::vector<OptionSpec>& specs);
// An integer option in [min, max], or fallback when absent; UsageError otherwise.
long long integer_option(const ParsedArgs& args, const std::string& name, long long fallback, long long min,
                         long long max);

}  // namespace edgecim::cli
