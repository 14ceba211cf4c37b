// Row-at-a-time sweep output. Every row is rendered by write_sweep_csv/json themselves
// and cut out of their output, so a streamed file is byte-identical to the one-shot
// writers whatever they learn later (quoting, cell neutralisation).
#include <sstream>
#include <stdexcept>

#include "edgecim/sweep.hpp"

namespace edgecim {
namespace {

std::string render(const SweepSpec& spec, SweepFormat format, const std::vector<SweepRow>& rows) {
    std::ostringstream out;
    if (format == SweepFormat::csv)
        write_sweep_csv(spec, rows, out);
    else
        write_sweep_json(spec, rows, out);
    return out.str();
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

SweepRowStream::SweepRowStream(const SweepSpec& spec, SweepFormat format)
    : spec_(spec), format_(format), empty_(render(spec, format, {})) {
    if (format_ != SweepFormat::json) return;
    // One row renders as "[" ELEMENT TAIL; TAIL starts with the array's closing line.
    SweepRow probe;
    for (const auto& axis : spec.axes) probe.values.push_back(axis.values.front());
    probe.error = "probe";
    const std::string one = render(spec, format, {probe});
    const auto close = one.rfind("\n]");
    if (!starts_with(one, "[") || !starts_with(empty_, "[") || close == std::string::npos)
        throw std::logic_error("SweepRowStream: unexpected JSON layout from write_sweep_json");
    json_tail_ = one.substr(close);
}

std::string SweepRowStream::header() const { return format_ == SweepFormat::csv ? empty_ : std::string("["); }

std::string SweepRowStream::rows_text(const std::vector<SweepRow>& rows) const {
    if (rows.empty()) return {};
    const std::string text = render(spec_, format_, rows);
    if (format_ == SweepFormat::csv) {
        if (!starts_with(text, empty_)) throw std::logic_error("SweepRowStream: unexpected CSV header");
        return text.substr(empty_.size());
    }
    if (!starts_with(text, "[") || !ends_with(text, json_tail_))
        throw std::logic_error("SweepRowStream: unexpected JSON layout from write_sweep_json");
    return text.substr(1, text.size() - 1 - json_tail_.size());
}

std::string SweepRowStream::separator() const {
    return format_ == SweepFormat::json ? std::string(",") : std::string();
}

std::string SweepRowStream::footer(std::uint64_t rows_written) const {
    if (format_ == SweepFormat::csv) return {};
    return rows_written == 0 ? empty_.substr(1) : json_tail_;
}

}  // namespace edgecim
