#include "report/report_data.hpp"

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"

namespace edgecim::ui {

ReportData compute_report_data(const Config& config, const ReportOptions& options) {
    ReportData data;
    data.config = config;
    data.generated = QDateTime::currentDateTime();
    const std::string dir = preset_directory(config);
    data.model = resolve_model(config.workload.model, dir);
    data.options.evaluator = options.evaluator;
    data.result = std::make_shared<const SimulationResult>(simulate(config, data.model, data.options));
    data.baseline_names = config.baselines;
    if (data.baseline_names.empty()) data.baseline_names = shipped_preset_names("baselines");
    for (const std::string& name : data.baseline_names) data.devices.push_back(load_device(name, dir));
    // One simulation per zoo model serves the roofline context and the comparison tables;
    // models or devices that cannot run the workload are "n/a (reason)" entries.
    data.zoo =
        std::make_shared<const ZooComparison>(evaluate_zoo(EvaluationInput{config, data.model}, data.baseline_names));

    SimOptions analytical;
    analytical.evaluator = Evaluator::analytical;
    try {
        data.reproduction = reproduce_paper(config, analytical);
    } catch (const InputError& e) {
        // The paper's headlines need every zoo model and both devices at this workload.
        // The first entry that cannot run, and how many more (the table above lists them).
        const auto& problems = e.problems();
        data.reproduction_na_reason = problems.empty() ? std::string(e.what()) : problems.front().message;
        if (problems.size() > 1)
            data.reproduction_na_reason +=
                "; and " + std::to_string(problems.size() - 1) + " more model or device entries that cannot run";
    }
    return data;
}

}  // namespace edgecim::ui
