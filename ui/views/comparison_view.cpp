#include "views/comparison_view.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "edgecim/workload_fit.hpp"
#include "plot/bar_chart.hpp"
#include "plot/palette.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

namespace {
constexpr double kNoBar = std::numeric_limits<double>::quiet_NaN();

QString deviceName(const BaselineDevice& d) { return QString::fromStdString(d.display_name); }
// "Jetson Orin Nano 8GB (MLC, 15 W)" -> "Jetson Orin Nano 8GB": legends stay one line.
QString shortName(const BaselineDevice& d) {
    const QString name = deviceName(d);
    const qsizetype paren = name.indexOf(QStringLiteral(" ("));
    return paren > 0 ? name.left(paren) : name;
}
}  // namespace

QString boundaryName(EnergyBoundary boundary) {
    return boundary == EnergyBoundary::chip ? QObject::tr("chip boundary (no DRAM)")
                                            : QObject::tr("system boundary (chip + DRAM)");
}

QString formatFactor(double factor) { return units::formatNumber(factor, 2) + QStringLiteral("×"); }

QString notAvailableText(const std::string& reason) { return QString::fromStdString(not_available_text(reason)); }

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel(this)),
      throughput_(new BarChart(this)),
      efficiency_(new BarChart(this)),
      table_(new QTableWidget(this)) {
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    throughput_->setObjectName(QStringLiteral("comparisonThroughput"));
    efficiency_->setObjectName(QStringLiteral("comparisonEfficiency"));
    throughput_->setEmptyMessage(tr("No comparison yet: waiting for the zoo evaluation"));
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(throughput_);
    charts->addWidget(efficiency_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(table_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 410});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
}

void ComparisonView::setComparison(std::shared_ptr<const ZooComparison> comparison) {
    comparison_ = std::move(comparison);
    rebuild();
}

void ComparisonView::setCurrentResult(ResultPtr result) {
    current_ = std::move(result);
    rebuildSummary();
}

QString ComparisonView::summaryText() const { return summary_->text(); }

void ComparisonView::rebuild() {
    if (!comparison_) return;
    rebuildCharts();
    rebuildTable();
    rebuildSummary();
}

