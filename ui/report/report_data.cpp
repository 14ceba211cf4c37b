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
    data.zoo = std::make_shared<const ZooComparison>(evaluate_zoo(EvaluationInput{config, data.model}));

    data.baseline_names = config.baselines;
    if (data.baseline_names.empty()) data.baseline_names = shipped_preset_names("baselines");
    for (const std::string& name : data.baseline_names) data.devices.push_back(load_device(name, dir));

    SimOptions analytical;
    analytical.evaluator = Evaluator::analytical;
    data.comparison = compare_models(config, zoo_model_names(), data.baseline_names, analytical);
    data.reproduction = reproduce_paper(config, analytical);
    return data;
}

}  // namespace edgecim::ui
