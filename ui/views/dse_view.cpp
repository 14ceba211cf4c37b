#include "views/dse_view.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
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
      chart_(new DseScatter(this)),
      refresh_(new QTimer(this)) {
    // Zero delay: every generation is drawn when the UI keeps up; those that queue up
    // while it draws are drawn together.
    refresh_->setSingleShot(true);
    refresh_->setInterval(0);
    connect(refresh_, &QTimer::timeout, this, &DseView::showFront);
    current_pool_.setMaxThreadCount(1);
    chart_->setHoverText([this](int id) { return designText(id); });
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
    chart_->setData({tr("latency per token [ms]"), tr("energy per token [mJ]"), {}, {}, {}, {}, {}, {}});

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
        tr("No search yet. Hover a point for its design, click to select it, double-click to load it into the "
           "editor (Edit › Undo restores the previous configuration). Wheel zooms, dragging pans."));

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
    connect(chart_, &DseScatter::pointActivated, this, &DseView::loadDesign);
    connect(chart_, &DseScatter::pointClicked, this, [this](int id) {
        if (!front_ || id < 0 || static_cast<std::size_t>(id) >= front_->points.size()) return;
        setStatus(
            tr("Design %1 selected (hover it for its values). Double-click it to load it into the editor.").arg(id));
    });
    connect(worker_, &DseWorker::progress, this, &DseView::onProgress);
    connect(worker_, &DseWorker::generationDone, this, &DseView::onGeneration);
    connect(&current_runner_, &LatestOnlyRunner::finished, this, [this](quint64 id, const JobOutcome& outcome) {
        current_evaluations_ = id;
        current_.reset();
        current_error_ = outcome.error;
        if (outcome.value.has_value()) current_ = std::any_cast<DesignPoint>(outcome.value);
        refresh_->start();
    });
    // The marker follows the editor: every edit (undo, load, open) re-evaluates it.
    connect(document_, &Document::configChanged, this, &DseView::evaluateCurrent);
    connect(worker_, &DseWorker::finished, this, &DseView::onFinished);
    connect(worker_, &DseWorker::failed, this, &DseView::onFailed);
    connect(worker_, &DseWorker::runningChanged, this, [this](bool running) {
        run_->setEnabled(!running);
        cancel_->setEnabled(running);
    });
}

DseView::~DseView() {
    // Closing mid-search: keep what was found (as a cancelled search) for the next start.
    // The worker, destroyed after this body, then cancels and waits.
    if (worker_->isRunning() && live_) {
        live_->cancelled = true;
        front_ = live_;
        saveSession();
    }
}

QString DseView::statusText() const { return status_->text(); }
QString DseView::summaryText() const { return summary_->text(); }

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
    shown_ = DseSession{};
    shown_.settings = form_->settings();
    shown_.model_refs =
        request->models.empty() ? std::vector<std::string>{request->base.workload.model} : request->models;
    shown_.workload = searchWorkload(request->base);
    // The search as it grows, shown from its first generation on.
    live_ = std::make_shared<ParetoFront>();
    for (const Gene& gene : space_.genes) live_->keys.push_back(gene.key);
    live_->objectives = request->objectives;
    live_->aggregate = request->options.aggregate;
    live_->models = shown_.model_refs;  // the resolved names replace them when it ends
    adoptFront(live_);
    current_.reset();
    chart_->showAll();  // a new search: the axes follow its designs again
    showFront();
    evaluateCurrent();
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

void DseView::onGeneration(GenerationPtr generation) {
    // Only the running search's news; they extend its archive in order.
    if (!live_ || !worker_->isRunning() || generation->first_index != live_->points.size()) return;
    for (const DesignPoint& p : generation->new_points) {
        live_->simulations += p.per_model.size();
        live_->points.push_back(p);
    }
    live_->front = generation->front;
    live_->generations_completed = generation->generation;
    export_->setEnabled(!live_->front.empty());
    refresh_->start();
}

void DseView::adoptFront(FrontPtr front) {
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
}

