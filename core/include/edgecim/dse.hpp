#pragma once
// Genetic multi-objective design-space exploration (NSGA-II: fast non-dominated sorting,
// crowding distance, binary tournaments, SBX + polynomial mutation on numeric genes,
// uniform crossover + reset mutation on categorical ones, constraint domination).
// A design is one value per gene; each design is simulated for every model and the
// objectives aggregated. The result keeps every evaluated design (the GUI scatters them)
// and marks the Pareto front among the feasible ones.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/enum_names.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/run_metrics.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim {

inline constexpr int kMaxPopulation = 10000;
inline constexpr int kMaxGenerations = 10000;
inline constexpr std::int64_t kMaxPopulationTimesGenerations = 10000000;
inline constexpr std::size_t kMaxGeneValues = 100000;

struct Gene {
    std::string key;                  // dotted schema path
    std::vector<ParamValue> values;   // numeric genes ascending as given; "auto" allowed
    std::vector<std::string> labels;  // format_value of each value
    bool numeric = false;             // all values are numbers: SBX and polynomial mutation
};

struct DesignSpace {
    std::string source;  // file path, or "<default>"
    std::vector<Gene> genes;
    std::uint64_t size() const;  // number of designs (saturates at UINT64_MAX)
};

// A YAML file:
//   genes:
//     hardware.chip.tiles: [8, 16, 32, 64]        # a list of values
//     hardware.macro.rows: "64..512:*2"           # a range, same forms as sweep --vary
//     mapping.active_tiles: [auto, 4, 8, 16]
// Throws InputError listing every problem with file, line, column and key.
DesignSpace load_design_space(const std::string& path);
DesignSpace parse_design_space(std::string_view yaml_text, const std::string& file_label);
// The documented default: tiles, macros per tile, macro rows and cols, clock, weight
// banks, active tiles (auto or fixed) and DRAM bandwidth around the EdgeCIM preset.
DesignSpace default_design_space();
// The default space as YAML text (what --print-default-space shows; parses back).
std::string default_design_space_yaml();

enum class Objective : std::uint8_t { latency, energy, area };
template <>
struct EnumNames<Objective> {
    static constexpr std::string_view what = "objective";
    static constexpr std::array<EnumName<Objective>, 3> table{{
        {Objective::latency, "latency"},
        {Objective::energy, "energy"},
        {Objective::area, "area"},
    }};
};
static_assert(enum_table_is_dense<Objective>(3));
constexpr std::string_view to_string(Objective o) { return enum_name(o); }
// The objective's column name with unit: latency_s_per_token, energy_j_per_token, area_mm2.
std::string_view objective_column(Objective o);
// "latency,energy[,area]" in any order, each at most once. Throws InputError.
std::vector<Objective> parse_objectives(std::string_view text);

enum class Aggregate : std::uint8_t { mean, worst };
template <>
struct EnumNames<Aggregate> {
    static constexpr std::string_view what = "aggregate";
    static constexpr std::array<EnumName<Aggregate>, 2> table{{
        {Aggregate::mean, "mean"},
        {Aggregate::worst, "worst"},
    }};
};
static_assert(enum_table_is_dense<Aggregate>(2));
constexpr std::string_view to_string(Aggregate a) { return enum_name(a); }

struct DesignPoint;
struct ExploreState;

struct ExploreOptions {
    int population = 40;
    int generations = 30;
    std::uint64_t seed = 1;
    int jobs = 0;                           // threads; <= 0: all cores
    Aggregate aggregate = Aggregate::mean;  // over models: mean, or worst (max latency/energy)
    std::optional<double> area_budget_mm2;  // constraint: area <= budget
    std::optional<double> power_budget_w;   // constraint: average decode power <= budget, every model
    SimOptions sim{Evaluator::analytical};
    double crossover_probability = 0.9;
    double mutation_probability = -1;  // per gene; < 0: 1 / number of genes

    // Hooks for distributed and resumable searches (edgecim-mpi); unset, explore() uses
    // its thread pool and starts afresh. None of them changes which designs are chosen.
    // Evaluates a generation's new designs (value index per gene) into `points`, in
    // order: what DesignEvaluator::evaluate gives, or a point with empty genes for a
    // design skipped because the cancel flag turned true.
    std::function<void(const std::vector<std::vector<std::size_t>>& designs, std::vector<DesignPoint>& points)>
        evaluate_batch;
    // Called after each completed generation with everything a resumed search needs.
    std::function<void(const ExploreState&)> on_generation;
    // Continue from a state given to on_generation (by an earlier run with the same
    // inputs) instead of drawing an initial population.
    const ExploreState* resume = nullptr;
};

// Throws InputError naming the option and its bound (population >= 4, <= 10,000, ...).
void check_explore_options(const ExploreOptions& options);

struct DesignPoint {
    std::vector<std::size_t> genes;     // value index per gene
    std::vector<ParamValue> values;     // the values themselves
    bool feasible = false;              // valid configuration, ran, within budgets
    double violation = 0;               // 0 when feasible; budget excess as a fraction, 1e3+ when invalid
    std::string error;                  // why it is not feasible
    std::vector<double> objectives;     // per objective, aggregated; empty when it did not run
    std::optional<RunMetrics> metrics;  // aggregated over models (see ParetoFront)
    std::vector<RunMetrics> per_model;  // in model order; empty when it did not run
    int generation = 0;                 // first evaluated in (0 = initial population)
};

