#include "document/set_parameter_command.hpp"

#include <QDateTime>

#include "document/document.hpp"

namespace edgecim::ui {

SetParameterCommand::SetParameterCommand(Document* document, std::string key, ParamValue before, ParamValue after)
    : document_(document),
      key_(std::move(key)),
      before_(std::move(before)),
      after_(std::move(after)),
      last_edit_ms_(QDateTime::currentMSecsSinceEpoch()) {
    updateText();
}

void SetParameterCommand::undo() { document_->applyValue(key_, before_); }
void SetParameterCommand::redo() { document_->applyValue(key_, after_); }

bool SetParameterCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetParameterCommand*>(other);
    if (next->key_ != key_ || next->last_edit_ms_ - last_edit_ms_ > kMergeWindowMs) return false;
    after_ = next->after_;
    last_edit_ms_ = next->last_edit_ms_;
    setObsolete(after_ == before_);  // dragged back to where it started: no step at all
    updateText();
    return true;
}

void SetParameterCommand::updateText() {
    const ParamSpec* spec = find_param(key_);
    const QString value = spec ? QString::fromStdString(format_value(*spec, after_)) : QString();
    setText(QStringLiteral("Set %1 = %2").arg(QString::fromStdString(key_), value));
}

}  // namespace edgecim::ui
