// Evaluating the points of a sweep on the thread pool.
#include <filesystem>
#include <map>
#include <mutex>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/thread_pool.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim {
namespace {

constexpr std::string_view kModelKey = "workload.model";

// Models are resolved once, before the threads start: loading a model parses YAML, and
// a sweep over a model list would otherwise do it per point.
struct ModelCache {
    std::map<std::string, ModelSpec> models;
    std::map<std::string, std::string> errors;

    void add(const std::string& reference, const std::string& relative_to_dir) {
        if (models.count(reference) || errors.count(reference)) return;
        try {
            models.emplace(reference, resolve_model(reference, relative_to_dir));
        } catch (const InputError& e) {
            errors.emplace(reference, problems_text(e.problems()));
        }
    }
};

}  // namespace

std::string problems_text(const std::vector<Problem>& problems) {
    std::vector<std::string> parts;
    for (Problem p : problems) {
        if (p.line == 0) p.file.clear();  // a file label without a position adds nothing to a row
        parts.push_back(p.to_string());
    }
    return join(parts, "; ");
}

std::vector<SweepRow> run_sweep(const Config& base, const SweepSpec& spec, const SweepOptions& options) {
    std::vector<const ParamSpec*> params;
    for (const auto& axis : spec.axes) {
        const ParamSpec* p = find_param(axis.key);
        if (!p) throw InputError(Problem{"--vary", 0, 0, axis.key, "unknown key", {}});
        params.push_back(p);
    }
    const std::string dir =
        base.source_file.empty() ? std::string() : std::filesystem::path(base.source_file).parent_path().string();
    ModelCache cache;
    bool model_varied = false;
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
        if (spec.axes[a].key != kModelKey) continue;
        model_varied = true;
        for (const auto& v : spec.axes[a].values) cache.add(std::get<std::string>(v), dir);
    }
    if (!model_varied) {
        cache.add(base.workload.model, dir);
        if (cache.errors.count(base.workload.model)) (void)resolve_model(base.workload.model, dir);  // rethrow as is
    }

    const std::uint64_t total = spec.point_count();
    if (total > kMaxSweepPoints)
        throw InputError(Problem{"--vary", 0, 0, "", "the sweep has " + std::to_string(total) + " points",
                                 "at most " + std::to_string(kMaxSweepPoints) + " points"});
    std::vector<SweepRow> rows(static_cast<std::size_t>(total));
    std::mutex progress_mutex;
    std::uint64_t done = 0;

    const std::function<void(std::size_t)> evaluate = [&](std::size_t i) {
        SweepRow& row = rows[i];
        row.index = i;
        const auto indices = spec.point_indices(i);
        Config config = base;
        config.baselines.clear();  // they do not change the metrics, and validating them costs ~1 ms a point
        for (std::size_t a = 0; a < indices.size(); ++a) {
            row.values.push_back(spec.axes[a].values[indices[a]]);
            params[a]->set(config, row.values.back());
        }
        if (const auto problems = validate(config); !problems.empty()) {
            row.error = problems_text(problems);
        } else if (const auto err = cache.errors.find(config.workload.model); err != cache.errors.end()) {
            row.error = err->second;
        } else {
            try {
                row.metrics = summarize(simulate(config, cache.models.at(config.workload.model), options.sim));
            } catch (const std::exception& e) {
                row.error = std::string("simulation failed: ") + e.what();
            }
        }
        if (options.progress) {
            std::lock_guard lock(progress_mutex);
            options.progress(++done, total);
        }
    };
    ThreadPool pool(options.jobs);
    pool.parallel_for(rows.size(), evaluate, options.cancel);

    // Points skipped by a cancel keep their coordinates so the output stays rectangular.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SweepRow& row = rows[i];
        if (!row.values.empty()) continue;
        row.index = i;
        const auto indices = spec.point_indices(i);
        for (std::size_t a = 0; a < indices.size(); ++a) row.values.push_back(spec.axes[a].values[indices[a]]);
        row.error = "not evaluated: the sweep was cancelled";
    }
    return rows;
}

}  // namespace edgecim
