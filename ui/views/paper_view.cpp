#include "views/paper_view.hpp"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "controller/paper_evaluation.hpp"
#include "document/document.hpp"
#include "edgecim/param_table.hpp"
#include "plot/bar_chart.hpp"
#include "plot/palette.hpp"
#include "plot/units.hpp"
#include "views/flow_layout.hpp"

namespace edgecim::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& header) {
    auto* table = new QTableWidget(0, static_cast<int>(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    return table;
}

// Table items hold plain text (Qt::DisplayRole is never rich text), so names are safe.
QTableWidgetItem* item(const QString& text, const QString& tip = {}) {
    auto* i = new QTableWidgetItem(text);
    if (!tip.isEmpty()) i->setToolTip(tip);
    return i;
}
QTableWidgetItem* numberItem(double value, int significant = 4) {
    auto* i = item(units::formatNumber(value, significant));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    i->setData(Qt::UserRole, value);  // the unrounded number, for tests and copying
    return i;
}
// A table exactly as tall as its header and rows (no empty area, no scroll bar).
void fitHeight(QTableWidget* table) {
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QString ratio(double value) { return units::formatNumber(value, 3) + QStringLiteral("×"); }
QString signedPercent(double value) {
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1) + QStringLiteral(" %");
}

}  // namespace

PaperView::PaperView(Document* document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      pool_(new QThreadPool(this)),
      runner_(new LatestOnlyRunner(pool_, this)),
      debounce_(new QTimer(this)),
      source_(new QComboBox(this)),
      load_(new QPushButton(tr("Load paper preset"), this)),
      status_(new QLabel(this)),
      intro_(new QLabel(this)),
      headlines_(makeTable(this, {tr("claim"), tr("paper"), tr("simulated"), tr("unit"), tr("deviation"),
                                  tr("tolerance"), tr("result")})),
      power_(new QLabel(this)),
      honest_(makeTable(this, {tr("comparison"), tr("value"), tr("what it compares")})),
      models_(makeTable(this, {})),
      chart_(new BarChart(this)) {
    pool_->setMaxThreadCount(1);  // reproduce_paper is sequential; one run at a time
    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    source_->addItem(tr("shipped paper preset (as edgecim-cli reproduce)"), static_cast<int>(Source::paper_preset));
    source_->addItem(tr("current design (as edgecim-cli reproduce --config FILE)"),
                     static_cast<int>(Source::current_design));
    source_->setAccessibleName(tr("Configuration reproduced"));
    load_->setToolTip(
        tr("Put every parameter of presets/hardware/edgecim-paper.yaml into the editor as one edit "
           "(Edit › Undo reverts it)"));
    intro_->setWordWrap(true);
    intro_->setText(
        tr("EdgeCIM (arXiv 2604.11512) headline numbers beside this simulator's (INT4, analytical "
           "evaluator). The tolerances hold for the shipped paper preset; for another design a deviation "
           "shows how it differs from the paper."));
    status_->setTextFormat(Qt::PlainText);
    power_->setTextFormat(Qt::PlainText);
    power_->setWordWrap(true);
    for (QTableWidget* t : {honest_, models_}) t->horizontalHeader()->setStretchLastSection(true);
    headlines_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The two small tables take the height of their rows; the per-model table the rest.
    headlines_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    honest_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QTableWidget* t : {headlines_, honest_}) {
        t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // long texts elide; their tooltips are whole
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    chart_->setTitle(tr("Simulated / paper"));
    chart_->setMinimumWidth(300);
    chart_->setEmptyMessage(tr("Reproducing the paper…"));

    auto* controls = new QWidget(this);
    auto* top = new FlowLayout(controls, 6);  // wraps on narrow windows
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("Reproduce:"), this));
    top->addWidget(source_);
    top->addWidget(load_);
    top->addWidget(status_);

    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    left_layout->addWidget(headlines_);
    left_layout->addWidget(power_);
    auto* honest_title = new QLabel(
        tr("Same-boundary comparisons, LLaMA3.2-1B vs Jetson Orin Nano (docs/model.md, Honest comparisons):"), this);
    honest_title->setWordWrap(true);  // an unwrapped line would set the column's minimum width
    left_layout->addWidget(honest_title);
    left_layout->addWidget(honest_);
    auto* honest_note = new QLabel(
        tr("The paper-matching ratios compare EdgeCIM at the chip boundary (no DRAM energy) with Orin at module power "
           "(its DRAM included), and EdgeCIM's wider DRAM with Orin's. These two put both on the same footing: each "
           "pays for its memory, and at equal DRAM bandwidth the speedup is the part that does not come from a wider "
           "DRAM interface."),
        this);
    honest_note->setWordWrap(true);
    left_layout->addWidget(honest_note);
    left_layout->addStretch(1);
    auto* upper = new QSplitter(Qt::Horizontal, this);
    // The tables keep their rows' height; on a short window the column scrolls instead of
    // raising the window's minimum height.
    auto* left_scroll = new QScrollArea(this);
    left_scroll->setWidget(left);
    left_scroll->setWidgetResizable(true);
    left_scroll->setFrameShape(QFrame::NoFrame);
    left_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    upper->addWidget(left_scroll);
    upper->addWidget(chart_);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(upper);
    main->addWidget(models_);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(intro_);
    layout->addWidget(main, 1);

