#include "edgecim/chrome_trace.hpp"

#include <string>

#include "edgecim/json_writer.hpp"

namespace edgecim {

void write_chrome_trace(const Timeline& t, std::ostream& out) {
    JsonWriter w(out, false);
    w.begin_object();
    w.key("traceEvents");
    w.begin_array();
    w.begin_object().field("name", "process_name").field("ph", "M").field("pid", 1);
    w.key("args").begin_object().field("name", "EdgeCIM " + t.step).end_object();
    w.end_object();
    for (std::size_t i = 0; i < t.resources.size(); ++i) {
        w.begin_object().field("name", "thread_name").field("ph", "M").field("pid", 1);
        w.field("tid", static_cast<std::int64_t>(i));
        w.key("args").begin_object().field("name", t.resources[i]).end_object();
        w.end_object();
        w.begin_object().field("name", "thread_sort_index").field("ph", "M").field("pid", 1);
        w.field("tid", static_cast<std::int64_t>(i));
        w.key("args").begin_object().field("sort_index", static_cast<std::int64_t>(i)).end_object();
        w.end_object();
    }
    for (const TimelineRecord& r : t.records) {
        const bool has_op = r.op >= 0 && static_cast<std::size_t>(r.op) < t.ops.size();
        const std::string name =
            has_op ? t.ops[static_cast<std::size_t>(r.op)].name : std::string(to_string(r.activity));
        w.begin_object();
        w.field("name", name);
        w.field("cat", to_string(r.activity));
        w.field("ph", "X");
        w.field("ts", r.start_s * 1e6);
        w.field("dur", r.end_s * 1e6 - r.start_s * 1e6);  // so that ts + dur lands on the end
        w.field("pid", 1);
        w.field("tid", static_cast<std::int64_t>(r.resource));
        w.key("args").begin_object();
        w.field("activity", to_string(r.activity));
        w.field("op", static_cast<std::int64_t>(r.op));
        w.field("layer", static_cast<std::int64_t>(r.layer));
        if (r.block_end > r.block_begin) {
            w.field("block_begin", r.block_begin);
            w.field("block_end", r.block_end);
        }
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.field("displayTimeUnit", "ns");
    w.end_object();
    out << '\n';
}

}  // namespace edgecim
