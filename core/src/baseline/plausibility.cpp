#include "edgecim/plausibility.hpp"

#include <string>

#include "edgecim/text_util.hpp"

namespace edgecim {

std::vector<Problem> plausibility_warnings(const SimulationResult& result) {
    std::vector<Problem> warnings;
    if (result.area_mm2 > kReticleFieldMm2) {
        Problem p;
        p.key = "hardware.chip.tiles";
        p.message = "warning: the chip's area, " + format_fixed(result.area_mm2, 0) +
                    " mm², is larger than one lithography reticle field (26 x 33 mm): it cannot be made as one die";
        p.valid = "at most " + format_fixed(kReticleFieldMm2, 0) + " mm²";
        warnings.push_back(std::move(p));
    }
    const double system_power_w = result.energy_per_token.total(EnergyBoundary::system) * result.decode_tokens_per_s;
    if (system_power_w > kEdgePowerBudgetW) {
        Problem p;
        p.message = "warning: decoding draws " + format_fixed(system_power_w, 1) +
                    " W at the system boundary (chip + DRAM), more than an edge module's power budget";
        p.valid =
            "at most " + format_fixed(kEdgePowerBudgetW, 0) + " W, the highest power mode of Jetson Orin Nano Super";
        warnings.push_back(std::move(p));
    }
    return warnings;
}

}  // namespace edgecim