    connect(source_, &QComboBox::activated, this, [this] { compute(); });
    connect(load_, &QPushButton::clicked, this, [this] { loadPaperPreset(); });
    connect(debounce_, &QTimer::timeout, this, &PaperView::compute);
    connect(document_, &Document::configChanged, this, [this] {
        if (source() == Source::current_design && computed_once_) debounce_->start();
    });
    connect(runner_, &LatestOnlyRunner::finished, this, [this](quint64, const JobOutcome& outcome) {
        if (!outcome.error.isEmpty() || !outcome.value.has_value()) {
            status_->setText(tr("Could not reproduce: %1").arg(outcome.error));
            emit reproductionFailed(outcome.error);
            return;
        }
        status_->setText(tr("computed in %1").arg(units::formatTime(outcome.elapsed_ms / 1000)));
        showReproduction(std::any_cast<std::shared_ptr<const PaperReproduction>>(outcome.value));
    });
}

PaperView::~PaperView() {
    // The runner waits for a running job; it must go before the pool it runs on.
    delete runner_;
    runner_ = nullptr;
}

void PaperView::setSource(Source source) {
    source_->setCurrentIndex(source_->findData(static_cast<int>(source)));
    compute();
}

PaperView::Source PaperView::source() const { return static_cast<Source>(source_->currentData().toInt()); }

void PaperView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!computed_once_) compute();
}

