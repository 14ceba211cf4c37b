#include "mpi_islands.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>

#include "task_farm.hpp"

namespace edgecim::mpi {
namespace {

// Every rank's bytes, in rank order, on every rank.
std::vector<std::string> all_gather(MPI_Comm comm, const std::string& mine) {
    int size = 1;
    MPI_Comm_size(comm, &size);
    if (mine.size() > static_cast<std::size_t>(INT_MAX)) throw std::runtime_error("edgecim-mpi: message over 2 GiB");
    const int length = static_cast<int>(mine.size());
    std::vector<int> lengths(static_cast<std::size_t>(size)), offsets(static_cast<std::size_t>(size));
    MPI_Allgather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, comm);
    long long total = 0;
    for (int r = 0; r < size; ++r) {
        offsets[r] = static_cast<int>(total);
        total += lengths[r];
    }
    if (total > INT_MAX) throw std::runtime_error("edgecim-mpi: migration data over 2 GiB");
    std::string all(static_cast<std::size_t>(total), '\0');
    MPI_Allgatherv(mine.data(), length, MPI_CHAR, all.data(), lengths.data(), offsets.data(), MPI_CHAR, comm);
    std::vector<std::string> parts;
    for (int r = 0; r < size; ++r) parts.push_back(all.substr(offsets[r], lengths[r]));
    return parts;
}

// Island k's own random sequence: a fixed function of the seed, whatever the rank.
std::uint64_t island_seed(std::uint64_t seed, int island) {
    return seed ^ (0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(island + 1));
}

// The archive front (feasible, non-dominated) of `points`, after adding point `index`.
void update_front(const std::vector<DesignPoint>& points, std::vector<std::size_t>& front, std::size_t index) {
    const DesignPoint& p = points[index];
    if (!p.feasible) return;
    for (std::size_t f : front)
        if (dominates(points[f].objectives, p.objectives)) return;
    std::erase_if(front, [&](std::size_t f) { return dominates(p.objectives, points[f].objectives); });
    front.push_back(index);
}

// Up to `count` of the island's front, spread along the first objective.
std::vector<DesignPoint> emigrants(const ExploreState& state, std::size_t count) {
    std::vector<std::size_t> front = state.front;
    std::sort(front.begin(), front.end(),
              [&](std::size_t a, std::size_t b) { return state.points[a].objectives < state.points[b].objectives; });
    std::vector<DesignPoint> out;
    const std::size_t n = std::min(count, front.size());
    for (std::size_t i = 0; i < n; ++i) out.push_back(state.points[front[i * front.size() / n]]);
    return out;
}

// Migrants join the archive (so the resumed search knows them) and replace the last
// members of the population, which selection left in its worst places.
void immigrate(ExploreState& state, const std::vector<DesignPoint>& migrants) {
    std::map<std::vector<std::size_t>, std::size_t> index;
    for (std::size_t i = 0; i < state.points.size(); ++i) index.emplace(state.points[i].genes, i);
    std::size_t slot = state.population.size();
    for (const auto& m : migrants) {
        if (slot == 0) break;
        if (!index.count(m.genes)) {
            index.emplace(m.genes, state.points.size());
            state.points.push_back(m);
            update_front(state.points, state.front, state.points.size() - 1);
        }
        std::vector<double> genome(m.genes.begin(), m.genes.end());
        state.population[--slot] = std::move(genome);
    }
}

std::string encode_island_points(const std::map<int, std::vector<DesignPoint>>& by_island) {
    std::string bytes;
    for (const auto& [island, points] : by_island) {
        const std::string blob = serialize_design_points(points);
        const std::uint64_t header[2] = {static_cast<std::uint64_t>(island), blob.size()};
        bytes.append(reinterpret_cast<const char*>(header), sizeof header);
        bytes += blob;
    }
    return bytes;
}

std::map<int, std::vector<DesignPoint>> decode_island_points(const std::string& bytes, const DesignSpace& space) {
    std::map<int, std::vector<DesignPoint>> out;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::uint64_t header[2];
        if (bytes.size() - pos < sizeof header) throw std::runtime_error("edgecim-mpi: malformed migration message");
        std::memcpy(header, bytes.data() + pos, sizeof header);
        pos += sizeof header;
        if (bytes.size() - pos < header[1]) throw std::runtime_error("edgecim-mpi: malformed migration message");
        out[static_cast<int>(header[0])] =
            parse_design_points(std::string_view(bytes).substr(pos, header[1]), space, "a migration message");
        pos += header[1];
    }
    return out;
}

}  // namespace

