#pragma once
// One undoable parameter edit. Consecutive edits of the same key within a short
// window merge into one step, so dragging a spin box is a single undo.
#include <QElapsedTimer>
#include <QUndoCommand>
#include <string>

#include "edgecim/param_table.hpp"

namespace edgecim::ui {

class Document;

class SetParameterCommand : public QUndoCommand {
public:
    SetParameterCommand(Document* document, std::string key, ParamValue before, ParamValue after);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

    static constexpr int kId = 0x4543;  // any constant shared by all parameter edits
    static constexpr qint64 kMergeWindowMs = 1500;

private:
    void updateText();

    Document* document_;
    std::string key_;
    ParamValue before_;
    ParamValue after_;
    qint64 last_edit_ms_;
};

}  // namespace edgecim::ui
