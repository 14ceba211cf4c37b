// The parameter dock driven by keyboard and mouse like a user: characters typed in the
// filter box stay there whatever the tree's current row was (the filter moving the current
// row must not open an editor that takes the focus).
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
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

// Shown in its own active window, so keys and clicks reach it as a user's would.
bool showActive(ParameterPanel& panel) {
    panel.resize(500, 900);
    panel.show();
    panel.activateWindow();
    return QTest::qWaitForWindowActive(&panel);
}

}  // namespace

class TstGuiParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void filterKeepsEveryTypedCharacterAfterTheClearButton() {
        Document doc;
        ParameterPanel panel(&doc);
        QVERIFY(showActive(panel));
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

    void rejectionIsClearedByEscFilterAndAcceptedEdits() {
        Document doc;
        ParameterPanel panel(&doc);
        QVERIFY(showActive(panel));
        QTreeView* tree = panel.view();
        const double before = doc.config().hardware.dram.bandwidth_gbps;
        const auto typeInto = [&](const QString& text, Qt::Key end) {
            // Looked up each time: a filter change invalidates the view's indexes.
            const QModelIndex bandwidth =
                panel.proxy()->mapFromSource(panel.model()->indexOfKey("hardware.dram.bandwidth_gbps"));
            tree->setFocus();
            tree->setCurrentIndex(bandwidth);
            QTest::keyClick(tree, Qt::Key_F2);
            QWidget* editor = tree->indexWidget(bandwidth);
            QVERIFY(editor);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            typeIntoFocus(text);
            QTest::keyClick(QApplication::focusWidget(), end);
            QTRY_VERIFY(!tree->indexWidget(bandwidth));
        };
        // Esc on an editor holding text that is no number: nothing committed, nothing refused.
        typeInto(QStringLiteral("xyz"), Qt::Key_Escape);
        QVERIFY2(!panel.rejectionVisible(), qPrintable(panel.rejectionText()));
        QCOMPARE(doc.config().hardware.dram.bandwidth_gbps, before);

        // A refusal, then Esc in the tree dismisses it.
        typeInto(QStringLiteral("xyz"), Qt::Key_Return);
        QVERIFY(panel.rejectionVisible());
        QTest::keyClick(tree, Qt::Key_Escape);
        QVERIFY(!panel.rejectionVisible());

        // A refusal, then the filter changes: the message is about a row the user left.
        typeInto(QStringLiteral("xyz"), Qt::Key_Return);
        QVERIFY(panel.rejectionVisible());
        panel.focusFilter();
        typeIntoFocus(QStringLiteral("band"));
        QVERIFY(!panel.rejectionVisible());

        // A refusal, then an accepted edit typed into the editor.
        typeInto(QStringLiteral("-3"), Qt::Key_Return);
        QVERIFY(panel.rejectionVisible());
        QCOMPARE(doc.config().hardware.dram.bandwidth_gbps, before);
        typeInto(QStringLiteral("100"), Qt::Key_Return);
        QCOMPARE(doc.config().hardware.dram.bandwidth_gbps, 100.0);
        QVERIFY2(!panel.rejectionVisible(), qPrintable(panel.rejectionText()));
        QCOMPARE(doc.config().hardware.dram.bandwidth_gbps, 100.0);
    }

