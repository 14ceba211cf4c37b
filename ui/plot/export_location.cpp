#include "plot/export_location.hpp"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace edgecim::ui::export_location {

namespace {
const QString kKey = QStringLiteral("export/lastDirectory");
}  // namespace

QString directory() {
    const QStringList candidates{QSettings().value(kKey).toString(),
                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath(),
                                 QDir::currentPath()};
    for (const QString& dir : candidates)
        if (!dir.isEmpty() && QFileInfo(dir).isDir()) return QDir(dir).absolutePath();
    return QDir::rootPath();
}

QString proposedPath(const QString& file_name) { return QDir(directory()).filePath(file_name); }

void remember(const QString& written_path) {
    const QString dir = QFileInfo(written_path).absolutePath();
    if (QFileInfo(dir).isDir()) QSettings().setValue(kKey, dir);
}

}  // namespace edgecim::ui::export_location
