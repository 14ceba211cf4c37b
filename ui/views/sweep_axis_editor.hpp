#pragma once
// One axis of the Sweep view: a numeric preset key, FROM and TO (typed freely, checked
// when applied against the key's valid range), the number of values and the spacing
// (linear, log, x2). Choosing a key proposes a range around its current value.
#include <QWidget>

#include "controller/sweep_evaluation.hpp"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QLabel;

namespace edgecim::ui {

class SweepAxisEditor : public QWidget {
    Q_OBJECT
public:
    SweepAxisEditor(const QString& title, QWidget* parent = nullptr);

    // The axis as typed. Returns false (and why, naming the field) when FROM or TO is
    // not a number; range checks are build_sweep_spec's.
    bool request(SweepAxisRequest* out, QString* error) const;
    void setRequest(const SweepAxisRequest& axis);
    // Selects a key and proposes a range around value (its current value in the design).
    void chooseKey(const std::string& key, double value);

    QComboBox* keyBox() const { return key_; }
    QLineEdit* fromEdit() const { return from_; }
    QLineEdit* toEdit() const { return to_; }
    QSpinBox* stepsBox() const { return steps_; }
    QComboBox* spacingBox() const { return spacing_; }

signals:
    void edited();
    // The user picked another key (the view proposes a range from the design's value).
    void keyChosen(const QString& key);

private:
    void updateStepsEnabled();

    QLabel* title_;
    QComboBox* key_;
    QLineEdit* from_;
    QLineEdit* to_;
    QSpinBox* steps_;
    QComboBox* spacing_;
    QLabel* unit_;
};

}  // namespace edgecim::ui
