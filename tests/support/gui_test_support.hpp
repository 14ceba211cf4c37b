#pragma once
// What the main-window GUI tests share: waiting until every evaluation the window starts
// has delivered, the path of a shipped preset, and quieting the offscreen platform.
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QtGlobal>

#include "app_shell/main_window.hpp"
#include "controller/simulation_controller.hpp"

namespace gui_test {

// Waits until the overview, detail, zoo comparison and context sweep have each delivered
// at least once after this call and nothing is pending. Call right after the change
// (construction, an edit, a load) whose results the test reads.
inline bool waitForAllResults(edgecim::ui::MainWindow& w, int timeout_ms = 30000) {
    using edgecim::ui::SimulationController;
    QSignalSpy overview(w.controller(), &SimulationController::overviewReady);
    QSignalSpy detail(w.controller(), &SimulationController::detailReady);
    QSignalSpy comparison(w.controller(), &SimulationController::comparisonReady);
    QSignalSpy sweep(w.controller(), &SimulationController::sweepReady);
    return QTest::qWaitFor(
        [&] {
            return overview.count() > 0 && detail.count() > 0 && comparison.count() > 0 && sweep.count() > 0 &&
                   !w.controller()->isBusy();
        },
        timeout_ms);
}

// A preset shipped in presets/, e.g. presetPath("hardware/edgecim-65nm-int8.yaml").
inline QString presetPath(const char* relative) {
    return QStringLiteral(EDGECIM_PRESET_DIR "/") + QLatin1String(relative);
}

// The offscreen platform warns "This plugin does not support ..." on every window move or
// resize a robot makes; drop those lines so real warnings stay readable. Call once.
inline void dropPlatformNoise() {
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (message.startsWith(QLatin1String("This plugin does not support"))) return;
        previous(type, context, message);
    });
}

}  // namespace gui_test
