// The parameter dock driven by keyboard and mouse like a user: characters typed in the
// filter box stay there whatever the tree's current row was (the filter moving the current
// row must not open an editor that takes the focus).
#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <memory>

#include "document/document.hpp"
#include "models/parameter_model.hpp"
#include "views/parameter_panel.hpp"

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
};

QTEST_MAIN(TstGuiParameterPanel)
#include "tst_gui_parameter_panel.moc"
