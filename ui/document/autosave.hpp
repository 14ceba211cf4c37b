#pragma once
// No lost work: while the document has unsaved edits, its configuration is written to
// this instance's own file in AppDataLocation/autosave/ (never over the user's file) a
// moment after every change, the first included, and periodically, atomically
// (save_config_text + write_file_atomically). Saving the document or loading another one,
// and a clean exit, remove it.
//
// Every running instance holds a lock (QLockFile, stale only when its process is gone)
// beside its autosave. An autosave whose lock nobody holds was left by a session that
// did not exit cleanly: the next instance offers it back and adopts it (takes its lock).
// An autosave of a live instance is never read, replaced or removed by another one.
#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

#include "edgecim/config.hpp"

namespace edgecim::ui {

class Document;

class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(Document* document, QObject* parent = nullptr);
    ~Autosave() override;

    // AppDataLocation/autosave: one FILE.yaml and FILE.lock per instance.
    static QString defaultDirectory();
    // Largest autosave read back; anything bigger is not ours.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    // This instance's autosave (after read() adopted a crashed session's: that one).
    QString path() const { return path_; }
    // Uses `path` (and `path`.lock) instead; for tests.
    void setPath(const QString& path);
    void setDebounceMs(int ms) { debounce_.setInterval(ms); }

    // Writes the working configuration now when it has unsaved edits. False with the
    // reason when the write fails.
    bool saveNow(QString* error = nullptr);
    // Removes this instance's autosave (or the adopted one).
    void discard();
    // This instance's autosave exists, or one left by a session that is not running.
    bool exists() const;

    struct Recovered {
        Config config;
        QString original_path;  // the preset the edits were made on; empty: built-in default
        QDateTime saved_at;
    };
    // This instance's autosave, or else adopts the autosave of a session that is no longer
    // running and reads it. nullopt (and why) when there is none, or it is unreadable,
    // incomplete (no end marker: the write was cut short) or not a valid configuration.
    std::optional<Recovered> read(QString* error = nullptr);

signals:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void schedule();
    void claim(const QString& path);
    QString findOrphan() const;

    Document* document_;
    QString path_;
    std::unique_ptr<QLockFile> lock_;
    QTimer debounce_;
    QTimer periodic_;
    bool pending_ = false;
};

}  // namespace edgecim::ui
