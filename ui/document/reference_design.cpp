#include "document/reference_design.hpp"

#include <QFileInfo>
#include <cmath>

#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

ReferencePtr makeReference(const Config& config, const QString& source, const QString& name) {
    if (std::vector<Problem> problems = validate(config); !problems.empty()) throw InputError(std::move(problems));
    auto reference = std::make_shared<ReferenceDesign>();
    reference->name = name.isEmpty() ? QString::fromStdString(config.name) : name;
    reference->source = source;
    reference->config = config;
    reference->model = resolve_model(config.workload.model, preset_directory(config));
    // One analytical evaluation per boundary (~10 ms each): exact at either boundary,
    // including the per-op-kind energies a result keeps only at its own boundary.
    for (const EnergyBoundary boundary : {EnergyBoundary::chip, EnergyBoundary::system}) {
        EvaluationInput input{config, reference->model};
        input.config.energy_boundary = boundary;
        ResultPtr result = std::make_shared<const SimulationResult>(evaluate_overview(input));
        (boundary == EnergyBoundary::chip ? reference->chip_result : reference->system_result) = std::move(result);
    }
    reference->result = reference->resultAt(config.energy_boundary);
    return reference;
}

ReferencePtr loadReference(const QString& path) {
    return makeReference(load_config(path.toStdString()), QFileInfo(path).absoluteFilePath());
}

QString formatDelta(double current, double reference, const QString& unit) {
    const auto sign = [](double v) -> QChar { return v > 0 ? QChar(u'+') : v < 0 ? QChar(u'-') : QChar(0x00B1); };
    const double delta = current - reference;
    QString text = QString(sign(delta)) + units::formatNumber(std::fabs(delta));
    if (!unit.isEmpty()) text += QLatin1Char(' ') + unit;
    if (reference != 0 && std::isfinite(reference)) {
        const double percent = 100.0 * delta / std::fabs(reference);
        text += QStringLiteral(" (") + QString(sign(percent)) + units::formatNumber(std::fabs(percent), 2) +
                QStringLiteral(" %)");
    }
    return text;
}

}  // namespace edgecim::ui
