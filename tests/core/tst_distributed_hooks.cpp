// The core hooks edgecim-mpi builds on, without MPI: streamed sweep rows are the bytes of
// the one-shot writers, design points and search states survive their encoding exactly,
// a search resumed from any generation's state ends where the uninterrupted one does, and
// an external evaluate_batch (with DesignEvaluator) changes nothing.
#include <QtTest>
#include <sstream>

#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/sweep.hpp"

using namespace edgecim;

namespace {

Config base_config() {
    Config c = default_config();
    c.workload.model = "qwen3-0.6b";
    return c;
}

ExploreOptions options(std::uint64_t seed) {
    ExploreOptions o;
    o.population = 12;
    o.generations = 6;
    o.seed = seed;
    o.jobs = 2;
    o.area_budget_mm2 = 60;  // some designs infeasible
    return o;
}

std::string front_json(const ParetoFront& front) {
    std::ostringstream out;
    write_front_json(front, out, true);
    return out.str();
}

DesignSpace small_space() { return load_design_space(EDGECIM_TEST_DATA_DIR "/dse/space_small.yaml"); }

}  // namespace

class TestDistributedHooks : public QObject {
    Q_OBJECT

private slots:
    void streamed_rows_are_the_one_shot_bytes_data() {
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("chunk");
        QTest::newRow("csv by 1") << false << 1;
        QTest::newRow("csv by 7") << false << 7;
        QTest::newRow("json by 1") << true << 1;
        QTest::newRow("json by 5") << true << 5;
    }
    void streamed_rows_are_the_one_shot_bytes() {
        QFETCH(bool, json);
        QFETCH(int, chunk);
        // Invalid combinations put error texts with commas and quotes into rows.
        const SweepSpec spec = parse_sweep(
            {"hardware.chip.tiles=8,16", "mapping.active_tiles=auto,4,16", "workload.model=qwen3-0.6b,llama-3.2-1b"});
        const Config base = base_config();
        SweepOptions o;
        o.jobs = 2;
        const auto rows = run_sweep(base, spec, o);
        std::ostringstream whole;
        if (json)
            write_sweep_json(spec, rows, whole);
        else
            write_sweep_csv(spec, rows, whole);

        const SweepPointEvaluator evaluator(base, spec, o.sim);
        const SweepRowStream stream(spec, json ? SweepFormat::json : SweepFormat::csv);
        std::string streamed = stream.header();
        std::uint64_t written = 0;
        for (std::uint64_t first = 0; first < spec.point_count(); first += static_cast<std::uint64_t>(chunk)) {
            std::vector<SweepRow> part;
            for (std::uint64_t i = first; i < std::min(spec.point_count(), first + chunk); ++i)
                part.push_back(evaluator.evaluate(i));
            if (written > 0) streamed += stream.separator();
            streamed += stream.rows_text(part);
            written += part.size();
        }
        streamed += stream.footer(written);
        QCOMPARE(QByteArray::fromStdString(streamed), QByteArray::fromStdString(whole.str()));
        QVERIFY(whole.str().find("active_tiles") != std::string::npos);
    }

    void an_empty_stream_is_an_empty_output() {
        const SweepSpec spec = parse_sweep({"hardware.chip.tiles=8,16"});
        for (SweepFormat f : {SweepFormat::csv, SweepFormat::json}) {
            std::ostringstream whole;
            if (f == SweepFormat::json)
                write_sweep_json(spec, {}, whole);
            else
                write_sweep_csv(spec, {}, whole);
            const SweepRowStream stream(spec, f);
            QCOMPARE(QByteArray::fromStdString(stream.header() + stream.footer(0)),
                     QByteArray::fromStdString(whole.str()));
        }
    }

