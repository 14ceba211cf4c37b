// A design that simulates but is implausible (a chip beyond one reticle field) keeps its
// numbers and gets a warning in Problems and the status bar; fixing it clears the warning.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "app_shell/main_window.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "edgecim/param_table.hpp"
#include "views/problems_panel.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

bool nextOverview(MainWindow& w) {
    QSignalSpy overview(w.controller(), &SimulationController::overviewReady);
    return overview.wait(30000);
}

QStringList lines(const ProblemsPanel& panel) {
    QStringList out;
    for (int i = 0; i < panel.count(); ++i) out << panel.item(i)->text();
    return out;
}

}  // namespace

class TestGuiPlausibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aChipBeyondOneReticleFieldIsWarnedAboutAndStillSimulated() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        auto* panel = w.findChild<ProblemsPanel*>();
        QVERIFY(panel);
        QVERIFY(nextOverview(w));
        QCOMPARE(panel->warningCount(), 0);

        QVERIFY(w.document()->setParameter("hardware.chip.tiles", ParamValue{std::int64_t{1024}}));
        QVERIFY(nextOverview(w));
        QCOMPARE(panel->problemCount(), 0);
        QCOMPARE(panel->warningCount(), 1);
        const QString line = lines(*panel).join(QLatin1Char('\n'));
        QVERIFY2(line.contains(QStringLiteral("reticle")) && line.contains(QStringLiteral("858")), qPrintable(line));

        w.document()->undoStack()->undo();
        QVERIFY(nextOverview(w));
        QCOMPARE(panel->warningCount(), 0);
    }
};

QTEST_MAIN(TestGuiPlausibility)
#include "tst_gui_plausibility.moc"
