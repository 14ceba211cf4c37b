#include "document/autosave.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "document/document.hpp"
#include "edgecim/atomic_file.hpp"
#include "edgecim/config_io.hpp"

namespace edgecim::ui {

namespace {
constexpr char kMagic[] = "# EdgeCIM Studio autosave";
constexpr char kOriginal[] = "# original: ";
// Written last: a file without it was cut short and is never restored.
constexpr char kEnd[] = "# end of EdgeCIM Studio autosave\n";

QString lockPathFor(const QString& path) { return path + QStringLiteral(".lock"); }

// Stale only when the owning process is gone, never by age: an instance left open for
// days keeps its autosave.
std::unique_ptr<QLockFile> makeLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0);
    return lock;
}
}  // namespace

Autosave::Autosave(Document* document, QObject* parent) : QObject(parent), document_(document) {
    const QString name = QStringLiteral("session-%1-%2.yaml")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch());
    QDir().mkpath(defaultDirectory());
    claim(QDir(defaultDirectory()).filePath(name));
    debounce_.setSingleShot(true);
    debounce_.setInterval(1500);  // a burst of edits (a slider drag) is one write
    periodic_.setInterval(60 * 1000);
    connect(&debounce_, &QTimer::timeout, this, [this] { saveNow(); });
    connect(&periodic_, &QTimer::timeout, this, [this] {
        if (pending_) saveNow();
    });
    periodic_.start();
    // configChanged comes before modifiedChanged on the first edit: the save itself checks
    // isModified() when the debounce fires, so the first edit is saved as well.
    connect(document_, &Document::configChanged, this, &Autosave::schedule);
    connect(document_, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified)
            schedule();
        else
            discard();  // saved, reverted by undo, or another document loaded
    });
}

Autosave::~Autosave() = default;  // the lock is released; an autosave left behind is an orphan

QString Autosave::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

void Autosave::setPath(const QString& path) { claim(path); }

void Autosave::claim(const QString& path) {
    auto lock = makeLock(path);
    if (!lock->tryLock(0)) return;  // another live instance owns it: never touch it
    lock_ = std::move(lock);
    path_ = path;
}

QString Autosave::findOrphan() const {
    const QDir dir(defaultDirectory());
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Time)) {
        if (file.absoluteFilePath() == QFileInfo(path_).absoluteFilePath()) continue;
        QLockFile probe(lockPathFor(file.absoluteFilePath()));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) return file.absoluteFilePath();  // unlocked again by ~QLockFile
    }
    return {};
}

void Autosave::schedule() {
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
    if (!lock_) return fail(tr("its lock is held by another instance"));
    if (!QDir().mkpath(QFileInfo(path_).absolutePath())) return fail(tr("cannot create the folder"));
    QByteArray text = QByteArray(kMagic) + '\n';
    text += QByteArray(kOriginal) + document_->filePath().toUtf8() + '\n';
    Config config = document_->config();
    // A model file named relative to the preset must still resolve from AppData.
    const QString model = QString::fromStdString(config.workload.model);
    const QString preset_dir = QString::fromStdString(preset_directory(config));
    if (!preset_dir.isEmpty() && QDir::isRelativePath(model) &&
        (model.endsWith(QLatin1String(".yaml")) || model.endsWith(QLatin1String(".yml")) ||
         model.endsWith(QLatin1String(".json")))) {
        const QString absolute = QDir(preset_dir).absoluteFilePath(model);
        if (QFileInfo::exists(absolute)) config.workload.model = absolute.toStdString();
    }
    text += QByteArray::fromStdString(save_config_text(config));
    text += kEnd;
    try {
        write_file_atomically(path_.toStdString(),
                              std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    } catch (const WriteError& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    pending_ = false;
    emit saved(path_);
    return true;
}

void Autosave::discard() {
    debounce_.stop();
    pending_ = false;
    if (lock_) QFile::remove(path_);
}

bool Autosave::exists() const { return QFileInfo::exists(path_) || !findOrphan().isEmpty(); }

std::optional<Autosave::Recovered> Autosave::read(QString* error) {
    if (!QFileInfo::exists(path_)) {
        const QString orphan = findOrphan();
        if (orphan.isEmpty()) {
            if (error) *error = tr("No autosave to restore");
            return std::nullopt;
        }
        // Adopt it: its edits are now this instance's to protect (or to discard).
        auto lock = makeLock(orphan);
        if (!lock->tryLock(0)) {
            if (error) *error = tr("%1 was taken over by another instance").arg(QDir::toNativeSeparators(orphan));
            return std::nullopt;
        }
        lock_ = std::move(lock);  // releases this instance's fresh, unused lock
        path_ = orphan;
    }
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path_), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        if (error) *error = tr("%1 is larger than an autosave can be").arg(QDir::toNativeSeparators(path_));
        return std::nullopt;
    }
    const QByteArray text = file.read(kMaxBytes + 1);
    if (!text.startsWith(kMagic)) {
        if (error) *error = tr("%1 is not an EdgeCIM Studio autosave").arg(QDir::toNativeSeparators(path_));
        return std::nullopt;
    }
    if (!text.endsWith(kEnd)) {
        if (error) *error = tr("%1 is incomplete (the write was cut short)").arg(QDir::toNativeSeparators(path_));
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
