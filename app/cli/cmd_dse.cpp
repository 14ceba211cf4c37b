// edgecim-cli dse: NSGA-II multi-objective search over a design space; prints the Pareto set.
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/thread_pool.hpp"
#include "interrupt.hpp"
#include "output_file.hpp"
#include "simulation_setup.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

std::vector<OptionSpec> options() {
    auto specs = config_options();
    for (auto& s : specs)
        if (s.name == "model") {
            s.help = "a model to design for; repeat for several (aggregated by --aggregate)";
            s.repeatable = true;
        }
    specs.push_back({"models", "A,B,...", "several models at once (adds to --model)", false});
    specs.push_back({"space", "FILE", "design-space YAML (default: the built-in space, see --print-default-space)", false});
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
    specs.push_back(out_option());
    specs.push_back({"help", "", "show this help", false});
    return specs;
}

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
            const std::string item = list->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (item.empty()) throw UsageError("--models: empty name in '" + *list + "' (valid: A,B,...)");
            models.push_back(item);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return models;
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Leaf names (tiles, rows) keep the table narrow; a leaf shared by two keys keeps its parent.
std::vector<std::string> short_names(const std::vector<std::string>& keys) {
    std::vector<std::string> names;
    for (const auto& key : keys) {
        const auto leaf = key.substr(key.rfind('.') + 1);
        int uses = 0;
        for (const auto& other : keys) uses += other.substr(other.rfind('.') + 1) == leaf;
        const auto parent = key.rfind('.', key.rfind('.') - 1);
        names.push_back(uses > 1 && parent != std::string::npos ? key.substr(parent + 1) : leaf);
    }
    return names;
}

void write_table(const ParetoFront& front, const DesignSpace& space, std::ostream& out) {
    std::size_t feasible = 0;
    for (const auto& p : front.points) feasible += p.feasible;
    out << "NSGA-II over " << space.size() << " designs (" << space.source << "): " << front.generations_completed
        << " generations" << (front.cancelled ? " (interrupted)" : "") << ", " << front.points.size()
        << " designs evaluated, " << feasible << " feasible; Pareto front of " << front.front.size() << "\n";
    out << "models:";
    for (const auto& m : front.models) out << " " << m;
    out << (front.models.size() > 1 ? (front.aggregate == Aggregate::mean ? " (mean)" : " (worst)") : "")
        << "; objectives:";
    for (Objective o : front.objectives) out << " " << objective_column(o);
    out << "\n\n";
    std::vector<std::vector<std::string>> cells{short_names(front.keys)};
    for (const char* name : {"tokens/s", "tokens/J", "mJ/token", "W", "mm2"}) cells[0].emplace_back(name);
    for (std::size_t index : front.front) {
        const DesignPoint& p = front.points[index];
        std::vector<std::string> line;
        for (std::size_t g = 0; g < p.genes.size(); ++g) line.push_back(space.genes[g].labels[p.genes[g]]);
        const RunMetrics& m = *p.metrics;
        line.insert(line.end(), {fixed(m.decode_tokens_per_s, 1), fixed(m.tokens_per_j, 1),
                                 fixed(m.energy_per_token_j * 1e3, 3), fixed(m.average_power_w, 3), fixed(m.area_mm2, 2)});
        cells.push_back(std::move(line));
    }
    write_columns(out, cells);
    if (front.front.empty()) out << "(no feasible design: relax the budgets or widen the space)\n";
}

}  // namespace

