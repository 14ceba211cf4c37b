#include "app_shell/app_settings.hpp"

#include <QDir>
#include <QFileInfo>

namespace edgecim::ui {

namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString view = QStringLiteral("window/currentView");
const QString timeline_prefill = QStringLiteral("views/timelinePrefill");
const QString recent = QStringLiteral("files/recent");
const QString last_dir = QStringLiteral("files/lastDirectory");
const QString last_model_dir = QStringLiteral("files/lastModelDirectory");
}  // namespace key

QByteArray AppSettings::windowGeometry() const { return settings_.value(key::geometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& value) { settings_.setValue(key::geometry, value); }
QByteArray AppSettings::windowState() const { return settings_.value(key::state).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& value) { settings_.setValue(key::state, value); }
int AppSettings::currentView() const { return settings_.value(key::view, 0).toInt(); }
void AppSettings::setCurrentView(int index) { settings_.setValue(key::view, index); }
bool AppSettings::timelinePrefill() const { return settings_.value(key::timeline_prefill, false).toBool(); }
void AppSettings::setTimelinePrefill(bool prefill) { settings_.setValue(key::timeline_prefill, prefill); }

QStringList AppSettings::recentFiles() const { return settings_.value(key::recent).toStringList(); }

void AppSettings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent) files.removeLast();
    settings_.setValue(key::recent, files);
    setLastDirectory(QFileInfo(absolute).absolutePath());
}

QString AppSettings::lastDirectory() const { return settings_.value(key::last_dir, QDir::homePath()).toString(); }
void AppSettings::setLastDirectory(const QString& dir) { settings_.setValue(key::last_dir, dir); }
QString AppSettings::lastModelDirectory() const {
    return settings_.value(key::last_model_dir, lastDirectory()).toString();
}
void AppSettings::setLastModelDirectory(const QString& dir) { settings_.setValue(key::last_model_dir, dir); }

}  // namespace edgecim::ui
