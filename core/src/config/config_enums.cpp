#include "edgecim/config.hpp"

namespace edgecim {

std::string_view to_string(MappingStrategy s) {
    switch (s) {
        case MappingStrategy::layer_sequential:
            return "layer_sequential";
        case MappingStrategy::active_tile_pipeline:
            return "active_tile_pipeline";
        case MappingStrategy::automatic:
            return "auto";
    }
    return "active_tile_pipeline";
}

std::string_view to_string(AttentionPlacement a) { return a == AttentionPlacement::cim ? "cim" : "vector_unit"; }

std::string_view to_string(EnergyBoundary b) { return b == EnergyBoundary::chip ? "chip" : "system"; }

}  // namespace edgecim
