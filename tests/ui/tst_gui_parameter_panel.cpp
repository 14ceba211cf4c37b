// The parameter dock driven by keyboard and mouse like a user: characters typed in the
// filter box stay there whatever the tree's current row was (the filter moving the current
// row must not open an editor that takes the focus).
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <memory>

#include "app_shell/main_window.hpp"
#include "document/document.hpp"
#include "models/parameter_model.hpp"
#include "views/parameter_panel.hpp"
#include "views/problems_panel.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {

// Like a keyboard: each key goes to whichever widget has the focus at that moment.
void typeIntoFocus(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, c.toLatin1());
    }
}

}  // namespace

class TstGuiParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void filterKeepsEveryTypedCharacterAfterTheClearButton() {
        Document doc;
        ParameterPanel panel(&doc);
        panel.resize(500, 900);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QLineEdit* filter = panel.filter();
        QTreeView* tree = panel.view();
        panel.focusFilter();
        QTest::keyClicks(filter, QStringLiteral("capacity"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(tree->hasFocus());
        QVERIFY2(tree->currentIndex().data(ParameterModel::KeyRole).toString().contains(QLatin1String("capacity")),
                 qPrintable(tree->currentIndex().data(ParameterModel::KeyRole).toString()));
        auto* clear = filter->findChild<QToolButton*>();
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(filter->text().isEmpty());
        QTest::mouseClick(filter, Qt::LeftButton);
        QVERIFY(filter->hasFocus());
        typeIntoFocus(QStringLiteral("frequency"));
        QCOMPARE(filter->text(), QStringLiteral("frequency"));
        QVERIFY(filter->hasFocus());
        QVERIFY(!panel.rejectionVisible());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void problemDoubleClickShowsAParameterTheFilterHides() {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ParameterPanel* panel = w.parameters();
        QVERIFY(w.document()->setParameter("hardware.dram.capacity_gb", 0.5));
        panel->focusFilter();
        QTest::keyClicks(panel->filter(), QStringLiteral("rows"));
        auto* problems = w.findChild<ProblemsPanel*>();
        QVERIFY(problems);
        QListWidgetItem* line = nullptr;
        for (int i = 0; i < problems->count(); ++i)
            if (problems->item(i)->data(Qt::UserRole).toString() == QLatin1String("hardware.dram.capacity_gb"))
                line = problems->item(i);
        QVERIFY(line);
        problems->scrollToItem(line);
        const QPoint at = problems->visualItemRect(line).center();
        QSignalSpy activated(problems, &ProblemsPanel::keyActivated);
        // A double-click as the hardware sends it: a click, then the second press as a double-click.
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(activated.count(), 1);
        QVERIFY(panel->filter()->text().isEmpty());
        const QModelIndex capacity =
            panel->proxy()->mapFromSource(panel->model()->indexOfKey("hardware.dram.capacity_gb"));
        QVERIFY(capacity.isValid());
        QCOMPARE(panel->view()->currentIndex(), capacity);
        QVERIFY(panel->view()->indexWidget(capacity));  // its editor is open
    }
};

QTEST_MAIN(TstGuiParameterPanel)
#include "tst_gui_parameter_panel.moc"
