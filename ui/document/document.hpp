#pragma once
// The editable document: the current configuration, the preset it was loaded from
// (the reference for "changed" marks), the resolved model, the validation problems
// and the undo stack of parameter edits. Views never change the Config directly.
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <optional>
#include <string>
#include <vector>

#include "edgecim/config.hpp"
#include "edgecim/model_spec.hpp"
#include "edgecim/param_table.hpp"
#include "edgecim/problem.hpp"

namespace edgecim::ui {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Config& config() const { return config_; }
    const Config& presetConfig() const { return preset_; }
    // The model named by workload.model, or nullopt when it does not resolve.
    const std::optional<ModelSpec>& model() const { return model_; }
    const std::vector<Problem>& problems() const { return problems_; }
    // Problems that name this key (empty when the value is fine).
    QString problemText(const std::string& key) const;
    QUndoStack* undoStack() { return &undo_; }

    QString filePath() const { return file_path_; }
    bool isModified() const { return !undo_.isClean(); }
    QString title() const;  // preset name, for the window title

    ParamValue value(const std::string& key) const;
    bool isChangedFromPreset(const std::string& key) const;

    // Pushes an undoable edit. Returns false (and the reason) when the value is out
    // of range; the configuration is then unchanged.
    bool setParameter(const std::string& key, const ParamValue& value, QString* error = nullptr);
    bool setParameterText(const std::string& key, const QString& text, QString* error = nullptr);
    void resetToPreset(const std::string& key);

    // Replace the whole document. load throws InputError (every problem) and leaves
    // the document untouched on failure; the undo history starts afresh on success.
    void loadPreset(const QString& path);
    void loadDefault();
    void savePreset(const QString& path);  // throws InputError / std::exception; atomic, state kept on failure
    // Crash recovery: loads original_path (or the default when empty or unreadable) as
    // the reference, then re-applies every differing parameter of recovered as undoable
    // edits, so the document is modified and each recovered change can be undone.
    // Returns the number of recovered edits.
    int restoreEdits(const Config& recovered, const QString& original_path);

    // Called by SetParameterCommand only: applies without touching the undo stack.
    void applyValue(const std::string& key, const ParamValue& value);

signals:
    void parameterChanged(const QString& key);
    void configChanged();     // after every change, edit or replace
    void documentReplaced();  // new preset loaded: every view resets
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void replace(Config config, const QString& path);
    void refreshModelAndProblems(bool model_may_change);

    Config config_;
    Config preset_;
    std::optional<ModelSpec> model_;
    std::string resolved_model_name_;
    std::vector<Problem> problems_;
    QUndoStack undo_;
    QString file_path_;
};

}  // namespace edgecim::ui
