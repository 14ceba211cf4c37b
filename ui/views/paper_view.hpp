#pragma once
// `edgecim-cli reproduce` in the GUI: each headline number of the EdgeCIM paper beside
// the simulated one (deviation, tolerance, pass/fail), the two same-boundary comparisons
// against the Jetson Orin Nano with what they mean, and the per-model table. It computes
// off the UI thread (about a second) for the shipped paper preset, as the CLI does by
// default, or for the current design; "Load paper preset" puts the paper preset into the
// editor as one undoable edit.
#include <QWidget>
#include <memory>

#include "controller/latest_only_runner.hpp"
#include "edgecim/reproduction.hpp"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QThreadPool;
class QTimer;

namespace edgecim::ui {

class Document;
class BarChart;

class PaperView : public QWidget {
    Q_OBJECT
public:
    explicit PaperView(Document* document, QWidget* parent = nullptr);
    ~PaperView() override;

    enum class Source { paper_preset, current_design };
    void setSource(Source source);
    Source source() const;
    // Starts the computation (latest only); also done when the view is first shown.
    void compute();
    // Loads the paper preset's parameters into the document as one undoable edit.
    // Returns the number of parameters changed.
    int loadPaperPreset();

    std::shared_ptr<const PaperReproduction> reproduction() const { return reproduction_; }
    QTableWidget* headlineTable() const { return headlines_; }
    QTableWidget* honestTable() const { return honest_; }
    QTableWidget* modelTable() const { return models_; }
    BarChart* chart() const { return chart_; }
    QPushButton* loadButton() const { return load_; }

signals:
    void reproductionReady();
    void reproductionFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showReproduction(std::shared_ptr<const PaperReproduction> r);
    void fillHeadlines(const PaperReproduction& r);
    void fillHonest(const PaperReproduction& r);
    void fillModels(const PaperReproduction& r);
    void fillChart(const PaperReproduction& r);

    Document* document_;
    QThreadPool* pool_;
    LatestOnlyRunner* runner_;
    QTimer* debounce_;
    std::shared_ptr<const PaperReproduction> reproduction_;
    bool computed_once_ = false;
    QComboBox* source_;
    QPushButton* load_;
    QLabel* status_;
    QLabel* intro_;
    QTableWidget* headlines_;
    QLabel* power_;
    QTableWidget* honest_;
    QTableWidget* models_;
    BarChart* chart_;
};

}  // namespace edgecim::ui
