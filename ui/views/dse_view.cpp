#include "views/dse_view.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>
#include <sstream>

#include "document/document.hpp"
#include "plot/dse_scatter.hpp"
#include "plot/units.hpp"
#include "views/dse_form.hpp"

namespace edgecim::ui {

namespace {
// Leaf names (tiles, rows) keep legends short; a leaf two keys share keeps its parent.
QString shortName(const std::vector<std::string>& keys, std::size_t index) {
    const auto leaf = [](const std::string& k) { return k.substr(k.rfind('.') + 1); };
    const std::string& key = keys[index];
    int uses = 0;
    for (const auto& other : keys) uses += leaf(other) == leaf(key);
    const auto parent = key.rfind('.', key.rfind('.') - 1);
    return QString::fromStdString(uses > 1 && parent != std::string::npos ? key.substr(parent + 1) : leaf(key));
}
}  // namespace

DseView::DseView(Document* document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      form_(new DseForm(this)),
      worker_(new DseWorker(this)),
      run_(new QPushButton(tr("&Run search"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      colour_(new QComboBox(this)),
      export_(new QPushButton(tr("Export front as CSV…"), this)),
      summary_(new QLabel(this)),
      chart_(new DseScatter(this)) {
    cancel_->setEnabled(false);
    export_->setEnabled(false);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);  // model names are user text
    colour_->setEnabled(false);
    colour_->setToolTip(tr("Colour the feasible designs by the value of this parameter"));
    chart_->setTitle(tr("Design-space exploration: every evaluated design"));
    chart_->setEmptyMessage(tr("No search yet: set the design space on the left and press Run search"));
    chart_->setData({tr("latency per token [ms]"), tr("energy per token [mJ]"), {}, {}, {}, {}});

    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->addWidget(form_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    left_layout->addLayout(buttons);
    left_layout->addWidget(progress_);
    left_layout->addWidget(status_);

    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Colour by:"), this));
    bar->addWidget(colour_);
    bar->addStretch(1);
    auto* zoom_front = new QPushButton(tr("Zoom to front"), this);
    auto* show_all = new QPushButton(tr("Show all"), this);
    connect(zoom_front, &QPushButton::clicked, chart_, &DseScatter::zoomToFront);
    connect(show_all, &QPushButton::clicked, chart_, &DseScatter::showAll);
    bar->addWidget(zoom_front);
    bar->addWidget(show_all);
    bar->addWidget(export_);
    right_layout->addLayout(bar);
    right_layout->addWidget(summary_);
    right_layout->addWidget(chart_, 1);
    summary_->setText(
        tr("No search yet. Hover a point for its design; click one to load it into the editor "
           "(Edit › Undo restores the previous configuration)."));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 1100});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(run_, &QPushButton::clicked, this, &DseView::run);
    connect(cancel_, &QPushButton::clicked, this, &DseView::cancel);
    connect(export_, &QPushButton::clicked, this, &DseView::exportInteractively);
    connect(colour_, &QComboBox::currentIndexChanged, this, &DseView::showFront);
    connect(chart_, &DseScatter::pointClicked, this, &DseView::loadDesign);
    connect(worker_, &DseWorker::progress, this, &DseView::onProgress);
    connect(worker_, &DseWorker::finished, this, &DseView::onFinished);
    connect(worker_, &DseWorker::failed, this, &DseView::onFailed);
    connect(worker_, &DseWorker::runningChanged, this, [this](bool running) {
        run_->setEnabled(!running);
        cancel_->setEnabled(running);
    });
}

QString DseView::statusText() const { return status_->text(); }

void DseView::setStatus(const QString& text, bool error) {
    status_->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
    status_->setText(text);
}

bool DseView::run() {
    if (worker_->isRunning()) return false;
    QString error;
    form_->validateSpace();
    std::optional<DseRequest> request = form_->request(document_->config(), &error);
    if (!request) {
        setStatus(tr("Not started:\n%1").arg(error), true);
        return false;
    }
    space_ = request->space;
    progress_->setRange(0, request->options.generations + 1);  // + the initial population
    progress_->setValue(0);
    progress_->setFormat(tr("initial population"));
    setStatus(tr("Searching %1 designs…").arg(QLocale().toString(static_cast<qulonglong>(space_.size()))));
    return worker_->start(std::move(*request));
}

void DseView::cancel() {
    if (!worker_->isRunning()) return;
    worker_->cancel();
    setStatus(tr("Cancelling after the designs in flight…"));
}

void DseView::runScreenshotSearch() {
    form_->setSearchSize(24, 10, 1);
    if (!run()) emit searchDone(false);
}

void DseView::onProgress(int generation, int generations, qulonglong evaluated, qulonglong front_size) {
    progress_->setRange(0, generations + 1);
    progress_->setValue(generation + 1);
    progress_->setFormat(tr("generation %1 of %2").arg(generation).arg(generations));
    setStatus(tr("Generation %1 of %2: %3 designs evaluated, front of %4")
                  .arg(generation)
                  .arg(generations)
                  .arg(evaluated)
                  .arg(front_size));
}

void DseView::onFinished(FrontPtr front) {
    front_ = std::move(front);
    const QString previous = colour_->currentText();
    {
        const QSignalBlocker block(colour_);
        colour_->clear();
        for (std::size_t g = 0; g < front_->keys.size(); ++g)
            colour_->addItem(shortName(front_->keys, g), QString::fromStdString(front_->keys[g]));
        colour_->setCurrentIndex(std::max(0, colour_->findText(previous)));
        colour_->setEnabled(colour_->count() > 0);
    }
    export_->setEnabled(!front_->front.empty());
    setStatus(
        front_->cancelled
            ? tr("Cancelled after %1 generations; the designs evaluated so far are shown.")
                  .arg(front_->generations_completed)
            : tr("Done: %1 generations, %2 simulations.").arg(front_->generations_completed).arg(front_->simulations));
    showFront();
    emit searchDone(true);
}

void DseView::onFailed(const QString& message) {
    setStatus(tr("Search failed: %1").arg(message), true);
    emit searchDone(false);
}

QString DseView::designText(std::size_t index) const {
    const DesignPoint& p = front_->points[index];
    const bool on_front = std::find(front_->front.begin(), front_->front.end(), index) != front_->front.end();
    // Rich text: the error and the gene values (model names among them) are escaped.
    QString text = tr("<b>Design %1</b> — %2<br>")
                       .arg(QString::number(index),
                            on_front     ? tr("on the Pareto front")
                            : p.feasible ? tr("feasible")
                                         : tr("infeasible: %1").arg(QString::fromStdString(p.error).toHtmlEscaped()));
    for (std::size_t g = 0; g < front_->keys.size() && g < p.genes.size(); ++g)
        text += QStringLiteral("%1 = %2<br>")
                    .arg(QString::fromStdString(front_->keys[g]).toHtmlEscaped(),
                         QString::fromStdString(space_.genes[g].labels[p.genes[g]]).toHtmlEscaped());
    if (p.metrics) {
        const RunMetrics& m = *p.metrics;
        text += tr("latency %1 ms/token (%2 tokens/s)<br>energy %3 mJ/token (%4 tokens/J)<br>"
                   "power %5 W · area %6 mm² · active tiles %7")
                    .arg(units::formatNumber(1e3 / m.decode_tokens_per_s), units::formatNumber(m.decode_tokens_per_s),
                         units::formatNumber(m.energy_per_token_j * 1e3), units::formatNumber(m.tokens_per_j),
                         units::formatNumber(m.average_power_w), units::formatNumber(m.area_mm2))
                    .arg(m.active_tiles);
    }
    return text + tr("<br>first evaluated in generation %1").arg(p.generation);
}

void DseView::showFront() {
    if (!front_) return;
    const int gene = colour_->currentIndex();
    DseScatterData chart_data{tr("latency per token [ms]"), tr("energy per token [mJ]"), {}, {}, {}, {}};
    if (gene >= 0 && static_cast<std::size_t>(gene) < space_.genes.size()) {
        chart_data.colour_name = colour_->currentText();
        for (const auto& label : space_.genes[static_cast<std::size_t>(gene)].labels)
            chart_data.colour_labels << QString::fromStdString(label);
    }
    std::size_t feasible = 0, over_budget = 0, invalid = 0;
    for (std::size_t i = 0; i < front_->points.size(); ++i) {
        const DesignPoint& p = front_->points[i];
        if (!p.metrics) {
            ++invalid;  // never ran: nowhere to place it
            continue;
        }
        (p.feasible ? feasible : over_budget) += 1;
        DseScatterPoint point{static_cast<int>(i),
                              1e3 / p.metrics->decode_tokens_per_s,
                              p.metrics->energy_per_token_j * 1e3,
                              p.feasible,
                              gene >= 0 ? static_cast<int>(p.genes[static_cast<std::size_t>(gene)]) : -1,
                              designText(i)};
        chart_data.points.push_back(std::move(point));
    }
    for (std::size_t index : front_->front) chart_data.front.push_back(static_cast<int>(index));
    chart_->setData(std::move(chart_data));
    QStringList models;
    for (const auto& m : front_->models) models << QString::fromStdString(m);
    summary_->setText(tr("%1 designs evaluated for %2%3: %4 feasible, %5 over budget (grey), %6 invalid (not plotted); "
                         "Pareto front of %7. Hover a point for its design; click one to load it.")
                          .arg(QString::number(front_->points.size()), models.join(QStringLiteral(", ")),
                               models.size() > 1
                                   ? (front_->aggregate == Aggregate::mean ? tr(" (mean)") : tr(" (worst)"))
                                   : QString(),
                               QString::number(feasible), QString::number(over_budget), QString::number(invalid),
                               QString::number(front_->front.size())));
}

void DseView::loadDesign(int index) {
    if (!front_ || index < 0 || static_cast<std::size_t>(index) >= front_->points.size()) return;
    const DesignPoint& p = front_->points[static_cast<std::size_t>(index)];
    std::vector<std::size_t> changed;
    for (std::size_t g = 0; g < front_->keys.size() && g < p.values.size(); ++g)
        if (document_->value(front_->keys[g]) != p.values[g]) changed.push_back(g);
    if (changed.empty()) {
        setStatus(tr("Design %1 is the current configuration already.").arg(index));
        return;
    }
    // One macro, so a single Undo restores the configuration before the design.
    QUndoStack* undo = document_->undoStack();
    undo->beginMacro(tr("Load design %1 from the exploration").arg(index));
    QStringList failures;
    for (std::size_t g : changed) {
        QString error;
        if (!document_->setParameter(front_->keys[g], p.values[g], &error)) failures << error;
    }
    undo->endMacro();
    if (failures.isEmpty())
        setStatus(tr("Loaded design %1 (%2 parameters changed). Edit › Undo restores the previous configuration.")
                      .arg(index)
                      .arg(changed.size()));
    else
        setStatus(tr("Loaded design %1 partly: %2").arg(index).arg(failures.join(QStringLiteral("; "))), true);
}

bool DseView::exportFrontCsv(const QString& path, QString* error) const {
    if (!front_) {
        if (error) *error = tr("no search to export");
        return false;
    }
    std::ostringstream out;
    write_front_csv(*front_, out);
    const std::string text = out.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
        !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void DseView::exportInteractively() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Pareto front"),
                                                      QStringLiteral("pareto_front.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (exportFrontCsv(path, &error))
        setStatus(tr("Front written to %1").arg(path));
    else
        setStatus(tr("Could not write %1: %2").arg(path, error), true);
}

}  // namespace edgecim::ui
