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
#include "search_setup.hpp"
#include "simulation_setup.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

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
        line.insert(line.end(),
                    {fixed(m.decode_tokens_per_s, 1), fixed(m.tokens_per_j, 1), fixed(m.energy_per_token_j * 1e3, 3),
                     fixed(m.average_power_w, 3), fixed(m.area_mm2, 2)});
        cells.push_back(std::move(line));
    }
    write_columns(out, cells);
    if (front.front.empty()) out << "(no feasible design: relax the budgets or widen the space)\n";
}

}  // namespace

int cmd_dse(const Args& args) {
    auto specs = dse_option_specs();
    specs.insert(specs.end() - 1, out_option());  // before --help; edgecim-mpi adds its own --out
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli dse [--model NAME]... [--models A,B] [--space FILE] [options]\n\n"
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

    const DseSetup setup = parse_dse_setup(parsed, ThreadPool::default_thread_count());
    const ExploreOptions& explore_options = setup.options;
    const std::vector<Objective>& objectives = setup.objectives;
    const DesignSpace& space = setup.space;
    const Config& config = setup.config;
    const std::vector<std::string>& models = setup.models;

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
