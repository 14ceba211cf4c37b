#include "views/utilization_view.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>
#include <numeric>

#include "plot/heatmap_chart.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

UtilizationView::Rows UtilizationView::shownCells(const Rows& write, const Rows& compute, const Rows& stall,
                                                  Shown shown) {
    Rows out(write.size());
    for (std::size_t t = 0; t < write.size() && t < compute.size(); ++t) {
        const std::size_t n = std::min(write[t].size(), compute[t].size());
        out[t].resize(n);
        for (std::size_t k = 0; k < n; ++k) {
            const double w = write[t][k], c = compute[t][k];
            switch (shown) {
                case UtilizationView::Shown::busy:
                    out[t][k] = w + c;
                    break;
                case UtilizationView::Shown::compute:
                    out[t][k] = c;
                    break;
                case UtilizationView::Shown::write:
                    out[t][k] = w;
                    break;
                case UtilizationView::Shown::idle:
                    out[t][k] = std::max(0.0, 1 - w - c);
                    break;
                case UtilizationView::Shown::stall:
                    out[t][k] = t < stall.size() && k < stall[t].size() ? stall[t][k] : std::nan("");
                    break;
            }
        }
    }
    return out;
}

namespace {

QString shownLabel(UtilizationView::Shown shown) {
    switch (shown) {
        case UtilizationView::Shown::busy:
            return QObject::tr("tile busy (write or compute) [%]");
        case UtilizationView::Shown::compute:
            return QObject::tr("tile computing [%]");
        case UtilizationView::Shown::write:
            return QObject::tr("tile writing weights, not computing [%]");
        case UtilizationView::Shown::idle:
            return QObject::tr("tile idle (waiting) [%]");
        case UtilizationView::Shown::stall:
            return QObject::tr("tile waiting for the input, weights in [%]");
    }
    return {};
}

QString percent(double fraction) { return QString::number(100 * fraction, 'f', fraction < 0.1 ? 1 : 0); }

QString stepName(const SimulationResult& r) {
    return r.timeline.step.empty() ? QObject::tr("the timeline step") : QString::fromStdString(r.timeline.step);
}

}  // namespace

UtilizationView::UtilizationView(QWidget* parent)
    : QWidget(parent),
      by_layer_(new HeatmapChart(shownLabel(Shown::busy), this)),
      by_time_(new HeatmapChart(shownLabel(Shown::busy), this)),
      reading_(new QLabel(this)),
      step_(new QLabel(this)),
      shown_(new QComboBox(this)),
      scale_(new QComboBox(this)) {
    reading_->setObjectName(QStringLiteral("utilizationReading"));
    reading_->setWordWrap(true);
    reading_->setTextFormat(Qt::PlainText);
    QFont bold = reading_->font();
    bold.setBold(true);
    reading_->setFont(bold);
    step_->setWordWrap(true);
    step_->setTextFormat(Qt::PlainText);

    shown_->setObjectName(QStringLiteral("utilizationShown"));
    shown_->addItem(tr("Busy (write or compute)"), static_cast<int>(Shown::busy));
    shown_->addItem(tr("Computing"), static_cast<int>(Shown::compute));
    shown_->addItem(tr("Writing weights"), static_cast<int>(Shown::write));
    shown_->addItem(tr("Idle (waiting)"), static_cast<int>(Shown::idle));
    shown_->addItem(tr("Waiting for the input"), static_cast<int>(Shown::stall));
    shown_->setToolTip(
        tr("The share of each cell's time the colours show. Writing counts only time a tile writes "
           "weights while not computing; idle is waiting for weights, an input or other tiles; waiting for the "
           "input is the part of idle with the weights already in."));
    scale_->setObjectName(QStringLiteral("utilizationScale"));
    scale_->addItem(tr("From the data"), true);
    scale_->addItem(tr("Fixed 0–100 %"), false);
    scale_->setToolTip(
        tr("From the data: the colours span the shown values' minimum to maximum (small differences "
           "visible). Fixed: the same colour means the same percent after every edit."));
    connect(shown_, &QComboBox::currentIndexChanged, this, &UtilizationView::redraw);
    connect(scale_, &QComboBox::currentIndexChanged, this, &UtilizationView::redraw);

    auto* bar = new QHBoxLayout;
    auto* shown_label = new QLabel(tr("&Colour by"), this);
    shown_label->setBuddy(shown_);
    auto* scale_label = new QLabel(tr("&Scale"), this);
    scale_label->setBuddy(scale_);
    bar->addWidget(shown_label);
    bar->addWidget(shown_);
    bar->addSpacing(12);
    bar->addWidget(scale_label);
    bar->addWidget(scale_);
    bar->addSpacing(12);
    bar->addWidget(step_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reading_);
    layout->addLayout(bar);
    by_layer_->setTitle(tr("Tile activity by decoder layer"));
    by_time_->setTitle(tr("Tile activity over the step"));
    by_layer_->setEmptyMessage(tr("No utilization yet"));
    by_time_->setEmptyMessage(tr("No utilization yet"));
    layout->addWidget(by_layer_, 1);
    layout->addWidget(by_time_, 1);
}

