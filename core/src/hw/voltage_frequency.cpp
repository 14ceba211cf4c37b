#include "edgecim/voltage_frequency.hpp"

#include <cmath>
#include <stdexcept>

namespace edgecim::hw {

namespace {

// Sources, summarised in docs/model.md#voltage-and-frequency:
// - alpha = 1.3: Sakurai and Newton, "Alpha-power law MOSFET model and its applications to
//   CMOS inverter delay", IEEE JSSC 25(2), 1990: short-channel devices have alpha ~1.3.
// - V_nom = 0.70 V and f_max(V_nom) = 200 MHz: the default preset's MAC energy is Colonnade's
//   0.7 V figure (Kim et al., JSSC 2021, 65 nm digital bit-serial CIM) and its clock is 200 MHz,
//   so the default design runs at the voltage its energies were measured at [E].
// - V_th = 0.469 V: fitted so the curve also passes FERMI-ML's 350 MHz at 0.9 V (Lokhande et
//   al., arXiv 2511.12544, 65 nm digital CIM macro, post-layout).
// - V_min = 0.60 V: the lowest supply of Colonnade's measurements (0.6 / 0.7 / 0.8 V).
// - V_max = 1.20 V: the nominal core supply of a 65 nm low-power process (Fuketa et al.,
//   IEEE TVLSI 21(6), 2013, 65 nm CMOS at 1.2 V nominal); f_max(1.2 V) = 521.6 MHz.
// Never destroyed: simulations still running on worker threads when the process exits
// may read it after static destructors have started (ThreadSanitizer saw that race).
const std::vector<NodeCurve>& kNodes = *new const std::vector<NodeCurve>{
    {65, 0.60, 0.70, 1.20, 0.469, 1.3, 200.0,
     "alpha-power law (Sakurai-Newton 1990, alpha 1.3) through 200 MHz at 0.70 V (default design "
     "point, Colonnade JSSC 2021 energies) and 350 MHz at 0.90 V (FERMI-ML, arXiv 2511.12544); "
     "0.60-1.20 V"},
};

double g(const NodeCurve& n, double v) {
    const double overdrive = v - n.v_th;
    if (!(overdrive > 0) || !(v > 0)) return 0.0;
    return std::pow(overdrive, n.alpha) / v;
}

}  // namespace

const NodeCurve* find_node_curve(double technology_nm) {
    for (const auto& n : kNodes)
        if (n.node_nm == technology_nm) return &n;
    return nullptr;
}

std::string supported_nodes_text() {
    std::string text;
    for (const auto& n : kNodes) {
        if (!text.empty()) text += ", ";
        text += std::to_string(static_cast<int>(n.node_nm));
    }
    return text;
}

double f_max_mhz(const NodeCurve& node, double v) { return node.f_nom_mhz * g(node, v) / g(node, node.v_nom); }

double node_f_limit_mhz(const NodeCurve& node) { return f_max_mhz(node, node.v_max); }

std::optional<double> operating_voltage(const NodeCurve& node, double frequency_mhz) {
    // Whole millivolts: V_nom itself is a grid point, so a clock of exactly f_nom runs at
    // exactly V_nom and a preset's energies are used unchanged (no rounding drift).
    long lo = std::lround(node.v_min * 1000.0);
    long hi = std::lround(node.v_max * 1000.0);
    const auto volts = [](long mv) { return static_cast<double>(mv) / 1000.0; };
    if (!(f_max_mhz(node, volts(hi)) >= frequency_mhz)) return std::nullopt;
    if (f_max_mhz(node, volts(lo)) >= frequency_mhz) return volts(lo);
    // f_max grows with V above V_th: f_max(lo) < f <= f_max(hi).
    while (hi - lo > 1) {
        const long mid = lo + (hi - lo) / 2;
        if (f_max_mhz(node, volts(mid)) >= frequency_mhz)
            hi = mid;
        else
            lo = mid;
    }
    return volts(hi);
}

VoltageScaling voltage_scaling(double technology_nm, double frequency_mhz) {
    const NodeCurve* node = find_node_curve(technology_nm);
    if (!node)
        throw std::invalid_argument("no voltage/frequency curve for a " + std::to_string(technology_nm) +
                                    " nm node (supported: " + supported_nodes_text() + " nm)");
    VoltageScaling s;
    s.voltage_v = operating_voltage(*node, frequency_mhz).value_or(node->v_max);
    const double ratio = s.voltage_v / node->v_nom;
    s.dynamic = ratio * ratio;
    s.static_ = ratio;
    return s;
}

}  // namespace edgecim::hw
