// The event simulator. Every resource serves its work in program order, so the events
// can be generated in one pass: each chunk of weight blocks becomes a fetch on the DRAM
// server, a write on its tile group's write port, a compute on its tile group and a
// partial-sum transfer on the interconnect, each starting when both its inputs and its
// resource are free. Groups compute concurrently: a chunk waits for its own weights, the
// op's input vector and its group's previous chunk, never for another group. A chunk is the coarsest grouping that
// keeps timing exact: all its blocks are fetched back to back and written and computed in parallel by one group.
#include <algorithm>
#include <string>

#include "sim/step_outcome.hpp"

namespace edgecim::sim {

namespace {

struct Recorder {
    explicit Recorder(Timeline* timeline) : t(timeline) {}
    Timeline* t = nullptr;
    int dram = 0, sfu = 1, vector = 2, interconnect = 3;
    int first_group = 4;

    void setup(const Program& p, const mapping::MappingPlan& plan) {
        if (!t) return;
        t->resources = {"DRAM", "SFU", "Vector unit", "Interconnect"};
        const int a = plan.active_tiles;
        for (int g = 0; g < plan.groups; ++g) {
            // Appends, not operator+ chains: GCC 12 warns falsely (-Wrestrict) on those.
            std::string tiles = a == 1 ? "Tile " : "Tiles ";
            tiles.append(std::to_string(g * a));
            if (a > 1) tiles.append("-").append(std::to_string(g * a + a - 1));
            t->resources.push_back(tiles);
            t->resources.back().append(" write");
            t->resources.push_back(tiles);
            t->resources.back().append(" compute");
        }
        t->ops.reserve(p.ops.size());
        for (const StageOp& s : p.ops) {
            std::string name;
            if (s.layer >= 0) name.append("L").append(std::to_string(s.layer)).append(".");
            name.append(to_string(s.kind));
            t->ops.push_back(TimelineOp{s.kind, s.layer, std::move(name)});
        }
    }
    int write_track(std::int64_t g) const { return first_group + 2 * static_cast<int>(g); }
    int compute_track(std::int64_t g) const { return first_group + 2 * static_cast<int>(g) + 1; }

    // An upper bound on the records (five per chunk, three per op), reserved so the
    // vector never reallocates: a 4B decode step records ~0.4 M of them.
    void reserve(const Program& p, const mapping::MappingPlan& plan) {
        if (!t) return;
        std::size_t n = 0;
        for (const StageOp& s : p.ops) n += 5 * static_cast<std::size_t>(chunks_of(s, plan)) + 3;
        t->records.reserve(n);
        last_on.assign(t->resources.size(), -1);
    }

    void add(int resource, double s, double e, Activity a, const StageOp& op, std::int64_t b0 = 0,
             std::int64_t b1 = 0) {
        if (!t || !(e > s)) return;
        // Join a span that starts exactly where the resource's previous one, of the same op
        // and activity, ended (back-to-back fetches of one matrix).
        std::int64_t& last = last_on[static_cast<std::size_t>(resource)];
        if (last >= 0) {
            TimelineRecord& prev = t->records[static_cast<std::size_t>(last)];
            if (prev.end_s == s && prev.activity == a && prev.op == op.op_index && prev.block_end == b0) {
                prev.end_s = e;
                prev.block_end = b1;
                return;
            }
        }
        last = static_cast<std::int64_t>(t->records.size());
        t->records.push_back(TimelineRecord{s, e, b0, b1, resource, op.op_index, op.layer, a});
    }

