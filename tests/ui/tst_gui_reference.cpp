// Reference design (A/B): pin the current design or open a preset as the reference;
// cards show deltas, the roofline gets a second point (and roofline), energy and sweep
// overlay the reference, the Changes list names what differs from reference and preset
// with one-click revert, and `edgecim --reference FILE --screenshot` reports it in
// state.json with the numbers `edgecim-cli run` gives for that preset.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <algorithm>
#include <cmath>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "document/reference_design.hpp"
#include "gui_test_support.hpp"
#include "plot/bar_chart.hpp"
#include "plot/xy_chart.hpp"
#include "views/changes_panel.hpp"
#include "views/energy_view.hpp"
#include "views/kpi_card.hpp"
#include "views/overview_view.hpp"
#include "views/sweep_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;
using gui_test::presetPath;
using gui_test::waitForAllResults;

namespace {

bool hasSeries(const XYChart* chart, const QString& prefix) {
    for (const XYSeries& s : chart->series())
        if (s.name.startsWith(prefix)) return true;
    return false;
}

}  // namespace

class TestGuiReference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deltaText() {
        QCOMPARE(formatDelta(112.3, 100, QStringLiteral("tokens/s")), QStringLiteral("+12.3 tokens/s (+12 %)"));
        QCOMPARE(formatDelta(92, 100, QStringLiteral("W")), QStringLiteral("-8.00 W (-8.0 %)"));
        QCOMPARE(formatDelta(5, 5, QStringLiteral("mm²")), QStringLiteral("±0 mm² (±0 %)"));
        QCOMPARE(formatDelta(3, 0, QString()), QStringLiteral("+3.00"));  // no percentage of zero
    }

    // A card's delta is in the unit its value is shown in: "19.7 s" gets "+8.00 s", not
    // "+8000 ms"; an energy in µJ gets a delta in µJ.
    void cardDeltasUseTheValuesUnits() {
        auto current = std::make_shared<SimulationResult>();
        current->ttft_s = 19.7;
        current->energy_per_token_j = 2.5e-6;
        current->decode_tokens_per_s = 40;
        auto before = std::make_shared<SimulationResult>(*current);
        before->ttft_s = 11.7;
        before->energy_per_token_j = 2.0e-6;
        auto reference = std::make_shared<ReferenceDesign>();
        reference->name = QStringLiteral("before");
        reference->result = reference->system_result = before;
        reference->chip_result = std::make_shared<SimulationResult>(*before);
        OverviewView overview;
        overview.setResult(current);
        overview.setReference(reference);
        QCOMPARE(overview.kpiText(QStringLiteral("ttft")), QStringLiteral("19.7 s"));
        QCOMPARE(overview.card(QStringLiteral("ttft"))->delta(), QStringLiteral("vs reference: +8.00 s (+68 %)"));
        QCOMPARE(overview.kpiText(QStringLiteral("energy")), QStringLiteral("2.50 µJ / token"));
        QCOMPARE(overview.card(QStringLiteral("energy"))->delta(),
                 QStringLiteral("vs reference: +0.500 µJ/token (+25 %)"));
        // Milliseconds stay milliseconds.
        current->ttft_s = 0.0337;
        before->ttft_s = 0.0300;
        overview.setResult(current);
        QCOMPARE(overview.card(QStringLiteral("ttft"))->delta(), QStringLiteral("vs reference: +3.70 ms (+12 %)"));
    }

    void pinnedReferenceShowsDeltasOverlaysAndChanges() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(waitForAllResults(w));
        QString error;
        QVERIFY2(w.pinCurrentAsReference(&error), qPrintable(error));
        const ReferencePtr ref = w.reference();
        QVERIFY(ref && ref->result);
        QVERIFY(ref->name.contains(QLatin1String("pinned")));
        OverviewView* overview = w.tabs()->overview();
        QVERIFY2(overview->card(QStringLiteral("tokens_per_s"))->delta().contains(QStringLiteral("±0 tokens/s")),
                 qPrintable(overview->card(QStringLiteral("tokens_per_s"))->delta()));

        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 136.6));
        QVERIFY(waitForAllResults(w));
        const ResultPtr now = w.tabs()->lastOverview();
        QCOMPARE(
            overview->card(QStringLiteral("tokens_per_s"))->delta(),
            QStringLiteral("vs reference: ") +
                formatDelta(now->decode_tokens_per_s, ref->result->decode_tokens_per_s, QStringLiteral("tokens/s")));
        QVERIFY(now->decode_tokens_per_s != ref->result->decode_tokens_per_s);
        QCOMPARE(overview->card(QStringLiteral("tokens_per_j"))->delta(),
                 QStringLiteral("vs reference: ") +
                     formatDelta(now->tokens_per_j, ref->result->tokens_per_j, QStringLiteral("tokens/J")));
        // Overlays: a second roofline point and, the bandwidth differing, a second roofline.
        QVERIFY(hasSeries(overview->roofline(), QStringLiteral("reference: ")));
        QVERIFY(hasSeries(overview->roofline(), QStringLiteral("reference roofline")));
        w.tabs()->setCurrentWidget(w.tabs()->energy());  // the user opens Energy
        QCOMPARE(w.tabs()->energy()->byOpKind()->bars().series.size(), std::size_t{2});
        QCOMPARE(w.tabs()->energy()->byComponent()->categoryCount(), 4);
        w.tabs()->setCurrentWidget(overview);
        QVERIFY(hasSeries(w.tabs()->sweep()->chart(), QStringLiteral("reference ")));

        // Changes: bandwidth differs from both; revert it to the reference in one click.
        ChangesPanel* changes = w.changes();
        QTRY_VERIFY(changes->keys().contains(QStringLiteral("hardware.dram.bandwidth_gbps")));
        const int row = static_cast<int>(changes->keys().indexOf(QStringLiteral("hardware.dram.bandwidth_gbps")));
        QWidget* actions = changes->table()->cellWidget(row, ChangesPanel::ActionColumn);
        QVERIFY(actions);
        auto* revert = actions->findChild<QToolButton*>(QStringLiteral("revertToReference"));
        QVERIFY(revert);
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(w.document()->config().hardware.dram.bandwidth_gbps, ref->config.hardware.dram.bandwidth_gbps);
        QTRY_VERIFY(changes->keys().isEmpty());
        // The QTRY above ran the event loop: the revert's evaluations may be in already
        // (the overview is computed at the next event-loop pass), so wait for idle only.
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 30000));

        w.setReference(nullptr);
        QVERIFY(overview->card(QStringLiteral("tokens_per_s"))->delta().isEmpty());
        QVERIFY(!hasSeries(overview->roofline(), QStringLiteral("reference: ")));
        w.tabs()->setCurrentWidget(w.tabs()->energy());
        QCOMPARE(w.tabs()->energy()->byOpKind()->bars().series.size(), std::size_t{1});
    }

    // The energy boundary is a reporting choice: after a switch, the cards and the energy
    // overlays compare both designs at the new boundary, with the reference's figures equal
    // to the reference evaluated directly at that boundary.
    void referenceIsComparedAtTheCurrentEnergyBoundary() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(waitForAllResults(w));
        QCOMPARE(w.document()->config().energy_boundary, EnergyBoundary::system);
        QString error;
        QVERIFY2(w.pinCurrentAsReference(&error), qPrintable(error));
        const ReferencePtr ref = w.reference();

        QVERIFY2(w.document()->setParameterText("energy_boundary", QStringLiteral("chip"), &error), qPrintable(error));
        QVERIFY(waitForAllResults(w));
        const ResultPtr now = w.tabs()->lastOverview();
        QCOMPARE(now->energy_boundary, EnergyBoundary::chip);

        Config at_chip = ref->config;
        at_chip.energy_boundary = EnergyBoundary::chip;
        SimOptions analytical;
        analytical.evaluator = Evaluator::analytical;
        const SimulationResult direct = simulate(at_chip, ref->model, analytical);
        const SimulationResult& a = *ref->resultAt(EnergyBoundary::chip);
        QCOMPARE(a.energy_boundary, EnergyBoundary::chip);
        // Exact: the same evaluation, not a re-expression with rounding.
        QVERIFY(a.tokens_per_j == direct.tokens_per_j);
        QVERIFY(a.energy_per_token_j == direct.energy_per_token_j);
        QVERIFY(a.average_power_w == direct.average_power_w);
        QVERIFY(a.energy_by_op_kind_j == direct.energy_by_op_kind_j);
        QVERIFY(ref->result->tokens_per_j != direct.tokens_per_j);  // the system figure differs

        // No hardware changed: every energy delta is zero at the new boundary.
        OverviewView* overview = w.tabs()->overview();
        for (const auto& [id, unit] : {std::pair{"tokens_per_j", "tokens/J"}, std::pair{"energy", "mJ/token"},
                                       std::pair{"power", "W"}, std::pair{"tokens_per_s", "tokens/s"}}) {
            const QString delta = overview->card(QLatin1String(id))->delta();
            QVERIFY2(delta.contains(QStringLiteral("±0 %1").arg(QLatin1String(unit))), qPrintable(delta));
        }
        QCOMPARE(overview->card(QStringLiteral("tokens_per_j"))->delta(),
                 QStringLiteral("vs reference: ") +
                     formatDelta(now->tokens_per_j, direct.tokens_per_j, QStringLiteral("tokens/J")));

        // Energy view: the reference's op-kind bars are its chip-boundary energies, here the
        // design's own.
        w.tabs()->setCurrentWidget(w.tabs()->energy());
        const BarChartData& ops = w.tabs()->energy()->byOpKind()->bars();
        QCOMPARE(ops.series.size(), std::size_t{2});
        QCOMPARE(ops.series[1].values, ops.series[0].values);
        QVERIFY(std::any_of(ops.series[1].values.begin(), ops.series[1].values.end(), [](double v) { return v > 0; }));

        // Sweep: the reference's dashed lines are evaluated at the chip boundary too.
        const auto sweep = w.tabs()->sweep()->sweep();
        QVERIFY(sweep && !sweep->reference_rows.empty());
        QCOMPARE(sweep->reference_rows.size(), sweep->rows.size());
        for (std::size_t i = 0; i < sweep->rows.size(); ++i) {
            QVERIFY(sweep->rows[i].metrics && sweep->reference_rows[i].metrics);
            QCOMPARE(sweep->reference_rows[i].metrics->energy_boundary, std::string("chip"));
            QVERIFY(sweep->reference_rows[i].metrics->tokens_per_j == sweep->rows[i].metrics->tokens_per_j);
        }

        // And back at the system boundary, the pinned figures themselves.
        QVERIFY(w.document()->setParameterText("energy_boundary", QStringLiteral("system"), &error));
        QVERIFY(waitForAllResults(w));
        QCOMPARE(overview->card(QStringLiteral("tokens_per_j"))->delta(),
                 QStringLiteral("vs reference: ") + formatDelta(w.tabs()->lastOverview()->tokens_per_j,
                                                                ref->result->tokens_per_j, QStringLiteral("tokens/J")));
        QCOMPARE(ref->resultAt(EnergyBoundary::system), ref->result);
    }

    void presetAsReferenceAndTheChangesAgainstIt() {
        MainWindow w;
        QVERIFY(waitForAllResults(w));
        QString error;
        QVERIFY2(w.openReference(presetPath("hardware/edgecim-65nm-int8.yaml"), &error), qPrintable(error));
        QCOMPARE(w.reference()->name, QStringLiteral("EdgeCIM 65nm INT8"));
        QTRY_VERIFY(w.changes()->keys().contains(QStringLiteral("workload.precision.weights")));
        QVERIFY(!w.changes()->table()->isColumnHidden(ChangesPanel::ReferenceColumn));
        // Nothing differs from the preset, so no row offers a revert to it.
        QVERIFY(w.changes()->table()->findChildren<QToolButton*>(QStringLiteral("revertToPreset")).isEmpty());

        // A bad reference file changes nothing and names file:line and key.
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("schema_version: 1\nname: bad\nhardware:\n  frequency_mhz: -3\n");
        bad.close();
        QVERIFY(!w.openReference(bad.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("bad.yaml:4")) && error.contains(QLatin1String("hardware.frequency_mhz")),
                 qPrintable(error));
        QCOMPARE(w.reference()->name, QStringLiteral("EdgeCIM 65nm INT8"));
    }

    void screenshotStateCarriesTheReference_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("name");
        QTest::newRow("int8") << presetPath("hardware/edgecim-65nm-int8.yaml") << QStringLiteral("EdgeCIM 65nm INT8");
        // Pinned at the chip boundary, reported at the current design's (system).
        QTest::newRow("paper, chip boundary")
            << presetPath("hardware/edgecim-paper.yaml") << QStringLiteral("EdgeCIM paper reproduction (65nm INT4)");
    }

    void screenshotStateCarriesTheReference() {
        QFETCH(QString, preset);
        QFETCH(QString, name);
        QTemporaryDir dir, home;
        const QString gui = QFileInfo(QStringLiteral(EDGECIM_CLI_PATH)).dir().filePath(QStringLiteral("edgecim"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess shot;
        shot.setProcessEnvironment(env);
        shot.start(gui, {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--reference"), preset});
        QVERIFY(shot.waitForFinished(90000));
        QVERIFY2(shot.exitCode() == 0, shot.readAllStandardError().constData());
        QFile file(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject reference = state.value(QStringLiteral("reference")).toObject();
        QCOMPARE(reference.value(QStringLiteral("preset_name")).toString(), name);
        // The reference's numbers are those of `edgecim-cli run` for its preset at the current
        // design's energy boundary (the built-in default's: system), as the cards compare them.
        const QString boundary = state.value(QStringLiteral("energy_boundary")).toString();
        QCOMPARE(boundary, QStringLiteral("system"));
        QProcess cli;
        cli.start(QStringLiteral(EDGECIM_CLI_PATH),
                  {QStringLiteral("run"), QStringLiteral("--config"), preset, QStringLiteral("--set"),
                   QStringLiteral("energy_boundary=") + boundary, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--evaluator"), QStringLiteral("analytical")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject run = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const char* key : {"decode_tokens_per_s", "tokens_per_j"}) {
            const double a = reference.value(QLatin1String(key)).toDouble(),
                         b = run.value(QLatin1String(key)).toDouble();
            QVERIFY2(b > 0 && std::abs(a - b) <= 1e-12 * b, key);
        }
        // The current design is the built-in default: its own numbers differ from the reference's.
        QVERIFY(state.value(QStringLiteral("decode_tokens_per_s")).toDouble() !=
                reference.value(QStringLiteral("decode_tokens_per_s")).toDouble());
    }
};

QTEST_MAIN(TestGuiReference)
#include "tst_gui_reference.moc"
