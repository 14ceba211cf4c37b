#include "views/parameter_panel.hpp"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "document/document.hpp"
#include "models/parameter_model.hpp"
#include "views/parameter_delegate.hpp"
#include "views/value_scrubber.hpp"

namespace edgecim::ui {

ParameterPanel::ParameterPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new ParameterModel(document, this)),
      proxy_(new QSortFilterProxyModel(this)), view_(new QTreeView(this)), filter_(new QLineEdit(this)) {
    proxy_->setSourceModel(model_);
    proxy_->setRecursiveFilteringEnabled(true);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(ParameterModel::NameColumn);

    filter_->setPlaceholderText(tr("Filter parameters…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(filter_, &QLineEdit::textChanged, view_, &QTreeView::expandAll);

    view_->setModel(proxy_);
    view_->setItemDelegate(new ParameterDelegate(view_));
    view_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setUniformRowHeights(true);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->header()->setStretchLastSection(false);
    // Sized to contents once: ResizeToContents would re-measure every row on each edit.
    view_->header()->setSectionResizeMode(ParameterModel::NameColumn, QHeaderView::Interactive);
    view_->header()->setSectionResizeMode(ParameterModel::ValueColumn, QHeaderView::Stretch);
    view_->header()->setSectionResizeMode(ParameterModel::UnitColumn, QHeaderView::Interactive);
    view_->header()->setSectionResizeMode(ParameterModel::ResetColumn, QHeaderView::Fixed);
    view_->header()->resizeSection(ParameterModel::ResetColumn, 24);
    view_->expandAll();
    view_->resizeColumnToContents(ParameterModel::NameColumn);
    view_->resizeColumnToContents(ParameterModel::UnitColumn);
    auto* scrubber = new ValueScrubber(view_, ParameterModel::ValueColumn, document_->undoStack());
    connect(document_, &Document::documentReplaced, scrubber, &ValueScrubber::endDrag);
    connect(view_, &QTreeView::customContextMenuRequested, this, &ParameterPanel::showContextMenu);
    connect(view_, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() != ParameterModel::ResetColumn || !index.data(ParameterModel::ChangedRole).toBool()) return;
        document_->resetToPreset(index.data(ParameterModel::KeyRole).toString().toStdString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(view_);
}

void ParameterPanel::focusKey(const QString& key) {
    const QModelIndex source = model_->indexOfKey(key.toStdString(), ParameterModel::ValueColumn);
    const QModelIndex index = proxy_->mapFromSource(source);
    if (!index.isValid()) return;
    view_->scrollTo(index);
    view_->setCurrentIndex(index);
}

void ParameterPanel::focusFilter() {
    filter_->setFocus(Qt::ShortcutFocusReason);
    filter_->selectAll();
}

void ParameterPanel::showContextMenu(const QPoint& pos) {
    const QModelIndex index = view_->indexAt(pos);
    const QString key = index.data(ParameterModel::KeyRole).toString();
    if (key.isEmpty()) return;
    QMenu menu(this);
    QAction* reset = menu.addAction(tr("Reset to preset"), this, [this, key] { document_->resetToPreset(key.toStdString()); });
    reset->setEnabled(index.data(ParameterModel::ChangedRole).toBool());
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

}  // namespace edgecim::ui
