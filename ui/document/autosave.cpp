#include "document/autosave.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "document/document.hpp"
#include "edgecim/config_io.hpp"

namespace edgecim::ui {

namespace {
constexpr char kMagic[] = "# EdgeCIM Studio autosave";
constexpr char kOriginal[] = "# original: ";
}  // namespace

Autosave::Autosave(Document* document, QObject* parent)
    : QObject(parent), document_(document), path_(defaultPath()) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(1500);  // a burst of edits (a slider drag) is one write
    periodic_.setInterval(60 * 1000);
    connect(&debounce_, &QTimer::timeout, this, [this] { saveNow(); });
    connect(&periodic_, &QTimer::timeout, this, [this] {
        if (pending_) saveNow();
    });
    periodic_.start();
    connect(document_, &Document::configChanged, this, &Autosave::schedule);
    connect(document_, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) discard();  // saved, reverted by undo, or another document loaded
    });
}

QString Autosave::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave.yaml"));
}

void Autosave::schedule() {
    if (!document_->isModified()) return;
    pending_ = true;
    debounce_.start();
}

bool Autosave::saveNow(QString* error) {
    debounce_.stop();
    if (!document_->isModified()) return true;
    QString message;
    const auto fail = [&](const QString& why) {
        message = tr("Autosave to %1 failed: %2").arg(QDir::toNativeSeparators(path_), why);
        if (error) *error = message;
        emit failed(message);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path_).absolutePath())) return fail(tr("cannot create the folder"));
    QByteArray text = QByteArray(kMagic) + '\n';
    text += QByteArray(kOriginal) + document_->filePath().toUtf8() + '\n';
    Config config = document_->config();
    // A model file named relative to the preset must still resolve from AppData.
    const QString model = QString::fromStdString(config.workload.model);
    if (!document_->filePath().isEmpty() && QDir::isRelativePath(model) &&
        (model.endsWith(QLatin1String(".yaml")) || model.endsWith(QLatin1String(".yml")) ||
         model.endsWith(QLatin1String(".json")))) {
        const QString absolute = QFileInfo(document_->filePath()).absoluteDir().absoluteFilePath(model);
        if (QFileInfo::exists(absolute)) config.workload.model = absolute.toStdString();
    }
    text += QByteArray::fromStdString(save_config_text(config));
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(file.errorString());
    pending_ = false;
    emit saved(path_);
    return true;
}

void Autosave::discard() {
    debounce_.stop();
    pending_ = false;
    QFile::remove(path_);
}

bool Autosave::exists() const { return QFileInfo::exists(path_); }

std::optional<Autosave::Recovered> Autosave::read(QString* error) const {
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path_), file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    if (!text.startsWith(kMagic)) {
        if (error) *error = tr("%1 is not an EdgeCIM Studio autosave").arg(QDir::toNativeSeparators(path_));
        return std::nullopt;
    }
    Recovered out;
    const qsizetype line = text.indexOf(kOriginal);
    if (line >= 0) {
        const qsizetype start = line + static_cast<qsizetype>(sizeof(kOriginal)) - 1;
        out.original_path = QString::fromUtf8(text.mid(start, text.indexOf('\n', start) - start)).trimmed();
    }
    try {
        out.config = parse_config(text.toStdString(), path_.toStdString());
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(join_problems(e.problems()));
        return std::nullopt;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    // Relative model paths belong to the original preset's folder, not to AppData.
    out.config.source_file = out.original_path.toStdString();
    out.saved_at = QFileInfo(path_).lastModified();
    return out;
}

}  // namespace edgecim::ui
