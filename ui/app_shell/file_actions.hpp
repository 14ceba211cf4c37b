#pragma once
// File menu behaviour: new, open, save, save as, recent files, model import and
// dropped files, with the unsaved-changes prompt and the problem dialog that names
// file, line and key of every problem while the current configuration stays as it was.
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace edgecim::ui {

class AppSettings;
class Document;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(Document* document, AppSettings* settings, QWidget* window);

    QAction* newAction() const { return new_; }
    QAction* openAction() const { return open_; }
    QAction* saveAction() const { return save_; }
    QAction* saveAsAction() const { return save_as_; }
    QAction* importModelAction() const { return import_; }
    QMenu* recentMenu() const { return recent_; }

    // Each returns true when it did what was asked.
    bool openPreset(const QString& path);
    bool importModel(const QString& path);
    // A dropped or command-line file: a preset YAML opens as preset; a model YAML
    // or HF config.json becomes the model.
    bool openAnyFile(const QString& path);
    // The same without any dialog (headless --screenshot): false and every problem
    // (file:line, key, valid range) in error.
    bool openAnyFileQuietly(const QString& path, QString* error);
    bool save();
    bool saveAs();
    // Asks to save unsaved edits; false when the user cancels.
    bool maybeSave();

    static bool isAcceptedFile(const QString& path);
    // "EdgeCIM 65nm INT4" -> "edgecim-65nm-int4.yaml" (ASCII letters and digits, '-').
    static QString suggestedFileName(const QString& title);
    // The message of the last failed save or open (file and reason, every problem).
    QString lastError() const { return last_error_; }

private:
    void chooseAndOpen();
    void chooseAndImport();
    void rebuildRecentMenu();
    void showProblems(const QString& title, const QString& path, const std::exception& error);
    void showSaveError(const QString& path, const std::exception& error);

    Document* document_;
    AppSettings* settings_;
    QWidget* window_;
    QAction* new_;
    QAction* open_;
    QAction* save_;
    QAction* save_as_;
    QAction* import_;
    QMenu* recent_;
    QString last_error_;
};

}  // namespace edgecim::ui
