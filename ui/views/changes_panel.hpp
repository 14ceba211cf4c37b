#pragma once
// "Changes": every parameter whose current value differs from the reference design or
// from the preset, with both values and one-click revert to either.
#include <QWidget>

#include "document/reference_design.hpp"

class QLabel;
class QTableWidget;

namespace edgecim::ui {

class Document;

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    ChangesPanel(Document* document, QWidget* parent = nullptr);
    void setReference(ReferencePtr reference);
    QTableWidget* table() const { return table_; }
    // Keys listed, in table order (for tests).
    QStringList keys() const;

    enum Column { NameColumn, CurrentColumn, ReferenceColumn, PresetColumn, ActionColumn, ColumnCount };

private:
    void rebuild();

    Document* document_;
    ReferencePtr reference_;
    QLabel* summary_;
    QTableWidget* table_;
};

}  // namespace edgecim::ui
