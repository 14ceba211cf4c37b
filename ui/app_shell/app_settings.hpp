#pragma once
// Every QSettings key the GUI uses, with its typed default, in one place. The
// simulation configuration is never stored here: it lives in preset YAML files.
#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace edgecim::ui {

class AppSettings {
public:
    AppSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    int currentView() const;
    void setCurrentView(int index);
    // The Pipeline timeline shows the prefill (true) or a decode step (false, the default).
    bool timelinePrefill() const;
    void setTimelinePrefill(bool prefill);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);  // most recent first, at most kMaxRecent
    QString lastDirectory() const;            // of presets opened or saved
    void setLastDirectory(const QString& dir);
    QString lastModelDirectory() const;  // of imported model files; the preset one at first
    void setLastModelDirectory(const QString& dir);

    static constexpr int kMaxRecent = 8;

private:
    mutable QSettings settings_;
};

}  // namespace edgecim::ui
