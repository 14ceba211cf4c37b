// Chrome trace export of the event timeline: valid JSON, X events with ts/dur in
// microseconds, thread names per resource, no overlapping spans on one track.
#include <QtTest>
#include <map>
#include <sstream>

#include "edgecim/chrome_trace.hpp"
#include "engine_test_support.hpp"

using namespace edgecim;

class TstTrace : public QObject {
    Q_OBJECT
private slots:
    void trace_is_valid_and_tracks_do_not_overlap() {
        Config c = default_config();
        c.workload.generate_tokens = 4;
        SimOptions o;
        o.timeline_token = 1;
        const SimulationResult r = simulate(c, load_zoo_model("qwen2.5-0.5b"), o);
        QCOMPARE(QString::fromStdString(r.timeline.step), QString("decode L=130"));
        std::ostringstream out;
        write_chrome_trace(r.timeline, out);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        const QJsonArray events = doc.object()["traceEvents"].toArray();
        std::map<int, QString> names;
        std::map<int, std::vector<std::pair<double, double>>> spans;
        int x = 0;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            if (e["ph"].toString() == "M" && e["name"].toString() == "thread_name")
                names[e["tid"].toInt()] = e["args"].toObject()["name"].toString();
            if (e["ph"].toString() != "X") continue;
            ++x;
            QVERIFY(e.contains("name") && e.contains("pid") && e["args"].toObject().contains("op"));
            QVERIFY(e["dur"].toDouble() > 0);
            spans[e["tid"].toInt()].emplace_back(e["ts"].toDouble(), e["ts"].toDouble() + e["dur"].toDouble());
        }
        QCOMPARE(x, static_cast<int>(r.timeline.records.size()));
        QCOMPARE(static_cast<std::size_t>(names.size()), r.timeline.resources.size());
        QCOMPARE(names[0], QString("DRAM"));
        for (auto& [tid, list] : spans) {
            QVERIFY(names.count(tid));
            std::sort(list.begin(), list.end());
            for (std::size_t i = 1; i < list.size(); ++i)
                QVERIFY2(list[i].first >= list[i - 1].second - 1e-6, qPrintable(names[tid]));
        }
        // The trace spans the step: last end == step time (in us).
        double last = 0;
        for (const auto& [tid, list] : spans)
            for (const auto& s : list) last = std::max(last, s.second);
        QVERIFY(std::abs(last - r.timeline.duration_s * 1e6) < 1e-3);
    }

    // Abutting spans of one op and activity are joined into one record, and nothing is
    // lost doing so: per matrix op, the DRAM fetches and the tile computes each cover the
    // weight blocks [0, n) exactly once, with the same n.
    void joined_spans_cover_every_weight_block_once() {
        for (const char* name : {"qwen2.5-0.5b", "qwen3-4b"}) {
            SimOptions o;
            o.event_timeline_step_only = true;
            const SimulationResult r = simulate(default_config(), load_zoo_model(name), o);
            const Timeline& t = r.timeline;
            std::map<std::int32_t, std::vector<std::pair<std::int64_t, std::int64_t>>> fetched, computed;
            std::vector<const TimelineRecord*> last(t.resources.size(), nullptr);
            for (const TimelineRecord& rec : t.records) {
                if (rec.activity == Activity::fetch) fetched[rec.op].emplace_back(rec.block_begin, rec.block_end);
                if (rec.activity == Activity::compute && rec.block_end > rec.block_begin)
                    computed[rec.op].emplace_back(rec.block_begin, rec.block_end);
                const TimelineRecord* prev = last[static_cast<std::size_t>(rec.resource)];
                QVERIFY2(!prev || !(prev->end_s == rec.start_s && prev->activity == rec.activity &&
                                    prev->op == rec.op && prev->block_end == rec.block_begin),
                         "two abutting spans were left unjoined");
                last[static_cast<std::size_t>(rec.resource)] = &rec;
            }
            QVERIFY(!fetched.empty());
            QCOMPARE(fetched.size(), computed.size());
            const auto covered = [](std::vector<std::pair<std::int64_t, std::int64_t>> ranges) {
                std::sort(ranges.begin(), ranges.end());
                std::int64_t next = 0;
                for (const auto& [b, e] : ranges) {
                    if (b != next || e <= b) return std::int64_t{-1};
                    next = e;
                }
                return next;
            };
            for (const auto& [op, ranges] : fetched) {
                const std::int64_t n = covered(ranges);
                QVERIFY2(n > 0, qPrintable(QString::fromStdString(t.ops[static_cast<std::size_t>(op)].name)));
                QCOMPARE(covered(computed[op]), n);
            }
            qInfo("%s: %zu spans on %zu resources", name, t.records.size(), t.resources.size());
        }
    }
};

QTEST_GUILESS_MAIN(TstTrace)
#include "tst_trace.moc"
