#pragma once
// Editors chosen from the parameter's type and range: spin boxes with the unit as
// suffix, combo boxes for choices, "auto" as the special value of integer_or_auto.
// Spin-box steps commit immediately, so the simulation follows a drag live (the undo
// command merges the steps into one).
#include <QStyledItemDelegate>

namespace edgecim::ui {

class ParameterDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace edgecim::ui
