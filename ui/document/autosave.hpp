#pragma once
// No lost work: while the document has unsaved edits, its configuration is written to
// AppDataLocation/autosave.yaml (never over the user's file) a moment after every change
// and periodically, atomically (save_config_text + QSaveFile). Saving the document or
// loading another one, and a clean exit, remove it; a file left behind at start means
// the last session crashed, and its edits can be restored.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

#include "edgecim/config.hpp"

namespace edgecim::ui {

class Document;

class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(Document* document, QObject* parent = nullptr);

    // AppDataLocation/autosave.yaml.
    static QString defaultPath();
    QString path() const { return path_; }
    void setPath(const QString& path) { path_ = path; }
    void setDebounceMs(int ms) { debounce_.setInterval(ms); }
    void setPeriodMs(int ms) { periodic_.setInterval(ms); }

    // Writes the working configuration now when it has unsaved edits. False with the
    // reason when the write fails.
    bool saveNow(QString* error = nullptr);
    void discard();
    bool exists() const;

    struct Recovered {
        Config config;
        QString original_path;  // the preset the edits were made on; empty: built-in default
        QDateTime saved_at;
    };
    // Reads the autosave left by an earlier session; nullopt (and why) when unreadable.
    std::optional<Recovered> read(QString* error = nullptr) const;

signals:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void schedule();

    Document* document_;
    QString path_;
    QTimer debounce_;
    QTimer periodic_;
    bool pending_ = false;
};

}  // namespace edgecim::ui
