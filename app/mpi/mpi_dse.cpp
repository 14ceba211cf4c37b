// edgecim-mpi dse: edgecim-cli's NSGA-II search with each generation's new designs
// evaluated across the ranks. All choices are made on rank 0 from the seed, and a design
// evaluates to the same point on any rank, so the front does not depend on the number of
// ranks: it is the front of edgecim-cli dse with the same options.
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "common_options.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/thread_pool.hpp"
#include "farm_command.hpp"
#include "mpi_command.hpp"
#include "mpi_islands.hpp"
#include "run_control.hpp"
#include "search_setup.hpp"
#include "task_farm.hpp"

namespace edgecim::mpi {
namespace {

using cli::ParsedArgs;
using cli::UsageError;

std::vector<cli::OptionSpec> options() {
    auto specs = mpi_options(cli::dse_option_specs(), "output format (default csv)");
    for (auto& s : fault_options()) specs.push_back(s);
    specs.push_back({"islands", "K",
                     "island model: K populations of --population evolving apart (1..1024; not edgecim-cli's front)",
                     false});
    specs.push_back({"migration-interval", "G", "with --islands: generations between migrations (default 5)", false});
    return specs;
}

const char* kHelp =
    "Usage: mpirun -np N edgecim-mpi dse [options of edgecim-cli dse] [--out FILE] [--checkpoint FILE]\n"
    "                 [--resume FILE]\n\n"
    "edgecim-cli dse on N MPI ranks: rank 0 runs the NSGA-II search and each generation's new\n"
    "designs are evaluated across all ranks (rank 0 included). With the same --seed the output is\n"
    "identical to 'edgecim-cli dse --format csv|json', whatever N.\n"
    "With --checkpoint FILE the search state is saved atomically every --checkpoint-interval\n"
    "seconds (at the end of a generation) and on SIGINT/SIGTERM; --resume FILE continues it\n"
    "with the same result as an uninterrupted run (designs of the generation in progress are\n"
    "evaluated again). Interrupted, it writes the front found so far and exits 1. The checkpoint\n"
    "is removed when the search completes.\n"
    "--islands K --migration-interval G trades that determinism for scale: K populations evolve\n"
    "on the ranks without a master and pass their best designs to the next island every G\n"
    "generations; the merged front depends on K and G (not on N) and is not edgecim-cli's.\n"
    "Input files (--config, --space, model files) must be readable by every rank.\n"
    "Exit codes: 0 done, 1 interrupted or runtime failure, 2 bad input (on every rank).\n\n";

struct Setup {
    ParsedArgs parsed;
    bool help = false;
    bool json = false;
    std::optional<cli::DseSetup> dse;
    int jobs = 1;
    double interval = 5;
    std::optional<std::string> out, checkpoint;
    std::string fingerprint;
    std::optional<ExploreState> resume;  // rank 0
    IslandOptions islands;               // islands == 0: one population, evaluated across the ranks
};

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Setup parse(const Args& args, int rank) {
    Setup s;
    s.help = parse_or_help(args, options(), kHelp, rank, s.parsed);
    if (s.help) return s;
    const ParsedArgs& p = s.parsed;
    if (p.has("print-default-space")) {
        if (rank == 0) std::cout << default_design_space_yaml();
        s.help = true;
        return s;
    }
    if (!p.positionals.empty()) throw UsageError("unexpected argument '" + p.positionals.front() + "'");
    const std::string format = p.get("format").value_or("csv");
    if (format != "csv" && format != "json")
        throw UsageError("--format: unknown format '" + format + "' (valid: csv, json)");
    s.json = format == "json";
    if (p.has("all-points") && !s.json) throw UsageError("--all-points needs --format json");
    s.dse = cli::parse_dse_setup(p, 1);
    s.jobs = s.dse->options.jobs;
    s.dse->options.jobs = 1;  // the search's own pool stays idle: evaluate_batch does the work
    s.interval = checkpoint_interval(p);
    s.out = p.get("out");
    s.checkpoint = p.get("checkpoint");
    const auto resume = p.get("resume");
    if (!s.checkpoint) s.checkpoint = resume;
    s.islands.islands = static_cast<int>(cli::integer_option(p, "islands", 0, 1, 1024));
    s.islands.migration_interval =
        static_cast<int>(cli::integer_option(p, "migration-interval", 5, 1, kMaxGenerations));
    s.islands.jobs = s.jobs;
    if (p.has("migration-interval") && !p.has("islands")) throw UsageError("--migration-interval needs --islands");
    if (s.islands.islands > 0 && s.checkpoint)
        throw UsageError("--islands cannot be combined with --checkpoint/--resume (not supported yet)");
    std::vector<std::string> inputs{save_config_text(s.dse->config)};
    if (const auto space = p.get("space")) inputs.push_back(read_text(*space));
    s.fingerprint = fingerprint(
        "dse", p, {"checkpoint", "resume", "checkpoint-interval", "jobs", "help", "out", "format", "all-points"},
        inputs);
    // Resolves the models: an unknown one is bad input, reported here.
    (void)DesignEvaluator(s.dse->config, s.dse->models, s.dse->space, s.dse->objectives, s.dse->options);
    if (rank != 0 || !resume) return s;

    const Checkpoint c = read_resume_checkpoint(*resume, "dse", s.fingerprint,
                                                "the same options, --config and --space as the interrupted run");
    s.resume = parse_explore_state(c.payload, s.dse->space, *resume);
    if (s.resume->generation > s.dse->options.generations ||
        s.resume->population.size() != static_cast<std::size_t>(s.dse->options.population))
        throw InputError(Problem{*resume, 0, 0, "state", "the saved search does not fit --population/--generations",
                                 "a checkpoint of this search"});
    return s;
}

// A task: designs as (count, then per design its gene indices); a result: "O" + the
// serialized points, or "X" when cancelled.
std::string encode_designs(const std::vector<std::vector<std::size_t>>& designs, std::size_t first, std::size_t count) {
    std::string bytes;
    const auto put = [&](std::uint64_t v) { bytes.append(reinterpret_cast<const char*>(&v), sizeof v); };
    put(count);
    for (std::size_t i = first; i < first + count; ++i) {
        put(designs[i].size());
        for (std::size_t g : designs[i]) put(g);
    }
    return bytes;
}

class DesignTask {
public:
    explicit DesignTask(const Setup& s)
        : space_(s.dse->space),
          evaluator_(s.dse->config, s.dse->models, s.dse->space, s.dse->objectives, s.dse->options),
          pool_(s.jobs) {}

