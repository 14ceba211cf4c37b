#include "views/problems_panel.hpp"

#include <QStyle>

#include "document/document.hpp"

namespace edgecim::ui {

ProblemsPanel::ProblemsPanel(Document* document, QWidget* parent) : QListWidget(parent), document_(document) {
    connect(document_, &Document::configChanged, this, &ProblemsPanel::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (!key.isEmpty()) emit keyActivated(key);
    });
    refresh();
}

void ProblemsPanel::refresh() {
    clear();
    const auto& problems = document_->problems();
    count_ = static_cast<int>(problems.size());
    if (problems.empty()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems: the configuration is valid."), this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Problem& p : problems) {
        QString text = QString::fromStdString(p.key.empty() ? p.message : p.key + ": " + p.message);
        if (!p.valid.empty()) text += tr(" (valid: %1)").arg(QString::fromStdString(p.valid));
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), text, this);
        item->setData(Qt::UserRole, QString::fromStdString(p.key));
        item->setToolTip(QString::fromStdString(p.to_string()));
    }
}

}  // namespace edgecim::ui