ParetoFront run_islands(const cli::DseSetup& dse, const IslandOptions& options, MPI_Comm comm,
                        const std::atomic<bool>* cancel) {
    int rank = 0, size = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    const int generations = dse.options.generations;
    const int interval = std::max(1, options.migration_interval);
    const std::size_t migrants = std::max<std::size_t>(1, static_cast<std::size_t>(dse.options.population) / 10);
    std::map<int, ExploreState> states;  // this rank's islands
    ParetoFront shape;                   // keys, objectives, models of the search
    bool cancelled = false;
    int completed = 0;
    for (int target = std::min(generations, interval);; target = std::min(generations, target + interval)) {
        for (int island = rank; island < options.islands; island += size) {
            ExploreOptions o = dse.options;
            o.seed = island_seed(dse.options.seed, island);
            o.generations = target;
            o.jobs = options.jobs;
            const auto it = states.find(island);
            o.resume = it == states.end() ? nullptr : &it->second;
            std::optional<ExploreState> last;
            o.on_generation = [&](const ExploreState& s) { last = s; };
            ParetoFront f = explore(dse.config, dse.models, dse.space, dse.objectives, o, {}, cancel);
            cancelled = cancelled || f.cancelled;
            if (last) states[island] = std::move(*last);
            f.points.clear();
            if (shape.keys.empty()) shape = std::move(f);
        }
        cancelled = max_over_ranks(comm, cancelled ? 1 : 0) != 0;
        if (cancelled) break;
        completed = target;
        if (target >= generations) break;
        // Migration: island k receives the best designs of island k - 1 (a ring).
        std::map<int, std::vector<DesignPoint>> out;
        for (const auto& [island, state] : states) out[island] = emigrants(state, migrants);
        std::map<int, std::vector<DesignPoint>> all;
        for (const auto& part : all_gather(comm, encode_island_points(out)))
            for (auto& [island, points] : decode_island_points(part, dse.space)) all[island] = std::move(points);
        for (auto& [island, state] : states) immigrate(state, all[(island + options.islands - 1) % options.islands]);
    }

    // Rank 0 merges the archives, island by island; a design found twice counts once.
    std::map<int, std::vector<DesignPoint>> archives;
    std::uint64_t simulations = 0;
    for (auto& [island, state] : states) {
        simulations += state.simulations;
        archives[island] = std::move(state.points);
    }
    std::uint64_t total_simulations = 0;
    MPI_Reduce(&simulations, &total_simulations, 1, MPI_UINT64_T, MPI_SUM, 0, comm);
    const auto parts = all_gather(comm, rank == 0 ? std::string() : encode_island_points(archives));
    if (rank != 0) return {};
    for (std::size_t r = 1; r < parts.size(); ++r)
        for (auto& [island, points] : decode_island_points(parts[r], dse.space)) archives[island] = std::move(points);
    ParetoFront result = std::move(shape);
    result.points.clear();
    result.front.clear();
    std::map<std::vector<std::size_t>, bool> seen;
    for (auto& [island, points] : archives)
        for (auto& p : points) {
            if (!seen.emplace(p.genes, true).second) continue;
            result.points.push_back(std::move(p));
            update_front(result.points, result.front, result.points.size() - 1);
        }
    std::sort(result.front.begin(), result.front.end(), [&](std::size_t a, std::size_t b) {
        const auto& oa = result.points[a].objectives;
        const auto& ob = result.points[b].objectives;
        return oa != ob ? oa < ob : a < b;
    });
    result.generations_completed = completed;
    result.cancelled = cancelled;
    result.simulations = total_simulations;
    return result;
}

}  // namespace edgecim::mpi
