// Objectives, option bounds and dominance: the small vocabulary of the DSE API.
#include <cmath>

#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {
namespace {

constexpr const char* kObjectivesForm = "latency,energy or latency,energy,area (each at most once)";

}  // namespace

std::string_view objective_column(Objective o) {
    switch (o) {
        case Objective::latency:
            return "latency_s_per_token";
        case Objective::energy:
            return "energy_j_per_token";
        case Objective::area:
            return "area_mm2";
    }
    return "?";
}

std::vector<Objective> parse_objectives(std::string_view text) {
    std::vector<Objective> out;
    std::size_t start = 0;
    for (;;) {
        const auto comma = text.find(',', start);
        const std::string_view item =
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        const std::optional<Objective> found = find_enum<Objective>(item);
        if (!found)
            throw InputError(Problem{"--objectives", 0, 0, "", unknown_enum_message<Objective>(item), kObjectivesForm});
        const Objective o = *found;
        for (Objective seen : out)
            if (seen == o)
                throw InputError(Problem{"--objectives", 0, 0, "", "objective '" + std::string(item) + "' given twice",
                                         kObjectivesForm});
        out.push_back(o);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (out.size() < 2)
        throw InputError(Problem{"--objectives", 0, 0, "", "a multi-objective search needs at least two objectives",
                                 kObjectivesForm});
    return out;
}

void check_explore_options(const ExploreOptions& o) {
    std::vector<Problem> problems;
    const auto bad = [&](const char* option, std::string message, std::string valid) {
        problems.push_back(Problem{option, 0, 0, "", std::move(message), std::move(valid)});
    };
    if (o.population < 4 || o.population > kMaxPopulation)
        bad("--population", std::to_string(o.population) + " is out of range",
            "[4, " + std::to_string(kMaxPopulation) + "]");
    if (o.generations < 0 || o.generations > kMaxGenerations)
        bad("--generations", std::to_string(o.generations) + " is out of range",
            "[0, " + std::to_string(kMaxGenerations) + "]");
    if (static_cast<std::int64_t>(o.population) * o.generations > kMaxPopulationTimesGenerations)
        bad("--population",
            "population x generations = " + std::to_string(static_cast<std::int64_t>(o.population) * o.generations) +
                " is too large",
            "population x generations <= " + std::to_string(kMaxPopulationTimesGenerations));
    if (o.area_budget_mm2 && !(std::isfinite(*o.area_budget_mm2) && *o.area_budget_mm2 > 0))
        bad("--area-budget", "must be a positive number of mm2", "> 0 mm2");
    if (o.power_budget_w && !(std::isfinite(*o.power_budget_w) && *o.power_budget_w > 0))
        bad("--power-budget", "must be a positive number of W", "> 0 W");
    if (!(o.crossover_probability >= 0 && o.crossover_probability <= 1))
        bad("crossover_probability", "must be a probability", "[0, 1]");
    if (!(o.mutation_probability <= 1) || std::isnan(o.mutation_probability))
        bad("mutation_probability", "must be a probability, or negative for 1/genes", "[0, 1] or < 0");
    if (o.jobs > 1024) bad("--jobs", std::to_string(o.jobs) + " threads is too many", "[1, 1024]");
    if (!problems.empty()) throw InputError(std::move(problems));
}

bool dominates(const std::vector<double>& a, const std::vector<double>& b) {
    bool better = false;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] > b[i]) return false;
        if (a[i] < b[i]) better = true;
    }
    return better;
}

}  // namespace edgecim