int cmd_dse(const Args& args) {
    const auto specs = options();
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout
            << "Usage: edgecim-cli dse [--model NAME]... [--models A,B] [--space FILE] [options]\n\n"
               "Searches a design space with NSGA-II (non-dominated sorting, crowding distance, binary\n"
               "tournaments, SBX and polynomial mutation on numeric genes, uniform crossover and reset\n"
               "mutation on others; constraint domination: feasible beats infeasible, less violation\n"
               "beats more) and prints the Pareto front: each design's keys, objectives and metrics.\n\n"
               "Each design is the configuration from --config/--set with the genes applied, simulated\n"
               "(analytical evaluator by default) for every model. Objectives, all minimised:\n"
               "  latency  latency_s_per_token = 1 / decode tokens/s\n"
               "  energy   energy_j_per_token at the configuration's energy_boundary\n"
               "  area     area_mm2 (optional)\n"
               "With several models, --aggregate mean averages latency and energy over the models,\n"
               "worst takes the largest; the reported tokens/s and tokens/J are their inverses.\n"
               "Designs that are not valid configurations (e.g. active_tiles >= tiles) or break a\n"
               "budget are infeasible and never on the front.\n\n"
               "Design-space YAML (see --print-default-space):\n"
               "  genes:\n"
               "    hardware.chip.tiles: [8, 16, 32, 64]      # a list of values\n"
               "    hardware.macro.rows: \"64..512:*2\"         # or a range, as in sweep --vary\n"
               "    mapping.active_tiles: [auto, 4, 8]\n\n"
               "The same --seed gives the same output for any --jobs. Ctrl-C stops after the designs in\n"
               "flight, writes the front found so far and exits 1.\n"
               "Exit codes: 0 done, 1 interrupted or runtime failure, 2 bad input.\n\n"
            << format_options_help(specs);
        return kExitOk;
    }
    if (parsed.has("print-default-space")) {
        std::cout << default_design_space_yaml();
        return kExitOk;
    }
    if (!parsed.positionals.empty()) throw UsageError("unexpected argument '" + parsed.positionals.front() + "'");
    const OutputFormat format = parse_format(parsed, true);
    if (parsed.has("all-points") && format != OutputFormat::json) throw UsageError("--all-points needs --format json");

    ExploreOptions explore_options;
    explore_options.population = static_cast<int>(integer_option(parsed, "population", 40, 4, kMaxPopulation));
    explore_options.generations = static_cast<int>(integer_option(parsed, "generations", 30, 0, kMaxGenerations));
    explore_options.seed = static_cast<std::uint64_t>(integer_option(parsed, "seed", 1, 0, 9223372036854775807LL));
    explore_options.jobs = static_cast<int>(integer_option(parsed, "jobs", ThreadPool::default_thread_count(), 1, 1024));
    explore_options.area_budget_mm2 = parse_budget(parsed, "area-budget", "mm2");
    explore_options.power_budget_w = parse_budget(parsed, "power-budget", "W");
    explore_options.sim = parse_sim_options(parsed, Evaluator::analytical);
    const std::string aggregate = parsed.get("aggregate").value_or("mean");
    if (aggregate == "worst") explore_options.aggregate = Aggregate::worst;
    else if (aggregate != "mean") throw UsageError("--aggregate: unknown '" + aggregate + "' (valid: mean, worst)");
    const std::vector<Objective> objectives = parse_objectives(parsed.get("objectives").value_or("latency,energy"));
    check_explore_options(explore_options);

    const DesignSpace space = parsed.has("space") ? load_design_space(*parsed.get("space")) : default_design_space();
    const Config config = build_config(parsed);
    const std::vector<std::string> models = model_list(parsed);

    ExploreCallback progress;
    if (isatty(STDERR_FILENO))
        progress = [](const ExploreProgress& p) {
            std::fprintf(stderr, "\rgeneration %d/%d: %zu designs evaluated, front of %zu   ", p.generation,
                         p.generations, p.evaluated_designs, p.front_size);
            if (p.generation == p.generations) std::fputc('\n', stderr);
            std::fflush(stderr);
        };
    const InterruptScope interrupt;
    const ParetoFront front = explore(config, models, space, objectives, explore_options, progress, interrupt.flag());

    std::ostringstream text;
    if (format == OutputFormat::json)
        write_front_json(front, text, parsed.has("all-points"));
    else if (format == OutputFormat::csv)
        write_front_csv(front, text);
    else
        write_table(front, space, text);
    emit_output(parsed, text.str());
    if (front.cancelled) {
        std::cerr << "\nedgecim-cli dse: interrupted after " << front.generations_completed
                  << " generations; the front found so far is written\n";
        return kExitRuntime;
    }
    return kExitOk;
}

}  // namespace edgecim::cli
