// edgecim-mpi sweep: the points of edgecim-cli sweep spread over MPI ranks in chunks,
// rows streamed in edgecim-cli's order through a bounded reorder window.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "common_options.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/sweep.hpp"
#include "edgecim/thread_pool.hpp"
#include "farm_command.hpp"
#include "mpi_command.hpp"
#include "run_control.hpp"
#include "search_setup.hpp"
#include "simulation_setup.hpp"
#include "task_farm.hpp"

namespace edgecim::mpi {
namespace {

using cli::ParsedArgs;
using cli::UsageError;

std::vector<cli::OptionSpec> options() {
    auto specs = mpi_options(cli::sweep_option_specs(),
                             "output format (default csv; table needs every row first, so it cannot stream)");
    specs.push_back(
        {"chunk", "N", "points per work unit (default: about 32 units per rank, at most 256 points)", false});
    for (auto& s : fault_options()) specs.push_back(s);
    return specs;
}

const char* kHelp =
    "Usage: mpirun -np N edgecim-mpi sweep --vary KEY=VALUES [--vary ...] [options of edgecim-cli sweep]\n"
    "                 [--out FILE] [--checkpoint FILE] [--resume FILE]\n\n"
    "edgecim-cli sweep on N MPI ranks. Rank 0 validates the input, hands out chunks of points to\n"
    "whichever rank is idle (and evaluates chunks itself), and streams the rows to --out or stdout\n"
    "as they complete, in the order of edgecim-cli sweep (a bounded reorder window keeps memory\n"
    "flat whatever the number of points). The rows are byte-identical to 'edgecim-cli sweep\n"
    "--format csv|json' with the same options, for any N.\n"
    "--out FILE is written as FILE.part and renamed when complete. With --checkpoint FILE the\n"
    "progress is saved atomically every --checkpoint-interval seconds and on SIGINT/SIGTERM\n"
    "(exit 1); --resume FILE continues from it (same options, any N) without redoing the rows\n"
    "written or duplicating any. --checkpoint and --resume need --out. The checkpoint is removed\n"
    "when the sweep completes.\n"
    "Input files (--config, model files) must be readable by every rank.\n"
    "Exit codes: 0 done, 1 interrupted or runtime failure, 2 bad input (on every rank).\n\n";

struct Setup {
    ParsedArgs parsed;
    bool help = false;
    SweepFormat format = SweepFormat::csv;
    SweepSpec spec;
    Config config;
    SimOptions sim;
    int jobs = 1;
    std::uint64_t chunk = 0;  // 0: automatic
    double interval = 5;
    std::optional<std::string> out, checkpoint;
    std::string fingerprint;
    // Rank 0, when resuming: rows already in the part file and its valid length.
    bool resuming = false;
    std::uint64_t start_point = 0;
    std::uint64_t start_bytes = 0;
};

Setup parse(const Args& args, int rank) {
    Setup s;
    s.help = parse_or_help(args, options(), kHelp, rank, s.parsed);
    if (s.help) return s;
    const ParsedArgs& p = s.parsed;
    if (!p.positionals.empty()) throw UsageError("unexpected argument '" + p.positionals.front() + "'");
    if (!p.has("vary")) throw UsageError("no --vary given (e.g. --vary hardware.chip.tiles=16,32,64; see --help)");
    const std::string format = p.get("format").value_or("csv");
    if (format == "json")
        s.format = SweepFormat::json;
    else if (format != "csv")
        throw UsageError("--format: '" + format + "' cannot be streamed (valid: csv, json)");
    s.spec = parse_sweep(p.all("vary"));
    s.config = cli::build_config(p);
    s.sim = cli::parse_sim_options(p, Evaluator::analytical);
    s.jobs = static_cast<int>(cli::integer_option(p, "jobs", 1, 1, 1024));
    s.chunk =
        static_cast<std::uint64_t>(cli::integer_option(p, "chunk", 0, 1, static_cast<long long>(kMaxSweepPoints)));
    s.interval = checkpoint_interval(p);
    s.out = p.get("out");
    s.checkpoint = p.get("checkpoint");
    const auto resume = p.get("resume");
    if (!s.checkpoint) s.checkpoint = resume;
    if (s.checkpoint && !s.out)
        throw UsageError("--checkpoint/--resume need --out FILE (rows already on stdout cannot be taken back)");
    s.fingerprint = fingerprint("sweep", p, {"checkpoint", "resume", "checkpoint-interval", "jobs", "chunk", "help"},
                                {save_config_text(s.config)});
    (void)SweepPointEvaluator(s.config, s.spec, s.sim);  // an unresolvable model is bad input, here
    if (rank != 0 || !resume) return s;

    s.resuming = true;
    const Checkpoint c = read_resume_checkpoint(
        *resume, "sweep", s.fingerprint, "the same --vary, --config, --set, --format and --out as the interrupted run");
    const std::string part = *s.out + ".part";
    s.start_point = checkpoint_number(c, *resume, "points_done");
    s.start_bytes = checkpoint_number(c, *resume, "output_bytes");
    if (s.start_point > s.spec.point_count())
        throw InputError(Problem{*resume, 0, 0, "points_done", std::to_string(s.start_point) + " points",
                                 "at most " + std::to_string(s.spec.point_count())});
    std::error_code ec;
    const auto size = std::filesystem::file_size(part, ec);
    if (ec || size < s.start_bytes)
        throw InputError(
            Problem{part, 0, 0, "output_bytes",
                    ec ? "the partial output is missing" : "the partial output is shorter than the checkpoint says",
                    std::to_string(s.start_bytes) + " bytes or more (written by the interrupted run)"});
    return s;
}

std::string encode_range(std::uint64_t first, std::uint64_t count) {
    std::string bytes(16, '\0');
    std::memcpy(bytes.data(), &first, 8);
    std::memcpy(bytes.data() + 8, &count, 8);
    return bytes;
}

// Evaluates a chunk into its rows' text: "O" + text, or "X" when cancelled midway.
class ChunkEvaluator {
public:
    explicit ChunkEvaluator(const Setup& s)
        : evaluator_(s.config, s.spec, s.sim), stream_(s.spec, s.format), pool_(s.jobs) {}

