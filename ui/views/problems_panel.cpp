#include "views/problems_panel.hpp"

#include "document/document.hpp"

namespace edgecim::ui {

ProblemsPanel::ProblemsPanel(Document* document, QWidget* parent) : QListWidget(parent), document_(document) {
    setWordWrap(true);  // long warnings stay readable in a narrow dock
    connect(document_, &Document::configChanged, this, &ProblemsPanel::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (!key.isEmpty()) emit keyActivated(key);
    });
    refresh();
}

void ProblemsPanel::setWarnings(std::vector<Problem> warnings) {
    warnings_ = std::move(warnings);
    refresh();
}

void ProblemsPanel::addLine(const Problem& p, QStyle::StandardPixmap icon) {
    QString text = QString::fromStdString(p.key.empty() ? p.message : p.key + ": " + p.message);
    if (!p.valid.empty()) text += tr(" (valid: %1)").arg(QString::fromStdString(p.valid));
    auto* item = new QListWidgetItem(style()->standardIcon(icon), text, this);
    item->setData(Qt::UserRole, QString::fromStdString(p.key));
    item->setToolTip(QString::fromStdString(p.to_string()));
}

void ProblemsPanel::refresh() {
    clear();
    const auto& problems = document_->problems();
    count_ = static_cast<int>(problems.size());
    // Warnings belong to the last design that ran: while the input cannot run, they are stale.
    if (!problems.empty()) warnings_.clear();
    if (problems.empty() && warnings_.empty()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems: the configuration is valid."), this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Problem& p : problems) addLine(p, QStyle::SP_MessageBoxCritical);
    for (const Problem& p : warnings_) addLine(p, QStyle::SP_MessageBoxWarning);
}

}  // namespace edgecim::ui