void ComparisonView::rebuildCharts() {
    const ZooComparison& c = *comparison_;
    BarChartData tps, tpj;
    BarSeries edgecim_tps{tr("EdgeCIM (this design)"), palette::primary(), {}, tr("n/a (reason below)"), false};
    // Short legend entries: the two charts share the width, long ones were clipped.
    BarSeries edgecim_tpj{c.boundary == EnergyBoundary::chip ? tr("EdgeCIM (chip only)") : tr("EdgeCIM (chip + DRAM)"),
                          palette::primary(),
                          {},
                          tr("n/a (reason below)"),
                          false};
    std::vector<BarSeries> device_tps, device_tpj;
    for (std::size_t d = 0; d < c.devices.size(); ++d) {
        const QColor colour = palette::baseline(static_cast<int>(d));
        const QString name = shortName(c.devices[d]);
        device_tps.push_back({name, colour, {}, tr("n/a (reason below)"), false});
        if (c.devices[d].has_power)
            device_tpj.push_back({tr("%1, module power").arg(name), colour, {}, tr("n/a (reason below)"), false});
        else
            device_tpj.push_back({tr("%1: no published power").arg(name), colour, {}, tr("no published power"), true});
    }
    for (const ModelComparison& p : c.models) {
        if (p.model == c.current_model) tps.highlighted_category = static_cast<int>(tps.categories.size());
        // Short zoo names (qwen3-4b) keep all 12 tick labels readable; hover shows the full name.
        tps.categories << QString::fromStdString(p.model);
        // A model the design cannot run at this workload keeps its place with no EdgeCIM bar,
        // "n/a" above it and the reason on hover.
        const QString workload =
            tr(" · prompt %1, %2 generated").arg(QString::number(p.prompt_tokens), QString::number(p.generate_tokens));
        QString tooltip = QString::fromStdString(p.display_name) + workload;
        if (!p.runs()) tooltip += QStringLiteral(" · EdgeCIM ") + notAvailableText(p.na_reason);
        for (const BaselineComparison& b : p.baselines)
            if (!b.runs() && b.na_reason != p.na_reason)
                tooltip += QStringLiteral(" · ") + QString::fromStdString(b.name) + QStringLiteral(" ") +
                           notAvailableText(b.na_reason);
        tps.category_tooltips << tooltip;
        edgecim_tps.values.push_back(p.runs() ? p.tokens_per_s : kNoBar);
        edgecim_tpj.values.push_back(p.runs() ? p.tokens_per_j : kNoBar);
        double min_speedup = 0, min_gain = 0;
        for (std::size_t d = 0; d < c.devices.size() && d < p.baselines.size(); ++d) {
            const BaselineComparison& b = p.baselines[d];
            device_tps[d].values.push_back(b.runs() ? b.result.tokens_per_s : kNoBar);
            device_tpj[d].values.push_back(b.runs() && b.result.tokens_per_j ? *b.result.tokens_per_j : kNoBar);
            if (b.speedup && (min_speedup == 0 || *b.speedup < min_speedup)) min_speedup = *b.speedup;
            if (b.efficiency_gain && (min_gain == 0 || *b.efficiency_gain < min_gain)) min_gain = *b.efficiency_gain;
        }
        const QString na = p.runs() ? QString() : tr("n/a");
        tps.annotations << (min_speedup > 0 ? formatFactor(min_speedup) : na);
        tpj.annotations << (min_gain > 0 ? formatFactor(min_gain) : na);
    }
    tpj.categories = tps.categories;
    tpj.category_tooltips = tps.category_tooltips;
    tpj.highlighted_category = tps.highlighted_category;
    tps.value_label = tr("decode throughput [tokens/s]");
    tpj.value_label = tr("energy efficiency [tokens/J]");
    tps.format = [](double v) -> QString { return units::formatNumber(v) + QStringLiteral(" tokens/s"); };
    tpj.format = [](double v) -> QString { return units::formatNumber(v) + QStringLiteral(" tokens/J"); };
    tps.series.push_back(std::move(edgecim_tps));
    tpj.series.push_back(std::move(edgecim_tpj));
    for (auto& s : device_tps) tps.series.push_back(std::move(s));
    for (auto& s : device_tpj) tpj.series.push_back(std::move(s));
    throughput_->setTitle(tr("Decode throughput (label: EdgeCIM speedup over the fastest device)"));
    efficiency_->setTitle(tr("Energy efficiency (label: EdgeCIM gain over the most efficient device)"));
    throughput_->setBars(std::move(tps));
    efficiency_->setBars(std::move(tpj));
}