    std::string operator()(const std::string& task, const std::atomic<bool>* cancel) {
        std::uint64_t first = 0, count = 0;
        if (task.size() != 16) throw std::runtime_error("malformed sweep task");
        std::memcpy(&first, task.data(), 8);
        std::memcpy(&count, task.data() + 8, 8);
        std::vector<SweepRow> rows(static_cast<std::size_t>(count));
        pool_.parallel_for(
            rows.size(), [&](std::size_t i) { rows[i] = evaluator_.evaluate(first + i); }, cancel);
        if (cancel && cancel->load()) return kCancelledResult;
        return ok_result(stream_.rows_text(rows));
    }

    const SweepRowStream& stream() const { return stream_; }

private:
    SweepPointEvaluator evaluator_;
    SweepRowStream stream_;
    ThreadPool pool_;
};

// Rank 0: the output (stdout, or FILE.part renamed to FILE at the end) and its checkpoints.
class RowSink {
public:
    RowSink(const Setup& s, const SweepRowStream& stream) : s_(s), stream_(stream), rows_(s.start_point) {
        if (!s.out) {
            file_ = stdout;
            put(stream_.header());
            return;
        }
        part_ = *s.out + ".part";
        file_ = std::fopen(part_.c_str(), s.resuming ? "r+b" : "wb");
        if (!file_) throw std::runtime_error("cannot write '" + part_ + "'");
        if (s.resuming) {
            // Rows after the checkpoint may be on disk already: they are written again.
            if (::ftruncate(::fileno(file_), static_cast<off_t>(s.start_bytes)) != 0 ||
                std::fseek(file_, 0, SEEK_END) != 0)
                throw std::runtime_error("cannot truncate '" + part_ + "'");
        } else {
            put(stream_.header());
        }
    }

    ~RowSink() {
        if (file_ && file_ != stdout) std::fclose(file_);
    }

    void add(const std::string& text, std::uint64_t rows) {
        if (rows == 0) return;
        if (rows_ > 0) put(stream_.separator());
        put(text);
        rows_ += rows;
    }

    std::uint64_t rows() const { return rows_; }

    void save_checkpoint() {
        if (!s_.checkpoint) return;
        sync();
        Checkpoint c;
        c.fields = {{"command", "sweep"},
                    {"fingerprint", s_.fingerprint},
                    {"points_done", std::to_string(rows_)},
                    {"points_total", std::to_string(s_.spec.point_count())},
                    {"output_bytes", std::to_string(std::ftell(file_))}};
        write_checkpoint(*s_.checkpoint, c);
    }

    // Complete: the footer, then FILE.part becomes FILE and the checkpoint goes.
    void finish() {
        put(stream_.footer(rows_));
        if (!s_.out) {
            if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw std::runtime_error("cannot write to stdout");
            return;
        }
        sync();
        std::fclose(file_);
        file_ = nullptr;
        if (std::rename(part_.c_str(), s_.out->c_str()) != 0)
            throw std::runtime_error("cannot write '" + *s_.out + "'");
        if (s_.checkpoint) std::remove(s_.checkpoint->c_str());
    }