struct ParetoFront {
    std::vector<std::string> keys;  // gene keys
    std::vector<Objective> objectives;
    std::vector<std::string> models;  // model names
    Aggregate aggregate = Aggregate::mean;
    std::vector<DesignPoint> points;  // every distinct design evaluated, in evaluation order
    std::vector<std::size_t> front;   // indices into points: the non-dominated feasible ones,
                                      // ascending by the first objective
    int generations_completed = 0;
    bool cancelled = false;
    std::uint64_t simulations = 0;  // simulate() calls
};

// After each generation (0 = the initial population): generations done, total, and the
// current front. Called on the thread that called explore(), between generations, when no
// evaluation is running: the archive it points to is not written during the call, and a
// callback may read it without locking (a GUI copies what it shows and posts it on).
struct ExploreProgress {
    int generation = 0;
    int generations = 0;
    std::size_t evaluated_designs = 0;
    std::size_t front_size = 0;
    // The archive so far (ParetoFront::points and ::front, the front in archive order),
    // valid during the call only. points[new_from..] were added since the previous call
    // (after a resume, the first call lists the whole restored archive as new), so a
    // listener keeps a growing copy at the cost of the new designs alone.
    const std::vector<DesignPoint>* points = nullptr;
    std::size_t new_from = 0;
    const std::vector<std::size_t>* front = nullptr;
};
using ExploreCallback = std::function<void(const ExploreProgress&)>;

// The search at the end of a generation: the random generator, the population's genomes
// and the archive. A search resumed from it makes exactly the choices the uninterrupted
// search would have made.
struct ExploreState {
    int generation = 0;  // last completed (0 = initial population)
    std::uint64_t random_state = 0;
    std::vector<std::vector<double>> population;  // genomes, one position per gene
    std::vector<DesignPoint> points;              // ParetoFront::points so far
    std::vector<std::size_t> front;               // ParetoFront::front so far (archive order)
    std::uint64_t simulations = 0;
};

// Binary encodings of states and design points for checkpoints and messages between
// processes (doubles bit-exact). The parsers rebuild each point's values from `space`
// and throw InputError (naming `label`) for data that is truncated or does not fit it.
std::string serialize_explore_state(const ExploreState& state);
ExploreState parse_explore_state(std::string_view bytes, const DesignSpace& space, const std::string& label);
std::string serialize_design_points(const std::vector<DesignPoint>& points);
std::vector<DesignPoint> parse_design_points(std::string_view bytes, const DesignSpace& space,
                                             const std::string& label);

// Evaluates single designs exactly as explore() does (for processes that evaluate on
// behalf of a search). Resolves the models at construction (InputError when one cannot
// be); evaluate() is const and thread-safe. Keeps references to its arguments.
class DesignEvaluator {
public:
    DesignEvaluator(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                    const std::vector<Objective>& objectives, const ExploreOptions& options);
    ~DesignEvaluator();
    DesignEvaluator(const DesignEvaluator&) = delete;
    DesignEvaluator& operator=(const DesignEvaluator&) = delete;
    DesignPoint evaluate(const std::vector<std::size_t>& genes) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// models: references as on the command line (zoo names or files, relative to the base
// preset's directory); empty = base.workload.model. When *cancel turns true the search
// stops after the designs in flight and returns the front found so far (cancelled set).
// Throws InputError for a bad option or unresolvable model.
ParetoFront explore(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                    const std::vector<Objective>& objectives, const ExploreOptions& options,
                    const ExploreCallback& progress = {}, const std::atomic<bool>* cancel = nullptr);

// One whole configuration evaluated exactly as explore() evaluates a design (the same
// models, aggregation, objectives and budgets), e.g. the design being edited, to place it
// beside a front. The point has no genes or values; generation is 0. An invalid
// configuration gives an infeasible point with the problems in error. Throws InputError
// for a bad option, no objective or an unresolvable model (models: as for explore()).
DesignPoint evaluate_configuration(const Config& config, const std::vector<std::string>& models,
                                   const std::vector<Objective>& objectives, const ExploreOptions& options);

// Pareto dominance on minimised objectives: a is no worse everywhere and better somewhere.
bool dominates(const std::vector<double>& a, const std::vector<double>& b);

// The front, RFC 4180: gene keys, objective columns, then the aggregated metrics (a metric
// that is also an objective column, area_mm2, appears once).
void write_front_csv(const ParetoFront& front, std::ostream& out);
// {"models", "aggregate", "objectives", "generations_completed", "cancelled",
//  "evaluated_designs", "simulations", "front": [{"design": {key: value}, "objectives":
//  {column: value}, "metrics": {...}, "per_model": [...] (with several models)}]}.
// With all_points, also "points": every evaluated design, with "feasible", "violation",
// "generation" and "error".
void write_front_json(const ParetoFront& front, std::ostream& out, bool all_points = false);

}  // namespace edgecim
