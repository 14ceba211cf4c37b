#include "search_setup.hpp"

#include <cmath>
#include <optional>

#include "common_options.hpp"
#include "simulation_setup.hpp"

namespace edgecim::cli {
namespace {

std::optional<double> parse_budget(const ParsedArgs& args, const std::string& name, const char* unit) {
    const auto text = args.get(name);
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        const double v = std::stod(*text, &used);
        if (used == text->size() && std::isfinite(v) && v > 0) return v;
    } catch (const std::exception&) {
    }
    throw UsageError("--" + name + ": '" + *text + "' is not a positive number of " + unit);
}

std::vector<std::string> model_list(const ParsedArgs& args) {
    std::vector<std::string> models = args.all("model");
    if (const auto list = args.get("models")) {
        std::size_t start = 0;
        for (;;) {
            const auto comma = list->find(',', start);
            const std::string item =
                list->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (item.empty()) throw UsageError("--models: empty name in '" + *list + "' (valid: A,B,...)");
            models.push_back(item);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return models;
}

}  // namespace

std::vector<OptionSpec> sweep_option_specs() {
    auto specs = config_options();
    specs.push_back(
        {"vary", "KEY=VALUES", "a swept key: KEY=V1,V2,... or KEY=START..STOP:*FACTOR or KEY=START..STOP:+STEP", true});
    specs.push_back({"jobs", "N", "threads (default: all cores)", false});
    specs.push_back({"evaluator", "event|analytical", "evaluator per point (default analytical)", false});
    specs.push_back({"help", "", "show this help", false});
    return specs;
}

std::vector<OptionSpec> dse_option_specs() {
    auto specs = config_options();
    for (auto& s : specs)
        if (s.name == "model") {
            s.help = "a model to design for; repeat for several (aggregated by --aggregate)";
            s.repeatable = true;
        }
    specs.push_back({"models", "A,B,...", "several models at once (adds to --model)", false});
    specs.push_back(
        {"space", "FILE", "design-space YAML (default: the built-in space, see --print-default-space)", false});
    specs.push_back({"print-default-space", "", "print the default design space as YAML and exit", false});
    specs.push_back({"objectives", "LIST", "latency,energy (default) or latency,energy,area", false});
    specs.push_back({"area-budget", "MM2", "constraint: chip area <= MM2", false});
    specs.push_back({"power-budget", "W", "constraint: average decode power <= W for every model", false});
    specs.push_back({"aggregate", "mean|worst", "combine models by the mean (default) or the worst value", false});
    specs.push_back({"seed", "N", "random seed (default 1); same seed, same output for any --jobs", false});
    specs.push_back({"population", "N", "designs per generation (default 40, 4..10000)", false});
    specs.push_back({"generations", "N", "generations after the initial one (default 30, 0..10000)", false});
    specs.push_back({"jobs", "N", "threads (default: all cores)", false});
    specs.push_back({"evaluator", "event|analytical", "evaluator per design (default analytical)", false});
    specs.push_back({"all-points", "", "JSON only: also list every evaluated design (\"points\")", false});
    specs.push_back({"help", "", "show this help", false});
    return specs;
}

DseSetup parse_dse_setup(const ParsedArgs& parsed, int default_jobs) {
    DseSetup setup;
    ExploreOptions& explore_options = setup.options;
    explore_options.population = static_cast<int>(integer_option(parsed, "population", 40, 4, kMaxPopulation));
    explore_options.generations = static_cast<int>(integer_option(parsed, "generations", 30, 0, kMaxGenerations));
    explore_options.seed = static_cast<std::uint64_t>(integer_option(parsed, "seed", 1, 0, 9223372036854775807LL));
    explore_options.jobs = static_cast<int>(integer_option(parsed, "jobs", default_jobs, 1, 1024));
    explore_options.area_budget_mm2 = parse_budget(parsed, "area-budget", "mm2");
    explore_options.power_budget_w = parse_budget(parsed, "power-budget", "W");
    explore_options.sim = parse_sim_options(parsed, Evaluator::analytical);
    const std::string aggregate = parsed.get("aggregate").value_or("mean");
    if (const auto found = find_enum<Aggregate>(aggregate))
        explore_options.aggregate = *found;
    else
        throw UsageError("--aggregate: " + unknown_enum_message<Aggregate>(aggregate) +
                         " (valid: " + enum_name_list<Aggregate>() + ")");
    setup.objectives = parse_objectives(parsed.get("objectives").value_or("latency,energy"));
    check_explore_options(explore_options);

    setup.space = parsed.has("space") ? load_design_space(*parsed.get("space")) : default_design_space();
    setup.config = build_config(parsed);
    setup.models = model_list(parsed);
    return setup;
}

}  // namespace edgecim::cli
