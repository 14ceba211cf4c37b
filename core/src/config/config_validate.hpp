#pragma once
// Validation shared by load_config (which knows where each key was written) and
// validate() (in-memory configurations from the GUI or --set).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {

struct KeyLocation {
    int line = 0;
    int column = 0;
};
using KeyLocations = std::map<std::string, KeyLocation>;

// file: preset the config came from ("" for in-memory); locations may be empty.
std::vector<Problem> validate_config(const Config& config, const std::string& file, const KeyLocations& locations);

}  // namespace edgecim
