#pragma once
// The NSGA-II building blocks (Deb et al., IEEE TEC 2002), independent of what is being
// designed: constraint-domination sorting, crowding distance, tournaments, and the
// variation operators on a real-coded genome.
#include <cstdint>
#include <vector>

namespace edgecim::nsga2 {

// What selection sees of one individual. Objectives are minimised.
struct Fitness {
    std::vector<double> objectives;
    double violation = 0;  // 0 = feasible
};

// Feasible beats infeasible; of two infeasible, less violation wins; of two feasible,
// Pareto dominance decides.
bool constrained_dominates(const Fitness& a, const Fitness& b);

// Fronts of indices into `population`, best first (fast non-dominated sort, O(M N^2)).
std::vector<std::vector<std::size_t>> non_dominated_sort(const std::vector<Fitness>& population);

// Crowding distance of each member of `front` (same order); boundary points get +inf.
std::vector<double> crowding_distance(const std::vector<Fitness>& population, const std::vector<std::size_t>& front);

// Deterministic across platforms (std distributions are implementation-defined).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();                           // splitmix64
    double uniform();                               // [0, 1)
    std::size_t below(std::size_t n);               // [0, n)
    std::uint64_t state() const { return state_; }  // for checkpoints: Random(state()) continues the sequence

private:
    std::uint64_t state_;
};

// A genome holds one position per gene in [0, size - 1]; the design takes the rounded
// position. Numeric genes vary by simulated binary crossover (eta 15) and polynomial
// mutation (eta 20); categorical genes by uniform crossover and random reset.
struct GeneShape {
    std::size_t size = 1;
    bool numeric = false;
};
using Genome = std::vector<double>;

Genome random_genome(const std::vector<GeneShape>& shape, Random& random);
void crossover(const std::vector<GeneShape>& shape, Genome& a, Genome& b, double probability, Random& random);
void mutate(const std::vector<GeneShape>& shape, Genome& g, double probability_per_gene, Random& random);
std::vector<std::size_t> decode(const std::vector<GeneShape>& shape, const Genome& g);

// Binary tournament on (rank, crowding): returns the winner's index.
std::size_t tournament(const std::vector<int>& rank, const std::vector<double>& crowding, Random& random);

}  // namespace edgecim::nsga2