void DseView::onFinished(FrontPtr front) {
    live_.reset();
    adoptFront(std::move(front));
    setStatus(
        front_->cancelled
            ? tr("Cancelled after %1 generations; the designs evaluated so far are shown.")
                  .arg(front_->generations_completed)
            : tr("Done: %1 generations, %2 simulations.").arg(front_->generations_completed).arg(front_->simulations));
    refresh_->stop();
    showFront();
    saveSession();
    emit searchDone(true);
}

void DseView::saveSession() {
    if (session_path_.isEmpty() || !front_) return;
    DseSession session = shown_;
    session.space = space_;
    session.front = front_;
    session.saved_at = QDateTime::currentDateTime();
    QString error;
    // A failed save costs the next start its restore, not this session: say so and go on.
    if (!dse_session::save(session_path_, session, &error)) setStatus(error, true);
}

bool DseView::restoreSession(const QString& path) {
    session_path_ = path;
    if (worker_->isRunning()) return false;
    QString error;
    bool missing = false;
    std::optional<DseSession> session = dse_session::load(path, &error, &missing);
    if (!session) {
        setStatus(error, !missing);
        return false;
    }
    form_->setSettings(session->settings);
    space_ = session->space;
    adoptFront(session->front);
    shown_ = std::move(*session);
    shown_.front.reset();
    current_.reset();
    setStatus(tr("Restored the last search (saved %1): %2 generations%3. Run search repeats it.")
                  .arg(QLocale().toString(shown_.saved_at, QLocale::ShortFormat))
                  .arg(front_->generations_completed)
                  .arg(front_->cancelled ? tr(", cancelled") : QString()));
    chart_->showAll();
    showFront();
    evaluateCurrent();
    return true;
}

void DseView::evaluateCurrent() {
    if (!front_ || shown_.model_refs.empty()) return;  // nothing to place it beside yet
    ExploreOptions options;
    options.aggregate = shown_.settings.aggregate;
    options.area_budget_mm2 = shown_.settings.area_budget_mm2;
    options.power_budget_w = shown_.settings.power_budget_w;
    // The editor's hardware and mapping at the search's workload and energy boundary (its
    // models are model_refs): placed exactly where the search would have placed it. A
    // search restored from an older file has no recorded workload: the editor's is used.
    Config config = atSearchWorkload(document_->config(), shown_.workload, front_->keys);
    // A copy of everything the job reads: later edits never touch it.
    current_runner_.submit([config = std::move(config), models = shown_.model_refs,
                            objectives = shown_.settings.objectives,
                            options] { return std::any(evaluate_configuration(config, models, objectives, options)); });
}

void DseView::onFailed(const QString& message) {
    // explore() fails before its first generation (a model that cannot be loaded): there
    // is nothing to show, and the marker would be placed by the same failing models.
    live_.reset();
    front_.reset();
    current_.reset();
    current_error_.clear();
    shown_ = DseSession{};
    export_->setEnabled(false);
    chart_->setData({tr("latency per token [ms]"), tr("energy per token [mJ]"), {}, {}, {}, {}, {}, {}});
    summary_->setText(tr("No designs: the search failed."));
    setStatus(tr("Search failed: %1").arg(message), true);
    emit searchDone(false);
}

QString DseView::pointText(const DesignPoint& p) const {
    QString text;
    if (p.metrics) {
        const RunMetrics& m = *p.metrics;
        text += tr("latency %1 ms/token (%2 tokens/s)<br>energy %3 mJ/token (%4 tokens/J)<br>"
                   "power %5 W · area %6 mm² · active tiles %7")
                    .arg(units::formatNumber(1e3 / m.decode_tokens_per_s), units::formatNumber(m.decode_tokens_per_s),
                         units::formatNumber(m.energy_per_token_j * 1e3), units::formatNumber(m.tokens_per_j),
                         units::formatNumber(m.average_power_w), units::formatNumber(m.area_mm2))
                    .arg(m.active_tiles);
    }
    return text;
}

QString DseView::designText(int id) const {
    if (id == DseScatter::kCurrentId) {
        if (!current_) return {};
        // Rich text: the error names keys and user-typed model names, so it is escaped.
        const QString state = current_->feasible
                                  ? tr("feasible")
                                  : tr("infeasible: %1").arg(QString::fromStdString(current_->error).toHtmlEscaped());
        return tr("<b>Current design</b> (the configuration in the editor) — %1<br>").arg(state) +
               pointText(*current_) + tr("<br>evaluated like the search's designs; it follows every edit");
    }
    if (!front_ || id < 0 || static_cast<std::size_t>(id) >= front_->points.size()) return {};
    const auto index = static_cast<std::size_t>(id);
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
    text += pointText(p);
    return text + tr("<br>first evaluated in generation %1 · double-click to load").arg(p.generation);
}

