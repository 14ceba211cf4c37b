#include "views/changes_panel.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "document/document.hpp"
#include "edgecim/param_table.hpp"

namespace edgecim::ui {

namespace {
QString textOf(const ParamSpec& spec, const ParamValue& value) {
    QString text = QString::fromStdString(format_value(spec, value));
    if (!spec.unit.empty()) text += QLatin1Char(' ') + QString::fromStdString(spec.unit);
    return text;
}
}  // namespace

ChangesPanel::ChangesPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), summary_(new QLabel(this)), table_(new QTableWidget(this)) {
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    table_->setObjectName(QStringLiteral("changesTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Parameter"), tr("Current"), tr("Reference"), tr("Preset"), tr("Revert to")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    // Queued: a revert button's click changes the configuration, and the rebuild deletes
    // that button; it must not do so inside the button's own signal.
    connect(document_, &Document::configChanged, this, &ChangesPanel::rebuild, Qt::QueuedConnection);
    rebuild();
}

void ChangesPanel::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    rebuild();
}

QStringList ChangesPanel::keys() const {
    QStringList out;
    for (int row = 0; row < table_->rowCount(); ++row)
        out << table_->item(row, NameColumn)->data(Qt::UserRole).toString();
    return out;
}

void ChangesPanel::rebuild() {
    const Config& current = document_->config();
    const Config& preset = document_->presetConfig();
    table_->setColumnHidden(ReferenceColumn, !reference_);
    table_->setRowCount(0);
    int from_reference = 0, from_preset = 0;
    for (const ParamSpec& spec : param_table()) {
        const ParamValue now = spec.get(current);
        const ParamValue was = spec.get(preset);
        const bool vs_preset = now != was;
        const bool vs_reference = reference_ && now != spec.get(reference_->config);
        if (!vs_preset && !vs_reference) continue;
        from_preset += vs_preset ? 1 : 0;
        from_reference += vs_reference ? 1 : 0;
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QString key = QString::fromStdString(spec.key);
        auto* name = new QTableWidgetItem(key);
        name->setData(Qt::UserRole, key);
        name->setToolTip(QString::fromStdString(spec.description));
        table_->setItem(row, NameColumn, name);
        table_->setItem(row, CurrentColumn, new QTableWidgetItem(textOf(spec, now)));
        if (reference_)
            table_->setItem(row, ReferenceColumn, new QTableWidgetItem(textOf(spec, spec.get(reference_->config))));
        table_->setItem(row, PresetColumn, new QTableWidgetItem(textOf(spec, was)));
        auto* actions = new QWidget(table_);
        auto* buttons = new QHBoxLayout(actions);
        buttons->setContentsMargins(2, 0, 2, 0);
        if (vs_reference) {
            auto* to_reference = new QToolButton(actions);
            to_reference->setObjectName(QStringLiteral("revertToReference"));
            to_reference->setText(tr("reference"));
            to_reference->setToolTip(tr("Set %1 to the reference's value").arg(key));
            const ParamValue value = spec.get(reference_->config);
            const std::string k = spec.key;
            connect(to_reference, &QToolButton::clicked, this, [this, k, value] { document_->setParameter(k, value); });
            buttons->addWidget(to_reference);
        }
        if (vs_preset) {
            auto* to_preset = new QToolButton(actions);
            to_preset->setObjectName(QStringLiteral("revertToPreset"));
            to_preset->setText(tr("preset"));
            to_preset->setToolTip(tr("Set %1 back to the preset's value").arg(key));
            const std::string k = spec.key;
            connect(to_preset, &QToolButton::clicked, this, [this, k] { document_->resetToPreset(k); });
            buttons->addWidget(to_preset);
        }
        buttons->addStretch(1);
        table_->setCellWidget(row, ActionColumn, actions);
    }
    table_->resizeColumnsToContents();
    QString text = tr("%n parameter(s) differ from the preset", nullptr, from_preset);
    text += reference_ ? tr("; %n from the reference \"%1\".", nullptr, from_reference).arg(reference_->name)
                       : tr(". Pin a reference (Reference menu) to compare two designs.");
    summary_->setText(text);
}

}  // namespace edgecim::ui
