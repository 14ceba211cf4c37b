// Design-space exploration: space files (valid, and every error with its position), the
// option bounds, the front is a true Pareto set that covers a brute-force grid, seeds are
// reproducible for any thread count, constraints and invalid designs, several models,
// cancellation, and the JSON/CSV writers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <sstream>

#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/sweep.hpp"

using namespace edgecim;

namespace {

const std::string kData = EDGECIM_TEST_DATA_DIR "/dse/";

Config base_config() {
    Config c = default_config();
    c.workload.model = "qwen3-0.6b";
    return c;
}

ExploreOptions small_run(std::uint64_t seed = 1, int jobs = 2) {
    ExploreOptions o;
    o.population = 40;
    o.generations = 30;
    o.seed = seed;
    o.jobs = jobs;
    return o;
}

std::vector<double> objectives_of(const RunMetrics& m) {
    return {1 / m.decode_tokens_per_s, m.energy_per_token_j, m.area_mm2};
}

// q is matched (within `tolerance` on every objective) or dominated by a point of the front.
bool covered(const std::vector<double>& q, const ParetoFront& front, double tolerance) {
    for (std::size_t i : front.front) {
        const auto& p = front.points[i].objectives;
        bool ok = true;
        for (std::size_t k = 0; k < q.size(); ++k) ok = ok && p[k] <= q[k] * (1 + tolerance);
        if (ok) return true;
    }
    return false;
}

void verify_true_pareto_set(const ParetoFront& front) {
    QVERIFY(!front.front.empty());
    for (std::size_t a : front.front) {
        QVERIFY(front.points[a].feasible);
        for (std::size_t b : front.front) QVERIFY(!dominates(front.points[b].objectives, front.points[a].objectives));
    }
    // And nothing evaluated that is feasible dominates a front point (the archive is exact).
    for (const auto& p : front.points)
        if (p.feasible)
            for (std::size_t a : front.front) QVERIFY(!dominates(p.objectives, front.points[a].objectives));
}

}  // namespace

class TestDse : public QObject {
    Q_OBJECT

private slots:
    void defaultSpaceIsTheDocumentedOne() {
        const DesignSpace space = default_design_space();
        std::vector<std::string> keys;
        for (const auto& g : space.genes) keys.push_back(g.key);
        QCOMPARE(keys, (std::vector<std::string>{"hardware.chip.tiles", "hardware.tile.macros", "hardware.macro.rows",
                                                 "hardware.macro.cols", "hardware.frequency_mhz",
                                                 "hardware.tile.weight_banks", "mapping.active_tiles",
                                                 "hardware.dram.bandwidth_gbps"}));
        QCOMPARE(space.size(), std::uint64_t{32256});
        QVERIFY(!space.genes[6].numeric);  // auto makes active_tiles categorical
        QVERIFY(space.genes[0].numeric);
        // The printed YAML is the same space.
        const DesignSpace again = parse_design_space(default_design_space_yaml(), "printed");
        QCOMPARE(again.size(), space.size());
    }

    void spaceFileAcceptsListsAndRanges() {
        const DesignSpace space = load_design_space(kData + "space_small.yaml");
        QCOMPARE(space.genes.size(), std::size_t{6});
        QCOMPARE(space.genes[1].labels, (std::vector<std::string>{"2", "4", "8", "16"}));
        QCOMPARE(space.genes[3].values.size(), std::size_t{5});
        QCOMPARE(space.size(), std::uint64_t{3200});
    }