UtilizationView::Summary UtilizationView::summarize(const SimulationResult& r) {
    Summary s;
    s.tiles = static_cast<int>(std::min(r.tile_write_fraction.size(), r.tile_compute_fraction.size()));
    if (s.tiles == 0) return s;
    double write = 0, compute = 0;
    for (std::size_t t = 0; t < static_cast<std::size_t>(s.tiles); ++t) {
        write += r.tile_write_fraction[t];
        compute += r.tile_compute_fraction[t];
        if (r.tile_write_fraction[t] + r.tile_compute_fraction[t] > 0) ++s.mapped;
    }
    if (r.tile_stall_fraction.size() == static_cast<std::size_t>(s.tiles))
        s.stall = std::accumulate(r.tile_stall_fraction.begin(), r.tile_stall_fraction.end(), 0.0) / s.tiles;
    s.write = write / s.tiles;
    s.compute = compute / s.tiles;
    s.idle = std::max(0.0, 1 - s.write - s.compute);
    return s;
}

QString UtilizationView::readingText(const SimulationResult& r) {
    const Summary s = summarize(r);
    if (s.tiles == 0) return tr("No tile utilization in this result.");
    const auto bound = static_cast<std::size_t>(r.timeline_bound);
    const QString limit = tr("%1: limited by %2 for %3 % of the step")
                              .arg(stepName(r),
                                   QString::fromUtf8(describe(r.timeline_bound).data(),
                                                     static_cast<qsizetype>(describe(r.timeline_bound).size())),
                                   percent(r.timeline_bound_shares[bound]));
    const QString tiles = s.mapped < s.tiles ? tr("Tiles (%1, of which %2 mapped)").arg(s.tiles).arg(s.mapped)
                                             : tr("Tiles (%1)").arg(s.tiles);
    const QString idle =
        s.stall < 0
            ? percent(s.idle) + QStringLiteral(" %")
            : tr("%1 % (%2 % with the weights in, waiting for the input)").arg(percent(s.idle), percent(s.stall));
    return tr("%1. %2: idle %3, writing weights %4 %, computing %5 % of the step.")
        .arg(limit, tiles, idle, percent(s.write), percent(s.compute));
}

QString UtilizationView::reading() const { return reading_->text(); }

void UtilizationView::setResult(ResultPtr result) {
    if (!result) return;
    result_ = std::move(result);
    redraw();
}

void UtilizationView::redraw() {
    if (!result_) return;
    const SimulationResult& r = *result_;
    const auto shown = static_cast<Shown>(shown_->currentData().toInt());
    const bool auto_range = scale_->currentData().toBool();
    const QString label = shownLabel(shown);
    reading_->setText(readingText(r));
    step_->setText(r.timeline_phase == TimelinePhase::prefill
                       ? tr("Showing the prefill (P=%1); choose the step in the Timeline tab.").arg(r.prompt_tokens)
                       : tr("Showing %1; choose the decode step or the prefill in the Timeline tab.").arg(stepName(r)));

    HeatmapData layers;
    layers.write = r.tile_write_layers;
    layers.compute = r.tile_compute_layers;
    layers.stall = r.tile_stall_layers;
    layers.cells = shownCells(layers.write, layers.compute, layers.stall, shown);
    layers.value_label = label;
    layers.auto_range = auto_range;
    layers.column_label = tr("decoder layer (its stretch of the step's critical path)");
    layers.row_label = tr("tile");
    layers.column_name = tr("layer");
    layers.integer_columns = true;
    by_layer_->setTitle(tr("Tile activity by decoder layer, %1").arg(stepName(r)));
    by_layer_->setHeatmap(std::move(layers));

    HeatmapData bins;
    bins.write = r.tile_write_bins;
    bins.compute = r.tile_compute_bins;
    bins.stall = r.tile_stall_bins;
    bins.cells = shownCells(bins.write, bins.compute, bins.stall, shown);
    bins.value_label = label;
    bins.auto_range = auto_range;
    const units::Scaled time = units::timeScale(r.timeline.duration_s);
    bins.column_step = r.bin_width_s * time.factor;
    bins.column_origin = bins.column_step / 2;
    bins.column_label =
        tr("time within %1 [%2] (bins of %3)").arg(stepName(r), time.unit, units::formatTime(r.bin_width_s));
    bins.row_label = tr("tile");
    bins.column_name = tr("time");
    bins.column_hover_unit = time.unit;
    by_time_->setTitle(tr("Tile activity over %1").arg(stepName(r)));
    by_time_->setHeatmap(std::move(bins));
}

}  // namespace edgecim::ui
