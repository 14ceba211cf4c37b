#pragma once
// Any numeric preset key swept over a range (1-D: lines) or two keys (2-D: heatmap),
// with any metric of core's sweep rows, computed by core's run_sweep exactly as
// `edgecim-cli sweep` does. It starts with the prompt-length sweep (128 ... 32k tokens,
// doubling). Points that cannot run (beyond the model's context, an invalid combination)
// are gaps that explain why on hover; nothing is clamped. The A/B reference is drawn
// dashed in the 1-D case.
#include <QWidget>
#include <memory>

#include "controller/sweep_evaluation.hpp"
#include "document/reference_design.hpp"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace edgecim::ui {

class XYChart;
class SweepHeatmap;
class SweepAxisEditor;

class SweepView : public QWidget {
    Q_OBJECT
public:
    explicit SweepView(QWidget* parent = nullptr);

    void setSweep(std::shared_ptr<const SweepOutcome> sweep);
    // The reference is swept on the same axes (a new request) and drawn dashed (null: none).
    void setReference(ReferencePtr reference);
    void setProgress(quint64 done, quint64 total);
    // The sweep could not be evaluated (e.g. the model does not resolve).
    void setFailed(const QString& message);
    // Values of the current design, used to propose a range when a key is chosen.
    void setCurrentConfig(const Config& config);

    // 1 (lines) or 2 (heatmap) keys; applies at once.
    void setDimensions(int dimensions);
    int dimensions() const;
    // Selects the metric shown (the colour in 2-D, the left axis in 1-D) by its sweep
    // column name, e.g. "tokens_per_j"; the second metric ("" for none) goes on the right axis.
    void setMetrics(const QString& metric, const QString& second_metric = {});
    // Back to the prompt-length sweep the view starts with.
    void resetToPromptSweep();
    // Applies the editors now (the debounce otherwise applies them after typing pauses).
    void applyNow();

    XYChart* chart() const { return chart_; }
    SweepHeatmap* heatmap() const { return heatmap_; }
    SweepAxisEditor* axisEditor(int index) const { return index == 0 ? first_ : second_; }
    std::shared_ptr<const SweepOutcome> sweep() const { return sweep_; }
    // The input problem shown (empty when the axes are valid).
    QString inputMessage() const;
    // CSV of the shown rows, byte for byte what `edgecim-cli sweep --format csv` prints.
    std::string csvText() const;

signals:
    // A valid request to evaluate (the controller runs it off the UI thread).
    void requestChanged(const edgecim::ui::SweepRequest& request);

private:
    void apply();
    void emitRequest();
    void rebuild();
    void buildLines();
    void buildHeatmap();
    void exportData();
    void onKeyChosen(SweepAxisEditor* editor, const QString& key);

    std::shared_ptr<const SweepOutcome> sweep_;
    ReferencePtr reference_;
    SweepRequest request_;  // the last valid request sent
    Config current_;        // the design's values, for range proposals
    QComboBox* dimensions_;
    SweepAxisEditor* first_;
    SweepAxisEditor* second_;
    QComboBox* metric_;
    QComboBox* second_metric_;
    QLabel* second_metric_label_;
    QPushButton* reset_;
    QPushButton* export_chart_;
    QPushButton* export_data_;
    QLabel* message_;  // bad input, in red
    QLabel* info_;
    QProgressBar* progress_;
    QStackedWidget* charts_;
    XYChart* chart_;
    SweepHeatmap* heatmap_;
    QTimer* debounce_;
};

}  // namespace edgecim::ui
