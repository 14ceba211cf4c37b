#include "app_shell/file_actions.hpp"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

#include "app_shell/app_settings.hpp"
#include "document/document.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"

namespace edgecim::ui {

namespace {
const QString kPresetFilter = QObject::tr("EdgeCIM presets (*.yaml *.yml)");
const QString kModelFilter = QObject::tr("Model files (*.json *.yaml *.yml)");

// One line per problem ("file:line: key: message (valid: range)"), or the error text.
QStringList problemLines(const std::exception& error) {
    QStringList lines;
    if (const auto* input = dynamic_cast<const InputError*>(&error)) {
        for (const Problem& p : input->problems()) lines << QString::fromStdString(p.to_string());
    } else {
        lines << QString::fromUtf8(error.what());
    }
    return lines;
}
}  // namespace

FileActions::FileActions(Document* document, AppSettings* settings, QWidget* window)
    : QObject(window), document_(document), settings_(settings), window_(window) {
    QStyle* style = window_->style();
    new_ = new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New (EdgeCIM 65 nm default)"), this);
    new_->setShortcut(QKeySequence::New);
    open_ = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Preset…"), this);
    open_->setShortcut(QKeySequence::Open);
    save_ = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Preset"), this);
    save_->setShortcut(QKeySequence::Save);
    save_as_ = new QAction(tr("Save Preset &As…"), this);
    save_as_->setShortcut(QKeySequence::SaveAs);
    import_ = new QAction(tr("&Import Hugging Face config.json…"), this);
    import_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    recent_ = new QMenu(tr("Open &Recent"), window_);

    connect(new_, &QAction::triggered, this, [this] {
        if (maybeSave()) document_->loadDefault();
    });
    connect(open_, &QAction::triggered, this, &FileActions::chooseAndOpen);
    connect(save_, &QAction::triggered, this, &FileActions::save);
    connect(save_as_, &QAction::triggered, this, &FileActions::saveAs);
    connect(import_, &QAction::triggered, this, &FileActions::chooseAndImport);
    rebuildRecentMenu();
}

QString FileActions::suggestedFileName(const QString& title) {
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-'))) slug.chop(1);
    return (slug.isEmpty() ? QStringLiteral("preset") : slug) + QStringLiteral(".yaml");
}

bool FileActions::isAcceptedFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}

bool FileActions::openPreset(const QString& path) {
    if (!maybeSave()) return false;
    try {
        document_->loadPreset(path);
    } catch (const std::exception& e) {
        showProblems(tr("Cannot open preset"), path, e);
        return false;
    }
    settings_->addRecentFile(path);
    rebuildRecentMenu();
    return true;
}

bool FileActions::importModel(const QString& path) {
    try {
        load_model_file(path.toStdString());  // check it first: a bad file changes nothing
    } catch (const std::exception& e) {
        showProblems(tr("Cannot import model"), path, e);
        return false;
    }
    settings_->setLastModelDirectory(QFileInfo(path).absolutePath());
    return document_->setParameter("workload.model", QFileInfo(path).absoluteFilePath().toStdString());
}

bool FileActions::openAnyFile(const QString& path) {
    std::string kind;
    try {
        kind = validate_file(path.toStdString());
    } catch (const std::exception& e) {
        showProblems(tr("Cannot open %1").arg(QFileInfo(path).fileName()), path, e);
        return false;
    }
    return kind == "preset" ? openPreset(path) : importModel(path);
}

bool FileActions::openAnyFileQuietly(const QString& path, QString* error) {
    try {
        if (validate_file(path.toStdString()) == "preset") {
            document_->loadPreset(path);
            return true;
        }
        load_model_file(path.toStdString());
    } catch (const std::exception& e) {
        if (error) *error = problemLines(e).join(QLatin1Char('\n'));
        return false;
    }
    QString why;
    if (document_->setParameter("workload.model", QFileInfo(path).absoluteFilePath().toStdString(), &why)) return true;
    if (error) *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + why;
    return false;
}

bool FileActions::save() {
    if (document_->filePath().isEmpty()) return saveAs();
    try {
        document_->savePreset(document_->filePath());
    } catch (const std::exception& e) {
        showSaveError(document_->filePath(), e);
        return false;
    }
    return true;
}

bool FileActions::saveAs() {
    // Proposed: the file already behind the document, else the preset's name as a file name.
    const QString proposed = document_->filePath().isEmpty()
                                 ? QDir(settings_->lastDirectory()).filePath(suggestedFileName(document_->title()))
                                 : document_->filePath();
    QString path = QFileDialog::getSaveFileName(window_, tr("Save Preset As"), proposed, kPresetFilter);
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".yaml");
    try {
        document_->savePreset(path);
    } catch (const std::exception& e) {
        showSaveError(path, e);
        return false;
    }
    settings_->addRecentFile(path);
    rebuildRecentMenu();
    return true;
}

bool FileActions::maybeSave() {
    if (!document_->isModified()) return true;
    const auto answer = QMessageBox::warning(
        window_, tr("Unsaved changes"),
        tr("The configuration \"%1\" has unsaved changes. Save them first?").arg(document_->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void FileActions::chooseAndOpen() {
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("Open Preset"), settings_->lastDirectory(), kPresetFilter);
    if (!path.isEmpty()) openPreset(path);
}

void FileActions::chooseAndImport() {
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("Import Model"), settings_->lastModelDirectory(), kModelFilter);
    if (!path.isEmpty()) importModel(path);
}

void FileActions::rebuildRecentMenu() {
    recent_->clear();
    const QStringList files = settings_->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = recent_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                             [this, path] { openPreset(path); });
        action->setToolTip(path);
    }
    recent_->setEnabled(!files.isEmpty());
}

void FileActions::showSaveError(const QString& path, const std::exception& error) {
    // save_config is atomic: the file on disk is as it was, and the edits stay unsaved.
    last_error_ = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what()));
    QMessageBox box(QMessageBox::Warning, tr("Cannot save preset"), last_error_, QMessageBox::Ok, window_);
    box.setInformativeText(tr("The file on disk is unchanged, and your edits are kept (still unsaved)."));
    box.exec();
}

void FileActions::showProblems(const QString& title, const QString& path, const std::exception& error) {
    const QStringList lines = problemLines(error);
    last_error_ = lines.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Warning, title,
                    tr("%1 has %n problem(s); nothing was changed.", nullptr, static_cast<int>(lines.size()))
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, window_);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

}  // namespace edgecim::ui
