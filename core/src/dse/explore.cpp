// The NSGA-II loop. All randomness is drawn on the calling thread in a fixed order and
// only evaluations run in parallel, so a seed gives the same result for any --jobs.
#include <algorithm>
#include <filesystem>
#include <map>
#include <numeric>
#include <stdexcept>

#include "dse/design_eval.hpp"
#include "dse/nsga2.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/thread_pool.hpp"

namespace edgecim {
namespace {

using dse_detail::EvalContext;
using nsga2::Fitness;
using nsga2::Genome;

struct Member {
    Genome genome;
    std::size_t point = 0;  // index into ParetoFront::points
};

class Search {
public:
    Search(EvalContext context, const ExploreOptions& options, const std::atomic<bool>* cancel)
        : context_(std::move(context)), options_(options), cancel_(cancel), random_(options.seed), pool_(options.jobs) {
        for (const auto& gene : context_.space->genes) shape_.push_back({gene.values.size(), gene.numeric});
        mutation_ =
            options.mutation_probability >= 0 ? options.mutation_probability : 1.0 / static_cast<double>(shape_.size());
    }

    ParetoFront& result() { return result_; }

    // Evaluates the designs not seen before and returns false when cancelled midway (the
    // designs that finished are kept; the population is left as it was).
    bool evaluate(std::vector<Member>& members, int generation) {
        std::vector<std::vector<std::size_t>> fresh;
        std::map<std::vector<std::size_t>, std::size_t> fresh_index;
        for (auto& m : members) {
            auto genes = nsga2::decode(shape_, m.genome);
            if (const auto it = seen_.find(genes); it != seen_.end())
                m.point = it->second;
            else if (fresh_index.emplace(genes, fresh.size()).second)
                fresh.push_back(std::move(genes));
        }
        std::vector<DesignPoint> evaluated(fresh.size());
        if (options_.evaluate_batch) {
            options_.evaluate_batch(fresh, evaluated);
            if (evaluated.size() != fresh.size())
                throw std::logic_error("explore: evaluate_batch returned a wrong count");
        } else {
            pool_.parallel_for(
                fresh.size(), [&](std::size_t i) { evaluated[i] = dse_detail::evaluate_design(context_, fresh[i]); },
                cancel_);
        }
        for (auto& point : evaluated) {
            if (point.genes.empty()) continue;  // skipped by the cancel (a space has at least one gene)
            point.generation = generation;
            result_.simulations += point.per_model.size();
            const std::size_t index = result_.points.size();
            seen_.emplace(point.genes, index);
            result_.points.push_back(std::move(point));
            update_front(index);
        }
        if (cancel_ && cancel_->load()) return false;
        for (auto& m : members) m.point = seen_.at(nsga2::decode(shape_, m.genome));
        return true;
    }

    void run(const ExploreCallback& progress) {
        std::vector<Member> population(static_cast<std::size_t>(options_.population));
        int first = 1;
        if (const ExploreState* state = options_.resume) {
            restore(*state, population);
            first = state->generation + 1;
        } else {
            for (auto& m : population) m.genome = nsga2::random_genome(shape_, random_);
            if (!evaluate(population, 0)) {
                result_.cancelled = true;
                return;
            }
            rank_population(population);
            save(population, 0);
            report(progress, 0);
        }
        for (int generation = first; generation <= options_.generations; ++generation) {
            std::vector<Member> offspring = breed(population);
            if ((cancel_ && cancel_->load()) || !evaluate(offspring, generation)) {
                result_.cancelled = true;
                return;
            }
            population = select(population, offspring);
            rank_population(population);
            result_.generations_completed = generation;
            save(population, generation);
            report(progress, generation);
        }
    }

private:
    void save(const std::vector<Member>& population, int generation) const {
        if (!options_.on_generation) return;
        ExploreState state;
        state.generation = generation;
        state.random_state = random_.state();
        for (const auto& m : population) state.population.push_back(m.genome);
        state.points = result_.points;
        state.front = result_.front;
        state.simulations = result_.simulations;
        options_.on_generation(state);
    }

    // The exact search state after state.generation: archive, random sequence, population.
    void restore(const ExploreState& state, std::vector<Member>& population) {
        if (state.population.size() != population.size() || state.generation < 0 ||
            state.generation > options_.generations)
            throw std::invalid_argument("explore: the resumed state does not fit the population or generations");
        result_.points = state.points;
        result_.front = state.front;
        result_.simulations = state.simulations;
        result_.generations_completed = state.generation;
        for (std::size_t i = 0; i < result_.points.size(); ++i) seen_.emplace(result_.points[i].genes, i);
        random_ = nsga2::Random(state.random_state);
        for (std::size_t i = 0; i < population.size(); ++i) {
            population[i].genome = state.population[i];
            const auto it = seen_.find(nsga2::decode(shape_, population[i].genome));
            if (it == seen_.end()) throw std::invalid_argument("explore: a resumed member is not in the archive");
            population[i].point = it->second;
        }
        rank_population(population);
    }

