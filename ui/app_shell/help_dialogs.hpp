#pragma once
// Help menu contents: the keyboard and mouse shortcut list (menu shortcuts read from
// the window's actions, so the list cannot go stale) and a short in-app guide.
#include <QString>

class QMainWindow;

namespace edgecim::ui::help {

// HTML table of every menu action with a shortcut plus the chart and tree gestures.
QString shortcutsHtml(const QMainWindow& window);
// A first-session guide: editing, views, A/B, exports, files.
QString guideHtml();
void showShortcuts(QMainWindow* window);
void showGuide(QMainWindow* window);

}  // namespace edgecim::ui::help
