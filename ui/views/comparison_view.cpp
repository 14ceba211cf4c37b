#include "views/comparison_view.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <numeric>

#include "plot/bar_chart.hpp"
#include "plot/palette.hpp"
#include "plot/units.hpp"

namespace edgecim::ui {

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), throughput_(new BarChart(this)), efficiency_(new BarChart(this)) {
    auto* note = new QLabel(tr("<i>Baseline devices (Jetson Orin Nano, Qualcomm SA8255P) arrive with "
                               "presets/baselines; they will appear here as extra bar sets beside EdgeCIM.</i>"),
                            this);
    note->setWordWrap(true);
    summary_->setWordWrap(true);
    auto* charts = new QHBoxLayout;
    charts->addWidget(throughput_);
    charts->addWidget(efficiency_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(charts, 1);
    layout->addWidget(note);
}

void ComparisonView::setComparison(std::shared_ptr<const ZooComparison> comparison) {
    comparison_ = std::move(comparison);
    rebuild();
}

void ComparisonView::setCurrentResult(ResultPtr result) {
    current_ = std::move(result);
    rebuild();
}

void ComparisonView::rebuild() {
    if (!comparison_) return;
    BarChartData tps, tpj;
    // One series per device; baselines append theirs with the same categories.
    BarSeries edgecim_tps{tr("EdgeCIM (this design)"), palette::primary(), {}};
    BarSeries edgecim_tpj{tr("EdgeCIM (this design)"), palette::secondary(), {}};
    int highlighted = -1;
    std::vector<double> all_tps, all_tpj;
    for (const ZooPoint& p : comparison_->points) {
        if (!p.error.empty()) continue;
        if (p.name == comparison_->current_model) highlighted = static_cast<int>(tps.categories.size());
        tps.categories << QString::fromStdString(p.display_name);
        edgecim_tps.values.push_back(p.tokens_per_s);
        edgecim_tpj.values.push_back(p.tokens_per_j);
        all_tps.push_back(p.tokens_per_s);
        all_tpj.push_back(p.tokens_per_j);
    }
    if (highlighted < 0 && current_) {
        // An imported model is not in the zoo: show it as an extra category.
        highlighted = static_cast<int>(tps.categories.size());
        tps.categories << tr("%1 (imported)").arg(QString::fromStdString(current_->model));
        edgecim_tps.values.push_back(current_->decode_tokens_per_s);
        edgecim_tpj.values.push_back(current_->tokens_per_j);
    }
    tpj.categories = tps.categories;
    tps.highlighted_category = tpj.highlighted_category = highlighted;
    const QString boundary = comparison_->boundary == EnergyBoundary::chip ? tr("chip") : tr("system");
    tps.value_label = tr("decode throughput [tokens/s]");
    tpj.value_label = tr("energy efficiency [tokens/J], %1 boundary").arg(boundary);
    tps.format = [](double v) { return units::formatNumber(v) + QStringLiteral(" tokens/s"); };
    tpj.format = [](double v) { return units::formatNumber(v) + QStringLiteral(" tokens/J"); };
    tps.series.push_back(std::move(edgecim_tps));
    tpj.series.push_back(std::move(edgecim_tpj));
    throughput_->setBars(std::move(tps));
    efficiency_->setBars(std::move(tpj));

    const auto mean = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    };
    QString text = tr("Mean over %1 zoo models with this hardware: <b>%2 tokens/s</b>, <b>%3 tokens/J</b> (%4 boundary).")
                       .arg(all_tps.size())
                       .arg(units::formatNumber(mean(all_tps)), units::formatNumber(mean(all_tpj)), boundary);
    if (current_)
        text = tr("Current model %1: <b>%2 tokens/s</b>, <b>%3 tokens/J</b>. ")
                   .arg(QString::fromStdString(current_->model), units::formatNumber(current_->decode_tokens_per_s),
                        units::formatNumber(current_->tokens_per_j)) +
               text;
    summary_->setText(text);
}

}  // namespace edgecim::ui
