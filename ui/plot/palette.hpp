#pragma once
// Every colour the charts use, in one place, so the timeline, the energy stacks and
// their legends agree. Colour-blind-safe hues (Okabe-Ito and Tableau 10 derived).
#include <QColor>
#include <QString>

#include "edgecim/lowering.hpp"
#include "edgecim/simulation.hpp"

namespace edgecim::ui::palette {

QColor activity(Activity activity);
QColor energyComponent(EnergyComponent component);
QColor opKind(OpKind kind);

QColor primary();            // EdgeCIM's own series
QColor secondary();          // a second quantity on the same chart
QColor baseline(int index);  // baseline devices, in comparison order (muted, distinct)
QColor reference();          // rooflines and limits
QColor muted();              // context points (other models)
QColor gridLine();
QColor cardBackground();
QColor cardAccent();

// A perceptually uniform dark-to-bright ramp (viridis), stops in [0, 1].
QColor heat(double fraction);
inline constexpr int kHeatStops = 9;

// Human-readable names for enums shown in legends.
QString activityLabel(Activity activity);
QString energyComponentLabel(EnergyComponent component);
QString opKindLabel(OpKind kind);

}  // namespace edgecim::ui::palette
