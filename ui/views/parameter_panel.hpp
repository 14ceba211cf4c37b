#pragma once
// The parameter dock: a filter box over the generated parameter tree. Clicking the
// reset marker (or the context action) restores the preset's value.
#include <QWidget>

class QLabel;
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
    // Scrolls to the parameter, selects it and opens its editor (used by the problems
    // panel); clears the filter first when it hides the parameter.
    void focusKey(const QString& key);
    // Puts the cursor in the filter box, its text selected (Edit > Find parameter).
    void focusFilter();

    QLineEdit* filter() const { return filter_; }
    // The refusal shown under the tree (empty and hidden when the last edit was accepted).
    QString rejectionText() const;
    bool rejectionVisible() const;

protected:
    // Keyboard: Down in the filter box enters the tree; F2, Enter or typing on a row
    // edits its value, whichever column the cursor is in.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(const QPoint& pos);

    Document* document_;
    ParameterModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* view_;
    QLineEdit* filter_;
    QLabel* rejection_;
};

}  // namespace edgecim::ui
