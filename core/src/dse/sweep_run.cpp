// Evaluating the points of a sweep on the thread pool.
#include <map>
#include <mutex>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/text_util.hpp"
#include "edgecim/thread_pool.hpp"

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

SweepPointEvaluator::SweepPointEvaluator(const Config& base, const SweepSpec& spec, const SimOptions& sim)
    : base_(base), spec_(spec), sim_(sim) {
    for (const auto& axis : spec.axes) {
        const ParamSpec* p = find_param(axis.key);
        if (!p) throw InputError(Problem{"--vary", 0, 0, axis.key, "unknown key", {}});
        params_.push_back(p);
    }
    const std::string dir = preset_directory(base);
    ModelCache cache;
    bool model_varied = false;
    for (const auto& axis : spec.axes) {
        if (axis.key != kModelKey) continue;
        model_varied = true;
        for (const auto& v : axis.values) cache.add(std::get<std::string>(v), dir);
    }
    if (!model_varied) {
        cache.add(base.workload.model, dir);
        if (cache.errors.count(base.workload.model)) (void)resolve_model(base.workload.model, dir);  // rethrow as is
    }
    models_ = std::move(cache.models);
    model_errors_ = std::move(cache.errors);
}

SweepRow SweepPointEvaluator::evaluate(std::uint64_t index) const {
    SweepRow row;
    row.index = index;
    const auto indices = spec_.point_indices(index);
    Config config = base_;
    config.baselines.clear();  // they do not change the metrics, and validating them costs ~1 ms a point
    for (std::size_t a = 0; a < indices.size(); ++a) {
        row.values.push_back(spec_.axes[a].values[indices[a]]);
        params_[a]->set(config, row.values.back());
    }
    if (const auto problems = validate(config); !problems.empty()) {
        row.error = problems_text(problems);
    } else if (const auto err = model_errors_.find(config.workload.model); err != model_errors_.end()) {
        row.error = err->second;
    } else {
        try {
            row.metrics = summarize(simulate(config, models_.at(config.workload.model), sim_));
        } catch (const std::exception& e) {
            row.error = std::string("simulation failed: ") + e.what();
        }
    }
    return row;
}

SweepRow SweepPointEvaluator::skipped(std::uint64_t index) const {
    SweepRow row;
    row.index = index;
    const auto indices = spec_.point_indices(index);
    for (std::size_t a = 0; a < indices.size(); ++a) row.values.push_back(spec_.axes[a].values[indices[a]]);
    row.error = "not evaluated: the sweep was cancelled";
    return row;
}

std::vector<SweepRow> run_sweep(const Config& base, const SweepSpec& spec, const SweepOptions& options) {
    const SweepPointEvaluator evaluator(base, spec, options.sim);
    const std::uint64_t total = spec.point_count();
    if (total > kMaxSweepPoints)
        throw InputError(Problem{"--vary", 0, 0, "", "the sweep has " + std::to_string(total) + " points",
                                 "at most " + std::to_string(kMaxSweepPoints) + " points"});
    std::vector<SweepRow> rows(static_cast<std::size_t>(total));
    std::mutex progress_mutex;
    std::uint64_t done = 0;

    const std::function<void(std::size_t)> evaluate = [&](std::size_t i) {
        rows[i] = evaluator.evaluate(i);
        if (options.progress) {
            std::lock_guard lock(progress_mutex);
            options.progress(++done, total);
        }
    };
    ThreadPool pool(options.jobs);
    pool.parallel_for(rows.size(), evaluate, options.cancel);

    // Points skipped by a cancel keep their coordinates so the output stays rectangular.
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].values.empty() && !spec.axes.empty()) rows[i] = evaluator.skipped(i);
    return rows;
}

}  // namespace edgecim
