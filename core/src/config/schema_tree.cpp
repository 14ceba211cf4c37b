#include "config/schema_tree.hpp"

#include <algorithm>

#include "edgecim/param_table.hpp"

namespace edgecim::schema_tree {

const std::map<std::string, std::vector<std::string>>& children() {
    static const auto tree = [] {
        std::map<std::string, std::vector<std::string>> t;
        t[""];
        for (const auto& spec : param_table()) {
            std::string prefix;
            std::size_t start = 0;
            while (true) {
                const auto dot = spec.key.find('.', start);
                const std::string name = spec.key.substr(start, dot == std::string::npos ? dot : dot - start);
                auto& names = t[prefix];
                if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
                if (dot == std::string::npos) break;
                prefix = spec.key.substr(0, dot);
                start = dot + 1;
            }
        }
        return t;
    }();
    return tree;
}

bool is_mapping(const std::string& prefix) { return children().count(prefix) > 0; }

std::vector<std::string> keys_ending_with(const std::string& name) {
    std::vector<std::string> keys;
    for (const auto& spec : param_table())
        if (spec.leaf_name() == name) keys.push_back(spec.key);
    return keys;
}

}  // namespace edgecim::schema_tree