void DseView::showFront() {
    if (!front_) return;
    const int gene = colour_->currentIndex();
    DseScatterData chart_data{tr("latency per token [ms]"), tr("energy per token [mJ]"), {}, {}, {}, {}, {}, {}};
    if (gene >= 0 && static_cast<std::size_t>(gene) < space_.genes.size()) {
        chart_data.colour_name = colour_->currentText();
        for (const auto& label : space_.genes[static_cast<std::size_t>(gene)].labels)
            chart_data.colour_labels << QString::fromStdString(label);
    }
    std::size_t feasible = 0, over_budget = 0, invalid = 0;
    chart_data.points.reserve(front_->points.size());
    for (std::size_t i = 0; i < front_->points.size(); ++i) {
        const DesignPoint& p = front_->points[i];
        if (!p.metrics) {
            ++invalid;  // never ran: nowhere to place it
            continue;
        }
        (p.feasible ? feasible : over_budget) += 1;
        chart_data.points.push_back({static_cast<int>(i), 1e3 / p.metrics->decode_tokens_per_s,
                                     p.metrics->energy_per_token_j * 1e3, p.feasible,
                                     gene >= 0 ? static_cast<int>(p.genes[static_cast<std::size_t>(gene)]) : -1});
    }
    for (std::size_t index : front_->front) chart_data.front.push_back(static_cast<int>(index));
    // The design in the editor: a star where the search would have placed it.
    QString current_note;
    if (current_ && current_->metrics) {
        chart_data.current = DseScatterPoint{DseScatter::kCurrentId, 1e3 / current_->metrics->decode_tokens_per_s,
                                             current_->metrics->energy_per_token_j * 1e3, current_->feasible, -1};
        chart_data.current_label =
            current_->feasible ? tr("current design (editor)") : tr("current design (editor), over budget");
    } else if (current_) {
        current_note = tr(" The design in the editor is not valid, so it is not plotted.");
    } else if (!current_error_.isEmpty()) {
        current_note = tr(" The design in the editor cannot be placed: %1").arg(current_error_);
    }
    if (chart_data.current) current_note = workloadNote();
    chart_->setData(std::move(chart_data));
    QStringList models;
    for (const auto& m : front_->models) models << QString::fromStdString(m);
    const QString state =
        live_ && front_ == live_ ? tr("Searching, generation %1: ").arg(front_->generations_completed) : QString();
    summary_->setText(state +
                      tr("%1 designs evaluated for %2%3: %4 feasible, %5 over budget (grey), %6 invalid (not plotted); "
                         "Pareto front of %7. Hover a point for its design, double-click it to load it.")
                          .arg(QString::number(front_->points.size()), models.join(QStringLiteral(", ")),
                               models.size() > 1
                                   ? (front_->aggregate == Aggregate::mean ? tr(" (mean)") : tr(" (worst)"))
                                   : QString(),
                               QString::number(feasible), QString::number(over_budget), QString::number(invalid),
                               QString::number(front_->front.size())) +
                      current_note);
    emit frontShown();
}

QString DseView::workloadNote() const {
    const Config& editor = document_->config();
    if (shown_.workload.empty())
        return tr(
            " Star: the current design at the editor's workload (this restored search did not record its "
            "own).");
    std::string differs =
        workloadDifferences(editor, shown_.workload, front_ ? front_->keys : std::vector<std::string>{});
    const auto& refs = shown_.model_refs;
    if (std::find(refs.begin(), refs.end(), editor.workload.model) == refs.end()) {
        std::string models;
        for (const std::string& m : refs) models += (models.empty() ? "" : ", ") + m;
        differs = "workload.model = " + models + (differs.empty() ? "" : ", ") + differs;
    }
    if (differs.empty()) return {};
    return tr(" Star: the current hardware at the search's workload (%1), not the editor's.")
        .arg(QString::fromStdString(differs));
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
