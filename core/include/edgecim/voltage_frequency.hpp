#pragma once
// Supply voltage of the chip as a function of its clock, per technology node, and the
// scaling of on-chip energies and leakage with that voltage (docs/model.md#voltage-and-frequency).
//
//   f_max(V) = f_nom * g(V) / g(V_nom),  g(V) = (V - V_th)^alpha / V   (alpha-power law)
//   V(f)     = the lowest V on a 1 mV grid in [V_min, V_max] with f_max(V) >= f
//   dynamic energy x (V / V_nom)^2,  static power x (V / V_nom)
//
// The energy and leakage values of a preset are the values at V_nom.
#include <optional>
#include <string>
#include <vector>

namespace edgecim::hw {

struct NodeCurve {
    double node_nm = 0;
    double v_min = 0;      // lowest supply the node's SRAM and logic run at (V)
    double v_nom = 0;      // supply at which preset energies and leakage are stated (V)
    double v_max = 0;      // highest rated core supply (V)
    double v_th = 0;       // threshold voltage of the alpha-power law (V)
    double alpha = 0;      // velocity-saturation exponent of the alpha-power law
    double f_nom_mhz = 0;  // f_max(v_nom)
    const char* source = "";
};

// The curve of a node, or nullptr when the node has none.
const NodeCurve* find_node_curve(double technology_nm);
// "65" or "28, 65": the nodes a preset may name.
std::string supported_nodes_text();

// Highest clock (MHz) the node reaches at supply v.
double f_max_mhz(const NodeCurve& node, double v);
// Highest clock of the node at all, f_max(V_max).
double node_f_limit_mhz(const NodeCurve& node);
// Lowest supply (a whole number of mV) that reaches frequency_mhz; nullopt above f_max(V_max).
std::optional<double> operating_voltage(const NodeCurve& node, double frequency_mhz);

struct VoltageScaling {
    double voltage_v = 0;
    double dynamic = 1;  // (V / V_nom)^2: MAC, macro write, accumulator, buffer, network, SFU, vector unit
    double static_ = 1;  // V / V_nom: macro leakage and chip static power
};
// Throws std::invalid_argument for a node without a curve. Clocks above f_max(V_max), which
// validation rejects, run at V_max so an unvalidated configuration still gets finite numbers.
VoltageScaling voltage_scaling(double technology_nm, double frequency_mhz);

}  // namespace edgecim::hw
