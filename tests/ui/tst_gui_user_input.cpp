// User text and user files: a model named "x %1 %2 <b>bold</b>" shows literally in every
// view (never a format string, escaped in rich text); a bad preset given on the command
// line opens the window with the problem dialog naming file:line and key (headless
// --screenshot: exit 2 with the same message); `edgecim FILE` opens FILE.
#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <cmath>

#include "app_shell/file_actions.hpp"
#include "app_shell/help_dialogs.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "gui_test_support.hpp"
#include "models/parameter_model.hpp"
#include "plot/xy_chart.hpp"
#include "views/comparison_view.hpp"
#include "views/kpi_card.hpp"
#include "views/overview_view.hpp"
#include "views/parameter_panel.hpp"
#include "views/sweep_view.hpp"

using namespace edgecim;
using namespace edgecim::ui;
using gui_test::presetPath;
using gui_test::waitForAllResults;

namespace {

const QString kHostileName = QStringLiteral("x %1 %2 <b>bold</b>");

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The default preset with macro rows set to -5; *line gets the 1-based line of the value.
QString writeBadPreset(const QTemporaryDir& dir, int* line) {
    const QList<QByteArray> lines = readFile(presetPath("hardware/edgecim-65nm-int4.yaml")).split('\n');
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i] == "    rows: 128") {
            out += "    rows: -5\n";
            *line = i + 1;
        } else {
            out += lines[i] + (i + 1 < lines.size() ? "\n" : "");
        }
    }
    const QString path = dir.filePath(QStringLiteral("bad.yaml"));
    return writeFile(path, out) ? path : QString();
}

QString guiPath() { return QFileInfo(QStringLiteral(EDGECIM_CLI_PATH)).dir().filePath(QStringLiteral("edgecim")); }

QProcessEnvironment isolatedEnvironment(const QTemporaryDir& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

}  // namespace

class TestGuiUserInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelNamesAreShownLiterally() {
        QTemporaryDir dir;
        QByteArray yaml = readFile(presetPath("models/qwen3-0.6b.yaml"));
        QVERIFY(!yaml.isEmpty());
        yaml.replace("name: qwen3-0.6b", "name: \"" + kHostileName.toUtf8() + "\"");
        yaml.replace("display_name: Qwen3-0.6B", "display_name: \"" + kHostileName.toUtf8() + "\"");
        const QString model = dir.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(model, yaml));

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(waitForAllResults(w));
        QString error;
        QVERIFY2(w.document()->setParameter("workload.model", model.toStdString(), &error), qPrintable(error));
        QVERIFY(waitForAllResults(w));

        // Overview card: the name followed by the precision, so no %1/%2 was substituted.
        OverviewView* overview = w.tabs()->overview();
        const QString detail = overview->card(QStringLiteral("tokens_per_s"))->detail();
        QVERIFY2(detail.startsWith(kHostileName + QStringLiteral(", int")), qPrintable(detail));
        for (QLabel* label : overview->findChildren<QLabel*>())
            if (label->text().contains(QLatin1String("<b>bold"))) QCOMPARE(label->textFormat(), Qt::PlainText);

        // Sweep caption: plain text, literal name, numbers where they belong.
        bool sweep_found = false;
        for (QLabel* label : w.tabs()->sweep()->findChildren<QLabel*>()) {
            if (!label->text().startsWith(kHostileName)) continue;
            sweep_found = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(label->text().startsWith(kHostileName + QStringLiteral(": workload.prompt_tokens swept")),
                     qPrintable(label->text()));
        }
        QVERIFY(sweep_found);

        // Comparison summary is rich text: the name escaped, nothing bold from the name.
        w.tabs()->setCurrentWidget(w.tabs()->comparison());
        const QString summary = w.tabs()->comparison()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("x %1 %2 &lt;b&gt;bold&lt;/b&gt;")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("<b>bold</b>")));

        // Roofline hover on the design point: escaped.
        w.tabs()->setCurrentWidget(overview);
        XYChart* roofline = overview->roofline();
        roofline->replotNow();
        const XYSeries& design = roofline->series().back();
        QCustomPlot* plot = roofline->customPlot();
        const QPointF at(plot->xAxis->coordToPixel(design.x[0]), plot->yAxis->coordToPixel(design.y[0]));
        QHelpEvent help(QEvent::ToolTip, at.toPoint(), plot->mapToGlobal(at.toPoint()));
        QApplication::sendEvent(plot, &help);
        QVERIFY2(roofline->lastHoverText().contains(QStringLiteral("x %1 %2 &lt;b&gt;bold&lt;/b&gt;")),
                 qPrintable(roofline->lastHoverText()));
    }

    void keyboardOnlyEditing() {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ParameterPanel* panel = w.parameters();
        QTreeView* tree = panel->view();
        QTest::keyClicks(panel->filter(), QStringLiteral("bandwidth"));
        QTest::keyClick(panel->filter(), Qt::Key_Down);
        QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.column(), int(ParameterModel::ValueColumn));
        QVERIFY2(current.data(ParameterModel::KeyRole).toString().contains(QLatin1String("bandwidth")),
                 qPrintable(current.data(ParameterModel::KeyRole).toString()));
        // F2 and Enter edit the value even with the cursor on the name column.
        for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
            tree->setCurrentIndex(current.siblingAtColumn(ParameterModel::NameColumn));
            QTest::keyClick(tree, key);
            QWidget* editor = tree->indexWidget(current);
            QVERIFY(editor);
            QCOMPARE(tree->currentIndex(), current);
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(!tree->indexWidget(current));
        }
        // Typing a digit on the name column starts editing the value with that digit.
        tree->setCurrentIndex(current.siblingAtColumn(ParameterModel::NameColumn));
        QTest::keyClick(tree, Qt::Key_5);
        QVERIFY(tree->indexWidget(current));
        QCOMPARE(tree->currentIndex(), current);
    }

    void outOfRangeEditsAreRefusedAloud() {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ParameterPanel* panel = w.parameters();
        QVERIFY(!panel->rejectionVisible());
        const QModelIndex tiles = panel->proxy()->mapFromSource(panel->model()->indexOfKey("hardware.chip.tiles"));
        QVERIFY(tiles.isValid());
        // Through the model (what every editor commits to): nothing clamped, the range said.
        QVERIFY(!panel->proxy()->setData(tiles, QVariant::fromValue<qint64>(-5), Qt::EditRole));
        QCOMPARE(w.document()->config().hardware.chip.tiles, 32);
        QVERIFY(panel->rejectionVisible());
        QVERIFY2(panel->rejectionText().contains(QLatin1String("-5")) &&
                     panel->rejectionText().contains(QLatin1String("integer in [1, 4096] tiles")),
                 qPrintable(panel->rejectionText()));
        // An accepted edit clears it.
        QVERIFY(panel->proxy()->setData(tiles, QVariant::fromValue<qint64>(16), Qt::EditRole));
        QVERIFY(!panel->rejectionVisible());

        // Typed into the editor: 999999 is not turned into the maximum.
        QTreeView* tree = panel->view();
        tree->setCurrentIndex(tiles);
        QTest::keyClick(tree, Qt::Key_F2);
        QWidget* editor = tree->indexWidget(tiles);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("999999"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(w.document()->config().hardware.chip.tiles, 16);
        QVERIFY2(panel->rejectionText().contains(QLatin1String("999999")), qPrintable(panel->rejectionText()));

        // Text that is no number is reported, not dropped.
        const QModelIndex bandwidth =
            panel->proxy()->mapFromSource(panel->model()->indexOfKey("hardware.dram.bandwidth_gbps"));
        tree->setCurrentIndex(bandwidth);
        QTest::keyClick(tree, Qt::Key_F2);
        editor = tree->indexWidget(bandwidth);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("abc"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Reported when the delegate commits the text, right after Enter has been handled.
        QTRY_VERIFY2(panel->rejectionText().contains(QLatin1String("'abc' is not a number")) &&
                         panel->rejectionText().contains(QLatin1String("GB/s")),
                     qPrintable(panel->rejectionText()));
    }

    void workloadStripRefusesOutOfRangeAloud() {
        MainWindow w;
        w.show();
        auto* prompt = w.findChild<QSpinBox*>(QStringLiteral("workload.prompt_tokens"));
        QVERIFY(prompt);
        const int before = w.document()->config().workload.prompt_tokens;
        prompt->setValue(-5);  // what typing -5 and Enter commits
        QCOMPARE(w.document()->config().workload.prompt_tokens, before);
        QCOMPARE(prompt->value(), before);
        const QString shown = w.statusBar()->currentMessage();
        QVERIFY2(shown.contains(QLatin1String("-5")) && shown.contains(QLatin1String("valid: integer in [")) &&
                     shown.contains(QLatin1String("tokens")),
                 qPrintable(shown));
    }

    void viewsAreMarkedStaleWhileTheInputCannotRun() {
        MainWindow w;
        w.show();
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.staleReason().isEmpty());
        auto* overlay = w.findChild<QWidget*>(QStringLiteral("staleOverlay"));
        QVERIFY(overlay && !overlay->isVisible());
        const QString before = w.tabs()->overview()->kpiText(QStringLiteral("tokens_per_s"));
        QVERIFY(w.document()->setParameter("workload.model", std::string("tinyllama-1.1b")));
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.document()->setParameter("workload.prompt_tokens", std::int64_t{4096}));
        QVERIFY2(w.staleReason().contains(QLatin1String("context")), qPrintable(w.staleReason()));
        auto* banner = w.findChild<QLabel*>(QStringLiteral("staleBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().startsWith(QLatin1String("Stale: ")));
        QVERIFY(overlay->isVisible());  // the greying (tst_gui_stale checks its pixels)
        w.document()->undoStack()->undo();
        QVERIFY(waitForAllResults(w));
        QVERIFY(w.staleReason().isEmpty());
        QVERIFY(!banner->isVisible());
        QVERIFY(!overlay->isVisible());
        QVERIFY(w.tabs()->overview()->kpiText(QStringLiteral("tokens_per_s")) != before);  // TinyLlama now
    }

    void smallWindowsKeepParameterNamesReadable() {
        for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(50);  // the first-start dock sizes apply right after the first show
            QCOMPARE(w.size(), size);
            // The strip above the views wraps instead of setting the views' minimum width.
            QWidget* strip = w.findChild<QComboBox*>(QStringLiteral("modelCombo"))->parentWidget()->parentWidget();
            QVERIFY2(strip->minimumSizeHint().width() < 500,
                     qPrintable(QString::number(strip->minimumSizeHint().width())));
            QTreeView* tree = w.parameters()->view();
            const int longest = tree->fontMetrics().horizontalAdvance(QStringLiteral("rows_written_per_cycle"));
            QVERIFY2(tree->columnWidth(ParameterModel::NameColumn) >= longest,
                     qPrintable(QStringLiteral("%1x%2: name column %3 px < %4 px")
                                    .arg(QString::number(size.width()), QString::number(size.height()),
                                         QString::number(tree->columnWidth(ParameterModel::NameColumn)),
                                         QString::number(longest))));
            // The name column and a value both fit in the visible tree.
            QVERIFY2(tree->viewport()->width() >= tree->columnWidth(ParameterModel::NameColumn) + 80,
                     qPrintable(QStringLiteral("%1x%2: tree %3 px wide")
                                    .arg(QString::number(size.width()), QString::number(size.height()),
                                         QString::number(tree->viewport()->width()))));
        }
    }

    void helpListsShortcutsAndTheGuide() {
        MainWindow w;
        const QString keys = help::shortcutsHtml(w);
        QVERIFY(keys.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        QVERIFY(keys.contains(QLatin1String("Find parameter")));
        QVERIFY(keys.contains(QLatin1String("Shift+wheel")));
        QVERIFY(help::guideHtml().contains(QLatin1String("Shift+wheel")));
        QMenu* menu = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Help")) menu = a->menu();
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions()) texts << a->text().remove(QLatin1Char('&'));
        QVERIFY2(
            texts.contains(QLatin1String("Guide")) && texts.contains(QLatin1String("Keyboard and Mouse Shortcuts")),
            qPrintable(texts.join(QLatin1Char(','))));
    }

    void aBadFileShowsTheProblemDialogOverTheWindow() {
        QTemporaryDir dir;
        int line = 0;
        const QString bad = writeBadPreset(dir, &line);
        QVERIFY(!bad.isEmpty() && line > 0);
        MainWindow w;
        w.show();
        const QString title_before = w.document()->title();
        QString shown;
        QTimer::singleShot(0, &w, [&] {
            QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        });
        QVERIFY(!w.fileActions()->openAnyFile(bad));
        QVERIFY2(shown.contains(QStringLiteral("bad.yaml:%1").arg(line)), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("hardware.macro.rows")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("4096")), qPrintable(shown));  // the valid range
        QCOMPARE(w.document()->title(), title_before);
        QVERIFY(w.isVisible());
    }

    void commandLineFile() {
        QTemporaryDir dir, home;
        int line = 0;
        const QString bad = writeBadPreset(dir, &line);
        QVERIFY(QFileInfo(guiPath()).isExecutable());

        // Headless: no dialog to read, so the problems go to stderr with exit code 2.
        QProcess shot;
        shot.setProcessEnvironment(isolatedEnvironment(home));
        shot.start(guiPath(), {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots")), bad});
        QVERIFY(shot.waitForFinished(30000));
        QCOMPARE(shot.exitCode(), 2);
        const QString err = QString::fromUtf8(shot.readAllStandardError());
        QVERIFY2(
            err.contains(QStringLiteral("bad.yaml:%1").arg(line)) && err.contains(QLatin1String("hardware.macro.rows")),
            qPrintable(err));

        // Interactive: the window opens (with the dialog) instead of exiting.
        for (const QStringList& args : {QStringList{bad}, QStringList{QStringLiteral("--preset"), bad}}) {
            QProcess gui;
            gui.setProcessEnvironment(isolatedEnvironment(home));
            gui.start(guiPath(), args);
            QVERIFY(gui.waitForStarted(10000));
            QVERIFY2(!gui.waitForFinished(3000), qPrintable(QString::fromUtf8(gui.readAllStandardError())));
            gui.kill();
            gui.waitForFinished(5000);
        }

        // A good FILE opens: --screenshot's state.json carries its preset and the card
        // numbers, equal to `edgecim-cli run` (the cards show the analytical evaluator).
        const QString preset = presetPath("hardware/edgecim-65nm-int8.yaml");
        const QString shots = dir.filePath(QStringLiteral("good"));
        QProcess good;
        good.setProcessEnvironment(isolatedEnvironment(home));
        good.start(guiPath(), {QStringLiteral("--screenshot"), shots, QStringLiteral("--window-size"),
                               QStringLiteral("1366x768"), preset});
        QVERIFY(good.waitForFinished(90000));
        QVERIFY2(good.exitCode() == 0, good.readAllStandardError().constData());
        const QJsonObject state =
            QJsonDocument::fromJson(readFile(QDir(shots).filePath(QStringLiteral("state.json")))).object();
        QCOMPARE(state.value(QStringLiteral("preset_name")).toString(), QStringLiteral("EdgeCIM 65nm INT8"));
        QCOMPARE(state.value(QStringLiteral("window")).toArray(), (QJsonArray{1366, 768}));
        QVERIFY(state.value(QStringLiteral("reference")).isNull());
        QCOMPARE(state.value(QStringLiteral("views")).toArray().size(), ViewTabs::viewIds().size());
        QCOMPARE(QImage(QDir(shots).filePath(QStringLiteral("window.png"))).size(), QSize(1366, 768));
        QProcess cli;
        cli.start(QStringLiteral(EDGECIM_CLI_PATH),
                  {QStringLiteral("run"), QStringLiteral("--config"), preset, QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--evaluator"), QStringLiteral("analytical")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject run = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(state.value(QStringLiteral("model")).toString(), run.value(QStringLiteral("model")).toString());
        QCOMPARE(state.value(QStringLiteral("evaluator")).toString(),
                 run.value(QStringLiteral("evaluator")).toString());
        for (const char* key : {"decode_tokens_per_s", "tokens_per_j"}) {
            const double gui = state.value(QLatin1String(key)).toDouble(),
                         headless = run.value(QLatin1String(key)).toDouble();
            QVERIFY2(headless > 0 && std::abs(gui - headless) <= 1e-12 * headless,
                     qPrintable(QStringLiteral("%1: GUI %2, CLI %3")
                                    .arg(QLatin1String(key), QString::number(gui, 'g', 17),
                                         QString::number(headless, 'g', 17))));
        }

        // Two files, or FILE and --preset: a usage error, before any window.
        QProcess usage;
        usage.setProcessEnvironment(isolatedEnvironment(home));
        usage.start(guiPath(), {bad, QStringLiteral("--preset"), bad});
        QVERIFY(usage.waitForFinished(20000));
        QCOMPARE(usage.exitCode(), 2);
    }
};

QTEST_MAIN(TestGuiUserInput)
#include "tst_gui_user_input.moc"
