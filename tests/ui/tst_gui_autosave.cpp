// No lost work: the working configuration is autosaved (debounced, atomically, never over
// the user's file) while it has unsaved edits, restored after a crash, removed on a clean
// exit or save; a failed save keeps the edits and the dirty state; opening a file with
// unsaved edits asks first.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app_shell/file_actions.hpp"
#include "app_shell/main_window.hpp"
#include "document/autosave.hpp"
#include "document/document.hpp"
#include "edgecim/config_io.hpp"

using namespace edgecim;
using namespace edgecim::ui;

namespace {
// Answers the next modal message box with the given button (offscreen tests never block).
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr) {
    QTimer::singleShot(0, [button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (text) *text = box->text();
            box->button(button)->click();
        } else {
            answerNextMessageBox(button, text);  // not shown yet: try again
        }
    });
}
}  // namespace

class TestGuiAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(Autosave::defaultDirectory()).removeRecursively(); }

    void autosavesDebouncedIntoAppData() {
        MainWindow w;
        Autosave* autosave = w.autosave();
        autosave->setDebounceMs(20);
        QVERIFY(autosave->path().startsWith(Autosave::defaultDirectory()));
        QVERIFY(!autosave->exists());
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 77.0));
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 78.0));
        QTRY_VERIFY_WITH_TIMEOUT(autosave->exists(), 5000);
        QString error;
        const auto recovered = autosave->read(&error);
        QVERIFY2(recovered, qPrintable(error));
        QCOMPARE(recovered->config.hardware.dram.bandwidth_gbps, 78.0);
        // Undo back to the saved state: nothing left to protect.
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QVERIFY(!w.document()->isModified());
        QVERIFY(!autosave->exists());
    }

    void neverWritesTheUsersFileAndSaveRemovesIt() {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("mine.yaml"));
        save_config(default_config(), preset.toStdString());
        const QByteArray before = [&] {
            QFile f(preset);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        MainWindow w;
        w.document()->loadPreset(preset);
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 91.0));
        QVERIFY(w.autosave()->saveNow());
        QFile f(preset);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(w.autosave()->read()->original_path, QFileInfo(preset).absoluteFilePath());
        QVERIFY(w.fileActions()->save());
        QVERIFY(!w.autosave()->exists());
    }

    void restoresAfterACrash() {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("base.yaml"));
        save_config(default_config(), preset.toStdString());
        QString crashed_path;
        {
            // A session that "crashes": its window is never closed, the autosave stays.
            MainWindow crashed;
            crashed.document()->loadPreset(preset);
            QVERIFY(crashed.document()->setParameter("hardware.dram.bandwidth_gbps", 66.0));
            QVERIFY(crashed.document()->setParameter("workload.generate_tokens", 64));
            QVERIFY(crashed.autosave()->saveNow());
            crashed_path = crashed.autosave()->path();
        }
        QVERIFY(QFileInfo::exists(crashed_path));
        MainWindow w;
        answerNextMessageBox(QMessageBox::Yes);
        w.offerRecovery();
        QCOMPARE(w.document()->config().hardware.dram.bandwidth_gbps, 66.0);
        QCOMPARE(w.document()->config().workload.generate_tokens, 64);
        QCOMPARE(w.document()->filePath(), QFileInfo(preset).absoluteFilePath());
        QVERIFY(w.document()->isModified());
        QVERIFY(w.document()->isChangedFromPreset("hardware.dram.bandwidth_gbps"));
        // A clean exit removes it.
        answerNextMessageBox(QMessageBox::Discard);  // the unsaved-changes prompt
        QVERIFY(w.close());
        QVERIFY(!QFileInfo::exists(crashed_path));
    }

    void declinedRecoveryDiscards() {
        {
            MainWindow crashed;
            QVERIFY(crashed.document()->setParameter("hardware.dram.bandwidth_gbps", 55.0));
            QVERIFY(crashed.autosave()->saveNow());
        }
        MainWindow w;
        answerNextMessageBox(QMessageBox::Discard);
        w.offerRecovery();
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.autosave()->exists());
    }

    // Issue 14: the trigger ran before the document was marked modified, so one edit alone
    // was never saved.
    void firstEditAloneIsAutosaved() {
        MainWindow w;
        w.autosave()->setDebounceMs(20);
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 61.0));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(w.autosave()->path()), 5000);
        QCOMPARE(w.autosave()->read()->config.hardware.dram.bandwidth_gbps, 61.0);
    }

    // A second instance neither claims that the running first one crashed nor touches its
    // autosave, and each writes its own.
    void secondInstanceLeavesTheLiveAutosaveAlone() {
        MainWindow first;
        QVERIFY(first.document()->setParameter("hardware.dram.bandwidth_gbps", 44.0));
        QVERIFY(first.autosave()->saveNow());
        const QString first_path = first.autosave()->path();
        {
            MainWindow second;
            QVERIFY(second.autosave()->path() != first_path);
            QVERIFY(!second.autosave()->exists());  // nothing to offer: the first is alive
            QVERIFY(!second.autosave()->read());
            second.offerRecovery();  // returns at once, no dialog
            QVERIFY(second.document()->setParameter("hardware.dram.bandwidth_gbps", 45.0));
            QVERIFY(second.autosave()->saveNow());
            answerNextMessageBox(QMessageBox::Discard);  // the unsaved-changes prompt
            QVERIFY(second.close());
        }
        QVERIFY(QFileInfo::exists(first_path));
        QCOMPARE(first.autosave()->read()->config.hardware.dram.bandwidth_gbps, 44.0);
    }

    // An autosave cut short (here after workload.model) is not restored with defaults for
    // the missing keys: it is reported and discarded.
    void truncatedAutosaveIsNotRestored() {
        QString crashed_path;
        {
            MainWindow crashed;
            QVERIFY(crashed.document()->setParameter("hardware.dram.bandwidth_gbps", 33.0));
            QVERIFY(crashed.autosave()->saveNow());
            crashed_path = crashed.autosave()->path();
        }
        QFile file(crashed_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        const qsizetype model = text.indexOf("\n  model:");
        QVERIFY(model > 0);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.left(text.indexOf('\n', model + 1) + 1));
        file.close();
        MainWindow w;
        QVERIFY(w.autosave()->exists());
        QString error;
        QVERIFY(!w.autosave()->read(&error));
        QVERIFY2(error.contains(QLatin1String("incomplete")), qPrintable(error));
        QString shown;
        answerNextMessageBox(QMessageBox::Ok, &shown);
        w.offerRecovery();
        QVERIFY(!w.document()->isModified());
        QVERIFY(!QFileInfo::exists(crashed_path));
    }

    void failedSaveKeepsEditsAndDirtyState() {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("ro.yaml"));
        save_config(default_config(), preset.toStdString());
        MainWindow w;
        w.document()->loadPreset(preset);
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 81.0));
        // Make the save fail: the folder disappears under the document.
        QVERIFY(QDir(dir.path()).removeRecursively());
        QString shown;
        answerNextMessageBox(QMessageBox::Ok, &shown);
        QVERIFY(!w.fileActions()->save());
        QVERIFY(shown.contains(QLatin1String("ro.yaml")));
        QVERIFY(w.fileActions()->lastError().contains(QLatin1String("ro.yaml")));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->config().hardware.dram.bandwidth_gbps, 81.0);
    }

    void openingWithUnsavedEditsAsksFirst() {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.yaml"));
        Config c = default_config();
        c.hardware.dram.bandwidth_gbps = 12.5;
        save_config(c, other.toStdString());
        MainWindow w;
        QVERIFY(w.document()->setParameter("hardware.dram.bandwidth_gbps", 99.0));
        QString asked;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!w.fileActions()->openPreset(other));
        QVERIFY(asked.contains(QLatin1String("unsaved")));
        QCOMPARE(w.document()->config().hardware.dram.bandwidth_gbps, 99.0);
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(w.fileActions()->openPreset(other));
        QCOMPARE(w.document()->config().hardware.dram.bandwidth_gbps, 12.5);
        QVERIFY(!w.document()->isModified());
    }
};

QTEST_MAIN(TestGuiAutosave)
#include "tst_gui_autosave.moc"
