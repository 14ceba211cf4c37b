#include "views/parameter_panel.hpp"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
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
    : QWidget(parent),
      document_(document),
      model_(new ParameterModel(document, this)),
      proxy_(new QSortFilterProxyModel(this)),
      view_(new QTreeView(this)),
      filter_(new QLineEdit(this)),
      rejection_(new QLabel(this)) {
    proxy_->setSourceModel(model_);
    proxy_->setRecursiveFilteringEnabled(true);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(ParameterModel::NameColumn);

    filter_->setPlaceholderText(tr("Filter parameters…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(filter_, &QLineEdit::textChanged, view_, &QTreeView::expandAll);

    view_->setModel(proxy_);
    auto* delegate = new ParameterDelegate(view_);
    view_->setItemDelegate(delegate);
    // A refused value is said out loud under the tree until the next accepted edit.
    rejection_->setObjectName(QStringLiteral("parameterRejection"));
    rejection_->setTextFormat(Qt::PlainText);
    rejection_->setWordWrap(true);
    rejection_->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #a12b1f; border: 1px solid #e6b0aa; "
                       "border-radius: 3px; padding: 4px; }"));
    rejection_->hide();
    const auto show_rejection = [this](const QString&, const QString& message) {
        rejection_->setText(message);
        rejection_->show();
    };
    connect(model_, &ParameterModel::editRejected, this, show_rejection);
    // Gone with an accepted edit, an edit cancelled with Esc, Esc in the tree or the filter
    // box, and a changed filter (the message may be about a row no longer shown).
    connect(model_, &ParameterModel::editAccepted, rejection_, &QWidget::hide);
    connect(delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache) rejection_->hide();
            });
    connect(filter_, &QLineEdit::textChanged, rejection_, &QWidget::hide);
    connect(document_, &Document::parameterChanged, rejection_, &QWidget::hide);
    connect(document_, &Document::documentReplaced, rejection_, &QWidget::hide);
    // No CurrentChanged trigger: the current row also moves when the filter hides it, and an
    // editor opened then would take the focus (and the next typed keys) from the filter box.
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
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

    filter_->installEventFilter(this);
    view_->installEventFilter(this);
    filter_->setToolTip(tr("Type to filter; Down moves into the tree; F2, Enter or typing edits the selected value"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(view_);
    layout->addWidget(rejection_);
}

QString ParameterPanel::rejectionText() const { return rejection_->isHidden() ? QString() : rejection_->text(); }

bool ParameterPanel::rejectionVisible() const { return !rejection_->isHidden(); }

void ParameterPanel::focusKey(const QString& key) {
    const QModelIndex source = model_->indexOfKey(key.toStdString(), ParameterModel::ValueColumn);
    if (!source.isValid()) return;  // not in the tree (the model is chosen in the model bar)
    if (!proxy_->mapFromSource(source).isValid()) filter_->clear();  // the filter hides it
    const QModelIndex index = proxy_->mapFromSource(source);
    if (!index.isValid()) return;
    view_->scrollTo(index);
    view_->setCurrentIndex(index);  // closes (and commits) an editor open on another row
    view_->setFocus(Qt::OtherFocusReason);
    if (!view_->indexWidget(index)) view_->edit(index);
}

bool ParameterPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape) rejection_->hide();
    if (watched == filter_ && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
        // Into the tree: the first visible parameter (the first leaf) unless one is current.
        QModelIndex index = view_->currentIndex();
        if (!index.isValid() || proxy_->rowCount(index.siblingAtColumn(0)) > 0) {  // none, or a group row
            for (QModelIndex i = proxy_->index(0, 0); i.isValid(); i = view_->indexBelow(i))
                if (proxy_->rowCount(i) == 0) {
                    index = i;
                    break;
                }
        }
        if (index.isValid()) view_->setCurrentIndex(index.siblingAtColumn(ParameterModel::ValueColumn));
        view_->setFocus(Qt::TabFocusReason);
        return true;
    }
    // The tree only sees keys while no editor has the focus (an open editor takes them).
    if (watched == view_) {
        const QModelIndex current = view_->currentIndex();
        const QModelIndex value = current.siblingAtColumn(ParameterModel::ValueColumn);
        const bool editable = value.isValid() && (value.flags() & Qt::ItemIsEditable);
        const bool edit_key = key->key() == Qt::Key_F2 || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter in an open editor comes here too (the spin box passes it on): already editing.
        const bool editing = value.isValid() && view_->indexWidget(value);
        if (editable && edit_key && key->modifiers() == Qt::NoModifier && !editing) {
            view_->setCurrentIndex(value);
            view_->edit(value);
            return true;
        }
        const QString text = key->text();
        if (editable && !text.isEmpty() && text.at(0).isPrint() && current.column() != ParameterModel::ValueColumn &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            // Move to the value first; the view then opens its editor with this key typed.
            view_->setCurrentIndex(value);
        }
    }
    return QWidget::eventFilter(watched, event);
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
    QAction* reset =
        menu.addAction(tr("Reset to preset"), this, [this, key] { document_->resetToPreset(key.toStdString()); });
    reset->setEnabled(index.data(ParameterModel::ChangedRole).toBool());
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

}  // namespace edgecim::ui
