#pragma once
// The settings of a design-space exploration: the space as YAML (validated as you
// type, problems listed with their line), objectives, budgets, search size, models
// and how several models are combined. request() turns them into a DseRequest.
#include <QWidget>
#include <cstdint>
#include <optional>

#include "controller/dse_worker.hpp"
#include "document/dse_session.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace edgecim::ui {

class DseForm : public QWidget {
    Q_OBJECT
public:
    explicit DseForm(QWidget* parent = nullptr);

    // The search for `base`, or nullopt with every problem in *error (the space
    // problems are also shown under the editor).
    std::optional<DseRequest> request(const Config& base, QString* error) const;
    // Validates the YAML now (it is otherwise checked shortly after typing stops).
    bool validateSpace();
    QString spaceProblems() const;

    // Everything the form holds (what a saved search restores with setSettings).
    DseSettings settings() const;
    void setSettings(const DseSettings& settings);

    QPlainTextEdit* spaceEditor() const { return space_; }
    void setSearchSize(int population, int generations, std::uint64_t seed);
    void setModels(const QString& comma_separated);
    void setBudgets(std::optional<double> area_mm2, std::optional<double> power_w);

private:
    QPlainTextEdit* space_;
    QLabel* space_status_;
    QTimer* validate_timer_;
    QCheckBox* area_objective_;
    QDoubleSpinBox* area_budget_;
    QDoubleSpinBox* power_budget_;
    QSpinBox* population_;
    QSpinBox* generations_;
    QSpinBox* seed_;
    QLineEdit* models_;
    QComboBox* aggregate_;
    QString space_problems_;
};

}  // namespace edgecim::ui
