#include "app_shell/stale_overlay.hpp"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QTabWidget>

namespace edgecim::ui {

StaleOverlay::StaleOverlay(QTabWidget* tabs) : QWidget(tabs), tabs_(tabs) {
    setObjectName(QStringLiteral("staleOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    // QTabWidget keeps its pages in one stack; its geometry is the page area.
    pages_ = tabs->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
    tabs->installEventFilter(this);
    if (pages_) pages_->installEventFilter(this);
    hide();
}

void StaleOverlay::setGreyed(bool greyed) {
    if (greyed) {
        followPages();
        raise();  // above the tab bar and the page stack, siblings added later included
    }
    setVisible(greyed);
}

void StaleOverlay::followPages() { setGeometry(pages_ ? pages_->geometry() : tabs_->rect()); }

bool StaleOverlay::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == tabs_ || watched == pages_) && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        followPages();
    return QWidget::eventFilter(watched, event);
}

void StaleOverlay::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    QColor cover = palette().color(QPalette::Window);
    cover.setAlphaF(kCover);
    painter.fillRect(event->rect(), cover);
}

}  // namespace edgecim::ui