void ComparisonView::rebuildTable() {
    const ZooComparison& c = *comparison_;
    // Short device names in the headers; the full names are the header tooltips.
    QStringList headers{tr("Model"), tr("EdgeCIM\n[tokens/s]")}, tips{tr("zoo model"), tr("EdgeCIM (this design)")};
    for (const BaselineDevice& d : c.devices) {
        headers << tr("%1\n[tokens/s] (speedup)").arg(QString::fromStdString(d.name));
        tips << deviceName(d);
    }
    headers << tr("EdgeCIM\n[tokens/J], %1").arg(c.boundary == EnergyBoundary::chip ? tr("chip") : tr("system"));
    tips << tr("EdgeCIM at the %1").arg(boundaryName(c.boundary));
    for (const BaselineDevice& d : c.devices) {
        headers << (d.has_power ? tr("%1\n[tokens/J] (gain)") : tr("%1\n[tokens/J]: no power published"))
                       .arg(QString::fromStdString(d.name));
        tips << (d.has_power ? tr("%1 at module power").arg(deviceName(d))
                             : tr("%1 publishes no decode power: no tokens/J").arg(deviceName(d)));
    }
    table_->clear();
    table_->setColumnCount(static_cast<int>(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        auto* item = new QTableWidgetItem(headers[i]);
        item->setToolTip(tips[i]);
        table_->setHorizontalHeaderItem(i, item);
    }
    table_->setRowCount(static_cast<int>(c.models.size()));
    int row = 0;
    for (const ModelComparison& p : c.models) {
        int col = 0;
        const auto put = [&](const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (col > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (p.model == c.current_model) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table_->setItem(row, col++, item);
        };
        // One rule for every entry that cannot run the workload: "n/a (limit)" in the cell,
        // "n/a (reason)" in its tooltip. An entry that failed for another reason has no
        // short form and shows the reason itself.
        const auto notAvailable = [&](const std::string& reason, const std::string& limit) {
            put(notAvailableText(limit.empty() ? reason : limit), notAvailableText(reason));
        };
        put(QString::fromStdString(p.model), QString::fromStdString(p.display_name));
        if (p.runs())
            put(units::formatNumber(p.tokens_per_s));
        else
            notAvailable(p.na_reason, p.na_short);
        for (const BaselineComparison& b : p.baselines) {
            if (!b.runs())
                notAvailable(b.na_reason, b.na_short);
            else if (b.speedup)
                put(tr("%1 (%2)").arg(units::formatNumber(b.result.tokens_per_s), formatFactor(*b.speedup)));
            else
                put(units::formatNumber(b.result.tokens_per_s));
        }
        if (p.runs())
            put(units::formatNumber(p.tokens_per_j),
                tr("chip boundary %1 tokens/J, system boundary %2 tokens/J")
                    .arg(units::formatNumber(p.tokens_per_j_chip), units::formatNumber(p.tokens_per_j_system)));
        else
            notAvailable(p.na_reason, p.na_short);
        for (const BaselineComparison& b : p.baselines) {
            if (!b.runs())
                notAvailable(b.na_reason, b.na_short);
            else if (b.result.tokens_per_j && b.efficiency_gain)
                put(tr("%1 (%2)").arg(units::formatNumber(*b.result.tokens_per_j), formatFactor(*b.efficiency_gain)));
            else if (b.result.tokens_per_j)
                put(units::formatNumber(*b.result.tokens_per_j));
            else
                put(notAvailableText("no published power"),
                    tr("The device publishes no decode power: tokens/J is not reported."));
        }
        ++row;
    }
    table_->resizeColumnsToContents();
    // An "n/a (reason)" cell would stretch its column across the view; the tooltip holds it all.
    for (int i = 1; i < table_->columnCount(); ++i) table_->setColumnWidth(i, std::min(table_->columnWidth(i), 240));
}

void ComparisonView::rebuildSummary() {
    if (!comparison_) return;
    const ZooComparison& c = *comparison_;
    const ModelComparison* p = c.find(c.current_model);
    if (!p || !p->runs()) {
        summary_->setText(tr("The current model has no comparison: %1")
                              .arg((p ? notAvailableText(p->na_reason) : tr("not evaluated yet")).toHtmlEscaped()));
        return;
    }
    QStringList speedups, gains;
    for (std::size_t d = 0; d < c.devices.size() && d < p->baselines.size(); ++d) {
        const BaselineComparison& b = p->baselines[d];
        const QString name = deviceName(c.devices[d]).toHtmlEscaped();  // rich text
        if (!b.runs()) {
            speedups << tr("%1 %2").arg(name, notAvailableText(b.na_reason).toHtmlEscaped());
            continue;
        }
        speedups << tr("<b>%1</b> over %2 (%3 tokens/s)")
                        .arg(formatFactor(b.speedup.value_or(0)), name, units::formatNumber(b.result.tokens_per_s));
        gains << (b.efficiency_gain ? tr("<b>%1</b> over %2").arg(formatFactor(*b.efficiency_gain), name)
                                    : tr("%1: no published power").arg(name));
    }
    summary_->setText(
        tr("Current model <b>%1</b> (analytical evaluator, prompt %2, %3 generated): EdgeCIM <b>%4 tokens/s</b>, "
           "<b>%5 tokens/J</b> at the %6.<br>Speedup: %7.<br>Energy-efficiency gain (devices at module power): %8.")
            .arg(QString::fromStdString(p->display_name).toHtmlEscaped(), QString::number(p->prompt_tokens),
                 QString::number(p->generate_tokens), units::formatNumber(p->tokens_per_s),
                 units::formatNumber(p->tokens_per_j), boundaryName(c.boundary), speedups.join(QStringLiteral(", ")),
                 gains.join(QStringLiteral(", "))));
}

}  // namespace edgecim::ui
