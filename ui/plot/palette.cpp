#include "plot/palette.hpp"

#include <QObject>
#include <algorithm>
#include <array>
#include <cmath>

namespace edgecim::ui::palette {

QColor activity(Activity a) {
    switch (a) {
        case Activity::fetch:
            return QColor(0x0072B2);  // blue: DRAM weight stream
        case Activity::write:
            return QColor(0xE69F00);  // orange: macro weight writes
        case Activity::compute:
            return QColor(0x009E73);  // green: CIM compute
        case Activity::stall:
            return QColor(0xD55E00);  // vermillion: waiting
        case Activity::kv_read:
            return QColor(0x56B4E9);  // light blue
        case Activity::kv_write:
            return QColor(0x8C6BB1);  // purple
        case Activity::sfu:
            return QColor(0xCC79A7);  // pink
        case Activity::vector:
            return QColor(0xF0E442).darker(115);
        case Activity::interconnect:
            return QColor(0x999999);
    }
    return Qt::gray;
}

QColor energyComponent(EnergyComponent c) {
    static const std::array<QColor, kEnergyComponentCount> colours = {
        QColor(0x009E73),              // cim_mac
        QColor(0xE69F00),              // macro_write
        QColor(0x0072B2),              // dram_weight_read
        QColor(0x56B4E9),              // dram_kv_read
        QColor(0x8C6BB1),              // dram_kv_write
        QColor(0xF0E442).darker(115),  // buffer
        QColor(0x999999),              // interconnect
        QColor(0xCC79A7),              // sfu
        QColor(0x7F3C8D),              // vector_unit
        QColor(0xD55E00),              // static_chip
        QColor(0x5F4B3A),              // dram_background
        QColor(0x1B3A5C),              // dram_activation_spill
    };
    return colours[static_cast<std::size_t>(c)];
}

QColor opKind(OpKind kind) {
    // Tableau 20 cycled: op kinds are many and only need to be told apart.
    static const std::array<QColor, 20> colours = {
        QColor(0x4E79A7), QColor(0xA0CBE8), QColor(0xF28E2B), QColor(0xFFBE7D), QColor(0x59A14F),
        QColor(0x8CD17D), QColor(0xB6992D), QColor(0xF1CE63), QColor(0x499894), QColor(0x86BCB6),
        QColor(0xE15759), QColor(0xFF9D9A), QColor(0x79706E), QColor(0xBAB0AC), QColor(0xD37295),
        QColor(0xFABFD2), QColor(0xB07AA1), QColor(0xD4A6C8), QColor(0x9D7660), QColor(0xD7B5A6)};
    return colours[static_cast<std::size_t>(kind) % colours.size()];
}

QColor primary() { return QColor(0x0072B2); }
QColor baseline(int index) {
    // Okabe-Ito hues distinct from primary(): one colour per device in every chart.
    static const QColor colours[] = {QColor(0x999999), QColor(0xE69F00), QColor(0x009E73), QColor(0xCC79A7),
                                     QColor(0x56B4E9)};
    return colours[static_cast<std::size_t>(index) % std::size(colours)];
}

QColor secondary() { return QColor(0xD55E00); }
QColor reference() { return QColor(0x555555); }
QColor muted() { return QColor(0xA8A8A8); }
QColor gridLine() { return QColor(0xDDDDDD); }
QColor cardBackground() { return QColor(0xF4F7FA); }
QColor cardAccent() { return QColor(0x1F3B57); }

QColor heat(double fraction) {
    static const std::array<QColor, kHeatStops> viridis = {QColor(0x440154), QColor(0x472D7B), QColor(0x3B528B),
                                                           QColor(0x2C728E), QColor(0x21918C), QColor(0x28AE80),
                                                           QColor(0x5EC962), QColor(0xADDC30), QColor(0xFDE725)};
    const double x = std::clamp(fraction, 0.0, 1.0) * (kHeatStops - 1);
    const int i = std::min(kHeatStops - 2, static_cast<int>(std::floor(x)));
    const double t = x - i;
    const QColor a = viridis[static_cast<std::size_t>(i)], b = viridis[static_cast<std::size_t>(i + 1)];
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

QString activityLabel(Activity a) {
    switch (a) {
        case Activity::fetch:
            return QObject::tr("DRAM weight fetch");
        case Activity::write:
            return QObject::tr("macro write");
        case Activity::compute:
            return QObject::tr("CIM compute");
        case Activity::stall:
            return QObject::tr("stall");
        case Activity::kv_read:
            return QObject::tr("KV read");
        case Activity::kv_write:
            return QObject::tr("KV write");
        case Activity::sfu:
            return QObject::tr("SFU");
        case Activity::vector:
            return QObject::tr("vector unit");
        case Activity::interconnect:
            return QObject::tr("interconnect");
    }
    return {};
}

QString energyComponentLabel(EnergyComponent c) {
    switch (c) {
        case EnergyComponent::cim_mac:
            return QObject::tr("CIM MACs");
        case EnergyComponent::macro_write:
            return QObject::tr("macro writes");
        case EnergyComponent::dram_weight_read:
            return QObject::tr("DRAM weight reads");
        case EnergyComponent::dram_kv_read:
            return QObject::tr("DRAM KV reads");
        case EnergyComponent::dram_kv_write:
            return QObject::tr("DRAM KV writes");
        case EnergyComponent::buffer:
            return QObject::tr("SRAM buffers");
        case EnergyComponent::interconnect:
            return QObject::tr("interconnect");
        case EnergyComponent::sfu:
            return QObject::tr("SFU");
        case EnergyComponent::vector_unit:
            return QObject::tr("vector unit");
        case EnergyComponent::static_chip:
            return QObject::tr("chip static");
        case EnergyComponent::dram_background:
            return QObject::tr("DRAM background");
        case EnergyComponent::dram_activation_spill:
            return QObject::tr("DRAM activation spills");
    }
    return {};
}

QString opKindLabel(OpKind kind) { return QString::fromLatin1(to_string(kind)); }

}  // namespace edgecim::ui::palette
