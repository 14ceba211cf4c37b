#include "comparison.hpp"

#include <cstdio>
#include <sstream>

#include "edgecim/param_table.hpp"
#include "edgecim/workload_fit.hpp"
#include "text_format.hpp"

namespace edgecim::cli {

void write_comparison_table(const std::vector<ModelComparison>& rows, EnergyBoundary boundary, std::ostream& out) {
    if (rows.empty()) return;
    out << "EdgeCIM tokens/J at both energy boundaries (chip | system); gains at the preset's boundary ("
        << to_string(boundary) << ")\n\n";
    out << "model           " << pad_left("tok/s", 9) << pad_left("tok/J chip", 12) << pad_left("tok/J sys", 11);
    for (const auto& b : rows.front().baselines)
        out << " | " << terminal_safe(b.name) << ": tok/s  speedup  tok/J  gain";
    out << "\n";
    // Entries that cannot run the workload: a short mark in the table, the reason below it.
    std::vector<std::string> reasons;
    const auto mark = [&reasons](const std::string& who, const std::string& reason) -> std::string {
        reasons.push_back(who + ": " + not_available_text(reason));
        return "n/a[" + std::to_string(reasons.size()) + "]";
    };
    for (const auto& row : rows) {
        std::ostringstream line;
        std::string name = terminal_safe(row.model);
        name.resize(16, ' ');
        line << name;
        if (row.runs())
            line << pad_left(fixed(row.tokens_per_s, 1), 9) << pad_left(fixed(row.tokens_per_j_chip, 1), 12)
                 << pad_left(fixed(row.tokens_per_j_system, 1), 11);
        else
            line << pad_left(mark(row.model + " on EdgeCIM", row.na_reason), 9) << pad_left("", 12) << pad_left("", 11);
        for (const auto& b : row.baselines) {
            if (!b.runs()) {
                line << " | " << pad_left(mark(row.model + " on " + b.name, b.na_reason), b.name.size() + 7)
                     << pad_left("", 9) << pad_left("", 7) << pad_left("", 6);
                continue;
            }
            line << " | " << pad_left(fixed(b.result.tokens_per_s, 1), b.name.size() + 7)
                 << pad_left(b.speedup ? fixed(*b.speedup, 2) + "x" : "n/a", 9)
                 << pad_left(b.result.tokens_per_j ? fixed(*b.result.tokens_per_j, 2) : "n/a", 7)
                 << pad_left(b.efficiency_gain ? fixed(*b.efficiency_gain, 1) + "x" : "n/a", 6);
        }
        std::string text = line.str();
        text.erase(text.find_last_not_of(' ') + 1);  // n/a rows leave empty columns at the end
        out << text << "\n";
    }
    if (reasons.empty()) return;
    out << "\n";
    for (std::size_t i = 0; i < reasons.size(); ++i) out << "[" << i + 1 << "] " << terminal_safe(reasons[i]) << "\n";
}

}  // namespace edgecim::cli