    // A number beyond the editor's limits is out of range, in the words of edgecim-cli --set.
    void typedNumberBeyondTheEditorIsOutOfRange_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("valid");
        QTest::newRow("real") << "hardware.dram.bandwidth_gbps"
                              << "1e99"
                              << "1e+99 is out of range"
                              << "(valid: [0.1, 100000] GB/s)";
        QTest::newRow("integer") << "hardware.chip.tiles"
                                 << "99999999999"
                                 << "'99999999999' is out of range"
                                 << "(valid: integer in [1, 4096] tiles)";
        QTest::newRow("integer as exponent") << "hardware.chip.tiles"
                                             << "1e99"
                                             << "'1e99' is out of range"
                                             << "(valid: integer in [1, 4096] tiles)";
        QTest::newRow("no number") << "hardware.chip.tiles"
                                   << "abc"
                                   << "'abc' is not a number"
                                   << "(valid: integer in [1, 4096] tiles)";
    }
    void typedNumberBeyondTheEditorIsOutOfRange() {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, said);
        QFETCH(QString, valid);
        Document doc;
        ParameterPanel panel(&doc);
        QVERIFY(showActive(panel));
        QTreeView* tree = panel.view();
        const QModelIndex index = panel.proxy()->mapFromSource(panel.model()->indexOfKey(key.toStdString()));
        tree->setFocus();
        tree->setCurrentIndex(index);
        QTest::keyClick(tree, Qt::Key_F2);
        QVERIFY(tree->indexWidget(index));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeIntoFocus(typed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!tree->indexWidget(index));
        QVERIFY(panel.rejectionVisible());
        const QString shown = panel.rejectionText();
        QVERIFY2(shown.startsWith(key + QStringLiteral(": ")) && shown.contains(said) && shown.endsWith(valid),
                 qPrintable(shown));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    // Esc on a valid typed value: nothing committed, and the closing editor does not try
    // to commit it either (Qt warns about an editor no longer in the view).
    void escOnATypedNumberCommitsNothing() {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong")));
        Document doc;
        ParameterPanel panel(&doc);
        QVERIFY(showActive(panel));
        QTreeView* tree = panel.view();
        for (const char* key : {"hardware.chip.tiles", "hardware.dram.bandwidth_gbps"}) {
            const QModelIndex index = panel.proxy()->mapFromSource(panel.model()->indexOfKey(key));
            tree->setFocus();
            tree->setCurrentIndex(index);
            QTest::keyClick(tree, Qt::Key_F2);
            QVERIFY(tree->indexWidget(index));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            typeIntoFocus(QStringLiteral("50"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTRY_VERIFY(!tree->indexWidget(index));
        }
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!panel.rejectionVisible());
    }

    void keysOnGroupRowsAndNamesStartNoFailedEdit() {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("editing failed")));
        Document doc;
        ParameterPanel panel(&doc);
        QVERIFY(showActive(panel));
        QTreeView* tree = panel.view();
        tree->setFocus();
        for (int column : {int(ParameterModel::NameColumn), int(ParameterModel::ValueColumn)}) {
            const QModelIndex group = panel.proxy()->index(0, column);
            QVERIFY(panel.proxy()->rowCount(group.siblingAtColumn(0)) > 0);
            for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return, Qt::Key_5, Qt::Key_X}) {
                tree->setCurrentIndex(group);
                QTest::keyClick(tree, key);
                QVERIFY(tree->hasFocus());
                QVERIFY(!tree->indexWidget(group));
            }
        }
        // F2 or Enter on a parameter's name edits its value: one editor, no failed second edit.
        const QModelIndex tiles = panel.proxy()->mapFromSource(panel.model()->indexOfKey("hardware.chip.tiles"));
        for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
            tree->setCurrentIndex(tiles.siblingAtColumn(ParameterModel::NameColumn));
            QTest::keyClick(tree, key);
            QVERIFY(tree->indexWidget(tiles));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTRY_VERIFY(!tree->indexWidget(tiles));
        }
        QCOMPARE(doc.undoStack()->count(), 0);
        // Enter in the editor commits without a second edit being started.
        tree->setCurrentIndex(tiles);
        QTest::keyClick(tree, Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        typeIntoFocus(QStringLiteral("48"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!tree->indexWidget(tiles));
        QCOMPARE(doc.config().hardware.chip.tiles, 48);
    }
};

QTEST_MAIN(TstGuiParameterPanel)
#include "tst_gui_parameter_panel.moc"
