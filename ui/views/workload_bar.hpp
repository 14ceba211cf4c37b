#pragma once
// The model/workload bar above the views: the model (12 zoo models with parameter
// counts, or an imported file), weight precision, prompt and generated tokens and the
// energy boundary. Each control is bound to its parameter-table key, so ranges,
// choices and tooltips come from the core, and every change is an undoable edit.
#include <QWidget>
#include <vector>

class QComboBox;
class QSpinBox;

namespace edgecim::ui {

class Document;

class WorkloadBar : public QWidget {
    Q_OBJECT
public:
    WorkloadBar(Document* document, QWidget* parent = nullptr);
    QComboBox* modelCombo() const { return model_; }

signals:
    void importRequested();
    // A typed value was refused (out of range): the message names key, value and range.
    void editRejected(const QString& message);

private:
    QComboBox* boundCombo(const char* key);
    QSpinBox* boundSpin(const char* key);
    void refresh();
    void refreshModelList();

    Document* document_;
    QComboBox* model_;
    std::vector<std::pair<std::string, QWidget*>> bound_;
};

}  // namespace edgecim::ui
