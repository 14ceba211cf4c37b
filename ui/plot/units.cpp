#include "plot/units.hpp"

#include <QObject>
#include <cmath>

namespace edgecim::ui::units {

namespace {
Scaled pick(double value, const QString& base, const QString& milli, const QString& micro, const QString& nano) {
    const double v = std::fabs(value);
    if (v >= 1 || v == 0) return {1, base};
    if (v >= 1e-3) return {1e3, milli};
    if (v >= 1e-6) return {1e6, micro};
    return {1e9, nano};
}
}  // namespace

Scaled timeScale(double seconds) {
    return pick(seconds, QStringLiteral("s"), QStringLiteral("ms"), QStringLiteral("µs"), QStringLiteral("ns"));
}

Scaled energyScale(double joules) {
    return pick(joules, QStringLiteral("J"), QStringLiteral("mJ"), QStringLiteral("µJ"), QStringLiteral("nJ"));
}

QString formatNumber(double value, int significant) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    const double v = std::fabs(value);
    if (v >= std::pow(10.0, significant)) return QString::number(value, 'f', 0);
    const int digits = v == 0 ? 0 : std::max(0, significant - 1 - static_cast<int>(std::floor(std::log10(v))));
    return QString::number(value, 'f', digits);
}

QString formatTime(double seconds) {
    const Scaled s = timeScale(seconds);
    return formatNumber(seconds * s.factor) + QLatin1Char(' ') + s.unit;
}

QString formatEnergy(double joules) {
    const Scaled s = energyScale(joules);
    return formatNumber(joules * s.factor) + QLatin1Char(' ') + s.unit;
}

QString formatCount(double value) {
    const double v = std::fabs(value);
    if (v >= 1e9) return formatNumber(value / 1e9) + QStringLiteral(" B");
    if (v >= 1e6) return formatNumber(value / 1e6) + QStringLiteral(" M");
    if (v >= 1e3) return formatNumber(value / 1e3) + QStringLiteral(" k");
    return formatNumber(value);
}

QString formatBytes(double bytes) {
    const double v = std::fabs(bytes);
    if (v >= 1e9) return formatNumber(bytes / 1e9) + QStringLiteral(" GB");
    if (v >= 1e6) return formatNumber(bytes / 1e6) + QStringLiteral(" MB");
    if (v >= 1e3) return formatNumber(bytes / 1e3) + QStringLiteral(" kB");
    return formatNumber(bytes) + QStringLiteral(" B");
}

QString formatTiles(std::int64_t tiles) {
    return tiles == 1 ? QObject::tr("1 tile") : QObject::tr("%1 tiles").arg(tiles);
}

}  // namespace edgecim::ui::units
