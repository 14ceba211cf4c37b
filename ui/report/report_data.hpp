#pragma once
// Everything a report shows, computed once from a configuration: the simulation of the
// configured workload, the 12 zoo models against the baselines, the paper reproduction
// and the baseline devices' calibration. Pure computation, no widgets.
#include <QDateTime>
#include <memory>
#include <string>
#include <vector>

#include "controller/evaluations.hpp"
#include "edgecim/baseline.hpp"
#include "edgecim/comparison.hpp"
#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/reproduction.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::ui {

struct ReportOptions {
    Evaluator evaluator = Evaluator::event;  // for the configured workload (KPIs, timeline)
};

struct ReportData {
    Config config;
    ModelSpec model;
    SimOptions options;
    std::shared_ptr<const SimulationResult> result;
    // The zoo models against baseline_names (analytical): roofline context and comparison tables.
    std::shared_ptr<const ZooComparison> zoo;
    std::vector<std::string> baseline_names;  // the devices compared against
    std::vector<DeviceSpec> devices;          // their calibrated models
    PaperReproduction reproduction;           // empty when reproduction_na_reason is set
    std::string reproduction_na_reason;       // why the paper's headlines cannot be reproduced here
    QDateTime generated;
};

// Throws InputError (bad model or baseline) or std::exception (simulation failure).
ReportData compute_report_data(const Config& config, const ReportOptions& options);

}  // namespace edgecim::ui