void PaperView::compute() {
    computed_once_ = true;
    debounce_->stop();
    Config config;
    try {
        config = source() == Source::paper_preset ? paper_preset_config() : document_->config();
    } catch (const std::exception& e) {
        status_->setText(tr("Could not load the paper preset: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    status_->setText(tr("reproducing (12 models)…"));
    runner_->submit([config] { return std::any(std::make_shared<const PaperReproduction>(evaluate_paper(config))); });
}

int PaperView::loadPaperPreset() {
    Config paper;
    try {
        paper = paper_preset_config();
    } catch (const std::exception& e) {
        status_->setText(tr("Could not load the paper preset: %1").arg(QString::fromUtf8(e.what())));
        return 0;
    }
    // One macro of ordinary parameter edits: the same range checks as typing them, and
    // one Undo restores the design as it was.
    int changed = 0;
    QUndoStack* undo = document_->undoStack();
    undo->beginMacro(tr("Load paper preset"));
    for (const ParamSpec& spec : param_table()) {
        const ParamValue value = spec.get(paper);
        if (value == document_->value(spec.key)) continue;
        if (document_->setParameter(spec.key, value)) ++changed;
    }
    undo->endMacro();
    status_->setText(changed
                         ? tr("Loaded the paper preset: %n parameter(s) changed (Edit › Undo reverts).", "", changed)
                         : tr("The design already has the paper preset's values."));
    return changed;
}

void PaperView::showReproduction(std::shared_ptr<const PaperReproduction> r) {
    reproduction_ = std::move(r);
    fillHeadlines(*reproduction_);
    fillHonest(*reproduction_);
    fillModels(*reproduction_);
    fillChart(*reproduction_);
    emit reproductionReady();
}

void PaperView::fillHeadlines(const PaperReproduction& r) {
    headlines_->setRowCount(static_cast<int>(r.headlines.size()));
    int row = 0;
    for (const HeadlineComparison& h : r.headlines) {
        const QString note = QString::fromStdString(h.note);
        headlines_->setItem(row, 0, item(QString::fromStdString(h.claim), note));
        // As the paper prints it (7.3, not 7.30000): its figures carry their own precision.
        QTableWidgetItem* paper = numberItem(h.paper);
        paper->setText(QString::number(h.paper, 'g', 6));
        headlines_->setItem(row, 1, paper);
        headlines_->setItem(row, 2, numberItem(h.simulated, 4));
        headlines_->setItem(row, 3, item(h.unit == "x" ? tr("ratio") : QString::fromStdString(h.unit)));
        auto* deviation = item(signedPercent(h.deviation_pct()));
        deviation->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        deviation->setData(Qt::UserRole, h.deviation_pct());
        headlines_->setItem(row, 4, deviation);
        headlines_->setItem(row, 5, item(QStringLiteral("±%1 %").arg(units::formatNumber(h.tolerance_pct))));
        const bool ok = h.within_tolerance();
        auto* result = item(ok ? tr("pass") : tr("FAIL"), note);
        result->setForeground(ok ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        headlines_->setItem(row, 6, result);
        ++row;
    }
    headlines_->resizeColumnsToContents();
    headlines_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitHeight(headlines_);
    power_->setText(tr("Orin Nano power: the paper's ratios imply %1 W; the orin-nano preset's measured module power "
                       "is %2 W, at which the LLaMA3.2-1B tokens/J gain is %3.")
                        .arg(units::formatNumber(r.implied_orin_power_w, 3),
                             units::formatNumber(r.measured_orin_power_w, 3), ratio(r.gain_at_measured_power)));
}

void PaperView::fillHonest(const PaperReproduction& r) {
    honest_->setRowCount(2);
    honest_->setItem(0, 0, item(QStringLiteral("orin_gain_system_boundary")));
    auto* gain = item(ratio(r.orin_gain_system_boundary));
    gain->setData(Qt::UserRole, r.orin_gain_system_boundary);
    honest_->setItem(0, 1, gain);
    honest_->setItem(0, 2,
                     item(tr("tokens/J, EdgeCIM chip + DRAM vs Orin at its %1 W module power")
                              .arg(units::formatNumber(r.measured_orin_power_w, 3))));
    honest_->setItem(1, 0, item(QStringLiteral("orin_speedup_equal_bandwidth")));
    auto* speedup = item(ratio(r.orin_speedup_equal_bandwidth));
    speedup->setData(Qt::UserRole, r.orin_speedup_equal_bandwidth);
    honest_->setItem(1, 1, speedup);
    honest_->setItem(1, 2,
                     item(tr("tokens/s, EdgeCIM with Orin's %1 GB/s DRAM (%2 tokens/s) vs Orin")
                              .arg(units::formatNumber(r.orin_dram_bandwidth_gbps, 3),
                                   units::formatNumber(r.equal_bandwidth_tokens_per_s, 4))));
    for (int row = 0; row < 2; ++row) honest_->item(row, 2)->setToolTip(honest_->item(row, 2)->text());
    honest_->resizeColumnToContents(0);
    honest_->resizeColumnToContents(1);
    fitHeight(honest_);
}

void PaperView::fillModels(const PaperReproduction& r) {
    QStringList header{tr("model"), tr("tokens/s"), tr("tokens/J chip"), tr("tokens/J system")};
    if (!r.models.empty())
        for (const BaselineComparison& b : r.models.front().baselines)
            header << tr("%1 speedup").arg(QString::fromStdString(b.name))
                   << tr("%1 tokens/J gain").arg(QString::fromStdString(b.name));
    models_->clear();
    models_->setColumnCount(static_cast<int>(header.size()));
    models_->setHorizontalHeaderLabels(header);
    models_->setRowCount(static_cast<int>(r.models.size()));
    int row = 0;
    for (const ModelComparison& m : r.models) {
        models_->setItem(row, 0, item(QString::fromStdString(m.display_name), QString::fromStdString(m.model)));
        models_->setItem(row, 1, numberItem(m.tokens_per_s));
        models_->setItem(row, 2, numberItem(m.tokens_per_j_chip));
        models_->setItem(row, 3, numberItem(m.tokens_per_j_system));
        int column = 4;
        for (const BaselineComparison& b : m.baselines) {
            // A device that cannot run the model says why (never a number for a shortened workload).
            const QString not_run = tr("n/a (%1)").arg(QString::fromStdString(b.na_reason));
            auto* speedup = item(b.speedup ? ratio(*b.speedup) : not_run);
            if (b.speedup) speedup->setData(Qt::UserRole, *b.speedup);
            models_->setItem(row, column++, speedup);
            auto* gain = item(b.efficiency_gain ? ratio(*b.efficiency_gain)
                                                : (b.runs() ? tr("n/a (no published power)") : not_run));
            if (b.efficiency_gain) gain->setData(Qt::UserRole, *b.efficiency_gain);
            models_->setItem(row, column++, gain);
        }
        ++row;
    }
    models_->resizeColumnsToContents();
}

void PaperView::fillChart(const PaperReproduction& r) {
    // Simulated as a percentage of the paper's value (100 % = the paper's number), so every
    // bar is positive and the claims with different units share one axis.
    BarChartData bars;
    BarSeries share{tr("simulated / paper"), palette::primary(), {}, {}, false};
    for (std::size_t i = 0; i < r.headlines.size(); ++i) {
        const HeadlineComparison& h = r.headlines[i];
        bars.categories << QString::number(i + 1);
        share.values.push_back(100.0 + h.deviation_pct());
        bars.annotations << (h.within_tolerance() ? signedPercent(h.deviation_pct())
                                                  : tr("%1 (outside)").arg(signedPercent(h.deviation_pct())));
        // Plain text: the chart escapes it.
        bars.category_tooltips << tr("%1: paper %2, simulated %3 %4 (%5, tolerance ±%6 %)")
                                      .arg(QString::fromStdString(h.claim), units::formatNumber(h.paper, 6),
                                           units::formatNumber(h.simulated, 4),
                                           QString::fromStdString(h.unit == "x" ? "×" : h.unit),
                                           signedPercent(h.deviation_pct()), units::formatNumber(h.tolerance_pct));
    }
    bars.series.push_back(std::move(share));
    bars.value_label = tr("simulated as % of the paper's value");
    bars.category_label = tr("headline number (row of the table)");
    bars.format = [](double v) -> QString { return units::formatNumber(v, 4) + QStringLiteral(" %"); };
    chart_->setBars(std::move(bars));
}

}  // namespace edgecim::ui
