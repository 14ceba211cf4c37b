#pragma once
// The parameter dock: a filter box over the generated parameter tree. Clicking the
// reset marker (or the context action) restores the preset's value.
#include <QWidget>

class QTreeView;
class QLineEdit;
class QSortFilterProxyModel;

namespace edgecim::ui {

class Document;
class ParameterModel;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    ParameterPanel(Document* document, QWidget* parent = nullptr);
    ParameterModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTreeView* view() const { return view_; }
    // Scrolls to the parameter and selects it (used by the problems panel).
    void focusKey(const QString& key);
    // Puts the cursor in the filter box, its text selected (Edit > Find parameter).
    void focusFilter();

private:
    void showContextMenu(const QPoint& pos);

    Document* document_;
    ParameterModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* view_;
    QLineEdit* filter_;
};

}  // namespace edgecim::ui
