// edgecim-cli sweep: the cartesian product of --vary axes, evaluated on all cores.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/thread_pool.hpp"
#include "interrupt.hpp"
#include "output_file.hpp"
#include "search_setup.hpp"
#include "simulation_setup.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

// Redrawn at most every 100 ms: a fast sweep finishes thousands of points a second.
class ProgressBar {
public:
    void operator()(std::uint64_t done, std::uint64_t total) {
        const auto now = std::chrono::steady_clock::now();
        if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        const int width = 40;
        const int filled =
            static_cast<int>(static_cast<double>(width) * static_cast<double>(done) / static_cast<double>(total));
        std::fprintf(stderr, "\r[%s%s] %llu/%llu points", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                     std::string(static_cast<std::size_t>(width - filled), '.').c_str(),
                     static_cast<unsigned long long>(done), static_cast<unsigned long long>(total));
        if (done == total) std::fputc('\n', stderr);
        std::fflush(stderr);
    }

private:
    std::chrono::steady_clock::time_point last_{};
};

void write_table(const SweepSpec& spec, const std::vector<SweepRow>& rows, std::ostream& out) {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::string> header;
    for (const auto& axis : spec.axes) header.push_back(axis.key);
    for (const char* name : {"tokens/s", "tokens/J", "mJ/token", "W", "mm2", "bound", "error"})
        header.emplace_back(name);
    cells.push_back(header);
    const auto fixed = [](double v, int decimals) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
        return std::string(buf);
    };
    for (const auto& row : rows) {
        std::vector<std::string> line;
        const auto indices = spec.point_indices(row.index);
        for (std::size_t a = 0; a < indices.size(); ++a) line.push_back(spec.axes[a].labels[indices[a]]);
        if (const auto& m = row.metrics) {
            line.insert(line.end(), {fixed(m->decode_tokens_per_s, 1), fixed(m->tokens_per_j, 1),
                                     fixed(m->energy_per_token_j * 1e3, 3), fixed(m->average_power_w, 3),
                                     fixed(m->area_mm2, 2), m->bound, ""});
        } else {
            line.insert(line.end(), {"-", "-", "-", "-", "-", "-", row.error});
        }
        cells.push_back(std::move(line));
    }
    write_columns(out, cells);
}

}  // namespace

int cmd_sweep(const Args& args) {
    auto specs = sweep_option_specs();
    specs.insert(specs.end() - 1, out_option());  // before --help; edgecim-mpi adds its own --out
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli sweep --vary KEY=VALUES [--vary KEY=VALUES]... [--config FILE] [options]\n\n"
                     "Evaluates every combination of the --vary values (the first --vary varies slowest) on top\n"
                     "of the configuration built from --config, --model, --set etc., on all cores, and prints one\n"
                     "row per point: the varied keys, then the metrics of 'run --format csv' plus active_tiles\n"
                     "and mapping, then error. Any scalar preset key can be varied (see 'edgecim-cli params'):\n"
                     "  --vary hardware.chip.tiles=16,32,64                a list\n"
                     "  --vary hardware.macro.rows=64..512:*2              geometric: 64, 128, 256, 512\n"
                     "  --vary hardware.dram.bandwidth_gbps=25.6..102.4:+25.6   arithmetic\n"
                     "  --vary mapping.active_tiles=auto,4,8  --vary workload.model=llama-3.2-1b,qwen3-0.6b\n"
                     "Integer keys round geometric values and drop repeats. At most 1,000,000 points.\n"
                     "A combination that is not a valid configuration (e.g. mapping.active_tiles >= tiles) is\n"
                     "not an error: its row carries the problem in 'error' and no metrics. Rows are in the same\n"
                     "order for any --jobs. A progress bar is drawn on stderr when it is a terminal; Ctrl-C\n"
                     "stops, writes the rows done (the others with error 'not evaluated') and exits 1.\n"
                     "CSV is RFC 4180 (CRLF); JSON is an array of objects (numbers stay numbers, error null).\n"
                     "Exit codes: 0 done, 1 interrupted or runtime failure, 2 bad input (e.g. a malformed --vary).\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    if (!parsed.positionals.empty()) throw UsageError("unexpected argument '" + parsed.positionals.front() + "'");
    if (!parsed.has("vary")) throw UsageError("no --vary given (e.g. --vary hardware.chip.tiles=16,32,64; see --help)");
    const OutputFormat format = parse_format(parsed, true);
    const SweepSpec spec = parse_sweep(parsed.all("vary"));
    const Config config = build_config(parsed);
    SweepOptions sweep_options;
    sweep_options.sim = parse_sim_options(parsed, Evaluator::analytical);
    sweep_options.jobs = static_cast<int>(integer_option(parsed, "jobs", ThreadPool::default_thread_count(), 1, 1024));
    if (isatty(STDERR_FILENO)) sweep_options.progress = ProgressBar{};
    const InterruptScope interrupt;
    sweep_options.cancel = interrupt.flag();
    const std::vector<SweepRow> rows = run_sweep(config, spec, sweep_options);

    std::ostringstream text;
    if (format == OutputFormat::json)
        write_sweep_json(spec, rows, text);
    else if (format == OutputFormat::csv)
        write_sweep_csv(spec, rows, text);
    else
        write_table(spec, rows, text);
    emit_output(parsed, text.str());
    if (interrupt.interrupted()) {
        std::cerr << "edgecim-cli sweep: interrupted; rows not evaluated are marked in 'error'\n";
        return kExitRuntime;
    }
    return kExitOk;
}

}  // namespace edgecim::cli
