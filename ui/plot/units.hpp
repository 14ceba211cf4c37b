#pragma once
// Choosing display units for SI quantities, so every axis and label reads naturally
// (µs for a decode step, ms for TTFT, mJ per token...).
#include <QString>
#include <cstdint>

namespace edgecim::ui::units {

struct Scaled {
    double factor;  // multiply the SI value by this
    QString unit;
};

Scaled timeScale(double seconds);   // s, ms, µs, ns
Scaled energyScale(double joules);  // J, mJ, µJ, nJ
QString formatTime(double seconds);
QString formatEnergy(double joules);
QString formatNumber(double value, int significant = 3);
QString formatCount(double value);  // 1.24 B, 494 M, 12.3 k
QString formatBytes(double bytes);  // 621 MB, 1.2 GB (decimal units)
// "1 tile", "8 tiles": the mapping's wave width A as cards and reports word it.
QString formatTiles(std::int64_t tiles);

}  // namespace edgecim::ui::units
