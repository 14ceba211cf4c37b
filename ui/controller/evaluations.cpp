#include "controller/evaluations.hpp"

#include "edgecim/model_zoo.hpp"

namespace edgecim::ui {

SimulationResult evaluate_overview(const EvaluationInput& input) {
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    return simulate(input.config, input.model, options);
}

SimulationResult evaluate_detail(const EvaluationInput& input, int timeline_token) {
    SimOptions options;
    options.evaluator = Evaluator::event;
    options.timeline_token = timeline_token;
    return simulate(input.config, input.model, options);
}

ZooComparison evaluate_zoo(const EvaluationInput& input) {
    ZooComparison out;
    out.current_model = input.model.name;
    out.boundary = input.config.energy_boundary;
    for (const std::string& name : zoo_model_names()) {
        ZooPoint point;
        point.name = name;
        try {
            const ModelSpec model = load_zoo_model(name);
            point.display_name = model.display_name;
            point.parameters = model.parameter_count();
            Config config = input.config;
            config.workload.model = name;
            // Keep the workload inside each model's context window.
            const std::int64_t context = std::int64_t{config.workload.prompt_tokens} + config.workload.generate_tokens;
            if (model.max_context > 0 && context > model.max_context) {
                config.workload.generate_tokens = std::max(2, config.workload.generate_tokens);
                config.workload.prompt_tokens =
                    static_cast<int>(std::max<std::int64_t>(1, model.max_context - config.workload.generate_tokens));
            }
            SimOptions options;
            options.evaluator = Evaluator::analytical;
            const SimulationResult r = simulate(config, model, options);
            point.tokens_per_s = r.decode_tokens_per_s;
            point.tokens_per_j = r.tokens_per_j;
            point.roofline_tokens_per_s = r.roofline_tokens_per_s;
            point.dram_bytes_per_token = r.dram_bytes_per_token;
        } catch (const std::exception& e) {
            point.error = e.what();
        }
        out.points.push_back(std::move(point));
    }
    return out;
}

std::vector<std::int64_t> sweep_prompt_lengths(const ModelSpec& model, std::int64_t generate_tokens) {
    std::vector<std::int64_t> lengths;
    for (std::int64_t p = 128; p <= 32768; p *= 2)
        if (model.max_context <= 0 || p + generate_tokens <= model.max_context) lengths.push_back(p);
    return lengths;
}

ContextSweep evaluate_context_sweep(const EvaluationInput& input) {
    ContextSweep out;
    out.model = input.model.display_name;
    out.max_context = input.model.max_context;
    out.generate_tokens = input.config.workload.generate_tokens;
    out.boundary = input.config.energy_boundary;
    SimOptions options;
    options.evaluator = Evaluator::analytical;
    for (const std::int64_t prompt : sweep_prompt_lengths(input.model, out.generate_tokens)) {
        Config config = input.config;
        config.workload.prompt_tokens = static_cast<int>(prompt);
        const SimulationResult r = simulate(config, input.model, options);
        out.points.push_back({prompt, r.decode_tokens_per_s, r.energy_per_token_j, r.ttft_s, r.roofline_tokens_per_s});
    }
    return out;
}

}  // namespace edgecim::ui