    void spaceFileErrorsCarryPositions() {
        try {
            (void)load_design_space(kData + "space_bad.yaml");
            QFAIL("accepted");
        } catch (const InputError& e) {
            const auto& ps = e.problems();
            const auto find = [&](int line, const char* text) {
                for (const auto& p : ps)
                    if (p.line == line && p.to_string().find(text) != std::string::npos && p.column > 0 &&
                        p.file.find("space_bad.yaml") != std::string::npos)
                        return true;
                return false;
            };
            QVERIFY2(find(3, "did you mean 'hardware.chip.tiles'"), join_problems(ps).c_str());
            QVERIFY2(find(4, "empty list"), join_problems(ps).c_str());
            QVERIFY2(find(5, "'fast' is not a number"), join_problems(ps).c_str());
            QVERIFY2(find(6, "below START"), join_problems(ps).c_str());
            QVERIFY2(find(7, "given twice"), join_problems(ps).c_str());
            QVERIFY2(find(8, "cannot be a gene"), join_problems(ps).c_str());
            QVERIFY2(find(9, "unknown key"), join_problems(ps).c_str());
            QCOMPARE(ps.size(), std::size_t{7});
        }
        QVERIFY_THROWS_EXCEPTION(InputError, parse_design_space("genes: []", "t"));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_design_space("- 1", "t"));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_design_space("genes:\n  hardware.chip.tiles: {a: 1}", "t"));
        QVERIFY_THROWS_EXCEPTION(InputError, load_design_space(kData + "missing.yaml"));
    }

    void optionsAndObjectivesAreBounded() {
        ExploreOptions o;
        o.population = kMaxPopulation + 1;
        QVERIFY_THROWS_EXCEPTION(InputError, check_explore_options(o));
        o.population = 2;
        QVERIFY_THROWS_EXCEPTION(InputError, check_explore_options(o));
        o.population = 5000;
        o.generations = 5000;  // 2.5e7 > 1e7
        QVERIFY_THROWS_EXCEPTION(InputError, check_explore_options(o));
        o.generations = 2000;
        check_explore_options(o);
        o.area_budget_mm2 = -1;
        QVERIFY_THROWS_EXCEPTION(InputError, check_explore_options(o));
        QCOMPARE(parse_objectives("energy,latency,area"),
                 (std::vector<Objective>{Objective::energy, Objective::latency, Objective::area}));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_objectives("latency"));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_objectives("latency,latency"));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_objectives("latency,speed"));
        QVERIFY_THROWS_EXCEPTION(InputError, parse_objectives(""));
    }

    void dominanceIsStrict() {
        QVERIFY(dominates({1, 2}, {1, 3}));
        QVERIFY(!dominates({1, 3}, {1, 3}));
        QVERIFY(!dominates({0, 4}, {1, 3}));
    }

    void frontCoversTheBruteForceGrid() {
        const DesignSpace space = load_design_space(kData + "space_small.yaml");
        const std::vector<Objective> three{Objective::latency, Objective::energy, Objective::area};
        ExploreOptions run = small_run();
        run.generations = 45;  // the three-objective front has ~170 points on this grid
        const ParetoFront ga = explore(base_config(), {}, space, three, run);
        verify_true_pareto_set(ga);
        QVERIFY(ga.points.size() < space.size() / 2);  // it searched, it did not enumerate

        SweepSpec grid;
        for (const auto& g : space.genes) grid.axes.push_back({g.key, g.values, g.labels});
        SweepOptions options;
        options.jobs = 2;
        const auto rows = run_sweep(base_config(), grid, options);
        std::vector<std::vector<double>> all;
        for (const auto& r : rows)
            if (r.metrics) all.push_back(objectives_of(*r.metrics));
        QCOMPARE(all.size(), std::size_t{3200});
        int front_points = 0, missed = 0;
        for (const auto& q : all) {
            bool dominated = false;
            for (const auto& p : all) dominated = dominated || dominates(p, q);
            if (dominated) continue;
            ++front_points;
            if (!covered(q, ga, 0.02)) ++missed;
        }
        qInfo("grid front: %d points; GA front: %zu points from %zu designs; not covered within 2 %%: %d", front_points,
              ga.front.size(), ga.points.size(), missed);
        QCOMPARE(missed, 0);
    }

    void sameSeedSameResultForAnyThreadCount() {
        const DesignSpace space = default_design_space();
        const std::vector<Objective> two{Objective::latency, Objective::energy};
        const ParetoFront a = explore(base_config(), {}, space, two, small_run(7, 1));
        const ParetoFront b = explore(base_config(), {}, space, two, small_run(7, 2));
        std::ostringstream ja, jb;
        write_front_json(a, ja, true);
        write_front_json(b, jb, true);
        QCOMPARE(ja.str(), jb.str());
        const ParetoFront c = explore(base_config(), {}, space, two, small_run(8, 2));
        QVERIFY(c.points.front().genes != a.points.front().genes || c.points[1].genes != a.points[1].genes);
        verify_true_pareto_set(a);
    }

    void budgetsAndInvalidDesignsAreInfeasible() {
        const DesignSpace space = load_design_space(kData + "space_active_tiles.yaml");
        ExploreOptions o = small_run();
        o.population = 12;
        o.generations = 5;
        o.area_budget_mm2 = 30;  // 16 tiles (41 mm2) break it, 8 (25 mm2) do not
        const std::vector<Objective> two{Objective::latency, Objective::energy};
        const ParetoFront f = explore(base_config(), {}, space, two, o);
        verify_true_pareto_set(f);
        bool saw_invalid = false, saw_budget = false;
        for (const auto& p : f.points) {
            const auto tiles = std::get<std::int64_t>(p.values[0]);
            const auto* split = std::get_if<std::int64_t>(&p.values[1]);
            if (split && *split >= tiles) {
                saw_invalid = true;
                QVERIFY(!p.feasible && p.violation >= 1000 && !p.metrics);
                QVERIFY2(p.error.find("mapping.active_tiles") != std::string::npos, p.error.c_str());
            } else if (p.metrics && p.metrics->area_mm2 > 30) {
                saw_budget = true;
                QVERIFY(!p.feasible && p.violation > 0 && p.violation < 1000);
                QVERIFY2(p.error.find("exceeds the budget of 30 mm2") != std::string::npos, p.error.c_str());
            } else {
                QVERIFY2(p.feasible, p.error.c_str());
            }
        }
        QVERIFY(saw_invalid && saw_budget);
        for (std::size_t i : f.front) QVERIFY(f.points[i].metrics->area_mm2 <= 30);
    }

    void severalModelsAggregate() {
        const DesignSpace space = load_design_space(kData + "space_active_tiles.yaml");
        const std::vector<Objective> two{Objective::latency, Objective::energy};
        for (Aggregate aggregate : {Aggregate::mean, Aggregate::worst}) {
            ExploreOptions o = small_run();
            o.population = 8;
            o.generations = 2;
            o.aggregate = aggregate;
            const ParetoFront f = explore(base_config(), {"qwen3-0.6b", "llama-3.2-1b"}, space, two, o);
            QCOMPARE(f.models, (std::vector<std::string>{"qwen3-0.6b", "llama-3.2-1b"}));
            for (std::size_t i : f.front) {
                const DesignPoint& p = f.points[i];
                QCOMPARE(p.per_model.size(), std::size_t{2});
                const double l0 = 1 / p.per_model[0].decode_tokens_per_s, l1 = 1 / p.per_model[1].decode_tokens_per_s;
                const double e0 = p.per_model[0].energy_per_token_j, e1 = p.per_model[1].energy_per_token_j;
                const double latency = aggregate == Aggregate::mean ? (l0 + l1) / 2 : std::max(l0, l1);
                const double energy = aggregate == Aggregate::mean ? (e0 + e1) / 2 : std::max(e0, e1);
                QVERIFY(std::abs(p.objectives[0] / latency - 1) < 1e-12);
                QVERIFY(std::abs(p.objectives[1] / energy - 1) < 1e-12);
                QVERIFY(std::abs(p.metrics->decode_tokens_per_s * latency - 1) < 1e-12);
            }
        }
        QVERIFY_THROWS_EXCEPTION(InputError, explore(base_config(), {"no-such-model"}, space,
                                                     {Objective::latency, Objective::energy}, small_run()));
    }

    void cancelStopsEarlyAndKeepsTheFront() {
        std::atomic<bool> cancel{false};
        std::vector<int> seen;
        const ParetoFront f = explore(
            base_config(), {}, default_design_space(), {Objective::latency, Objective::energy}, small_run(),
            [&](const ExploreProgress& p) {
                seen.push_back(p.generation);
                if (p.generation == 2) cancel = true;
            },
            &cancel);
        QVERIFY(f.cancelled);
        QCOMPARE(f.generations_completed, 2);
        QCOMPARE(seen, (std::vector<int>{0, 1, 2}));
        verify_true_pareto_set(f);
    }

    void progressListsEachGenerationsNewDesigns() {
        // A listener that keeps only what each report adds ends with the whole archive,
        // and the front it is shown is the archive's front at that point.
        ExploreOptions o = small_run(5);
        o.population = 12;
        o.generations = 4;
        std::vector<std::vector<std::size_t>> copied;
        std::vector<std::size_t> last_front;
        int reports = 0;
        const ParetoFront f = explore(base_config(), {}, default_design_space(),
                                      {Objective::latency, Objective::energy}, o, [&](const ExploreProgress& p) {
                                          QVERIFY(p.points && p.front);
                                          QCOMPARE(p.new_from, copied.size());
                                          QCOMPARE(p.points->size(), p.evaluated_designs);
                                          QCOMPARE(p.front->size(), p.front_size);
                                          for (std::size_t i = p.new_from; i < p.points->size(); ++i) {
                                              QCOMPARE((*p.points)[i].generation, p.generation);
                                              copied.push_back((*p.points)[i].genes);
                                          }
                                          last_front = *p.front;
                                          ++reports;
                                      });
        QCOMPARE(reports, 5);
        QCOMPARE(copied.size(), f.points.size());
        for (std::size_t i = 0; i < copied.size(); ++i) QCOMPARE(copied[i], f.points[i].genes);
        std::sort(last_front.begin(), last_front.end());
        std::vector<std::size_t> final_front = f.front;
        std::sort(final_front.begin(), final_front.end());
        QCOMPARE(last_front, final_front);
    }

    void aConfigurationIsEvaluatedLikeItsDesign() {
        // The design being edited, placed beside a front, lands exactly where the search
        // put the same design.
        ExploreOptions o = small_run(9);
        o.population = 8;
        o.generations = 1;
        o.area_budget_mm2 = 40;
        const DesignSpace space = default_design_space();
        const std::vector<Objective> objectives{Objective::latency, Objective::energy, Objective::area};
        const ParetoFront f = explore(base_config(), {"qwen3-0.6b", "llama-3.2-1b"}, space, objectives, o);
        bool compared_feasible = false;
        for (const DesignPoint& p : f.points) {
            Config c = base_config();
            for (std::size_t g = 0; g < space.genes.size(); ++g) find_param(space.genes[g].key)->set(c, p.values[g]);
            const DesignPoint q = evaluate_configuration(c, {"qwen3-0.6b", "llama-3.2-1b"}, objectives, o);
            QVERIFY(q.genes.empty());
            QCOMPARE(q.feasible, p.feasible);
            QCOMPARE(q.objectives, p.objectives);
            QCOMPARE(q.violation, p.violation);
            QCOMPARE(q.error, p.error);
            QCOMPARE(q.per_model.size(), p.per_model.size());
            compared_feasible = compared_feasible || p.feasible;
        }
        QVERIFY(compared_feasible);
        Config bad = base_config();
        bad.mapping.active_tiles = bad.hardware.chip.tiles + 1;
        const DesignPoint invalid = evaluate_configuration(bad, {}, objectives, o);
        QVERIFY(!invalid.feasible);
        QVERIFY(!invalid.metrics);
        QVERIFY(invalid.error.find("active") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(InputError, evaluate_configuration(base_config(), {"no-such-model"}, objectives, o));
        QVERIFY_THROWS_EXCEPTION(InputError, evaluate_configuration(base_config(), {}, {}, o));
    }

    void writersListTheFront() {
        ExploreOptions o = small_run();
        o.population = 8;
        o.generations = 3;
        const ParetoFront f = explore(base_config(), {}, load_design_space(kData + "space_small.yaml"),
                                      {Objective::latency, Objective::energy, Objective::area}, o);
        std::ostringstream json;
        write_front_json(f, json, true);
        const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(json.str())).object();
        const QJsonArray front = root["front"].toArray();
        QCOMPARE(static_cast<std::size_t>(front.size()), f.front.size());
        QCOMPARE(static_cast<std::size_t>(root["points"].toArray().size()), f.points.size());
        const QJsonObject first = front[0].toObject();
        QVERIFY(first["design"].toObject()["hardware.chip.tiles"].isDouble());
        QVERIFY(first["objectives"].toObject()["latency_s_per_token"].toDouble() > 0);
        for (const char* key :
             {"decode_tokens_per_s", "tokens_per_j", "energy_per_token_j", "area_mm2", "average_power_w"})
            QVERIFY2(first["metrics"].toObject()[key].toDouble() > 0, key);

        std::ostringstream csv;
        write_front_csv(f, csv);
        const QList<QByteArray> lines = QByteArray::fromStdString(csv.str()).split('\n');
        QCOMPARE(static_cast<std::size_t>(lines.size()), f.front.size() + 2);  // header, rows, empty tail
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        QCOMPARE(header.count("area_mm2"), 1);  // objective and metric share the column once
        for (int i = 1; i + 1 < lines.size(); ++i) QCOMPARE(lines[i].trimmed().split(',').size(), header.size());
    }
};

QTEST_GUILESS_MAIN(TestDse)
#include "tst_dse.moc"