    // Interrupted: with a checkpoint the part file stays for --resume; without one a file
    // output is dropped (never a truncated FILE) and stdout gets its footer.
    void abandon() {
        if (s_.checkpoint) {
            save_checkpoint();
            return;
        }
        if (!s_.out) {
            put(stream_.footer(rows_));
            std::fflush(stdout);
            return;
        }
        std::fclose(file_);
        file_ = nullptr;
        std::remove(part_.c_str());
    }

private:
    void put(const std::string& text) {
        if (!text.empty() && std::fwrite(text.data(), 1, text.size(), file_) != text.size())
            throw std::runtime_error("cannot write to " + (s_.out ? "'" + part_ + "'" : std::string("stdout")));
    }
    void sync() {
        if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0 || std::ferror(file_))
            throw std::runtime_error("cannot write '" + part_ + "'");
    }

    const Setup& s_;
    const SweepRowStream& stream_;
    std::string part_;
    std::FILE* file_ = nullptr;
    std::uint64_t rows_ = 0;
};

int run_master(const Setup& s, MPI_Comm comm, const StopSignals& signals) {
    int size = 1;
    MPI_Comm_size(comm, &size);
    ChunkEvaluator evaluate(s);
    const std::uint64_t total = s.spec.point_count();
    const std::uint64_t remaining = total - s.start_point;
    const std::uint64_t chunk =
        s.chunk ? s.chunk : std::clamp<std::uint64_t>(remaining / (static_cast<std::uint64_t>(size) * 32), 1, 256);
    const std::uint64_t chunks = (remaining + chunk - 1) / chunk;
    // Chunks handed out may run at most this far ahead of the oldest unwritten one, so the
    // rows waiting for their turn stay bounded (window * chunk rows).
    const std::uint64_t window = std::max<std::uint64_t>(8, 4 * static_cast<std::uint64_t>(size));

    RowSink sink(s, evaluate.stream());
    Farm farm(
        comm, [&](const std::string& t, const std::atomic<bool>* c) { return evaluate(t, c); }, signals.flag());
    CheckpointTimer timer(s.interval);
    std::map<std::uint64_t, std::string> waiting;
    std::uint64_t next_chunk = 0, next_write = 0;
    std::string failure;
    bool saved_on_stop = false;
    const auto range = [&](std::uint64_t c) {
        const std::uint64_t first = s.start_point + c * chunk;
        return std::pair{first, std::min(chunk, total - first)};
    };
    try {
        farm.run(
            [&]() -> std::optional<Task> {
                if (signals.raised() || !failure.empty() || next_chunk >= chunks || next_chunk >= next_write + window)
                    return std::nullopt;
                const auto [first, count] = range(next_chunk);
                return Task{next_chunk++, encode_range(first, count)};
            },
            // A cancelled chunk stops the job; it is redone on --resume.
            deliver_results(signals, failure,
                            [&](std::uint64_t id, std::string& rows) {
                                waiting.emplace(id, std::move(rows));
                                for (auto it = waiting.find(next_write); it != waiting.end();
                                     it = waiting.find(next_write)) {
                                    sink.add(it->second, range(next_write).second);
                                    waiting.erase(it);
                                    ++next_write;
                                    inject_faults(sink.rows());
                                    if (timer.due()) {
                                        sink.save_checkpoint();
                                        timer.reset();
                                    }
                                }
                            }),
            [&] {
                // A stop signal saves the rows written so far at once: the job may be killed soon.
                if (signals.raised() && !saved_on_stop) {
                    saved_on_stop = true;
                    sink.save_checkpoint();
                }
            });
    } catch (const std::exception& e) {
        // Ranks may still be busy with chunks nobody will collect: end the whole job.
        report_runtime_error("sweep", e);
        MPI_Abort(comm, 1);
    }
    if (!failure.empty()) {
        farm.stop_workers(1);
        sink.abandon();
        std::cerr << "edgecim-mpi sweep: error: " << failure << "\n";
        return 1;
    }
    if (signals.raised() || next_write < chunks) {
        farm.stop_workers(1);
        sink.abandon();
        std::cerr << "edgecim-mpi sweep: interrupted after " << sink.rows() << " of " << total << " points";
        if (s.checkpoint) std::cerr << "; continue with --resume " << *s.checkpoint;
        std::cerr << "\n";
        return 1;
    }
    try {
        sink.finish();
    } catch (const std::exception& e) {
        farm.stop_workers(1);
        return report_runtime_error("sweep", e);
    }
    farm.stop_workers(0);
    return 0;
}

}  // namespace

int mpi_sweep(const Args& args, MPI_Comm comm) {
    return run_farm_command<Setup>(comm, {.name = "sweep",
                                          .parse = [&args](int rank) { return parse(args, rank); },
                                          .worker = [](const Setup& s) -> TaskFunction {
                                              auto evaluate = std::make_shared<ChunkEvaluator>(s);
                                              return [evaluate](const std::string& t, const std::atomic<bool>* c) {
                                                  return (*evaluate)(t, c);
                                              };
                                          },
                                          .master = run_master});
}

}  // namespace edgecim::mpi
