#pragma once
// Decode throughput and energy per token of the current design as the prompt grows
// (128 ... 32k tokens, within the model's context window).
#include <QWidget>
#include <memory>

#include "controller/evaluations.hpp"
#include "document/reference_design.hpp"

class QLabel;

namespace edgecim::ui {

class XYChart;

class SweepView : public QWidget {
    Q_OBJECT
public:
    explicit SweepView(QWidget* parent = nullptr);
    void setSweep(std::shared_ptr<const ContextSweep> sweep);
    // Overlays the reference's throughput and energy as dashed lines (null: none).
    void setReference(ReferencePtr reference);
    XYChart* chart() const { return chart_; }

private:
    void rebuild();

    std::shared_ptr<const ContextSweep> sweep_;
    ReferencePtr reference_;
    QLabel* info_;
    XYChart* chart_;
};

}  // namespace edgecim::ui
