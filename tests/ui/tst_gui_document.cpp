// The editable document and the generated parameter model: undo/redo with merging,
// "changed from preset" marks, range checks, and presets with problems that change nothing.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include "app_shell/file_actions.hpp"
#include "document/document.hpp"
#include "document/set_parameter_command.hpp"
#include "edgecim/config_io.hpp"
#include "models/parameter_model.hpp"

using namespace edgecim;
using namespace edgecim::ui;

class TestGuiDocument : public QObject {
    Q_OBJECT
private slots:
    void startsFromTheBuiltInDefault() {
        Document doc;
        QCOMPARE(doc.config(), default_config());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.problems().empty());
        QVERIFY(doc.model().has_value());
    }

    void saveAsProposesAFileNameFromThePresetName() {
        QCOMPARE(FileActions::suggestedFileName(QStringLiteral("EdgeCIM 65nm INT4")),
                 QStringLiteral("edgecim-65nm-int4.yaml"));
        QCOMPARE(FileActions::suggestedFileName(QStringLiteral("  My  design / v2 (fast)! ")),
                 QStringLiteral("my-design-v2-fast.yaml"));
        QCOMPARE(FileActions::suggestedFileName(QStringLiteral("Ümlaut ✓")), QStringLiteral("mlaut.yaml"));
        QCOMPARE(FileActions::suggestedFileName(QString()), QStringLiteral("preset.yaml"));
    }

    void editUndoRedo() {
        Document doc;
        QSignalSpy changed(&doc, &Document::configChanged);
        QVERIFY(doc.setParameter("hardware.chip.tiles", std::int64_t{64}));
        QCOMPARE(doc.config().hardware.chip.tiles, 64);
        QVERIFY(doc.isModified());
        QVERIFY(doc.isChangedFromPreset("hardware.chip.tiles"));
        QCOMPARE(changed.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.config().hardware.chip.tiles, 32);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.config().hardware.chip.tiles, 64);
    }

    void aSpinBoxDragIsOneUndoStep() {
        Document doc;
        for (int tiles = 33; tiles <= 40; ++tiles)
            QVERIFY(doc.setParameter("hardware.chip.tiles", std::int64_t{tiles}));
        QVERIFY(doc.setParameter("hardware.dram.bandwidth_gbps", 100.0));
        QCOMPARE(doc.undoStack()->count(), 2);  // the drag merged, the other key did not
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.config(), default_config());
    }

    void outOfRangeIsRejected() {
        Document doc;
        QString error;
        QVERIFY(!doc.setParameter("hardware.macro.rows", std::int64_t{0}, &error));
        QVERIFY2(error.contains(QLatin1String("hardware.macro.rows")), qPrintable(error));
        QCOMPARE(doc.config().hardware.macro.rows, 128);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void crossParameterProblemsAreReported() {
        Document doc;
        // More rows written per cycle than the macro has: valid alone, invalid together.
        QVERIFY(doc.setParameter("hardware.macro.rows", std::int64_t{16}));
        QVERIFY(doc.setParameter("hardware.macro.rows_written_per_cycle", std::int64_t{64}));
        QVERIFY(!doc.problems().empty());
        QVERIFY(!doc.problemText("hardware.macro.rows_written_per_cycle").isEmpty());
        doc.undoStack()->undo();
        QVERIFY(doc.problems().empty());
    }

    void badPresetLeavesStateUnchanged() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("workload:\n  model: llama-3.2-1b\nhardware:\n  macro:\n    rows: 0\n  chip:\n    tilez: 3\n");
        file.close();

        Document doc;
        QVERIFY(doc.setParameter("hardware.chip.tiles", std::int64_t{48}));
        const Config before = doc.config();
        QSignalSpy replaced(&doc, &Document::documentReplaced);
        try {
            doc.loadPreset(path);
            QFAIL("a preset with problems must not load");
        } catch (const InputError& e) {
            QVERIFY(e.problems().size() >= 2);  // every problem, not just the first
            for (const Problem& p : e.problems()) {
                QVERIFY(p.line > 0);
                QVERIFY(!p.key.empty());
            }
        }
        QCOMPARE(doc.config(), before);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isModified());
        QCOMPARE(replaced.count(), 0);
    }

    void saveAndReopen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.yaml"));
        Document doc;
        QVERIFY(doc.setParameter("hardware.chip.tiles", std::int64_t{16}));
        doc.savePreset(path);
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.isChangedFromPreset("hardware.chip.tiles"));  // the saved file is the new reference
        Document other;
        other.loadPreset(path);
        QCOMPARE(other.config().hardware.chip.tiles, 16);
    }

    void parameterModelPassesTheTester() {
        Document doc;
        ParameterModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxy_tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("rows"));
        QVERIFY(proxy.rowCount() > 0);
        doc.setParameter("hardware.chip.tiles", std::int64_t{8});
        doc.undoStack()->undo();
        doc.loadDefault();
    }

    void parameterModelIsGeneratedFromTheTable() {
        Document doc;
        ParameterModel model(&doc);
        QStringList groups;
        int rows = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            groups << model.index(g, 0).data().toString();
            rows += model.rowCount(model.index(g, 0));
        }
        QCOMPARE(groups, (QStringList{QStringLiteral("Macro"), QStringLiteral("Tile"), QStringLiteral("Chip"),
                                      QStringLiteral("DRAM"), QStringLiteral("Mapping"), QStringLiteral("Workload"),
                                      QStringLiteral("General")}));
        int shown = 0;
        for (const ParamSpec& spec : param_table()) shown += ParameterModel::isShown(spec) ? 1 : 0;
        QCOMPARE(rows, shown);
        const QModelIndex rows_value = model.indexOfKey("hardware.macro.rows");
        QVERIFY(rows_value.data(Qt::ToolTipRole).toString().contains(QLatin1String("[8, 4096]")));
        QCOMPARE(model.indexOfKey("hardware.macro.rows", ParameterModel::UnitColumn).data().toString(),
                 QStringLiteral("rows"));
    }

    void parameterModelEditsAreUndoableAndMarked() {
        Document doc;
        ParameterModel model(&doc);
        const QModelIndex tiles = model.indexOfKey("hardware.chip.tiles");
        QVERIFY(!tiles.data(ParameterModel::ChangedRole).toBool());
        QVERIFY(model.setData(tiles, QVariant::fromValue<qint64>(64)));
        QCOMPARE(doc.config().hardware.chip.tiles, 64);
        QVERIFY(tiles.data(ParameterModel::ChangedRole).toBool());
        QVERIFY(tiles.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.setData(tiles, QVariant::fromValue<qint64>(100000)));  // out of range
        QCOMPARE(doc.config().hardware.chip.tiles, 64);
        const QModelIndex active = model.indexOfKey("mapping.active_tiles");
        QVERIFY(model.setData(active, QStringLiteral("4")));
        QCOMPARE(doc.config().mapping.active_tiles, std::optional<int>(4));
        QVERIFY(model.setData(active, QStringLiteral("auto")));
        QVERIFY(!doc.config().mapping.active_tiles.has_value());
        doc.resetToPreset("hardware.chip.tiles");
        QVERIFY(!tiles.data(ParameterModel::ChangedRole).toBool());
    }
};

QTEST_MAIN(TestGuiDocument)
#include "tst_gui_document.moc"
