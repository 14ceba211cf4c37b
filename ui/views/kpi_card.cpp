#include "views/kpi_card.hpp"

#include <QLabel>
#include <QVBoxLayout>

#include "plot/palette.hpp"

namespace edgecim::ui {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent),
      title_(new QLabel(title, this)),
      value_(new QLabel(QStringLiteral("–"), this)),
      detail_(new QLabel(this)),
      delta_(new QLabel(this)) {
    setObjectName(QStringLiteral("KpiCard"));
    // Card texts carry model and preset names: shown literally, never as rich text.
    for (QLabel* label : {title_, value_, detail_, delta_}) label->setTextFormat(Qt::PlainText);
    // Wrapping lets the card grid shrink with the window (1280 px and a parameter dock).
    for (QLabel* label : {title_, value_, detail_, delta_}) label->setWordWrap(true);
    delta_->setObjectName(QStringLiteral("kpiDelta"));
    delta_->hide();
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
    layout->addWidget(delta_);
    layout->addWidget(detail_);
    layout->addStretch(1);
}

void KpiCard::setValue(const QString& value, const QString& detail) {
    value_->setText(value);
    detail_->setText(detail);
}

QString KpiCard::value() const { return value_->text(); }

QString KpiCard::detail() const { return detail_->text(); }

void KpiCard::setDelta(const QString& delta, bool better) {
    delta_->setText(delta.isEmpty() ? QString() : tr("vs reference: %1").arg(delta));
    delta_->setStyleSheet(better ? QStringLiteral("color: #1e7d32; font-weight: bold;")
                                 : QStringLiteral("color: #b23b2e; font-weight: bold;"));
    delta_->setVisible(!delta.isEmpty());
}

QString KpiCard::delta() const { return delta_->isHidden() ? QString() : delta_->text(); }

}  // namespace edgecim::ui
