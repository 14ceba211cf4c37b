// What the window remembers between sessions (QSettings in QStandardPaths' test mode): a
// window closed with a choice made starts the next session with it.
#include <QCheckBox>
#include <QCoreApplication>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "app_shell/app_settings.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "gui_test_support.hpp"
#include "views/timeline_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

// One session: a window restored from the settings, as edgecim starts it.
struct Session {
    MainWindow window;
    Session() {
        window.restoreSettings();
        window.show();
    }
    QCheckBox* prefill() const { return window.tabs()->timeline()->prefillSelector(); }
};

}  // namespace

class TestGuiSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        gui_test::dropPlatformNoise();
        // As edgecim names itself (QSettings needs an organisation); the application name
        // stays this test's, so its settings file is its own.
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeCIM"));
        QSettings().clear();  // a first start
    }

    void timelinePrefillChoiceIsRestored() {
        {
            Session first;
            QVERIFY(!first.prefill()->isChecked());  // the default: a decode step
            QVERIFY(!first.window.controller()->timelinePrefill());
            QVERIFY(gui_test::waitForAllResults(first.window));
            first.prefill()->setChecked(true);
            QVERIFY(first.window.close());
        }
        QVERIFY(AppSettings().timelinePrefill());
        {
            Session second;
            QVERIFY(second.prefill()->isChecked());
            QVERIFY(!second.window.tabs()->timeline()->stepSelector()->isEnabled());
            QVERIFY(second.window.controller()->timelinePrefill());
            // The timeline the session shows is the prefill's, without a click.
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const ResultPtr detail = second.window.tabs()->lastDetail();
                    return detail && detail->timeline_phase == TimelinePhase::prefill &&
                           !second.window.controller()->isBusy();
                },
                60000));
            second.prefill()->setChecked(false);
            QVERIFY(second.window.close());
        }
        QVERIFY(!AppSettings().timelinePrefill());
        Session third;
        QVERIFY(!third.prefill()->isChecked());
        QVERIFY(!third.window.controller()->timelinePrefill());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
