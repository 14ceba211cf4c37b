// One rule for a model or baseline device that cannot run a workload (issue #13): the entry
// is "n/a (reason)" in every output, the others still run, and the workload is never
// altered; for the design's own configured model the same rule is an input error.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <sstream>

#include "edgecim/baseline.hpp"
#include "edgecim/comparison.hpp"
#include "edgecim/comparison_files.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/csv.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/reproduction.hpp"
#include "edgecim/workload_fit.hpp"

using namespace edgecim;

namespace {
Config at_prompt(int prompt) {
    Config c = default_config();
    c.workload.prompt_tokens = prompt;
    return c;
}
SimOptions analytical() {
    SimOptions o;
    o.evaluator = Evaluator::analytical;
    return o;
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

class TestWorkloadFit : public QObject {
    Q_OBJECT
private slots:
    void contextWindowOfTheModel() {
        const ModelSpec tiny = load_zoo_model("tinyllama-1.1b");
        QCOMPARE(tiny.max_context, std::int64_t{2048});
        QVERIFY(context_fit(tiny, 1920, 128).runs());  // exactly the window
        const WorkloadFit over = context_fit(tiny, 1921, 128);
        QVERIFY(!over.runs());
        QVERIFY2(contains(over.reason(), "2049") && contains(over.reason(), "context of 2048"), over.reason().c_str());
        QCOMPARE(over.short_reason(), std::string("context 2048"));  // the limit, for a table cell
        QCOMPARE(context_fit(tiny, 1920, 128).short_reason(), std::string());
        QCOMPARE(not_available_text("x"), std::string("n/a (x)"));
    }

    void designDramCapacity() {
        Config c = at_prompt(128);
        const ModelSpec m = load_zoo_model("llama-3.2-3b");
        QVERIFY(design_fit(c, m).runs());
        c.hardware.dram.capacity_gb = 0.5;
        const WorkloadFit fit = design_fit(c, m);
        QCOMPARE(fit.problems.size(), std::size_t{1});
        QCOMPARE(fit.problems.front().key, std::string("hardware.dram.capacity_gb"));
        QVERIFY2(contains(fit.reason(), "more than 0.5 GB"), fit.reason().c_str());
        QCOMPARE(fit.short_reason(), std::string("DRAM 0.5 GB"));
    }

    void theConfiguredModelIsAnInputErrorWithTheSameRule() {
        Config c = at_prompt(4096);
        c.workload.model = "tinyllama-1.1b";
        const auto problems = validate(c);
        const WorkloadFit fit = design_fit(c, load_zoo_model("tinyllama-1.1b"));
        QCOMPARE(problems.size(), std::size_t{1});
        QCOMPARE(problems.front().key, std::string("workload.generate_tokens"));
        QCOMPARE(problems.front().message, fit.reason());
    }

    void baselineCompiledContextAndMemory() {
        const DeviceSpec sa = load_device("sa8255p");
        const ModelSpec m = load_zoo_model("llama-3.2-1b");
        QVERIFY(baseline_fit(sa, m, 3968, 128).runs());  // 4096: exactly the compiled context
        const WorkloadFit over = baseline_fit(sa, m, 4000, 128);
        QVERIFY(!over.runs());
        QVERIFY2(contains(over.reason(), "4128") && contains(over.reason(), "compiled context of 4096"),
                 over.reason().c_str());
        QCOMPARE(over.short_reason(), std::string("compiled context 4096"));
        // evaluate_baseline refuses with the same problems.
        try {
            (void)evaluate_baseline(sa, m, 4000, 128);
            QFAIL("no error past the compiled context");
        } catch (const InputError& e) {
            QCOMPARE(e.problems().front().message, over.problems.front().message);
        }
        DeviceSpec small = load_device("orin-nano");
        small.dram_capacity_gb = 0.25;
        const WorkloadFit memory = baseline_fit(small, m, 16, 16);
        QVERIFY2(!memory.runs() && contains(memory.reason(), "GB of weights"), memory.reason().c_str());
        // "DRAM <capacity> GB", the capacity as the reason prints it.
        QVERIFY2(memory.short_reason().rfind("DRAM ", 0) == 0 &&
                     contains(memory.reason(), "the device's " + memory.short_reason().substr(5) + " of DRAM"),
                 memory.short_reason().c_str());
        // A model's own context binds on every device, compiled context or not.
        QVERIFY(!baseline_fit(load_device("orin-nano"), load_zoo_model("tinyllama-1.1b"), 4096, 128).runs());
        // Two limits: the first in a cell's worth, the rest in the reason.
        const WorkloadFit both = baseline_fit(sa, load_zoo_model("tinyllama-1.1b"), 4096, 128);
        QCOMPARE(both.problems.size(), std::size_t{2});
        QCOMPARE(both.short_reason(), std::string("context 2048; …"));
    }

    void comparisonKeepsTheWorkloadAndMarksWhatCannotRun() {
        const Config c = at_prompt(4096);
        const std::vector<std::string> devices{"orin-nano", "sa8255p"};
        const auto rows = compare_models(c, zoo_model_names(), devices, analytical());
        QCOMPARE(rows.size(), std::size_t{12});
        int not_running = 0;
        for (const ModelComparison& row : rows) {
            QCOMPARE(row.prompt_tokens, 4096);  // never shortened to fit a model
            QCOMPARE(row.generate_tokens, 128);
            QCOMPARE(row.baselines.size(), devices.size());
            // SA8255P's compiled context is 4096: n/a for every model at 4224 tokens.
            QVERIFY(!row.baselines[1].runs());
            QVERIFY(contains(row.baselines[1].na_reason, "compiled context of 4096"));
            QVERIFY(!row.baselines[1].speedup);
            if (row.runs()) {
                // Its figures are exactly those of a plain simulation of the same workload.
                Config one = c;
                one.workload.model = row.model;
                const SimulationResult r = simulate(one, load_zoo_model(row.model), analytical());
                QCOMPARE(row.tokens_per_s, r.decode_tokens_per_s);
                QCOMPARE(row.dram_bytes_per_token, r.dram_bytes_per_token);
                QVERIFY(row.baselines[0].runs() && row.baselines[0].speedup);
                continue;
            }
            ++not_running;
            QCOMPARE(row.model, std::string("tinyllama-1.1b"));
            QVERIFY2(contains(row.na_reason, "context of 2048"), row.na_reason.c_str());
            QCOMPARE(row.tokens_per_s, 0.0);
            QVERIFY(!row.baselines[0].runs());  // the model's own window binds on Orin too
        }
        QCOMPARE(not_running, 1);
    }

    void exportsCarryNullAndTheReason() {
        const auto rows =
            compare_models(at_prompt(4096), {"tinyllama-1.1b", "llama-3.2-1b"}, {"orin-nano", "sa8255p"}, analytical());
        std::ostringstream json;
        write_comparison_json(rows, json);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json.str()));
        const QJsonArray models = doc.array();
        QCOMPARE(models.size(), 2);
        const QJsonObject tiny = models[0].toObject()["edgecim"].toObject();
        QVERIFY(tiny["tokens_per_s"].isNull());
        QVERIFY(tiny["reason"].toString().contains("context of 2048"));
        const QJsonObject llama = models[1].toObject()["edgecim"].toObject();
        QVERIFY(llama["tokens_per_s"].toDouble() > 0);
        QVERIFY(!llama.contains("reason"));  // a running entry has no reason field
        const QJsonObject sa = models[1].toObject()["baselines"].toObject()["sa8255p"].toObject();
        QVERIFY(sa["tokens_per_s"].isNull() && sa["speedup"].isNull());
        QVERIFY(sa["reason"].toString().contains("compiled context of 4096"));
        QVERIFY(models[1].toObject()["baselines"].toObject()["orin-nano"].toObject()["speedup"].toDouble() > 0);

        std::ostringstream csv;
        write_comparison_csv(rows, csv);
        const QList<QByteArray> lines = QByteArray::fromStdString(csv.str()).split('\n');
        QCOMPARE(lines.size(), 6);  // header, 2 models x 2 devices, empty after the last CRLF
        QVERIFY(lines[0].trimmed().endsWith(",edgecim_reason,baseline_reason"));
        // tinyllama on orin-nano: empty EdgeCIM and device cells, the model's reason.
        QVERIFY2(lines[1].startsWith("tinyllama-1.1b,,,,orin-nano,,,,,,"), lines[1].constData());
        QVERIFY(lines[1].contains("context of 2048"));
        // llama-3.2-1b on sa8255p: EdgeCIM figures, empty device cells, the device's reason.
        QVERIFY(lines[4].startsWith("llama-3.2-1b,"));
        QVERIFY2(lines[4].contains(",sa8255p,,,,,,,"), lines[4].constData());
        QVERIFY(lines[4].contains("compiled context of 4096"));
    }

    void reproductionNamesWhatCannotRun() {
        // The headlines average all 12 models: at a workload TinyLlama cannot run there is
        // nothing to compare with the paper, and the error says which entries and why.
        try {
            (void)reproduce_paper(at_prompt(4096), analytical());
            QFAIL("reproduced a 12-model mean with a model missing");
        } catch (const InputError& e) {
            QVERIFY2(contains(e.what(), "tinyllama-1.1b: ") && contains(e.what(), "compiled context of 4096"),
                     e.what());
        }
    }
};

QTEST_MAIN(TestWorkloadFit)
#include "tst_workload_fit.moc"
