#include "document/document.hpp"

#include <QFileInfo>

#include "document/set_parameter_command.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/model_zoo.hpp"

namespace edgecim::ui {

Document::Document(QObject* parent) : QObject(parent) {
    connect(&undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    replace(default_config(), {});
}

QString Document::title() const {
    const QString name = QString::fromStdString(config_.name);
    return name.isEmpty() ? tr("Untitled") : name;
}

QString Document::problemText(const std::string& key) const {
    QStringList lines;
    for (const Problem& p : problems_)
        if (p.key == key)
            lines << QString::fromStdString(p.message + (p.valid.empty() ? "" : " (valid: " + p.valid + ")"));
    return lines.join(QLatin1Char('\n'));
}

ParamValue Document::value(const std::string& key) const {
    const ParamSpec* spec = find_param(key);
    return spec ? spec->get(config_) : ParamValue{};
}

bool Document::isChangedFromPreset(const std::string& key) const {
    const ParamSpec* spec = find_param(key);
    return spec && spec->get(config_) != spec->get(preset_);
}

bool Document::setParameter(const std::string& key, const ParamValue& value, QString* error) {
    const ParamSpec* spec = find_param(key);
    if (!spec) {
        if (error) *error = tr("unknown parameter %1").arg(QString::fromStdString(key));
        return false;
    }
    if (const std::string problem = check_param_value(*spec, value); !problem.empty()) {
        if (error) *error = QString::fromStdString(key + ": " + problem);
        return false;
    }
    const ParamValue before = spec->get(config_);
    if (before == value) return true;
    undo_.push(new SetParameterCommand(this, key, before, value));
    return true;
}

bool Document::setParameterText(const std::string& key, const QString& text, QString* error) {
    const ParamSpec* spec = find_param(key);
    if (!spec) return setParameter(key, ParamValue{}, error);
    ParamValue value;
    std::string message;
    if (!parse_param_text(*spec, text.toStdString(), value, &message)) {
        if (error) *error = QString::fromStdString(key + ": " + message);
        return false;
    }
    return setParameter(key, value, error);
}

void Document::resetToPreset(const std::string& key) {
    if (const ParamSpec* spec = find_param(key)) setParameter(key, spec->get(preset_));
}

void Document::applyValue(const std::string& key, const ParamValue& value) {
    const ParamSpec* spec = find_param(key);
    if (!spec) return;
    spec->set(config_, value);
    refreshModelAndProblems(key == "workload.model");
    emit parameterChanged(QString::fromStdString(key));
    emit configChanged();
}

void Document::loadPreset(const QString& path) {
    // load_config validates completely and throws with every problem; nothing below
    // runs on failure, so the current configuration and its history stay as they are.
    Config loaded = load_config(path.toStdString());
    replace(std::move(loaded), QFileInfo(path).absoluteFilePath());
}

void Document::loadDefault() { replace(default_config(), {}); }

void Document::savePreset(const QString& path) {
    Config to_save = config_;
    save_config(to_save, path.toStdString());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    config_.source_file = absolute.toStdString();
    preset_ = config_;  // the saved file is now the reference for "changed" marks
    file_path_ = absolute;
    undo_.setClean();
    emit filePathChanged(file_path_);
    emit documentReplaced();
}

int Document::restoreEdits(const Config& recovered, const QString& original_path) {
    bool loaded = false;
    if (!original_path.isEmpty() && QFileInfo::exists(original_path)) {
        try {
            loadPreset(original_path);
            loaded = true;
        } catch (const std::exception&) {
            // The original changed or vanished since: start from the default instead.
        }
    }
    if (!loaded) loadDefault();
    int edits = 0;
    undo_.beginMacro(tr("Restore autosaved edits"));
    for (const ParamSpec& spec : param_table()) {
        const ParamValue value = spec.get(recovered);
        if (value == spec.get(config_)) continue;
        if (setParameter(spec.key, value)) ++edits;
    }
    undo_.endMacro();
    return edits;
}

void Document::replace(Config config, const QString& path) {
    config_ = std::move(config);
    if (!path.isEmpty()) config_.source_file = path.toStdString();
    preset_ = config_;
    file_path_ = path;
    undo_.clear();
    undo_.setClean();
    refreshModelAndProblems(true);
    emit filePathChanged(file_path_);
    emit documentReplaced();
    emit configChanged();
    emit modifiedChanged(false);
}

void Document::refreshModelAndProblems(bool model_may_change) {
    if (model_may_change || resolved_model_name_ != config_.workload.model) {
        resolved_model_name_ = config_.workload.model;
        try {
            model_ = resolve_model(config_.workload.model, preset_directory(config_));
        } catch (const std::exception&) {
            model_.reset();  // validate() below reports why, naming workload.model
        }
    }
    problems_ = validate(config_);
}

}  // namespace edgecim::ui