    void points_and_states_survive_their_encoding() {
        const Config base = base_config();
        const DesignSpace space = small_space();
        ExploreOptions o = options(4);
        std::vector<std::string> states;
        o.on_generation = [&](const ExploreState& s) { states.push_back(serialize_explore_state(s)); };
        const ParetoFront front =
            explore(base, {"qwen3-0.6b", "llama-3.2-1b"}, space, {Objective::latency, Objective::energy}, o);
        QCOMPARE(states.size(), std::size_t{7});  // generation 0 and 1..6

        const auto points = parse_design_points(serialize_design_points(front.points), space, "test");
        QCOMPARE(points.size(), front.points.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].genes, front.points[i].genes);
            QVERIFY(points[i].values == front.points[i].values);
            QCOMPARE(points[i].objectives, front.points[i].objectives);  // bit-exact
            QCOMPARE(points[i].error, front.points[i].error);
            QCOMPARE(points[i].per_model.size(), front.points[i].per_model.size());
        }
        const ExploreState last = parse_explore_state(states.back(), space, "test");
        QCOMPARE(last.generation, 6);
        QCOMPARE(serialize_explore_state(last), states.back());

        // Truncated or foreign bytes are bad input naming the label, never a crash.
        for (std::size_t cut : {std::size_t{0}, std::size_t{7}, states.back().size() / 2, states.back().size() - 1}) {
            bool rejected = false;
            try {
                (void)parse_explore_state(std::string_view(states.back()).substr(0, cut), space, "ck.bin");
            } catch (const InputError& e) {
                rejected = e.problems().front().file == "ck.bin";
            }
            QVERIFY2(rejected, qPrintable(QString::number(cut)));
        }
    }

    void a_resumed_search_ends_where_the_whole_one_does() {
        const Config base = base_config();
        const DesignSpace space = small_space();
        const std::vector<Objective> objectives{Objective::latency, Objective::energy};
        ExploreOptions o = options(9);
        std::vector<std::string> states;
        o.on_generation = [&](const ExploreState& s) { states.push_back(serialize_explore_state(s)); };
        const std::string whole = front_json(explore(base, {}, space, objectives, o));
        for (std::size_t g = 0; g < states.size(); ++g) {
            const ExploreState state = parse_explore_state(states[g], space, "test");
            ExploreOptions resumed = options(9);
            resumed.resume = &state;
            QCOMPARE(QByteArray::fromStdString(front_json(explore(base, {}, space, objectives, resumed))),
                     QByteArray::fromStdString(whole));
        }
        ExploreOptions other = options(10);  // the comparison can fail: another seed differs
        QVERIFY(front_json(explore(base, {}, space, objectives, other)) != whole);
    }

    void an_external_evaluator_changes_nothing() {
        const Config base = base_config();
        const DesignSpace space = small_space();
        const std::vector<Objective> objectives{Objective::latency, Objective::energy, Objective::area};
        const ExploreOptions plain = options(2);
        const std::string whole = front_json(explore(base, {}, space, objectives, plain));
        ExploreOptions hooked = options(2);
        const DesignEvaluator evaluator(base, {}, space, objectives, hooked);
        std::size_t calls = 0;
        hooked.evaluate_batch = [&](const std::vector<std::vector<std::size_t>>& designs,
                                    std::vector<DesignPoint>& points) {
            ++calls;
            // Through the encoding, in reverse order: what another process would send back.
            std::vector<DesignPoint> evaluated;
            for (std::size_t i = designs.size(); i-- > 0;) evaluated.push_back(evaluator.evaluate(designs[i]));
            auto decoded = parse_design_points(serialize_design_points(evaluated), space, "test");
            points.assign(designs.size(), DesignPoint{});
            for (std::size_t i = 0; i < decoded.size(); ++i) points[designs.size() - 1 - i] = std::move(decoded[i]);
        };
        QCOMPARE(QByteArray::fromStdString(front_json(explore(base, {}, space, objectives, hooked))),
                 QByteArray::fromStdString(whole));
        QCOMPARE(calls, std::size_t{7});
    }
};

QTEST_GUILESS_MAIN(TestDistributedHooks)
#include "tst_distributed_hooks.moc"