    std::string operator()(const std::string& task, const std::atomic<bool>* cancel) {
        std::size_t pos = 0;
        const auto get = [&]() {
            std::uint64_t v = 0;
            if (task.size() - pos < sizeof v) throw std::runtime_error("malformed design task");
            std::memcpy(&v, task.data() + pos, sizeof v);
            pos += sizeof v;
            return v;
        };
        std::vector<std::vector<std::size_t>> designs(get());
        for (auto& d : designs) {
            d.resize(get());
            if (d.size() != space_.genes.size()) throw std::runtime_error("malformed design task");
            for (std::size_t g = 0; g < d.size(); ++g) {
                d[g] = get();
                if (d[g] >= space_.genes[g].values.size()) throw std::runtime_error("malformed design task");
            }
        }
        std::vector<DesignPoint> points(designs.size());
        pool_.parallel_for(
            points.size(), [&](std::size_t i) { points[i] = evaluator_.evaluate(designs[i]); }, cancel);
        if (cancel && cancel->load()) return kCancelledResult;
        return ok_result(serialize_design_points(points));
    }

private:
    const DesignSpace& space_;
    DesignEvaluator evaluator_;
    ThreadPool pool_;
};

void write_front(const Setup& s, const ParetoFront& front) {
    std::ostringstream text;
    if (s.json)
        write_front_json(front, text, s.parsed.has("all-points"));
    else
        write_front_csv(front, text);
    if (s.out) {
        write_file_atomically(*s.out, text.str());
        return;
    }
    std::cout << text.str() << std::flush;
    if (!std::cout) throw std::runtime_error("cannot write to stdout");
}

int run_master(Setup& s, MPI_Comm comm, const StopSignals& signals) {
    DesignTask task(s);
    Farm farm(
        comm, [&](const std::string& t, const std::atomic<bool>* c) { return task(t, c); }, signals.flag());
    ExploreOptions& options = s.dse->options;
    const std::size_t per_task = static_cast<std::size_t>(s.jobs);
    options.evaluate_batch = [&](const std::vector<std::vector<std::size_t>>& designs,
                                 std::vector<DesignPoint>& points) {
        points.assign(designs.size(), DesignPoint{});
        std::size_t next = 0;
        std::string failure;
        farm.run(
            [&]() -> std::optional<Task> {
                if (signals.raised() || !failure.empty() || next >= designs.size()) return std::nullopt;
                const std::size_t count = std::min(per_task, designs.size() - next);
                Task t{next, encode_designs(designs, next, count)};
                next += count;
                return t;
            },
            deliver_results(signals, failure,
                            [&](std::uint64_t first, std::string& payload) {
                                auto evaluated = parse_design_points(payload, s.dse->space, "a message from a rank");
                                for (std::size_t i = 0; i < evaluated.size(); ++i)
                                    points.at(first + i) = std::move(evaluated[i]);
                            }),
            [] {});
        if (!failure.empty()) throw std::runtime_error(failure);
    };
    std::string latest_state;
    CheckpointTimer timer(s.interval);
    const auto save = [&] {
        if (!s.checkpoint || latest_state.empty()) return;
        Checkpoint c;
        c.fields = {{"command", "dse"}, {"fingerprint", s.fingerprint}};
        c.payload = latest_state;
        write_checkpoint(*s.checkpoint, c);
    };
    options.on_generation = [&](const ExploreState& state) {
        if (!s.checkpoint) return;
        latest_state = serialize_explore_state(state);
        inject_faults(static_cast<std::uint64_t>(state.generation) + 1);
        if (timer.due()) {
            save();
            timer.reset();
        }
    };
    if (s.resume) options.resume = &*s.resume;

    ParetoFront front;
    try {
        front = explore(s.dse->config, s.dse->models, s.dse->space, s.dse->objectives, options, {}, signals.flag());
        if (front.cancelled) save();
        write_front(s, front);
    } catch (const std::exception& e) {
        // Ranks may still be busy with designs nobody will collect: end the whole job.
        report_runtime_error("dse", e);
        MPI_Abort(comm, 1);
    }
    if (front.cancelled) {
        farm.stop_workers(1);
        std::cerr << "edgecim-mpi dse: interrupted after " << front.generations_completed
                  << " generations; the front found so far is written";
        if (s.checkpoint) std::cerr << "; continue with --resume " << *s.checkpoint;
        std::cerr << "\n";
        return 1;
    }
    if (s.checkpoint) std::remove(s.checkpoint->c_str());
    farm.stop_workers(0);
    return 0;
}

// --islands K: every rank evolves its own population (no master); rank 0 writes the front.
std::optional<int> run_islands_if_asked(Setup& s, MPI_Comm comm, const StopSignals& signals) {
    if (s.islands.islands == 0) return std::nullopt;
    int rank = 0;
    MPI_Comm_rank(comm, &rank);
    ParetoFront front;
    try {
        front = run_islands(*s.dse, s.islands, comm, signals.flag());
        if (rank == 0) write_front(s, front);
    } catch (const std::exception& e) {
        report_runtime_error("dse", e);
        MPI_Abort(comm, 1);
    }
    if (rank == 0 && front.cancelled)
        std::cerr << "edgecim-mpi dse: interrupted after " << front.generations_completed
                  << " generations; the front found so far is written\n";
    return max_over_ranks(comm, front.cancelled ? 1 : 0);
}

}  // namespace

int mpi_dse(const Args& args, MPI_Comm comm) {
    return run_farm_command<Setup>(comm, {.name = "dse",
                                          .parse = [&args](int rank) { return parse(args, rank); },
                                          .worker = [](const Setup& s) -> TaskFunction {
                                              auto task = std::make_shared<DesignTask>(s);
                                              return [task](const std::string& t, const std::atomic<bool>* c) {
                                                  return (*task)(t, c);
                                              };
                                          },
                                          .master = run_master,
                                          .all_ranks = run_islands_if_asked});
}

}  // namespace edgecim::mpi