    Fitness fitness(const Member& m) const {
        const DesignPoint& p = result_.points[m.point];
        return {p.objectives, p.violation};
    }

    void report(const ExploreCallback& progress, int generation) {
        if (!progress) return;
        progress({generation, options_.generations, result_.points.size(), result_.front.size(), &result_.points,
                  reported_points_, &result_.front});
        reported_points_ = result_.points.size();
    }

    // The archive front: every feasible design no other feasible design dominates.
    void update_front(std::size_t index) {
        const DesignPoint& p = result_.points[index];
        if (!p.feasible) return;
        for (std::size_t f : result_.front)
            if (dominates(result_.points[f].objectives, p.objectives)) return;
        std::erase_if(result_.front,
                      [&](std::size_t f) { return dominates(p.objectives, result_.points[f].objectives); });
        result_.front.push_back(index);
    }

    void rank_population(const std::vector<Member>& population) {
        std::vector<Fitness> fit;
        fit.reserve(population.size());
        for (const auto& m : population) fit.push_back(fitness(m));
        rank_.assign(population.size(), 0);
        crowding_.assign(population.size(), 0.0);
        const auto fronts = nsga2::non_dominated_sort(fit);
        for (std::size_t r = 0; r < fronts.size(); ++r) {
            const auto distance = nsga2::crowding_distance(fit, fronts[r]);
            for (std::size_t k = 0; k < fronts[r].size(); ++k) {
                rank_[fronts[r][k]] = static_cast<int>(r);
                crowding_[fronts[r][k]] = distance[k];
            }
        }
    }

    std::vector<Member> breed(const std::vector<Member>& population) {
        std::vector<Member> children;
        while (children.size() < population.size()) {
            Member a = population[nsga2::tournament(rank_, crowding_, random_)];
            Member b = population[nsga2::tournament(rank_, crowding_, random_)];
            nsga2::crossover(shape_, a.genome, b.genome, options_.crossover_probability, random_);
            nsga2::mutate(shape_, a.genome, mutation_, random_);
            nsga2::mutate(shape_, b.genome, mutation_, random_);
            children.push_back(std::move(a));
            if (children.size() < population.size()) children.push_back(std::move(b));
        }
        return children;
    }

    // Elitist replacement over parents + offspring. A design present twice competes
    // once, so copies cannot crowd out the diversity of a small discrete space.
    std::vector<Member> select(const std::vector<Member>& parents, const std::vector<Member>& offspring) const {
        std::vector<Member> unique, copies;
        std::vector<bool> taken(result_.points.size(), false);
        for (const auto* group : {&parents, &offspring})
            for (const auto& m : *group) {
                (taken[m.point] ? copies : unique).push_back(m);
                taken[m.point] = true;
            }
        std::vector<Fitness> fit;
        fit.reserve(unique.size());
        for (const auto& m : unique) fit.push_back(fitness(m));
        std::vector<Member> next;
        const std::size_t size = parents.size();
        for (const auto& front : nsga2::non_dominated_sort(fit)) {
            if (next.size() + front.size() <= size) {
                for (std::size_t i : front) next.push_back(unique[i]);
                continue;
            }
            const auto distance = nsga2::crowding_distance(fit, front);
            std::vector<std::size_t> order(front.size());
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return distance[a] > distance[b]; });
            for (std::size_t k = 0; next.size() < size; ++k) next.push_back(unique[front[order[k]]]);
            break;
        }
        for (std::size_t k = 0; next.size() < size; ++k) next.push_back(copies[k]);
        return next;
    }

    EvalContext context_;
    const ExploreOptions& options_;
    const std::atomic<bool>* cancel_;
    nsga2::Random random_;
    ThreadPool pool_;
    std::vector<nsga2::GeneShape> shape_;
    double mutation_ = 0;
    ParetoFront result_;
    std::map<std::vector<std::size_t>, std::size_t> seen_;
    std::vector<int> rank_;
    std::vector<double> crowding_;
    std::size_t reported_points_ = 0;  // archive size at the last progress report
};

}  // namespace

ParetoFront explore(const Config& base, const std::vector<std::string>& models, const DesignSpace& space,
                    const std::vector<Objective>& objectives, const ExploreOptions& options,
                    const ExploreCallback& progress, const std::atomic<bool>* cancel) {
    EvalContext context = dse_detail::make_context(base, models, space, objectives, options);
    std::vector<std::string> model_names;
    for (const auto& ref : context.models) model_names.push_back(ref.spec.name);

    Search search(std::move(context), options, cancel);
    ParetoFront& result = search.result();
    for (const auto& gene : space.genes) result.keys.push_back(gene.key);
    result.objectives = objectives;
    result.models = std::move(model_names);
    result.aggregate = options.aggregate;
    search.run(progress);
    std::sort(result.front.begin(), result.front.end(), [&](std::size_t a, std::size_t b) {
        const auto& oa = result.points[a].objectives;
        const auto& ob = result.points[b].objectives;
        return oa != ob ? oa < ob : a < b;
    });
    return std::move(result);
}

}  // namespace edgecim
