#pragma once
// "Design space" tab: edit a design space and search it with NSGA-II (on a worker
// thread, with progress and cancel), scatter every evaluated design with the Pareto
// front, colour by a gene, load a design into the document as one undo step, and
// export the front as CSV.
#include <QWidget>

#include "controller/dse_worker.hpp"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace edgecim::ui {

class Document;
class DseForm;
class DseScatter;

class DseView : public QWidget {
    Q_OBJECT
public:
    explicit DseView(Document* document, QWidget* parent = nullptr);

    DseForm* form() const { return form_; }
    DseWorker* worker() const { return worker_; }
    DseScatter* chart() const { return chart_; }
    QComboBox* colourBox() const { return colour_; }
    QProgressBar* progressBar() const { return progress_; }
    QString statusText() const;
    FrontPtr front() const { return front_; }
    // Writes the front with write_front_csv; false and the reason on failure.
    bool exportFrontCsv(const QString& path, QString* error = nullptr) const;

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

private:
    void onProgress(int generation, int generations, qulonglong evaluated, qulonglong front_size);
    void onFinished(FrontPtr front);
    void onFailed(const QString& message);
    void showFront();
    void exportInteractively();
    void setStatus(const QString& text, bool error = false);
    QString designText(std::size_t index) const;

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
    FrontPtr front_;
    DesignSpace space_;  // of the search shown: its value labels
};

}  // namespace edgecim::ui