    std::vector<std::int64_t> last_on;  // per resource: index of its latest record, or -1
};

}  // namespace

StepOutcome run_event(const Program& p, const mapping::MappingPlan& plan, Timeline* timeline) {
    const int G = std::max(1, plan.groups);
    const int S = std::max(1, plan.slots);
    const double lat = p.dram_latency_s;
    std::vector<double> slot_free(static_cast<std::size_t>(S), 0.0);
    std::vector<double> wport_free(static_cast<std::size_t>(G), 0.0);
    std::vector<double> group_compute_end(static_cast<std::size_t>(G), 0.0);  // per group: compute free
    StepOutcome out;
    out.op_end_s.resize(p.ops.size());
    out.group_busy_s.assign(static_cast<std::size_t>(G), 0.0);
    Recorder rec(timeline);
    rec.setup(p, plan);
    rec.reserve(p, plan);

    double dram_free = 0, chain = 0, ic_free = 0, sfu_free = 0, vec_free = 0;
    std::int64_t chunk = 0;
    for (std::size_t i = 0; i < p.ops.size(); ++i) {
        const StageOp& op = p.ops[i];
        const double ready = chain;
        double end = ready;
        const std::int64_t chunks = chunks_of(op, plan);
        if (chunks > 0 && op.resident) {
            // Weights already in the macros: chunk j computes on group j mod G.
            const double blocks_per_chunk = static_cast<double>(op.blocks) / static_cast<double>(chunks);
            const double ic_s = op.interconnect_total_s / static_cast<double>(chunks);
            for (std::int64_t j = 0; j < chunks; ++j) {
                const auto g = static_cast<std::size_t>(j % G);
                const double c_start = std::max(ready, group_compute_end[g]);
                const double c_end = c_start + op.compute_s;
                group_compute_end[g] = c_end;
                const double ic_start = std::max(c_end, ic_free);
                ic_free = ic_start + ic_s;
                out.group_busy_s[g] += op.compute_s;
                if (timeline) {
                    const auto b0 = static_cast<std::int64_t>(static_cast<double>(j) * blocks_per_chunk);
                    const auto b1 = static_cast<std::int64_t>(static_cast<double>(j + 1) * blocks_per_chunk);
                    rec.add(rec.compute_track(g), c_start, c_end, Activity::compute, op, b0, b1);
                    rec.add(rec.interconnect, ic_start, ic_free, Activity::interconnect, op, b0, b1);
                }
            }
            end = ic_free;
        } else if (chunks > 0) {
            const double blocks_per_chunk = static_cast<double>(op.blocks) / static_cast<double>(chunks);
            const double fetch_s = op.fetch_total_s / static_cast<double>(chunks);
            const double ic_s = op.interconnect_total_s / static_cast<double>(chunks);
            for (std::int64_t j = 0; j < chunks; ++j, ++chunk) {
                const auto s = static_cast<std::size_t>(chunk % S);
                const auto g = static_cast<std::size_t>(chunk % G);
                const double f_start = std::max(dram_free, slot_free[s]);
                const double f_end = f_start + fetch_s;
                dram_free = f_end;
                const double w_end = std::max(f_end + lat, wport_free[g]) + op.write_s;
                wport_free[g] = w_end;
                const double c_start = std::max({w_end, ready, group_compute_end[g]});
                const double c_end = c_start + op.compute_s;
                slot_free[s] = c_end;
                const double ic_start = std::max(c_end, ic_free);
                ic_free = ic_start + ic_s;
                out.group_busy_s[g] += op.write_s + op.compute_s;
                if (timeline) {
                    const auto b0 = static_cast<std::int64_t>(static_cast<double>(j) * blocks_per_chunk);
                    const auto b1 = static_cast<std::int64_t>(static_cast<double>(j + 1) * blocks_per_chunk);
                    rec.add(rec.dram, f_start, f_end, op.kv_fetch ? Activity::kv_read : Activity::fetch, op, b0, b1);
                    rec.add(rec.write_track(g), w_end - op.write_s, w_end, Activity::write, op, b0, b1);
                    const double stall_from = std::max(w_end, group_compute_end[g]);
                    rec.add(rec.compute_track(g), stall_from, c_start, Activity::stall, op, b0, b1);
                    rec.add(rec.compute_track(g), c_start, c_end, Activity::compute, op, b0, b1);
                    rec.add(rec.interconnect, ic_start, ic_free, Activity::interconnect, op, b0, b1);
                }
                group_compute_end[g] = c_end;
            }
            end = ic_free;
        }
        double data_at = ready;
        if (op.dram_s > 0) {
            const double d_start = dram_free;
            dram_free += op.dram_s;
            rec.add(rec.dram, d_start, dram_free, op.dram_is_write ? Activity::kv_write : Activity::kv_read, op);
            if (op.waits_for_dram) data_at = dram_free + lat;
        }
        if (op.unit == Unit::sfu) {
            const double s = std::max(ready, sfu_free);
            sfu_free = s + op.unit_s;
            rec.add(rec.sfu, s, sfu_free, Activity::sfu, op);
            end = std::max(sfu_free, data_at);
        } else if (op.unit == Unit::vector) {
            // The vector unit consumes K/V as they stream in: it finishes after both its own
            // work and the last byte.
            const double s = std::max(ready, vec_free);
            vec_free = std::max(s + op.unit_s, data_at);
            rec.add(rec.vector, s, vec_free, Activity::vector, op);
            end = vec_free;
        } else if (chunks == 0) {
            end = std::max(end, data_at);
        }
        out.op_end_s[i] = end;
        chain = end;
    }
    out.time_s = std::max(chain, dram_free);
    if (timeline) timeline->duration_s = out.time_s;
    return out;
}

}  // namespace edgecim::sim
