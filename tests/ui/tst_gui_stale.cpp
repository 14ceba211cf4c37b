// While the design cannot be simulated the views keep the last valid result, greyed:
// every tab's page is covered by the translucent stale overlay (measured in the rendered
// pixels: nothing on the page stays dark), mouse events pass through it, no graphics
// effect is involved (an opacity effect ghosted other tabs under X11), and the greying
// goes away as soon as the design is valid again.
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "document/document.hpp"
#include "gui_test_support.hpp"

using namespace edgecim;
using namespace edgecim::ui;
using gui_test::waitForAllResults;

namespace {

// The darkest grey level on the current page as the user sees it (the tab widget rendered
// with its children, the overlay included), page area only.
int darkestOnCurrentPage(ViewTabs* tabs) {
    QWidget* page = tabs->currentWidget();
    const QRect area(page->mapTo(tabs, QPoint(0, 0)), page->size());
    const QImage image = tabs->grab().toImage().copy(area).convertToFormat(QImage::Format_RGB32);
    int darkest = 255;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) darkest = std::min(darkest, qGray(image.pixel(x, y)));
    return darkest;
}

// Visits every tab in turn and returns the darkest level of each page.
std::vector<int> darkestPerTab(ViewTabs* tabs) {
    std::vector<int> levels;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        levels.push_back(darkestOnCurrentPage(tabs));
    }
    return levels;
}

}  // namespace

class TestGuiStale : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyTabIsGreyedWhileStaleAndClearAgainOnceValid() {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForAllResults(w));
        ViewTabs* tabs = w.tabs();
        auto* overlay = w.findChild<QWidget*>(QStringLiteral("staleOverlay"));
        QVERIFY(overlay);
        QVERIFY(!overlay->isVisible());
        // Valid: every page has dark text somewhere.
        const std::vector<int> valid = darkestPerTab(tabs);
        for (int i = 0; i < tabs->count(); ++i) QVERIFY2(valid[i] < 80, qPrintable(tabs->tabText(i)));

        QVERIFY(w.document()->setParameter("hardware.dram.capacity_gb", 0.5));
        QVERIFY2(w.staleReason().contains(QLatin1String("capacity_gb")), qPrintable(w.staleReason()));
        QVERIFY(overlay->isVisible());
        QVERIFY(overlay->testAttribute(Qt::WA_TransparentForMouseEvents));
        QVERIFY(!tabs->graphicsEffect());
        // Twice round the tabs (the ghosts grew with each switch): every page stays greyed,
        // nothing on it darker than the window colour blended over black.
        for (int round = 0; round < 2; ++round) {
            const std::vector<int> stale = darkestPerTab(tabs);
            for (int i = 0; i < tabs->count(); ++i)
                QVERIFY2(
                    stale[i] >= 100,
                    qPrintable(
                        QStringLiteral("%1: darkest %2 while stale").arg(tabs->tabText(i), QString::number(stale[i]))));
        }
        // The overlay follows the page area when the window is resized.
        w.resize(1280, 720);
        QApplication::processEvents();
        const QWidget* page = tabs->currentWidget();
        QVERIFY(overlay->geometry().contains(QRect(page->mapTo(tabs, QPoint(0, 0)), page->size())));

        w.document()->undoStack()->undo();
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.staleReason().isEmpty());
        QVERIFY(!overlay->isVisible());
        const std::vector<int> again = darkestPerTab(tabs);
        for (int i = 0; i < tabs->count(); ++i) QVERIFY2(again[i] < 80, qPrintable(tabs->tabText(i)));
    }
};

QTEST_MAIN(TestGuiStale)
#include "tst_gui_stale.moc"
