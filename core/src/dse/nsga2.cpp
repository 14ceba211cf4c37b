#include "dse/nsga2.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace edgecim::nsga2 {
namespace {

bool pareto_dominates(const std::vector<double>& a, const std::vector<double>& b) {
    bool better = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] > b[i]) return false;
        if (a[i] < b[i]) better = true;
    }
    return better;
}

constexpr double kEtaCrossover = 15;
constexpr double kEtaMutation = 20;

}  // namespace

bool constrained_dominates(const Fitness& a, const Fitness& b) {
    const bool fa = a.violation <= 0, fb = b.violation <= 0;
    if (fa != fb) return fa;
    if (!fa) return a.violation < b.violation;
    return pareto_dominates(a.objectives, b.objectives);
}

std::vector<std::vector<std::size_t>> non_dominated_sort(const std::vector<Fitness>& pop) {
    const std::size_t n = pop.size();
    std::vector<std::vector<std::size_t>> dominated(n);
    std::vector<std::size_t> dominators(n, 0);
    std::vector<std::vector<std::size_t>> fronts(1);
    for (std::size_t p = 0; p < n; ++p) {
        for (std::size_t q = p + 1; q < n; ++q) {
            if (constrained_dominates(pop[p], pop[q])) {
                dominated[p].push_back(q);
                ++dominators[q];
            } else if (constrained_dominates(pop[q], pop[p])) {
                dominated[q].push_back(p);
                ++dominators[p];
            }
        }
    }
    for (std::size_t p = 0; p < n; ++p)
        if (dominators[p] == 0) fronts[0].push_back(p);
    while (!fronts.back().empty()) {
        std::vector<std::size_t> next;
        for (std::size_t p : fronts.back())
            for (std::size_t q : dominated[p])
                if (--dominators[q] == 0) next.push_back(q);
        std::sort(next.begin(), next.end());  // order independent of the discovery path
        fronts.push_back(std::move(next));
    }
    fronts.pop_back();
    return fronts;
}

std::vector<double> crowding_distance(const std::vector<Fitness>& pop, const std::vector<std::size_t>& front) {
    const std::size_t n = front.size();
    std::vector<double> distance(n, 0.0);
    if (n == 0) return distance;
    const std::size_t objectives = pop[front[0]].objectives.size();
    for (std::size_t i : front)  // invalid designs never ran: no spread to measure
        if (pop[i].objectives.size() != objectives || objectives == 0) return distance;
    std::vector<std::size_t> order(n);
    for (std::size_t m = 0; m < objectives; ++m) {
        for (std::size_t i = 0; i < n; ++i) order[i] = i;
        const auto value = [&](std::size_t i) { return pop[front[i]].objectives.at(m); };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return value(a) < value(b); });
        const double span = value(order.back()) - value(order.front());
        distance[order.front()] = distance[order.back()] = std::numeric_limits<double>::infinity();
        if (!(span > 0)) continue;
        for (std::size_t k = 1; k + 1 < n; ++k)
            distance[order[k]] += (value(order[k + 1]) - value(order[k - 1])) / span;
    }
    return distance;
}

std::uint64_t Random::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Random::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::size_t Random::below(std::size_t n) { return n <= 1 ? 0 : static_cast<std::size_t>(next() % n); }

Genome random_genome(const std::vector<GeneShape>& shape, Random& random) {
    Genome g(shape.size());
    for (std::size_t i = 0; i < shape.size(); ++i) g[i] = static_cast<double>(random.below(shape[i].size));
    return g;
}

void crossover(const std::vector<GeneShape>& shape, Genome& a, Genome& b, double probability, Random& random) {
    if (random.uniform() >= probability) return;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (random.uniform() >= 0.5) continue;  // each gene crosses with probability 1/2
        if (!shape[i].numeric) {
            std::swap(a[i], b[i]);
            continue;
        }
        const double hi = static_cast<double>(shape[i].size - 1);
        if (std::abs(a[i] - b[i]) < 1e-12 || hi <= 0) continue;
        // SBX with the spread factor drawn so that children stay symmetric about the parents.
        const double u = random.uniform();
        const double beta =
            u <= 0.5 ? std::pow(2 * u, 1 / (kEtaCrossover + 1)) : std::pow(1 / (2 * (1 - u)), 1 / (kEtaCrossover + 1));
        const double mean = (a[i] + b[i]) / 2, half = std::abs(a[i] - b[i]) / 2;
        const double c1 = std::clamp(mean - beta * half, 0.0, hi);
        const double c2 = std::clamp(mean + beta * half, 0.0, hi);
        const bool flip = random.uniform() < 0.5;
        a[i] = flip ? c2 : c1;
        b[i] = flip ? c1 : c2;
    }
}

void mutate(const std::vector<GeneShape>& shape, Genome& g, double probability_per_gene, Random& random) {
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i].size <= 1 || random.uniform() >= probability_per_gene) continue;
        if (!shape[i].numeric) {
            g[i] = static_cast<double>(random.below(shape[i].size));
            continue;
        }
        // Polynomial mutation over the index range; at least one step so it always moves.
        const double hi = static_cast<double>(shape[i].size - 1);
        const double u = random.uniform();
        const double delta =
            u < 0.5 ? std::pow(2 * u, 1 / (kEtaMutation + 1)) - 1 : 1 - std::pow(2 * (1 - u), 1 / (kEtaMutation + 1));
        double step = delta * hi;
        if (std::abs(step) < 0.5) step = u < 0.5 ? -1.0 : 1.0;
        double moved = g[i] + step;
        if (moved < 0 || moved > hi) moved = g[i] - step;  // reflect at the ends
        g[i] = std::clamp(moved, 0.0, hi);
    }
}

std::vector<std::size_t> decode(const std::vector<GeneShape>& shape, const Genome& g) {
    std::vector<std::size_t> indices(shape.size());
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const double hi = static_cast<double>(shape[i].size - 1);
        indices[i] = static_cast<std::size_t>(std::clamp(std::round(g[i]), 0.0, hi));
    }
    return indices;
}

std::size_t tournament(const std::vector<int>& rank, const std::vector<double>& crowding, Random& random) {
    const std::size_t a = random.below(rank.size()), b = random.below(rank.size());
    if (rank[a] != rank[b]) return rank[a] < rank[b] ? a : b;
    if (crowding[a] != crowding[b]) return crowding[a] > crowding[b] ? a : b;
    return std::min(a, b);
}

}  // namespace edgecim::nsga2
