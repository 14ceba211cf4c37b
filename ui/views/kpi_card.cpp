#include "views/kpi_card.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "plot/palette.hpp"

namespace edgecim::ui {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent), title_(new QLabel(title, this)), value_(new QLabel(QStringLiteral("–"), this)),
      detail_(new QLabel(this)) {
    setObjectName(QStringLiteral("KpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#KpiCard { background: %1; border: 1px solid #d5dde5; border-radius: 6px; }")
                      .arg(palette::cardBackground().name()));
    QFont value_font = value_->font();
    value_font.setPointSizeF(value_font.pointSizeF() * 1.9);
    value_font.setBold(true);
    value_->setFont(value_font);
    value_->setStyleSheet(QStringLiteral("color: %1;").arg(palette::cardAccent().name()));
    title_->setStyleSheet(QStringLiteral("color: #4a5a6a;"));
    detail_->setStyleSheet(QStringLiteral("color: #6a7a8a;"));
    detail_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(title_);
    layout->addWidget(value_);
    layout->addWidget(detail_);
    layout->addStretch(1);
}

void KpiCard::setValue(const QString& value, const QString& detail) {
    value_->setText(value);
    detail_->setText(detail);
}

QString KpiCard::value() const { return value_->text(); }

}  // namespace edgecim::ui
