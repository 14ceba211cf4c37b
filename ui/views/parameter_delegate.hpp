#pragma once
// Editors chosen from the parameter's type: spin boxes with the unit as suffix, combo
// boxes for choices, "auto" as the special value of integer_or_auto. Spin boxes take
// any number (no silent clamp to the valid range): the document refuses a value out of
// range and the panel shows why; text the spin box cannot hold ("abc", "1e99") is
// committed as text, so the model reports it (not a number, out of range), not dropped.
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
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

}  // namespace edgecim::ui
