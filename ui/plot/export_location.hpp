#pragma once
// Where export dialogs start: a folder that exists (the last one exported to, else
// Documents, else home), so a dialog never proposes a name inside a missing folder.
#include <QString>

namespace edgecim::ui::export_location {

// The folder the next export dialog opens in; always an existing directory.
QString directory();
// directory() joined with file_name.
QString proposedPath(const QString& file_name);
// Remembers the folder of a path the user exported to.
void remember(const QString& written_path);

}  // namespace edgecim::ui::export_location
