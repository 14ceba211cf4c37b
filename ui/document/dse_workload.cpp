#include "document/dse_workload.hpp"

#include <algorithm>

namespace edgecim::ui {

namespace {
bool isGene(const std::string& key, const std::vector<std::string>& gene_keys) {
    return std::find(gene_keys.begin(), gene_keys.end(), key) != gene_keys.end();
}
}  // namespace

const std::vector<std::string>& searchWorkloadKeys() {
    static const std::vector<std::string> keys{"workload.precision.weights",  "workload.precision.activations",
                                               "workload.precision.kv_cache", "workload.prompt_tokens",
                                               "workload.generate_tokens",    "energy_boundary"};
    return keys;
}

ParamValues searchWorkload(const Config& base) {
    ParamValues values;
    for (const std::string& key : searchWorkloadKeys()) values.emplace_back(key, find_param(key)->get(base));
    return values;
}

Config atSearchWorkload(Config config, const ParamValues& workload, const std::vector<std::string>& gene_keys) {
    for (const auto& [key, value] : workload)
        if (const ParamSpec* spec = find_param(key); spec && !isGene(key, gene_keys)) spec->set(config, value);
    return config;
}

std::string workloadDifferences(const Config& config, const ParamValues& workload,
                                const std::vector<std::string>& gene_keys) {
    std::string text;
    for (const auto& [key, value] : workload) {
        const ParamSpec* spec = find_param(key);
        if (!spec || isGene(key, gene_keys) || spec->get(config) == value) continue;
        if (!text.empty()) text += ", ";
        text += key + " = " + format_value(*spec, value);
    }
    return text;
}

}  // namespace edgecim::ui
