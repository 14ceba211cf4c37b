#pragma once
// "Design space" tab: edit a design space and search it with NSGA-II (on a worker
// thread, with progress and cancel), scatter every evaluated design with the Pareto
// front as the search runs (the chart follows each generation), mark the design being
// edited (evaluated with the search's models, objectives and budgets, again after every
// edit), colour by a gene, select a design with a click and load it into the document
// with a double-click (one undo step), and export the front as CSV. With a session file
// the last search is saved when it ends (or the window closes mid-search) and restored
// at the next start.
#include <QThreadPool>
#include <QWidget>
#include <optional>

#include "controller/dse_worker.hpp"
#include "controller/latest_only_runner.hpp"
#include "document/dse_session.hpp"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace edgecim::ui {

class Document;
class DseForm;
class DseScatter;

class DseView : public QWidget {
    Q_OBJECT
public:
    explicit DseView(Document* document, QWidget* parent = nullptr);
    ~DseView() override;

    DseForm* form() const { return form_; }
    DseWorker* worker() const { return worker_; }
    DseScatter* chart() const { return chart_; }
    QComboBox* colourBox() const { return colour_; }
    QProgressBar* progressBar() const { return progress_; }
    QString statusText() const;
    QString summaryText() const;
    // The search shown: the finished one, or while a search runs, the designs so far.
    FrontPtr front() const { return front_; }
    // The design being edited as the search would have evaluated it (none before the
    // first search, or while it is being evaluated for the first time).
    const std::optional<DesignPoint>& currentDesign() const { return current_; }
    // The id the chart's current-design evaluation has reached (tests wait for it).
    quint64 currentEvaluations() const { return current_evaluations_; }
    // Writes the front with write_front_csv; false and the reason on failure.
    bool exportFrontCsv(const QString& path, QString* error = nullptr) const;

    // Saves every finished search to `path` and restores the one saved there now. A
    // missing file is a first start (a note in the status line), an unreadable or corrupt
    // one a message in the status line; neither stops the view. False when nothing was
    // restored.
    bool restoreSession(const QString& path);
    QString sessionPath() const { return session_path_; }

public slots:
    // Starts a search of the document's configuration; false when the settings are
    // invalid (the reason is shown) or a search is already running.
    bool run();
    void cancel();
    // Applies the genes of evaluated design `index` to the document as one undo step.
    void loadDesign(int index);
    // A small fixed-seed search, so --screenshot shows a populated chart.
    void runScreenshotSearch();

signals:
    void searchDone(bool ok);  // finished, cancelled (ok) or failed
    void frontShown();         // the chart was rebuilt from the search (tests, screenshots)

private:
    void onProgress(int generation, int generations, qulonglong evaluated, qulonglong front_size);
    void onGeneration(GenerationPtr generation);
    void onFinished(FrontPtr front);
    void onFailed(const QString& message);
    // Makes `front` (a search over `space_`) the one shown: colour choices, export.
    void adoptFront(FrontPtr front);
    void showFront();
    void evaluateCurrent();
    void saveSession();
    void exportInteractively();
    void setStatus(const QString& text, bool error = false);
    QString designText(int id) const;
    QString pointText(const DesignPoint& p) const;
    // The caption's note when the star's workload (the search's) is not the editor's.
    QString workloadNote() const;

    Document* document_;
    DseForm* form_;
    DseWorker* worker_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QComboBox* colour_;
    QPushButton* export_;
    QLabel* summary_;
    DseScatter* chart_;
    QTimer* refresh_;  // coalesces generations that arrive faster than the chart redraws
    FrontPtr front_;
    std::shared_ptr<ParetoFront> live_;  // the running search's designs so far (UI thread only)
    DesignSpace space_;                  // of the search shown: its value labels
    DseSession shown_;                   // settings and models of the search shown (front unused)
    QString session_path_;

    // The design being edited, evaluated on its own thread, latest edit only.
    QThreadPool current_pool_;
    LatestOnlyRunner current_runner_{&current_pool_};
    std::optional<DesignPoint> current_;
    QString current_error_;
    quint64 current_evaluations_ = 0;
};

}  // namespace edgecim::ui
