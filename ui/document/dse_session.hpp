#pragma once
// The last design-space search, kept across restarts: its settings (the space as typed,
// objectives, models, budgets, population, generations, seed) and its result (every
// evaluated design, the front). One JSON file in AppDataLocation beside the autosave
// folder, written atomically (write_file_atomically) when a search ends or the window
// closes mid-search. The designs are stored in core's bit-exact binary encoding
// (serialize_design_points, base64), so a restored scatter shows the very same numbers.
// Reading checks everything against the stored space and never trusts the file: a
// corrupt, truncated or foreign file is an error message, never a crash.
#include <QDateTime>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "controller/dse_worker.hpp"
#include "document/dse_workload.hpp"

namespace edgecim::ui {

// The settings of a search as the form holds them (what restoring puts back).
struct DseSettings {
    QString space_yaml;
    std::vector<Objective> objectives{Objective::latency, Objective::energy};
    std::vector<std::string> models;  // as typed; empty: the model being edited
    Aggregate aggregate = Aggregate::mean;
    int population = 40;
    int generations = 30;
    std::uint64_t seed = 1;
    std::optional<double> area_budget_mm2;
    std::optional<double> power_budget_w;
};

struct DseSession {
    DseSettings settings;
    // The models the search used, as references (the typed ones, or the model being
    // edited when it started): the design being edited is placed with the same ones.
    std::vector<std::string> model_refs;
    // The precision, tokens and energy boundary of its base configuration (dse_workload.hpp);
    // empty when restored from a file written before searches kept them.
    ParamValues workload;
    DesignSpace space;  // parsed from settings.space_yaml
    FrontPtr front;     // keys, objectives, models, points, front, counters
    QDateTime saved_at;
};

namespace dse_session {

// AppDataLocation/dse/last-search.json.
QString defaultPath();
// Largest file read back (a search of 10 million designs would not fit; ours do).
inline constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

// Throws nothing: false and the reason (with the path) when the write fails.
bool save(const QString& path, const DseSession& session, QString* error);
// nullopt and the reason when the file is missing, unreadable, corrupt or does not fit
// its own design space. *missing tells a first start (no file) from a broken one.
std::optional<DseSession> load(const QString& path, QString* error, bool* missing = nullptr);

}  // namespace dse_session

}  // namespace edgecim::ui
