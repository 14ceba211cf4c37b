#pragma once
// Greys the pages of a tab widget while the views are stale: a translucent child widget
// painted in the window colour over the page area. A QGraphicsOpacityEffect on the tabs
// blended with a background that is never cleared, so under X11 each greyed view showed
// ghost copies of earlier tabs; an ordinary child widget is composed afresh on every paint.
// Mouse events pass through, so hover tooltips, wheel zoom and tab switching still work.
#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace edgecim::ui {

class StaleOverlay : public QWidget {
    Q_OBJECT
public:
    // Child of `tabs`, hidden until setGreyed(true).
    explicit StaleOverlay(QTabWidget* tabs);

    void setGreyed(bool greyed);
    bool isGreyed() const { return isVisible(); }
    // How much of the window colour covers the pages (0..1); the pages keep 1 - this.
    static constexpr float kCover = 0.55F;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The rectangle of the pages (the tab widget minus its tab bar), in tab-widget coordinates.
    void followPages();

    QTabWidget* tabs_;
    QPointer<QWidget> pages_;  // the tab widget's internal page stack
};

}  // namespace edgecim::ui
