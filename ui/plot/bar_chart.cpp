#include "plot/bar_chart.hpp"

#include <qcustomplot.h>

#include <cmath>

#include "plot/units.hpp"

namespace edgecim::ui {

BarChart::BarChart(QWidget* parent) : PlotWidget(parent) {
    plot_->xAxis->grid()->setVisible(false);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Vertical);
    plot_->axisRect()->setRangeZoom(Qt::Vertical);
    applyStyle();
}

void BarChart::setBars(BarChartData chart) {
    data_ = std::move(chart);
    if (!data_.format) data_.format = [](double v) -> QString { return units::formatNumber(v); };
    plot_->clearPlottables();
    plot_->clearItems();
    annotation_items_.clear();
    QCPBarsGroup* group = nullptr;
    int n = 0;
    for (const BarSeries& s : data_.series) n += s.legend_only ? 0 : 1;
    if (!data_.stacked && n > 1) {
        group = new QCPBarsGroup(plot_);
        group->setSpacing(2);
    }
    QVector<double> keys;
    for (int i = 0; i < data_.categories.size(); ++i) keys << i;
    QCPBars* below = nullptr;
    double top = 0;
    std::vector<double> stack(static_cast<std::size_t>(data_.categories.size()), 0.0);
    for (const BarSeries& s : data_.series) {
        auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(s.name);
        bars->setBrush(s.colour);
        bars->setPen(QPen(s.colour.darker(130), 0));
        bars->setWidth(data_.stacked || n <= 1 ? 0.6 : 0.8 / n);
        if (s.legend_only) continue;  // no data: only the legend entry (with its note) remains
        QVector<double> series_keys, values;
        for (int i = 0; i < keys.size(); ++i) {
            const std::size_t at = static_cast<std::size_t>(i);
            const double v = at < s.values.size() ? s.values[at] : 0.0;
            if (std::isnan(v)) continue;  // no bar here (the device cannot run this model)
            series_keys << keys[i];
            values << v;
            stack[at] = data_.stacked ? stack[at] + v : std::max(stack[at], v);
            top = std::max(top, stack[at]);
        }
        bars->setData(series_keys, values, true);
        if (group) bars->setBarsGroup(group);
        if (data_.stacked && below) bars->moveAbove(below);
        below = bars;
    }
    for (int i = 0; i < data_.annotations.size() && i < keys.size(); ++i) {
        if (data_.annotations[i].isEmpty()) continue;
        auto* text = new QCPItemText(plot_);
        text->setClipToAxisRect(true);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(keys[i], stack[static_cast<std::size_t>(i)]);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setPadding(QMargins(0, 0, 0, 2));
        text->setText(data_.annotations[i]);
        QFont font = plot_->xAxis->tickLabelFont();
        font.setBold(true);
        text->setFont(font);
        text->setColor(palette().color(QPalette::Text));
        text->setVisible(!annotations_hidden_);
        annotation_items_ << text;
    }
    // Many categories are slanted from the start; a few start upright, fitted after layout.
    if (data_.categories.size() > 6)
        labels_ = CategoryLabels::slanted;
    else if (labels_ == CategoryLabels::slanted)
        labels_ = CategoryLabels::vertical;
    applyCategoryLabels();
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 3);
    plot_->xAxis->setLabel(data_.category_label);
    plot_->xAxis->setRange(-0.6, static_cast<double>(data_.categories.size()) - 0.4);
    plot_->yAxis->setLabel(data_.value_label);
    if (data_.log_scale) {
        plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        plot_->yAxis->setScaleType(QCPAxis::stLinear);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        plot_->yAxis->setRange(0, top > 0 ? top * (data_.annotations.isEmpty() ? 1.08 : 1.15) : 1);
    }
    const int entries = static_cast<int>(data_.series.size());
    plot_->legend->setVisible(entries > 1);
    if (entries > 1 && !legend_placed_) {
        // A tall stack would hide behind an inset legend; so would the annotated groups.
        if (data_.stacked)
            placeLegendRight();
        else
            placeLegendBelow(2);
        legend_placed_ = true;
    } else if (legend_placed_ && !data_.stacked) {
        // New plottables were appended to the legend grid: re-flow them two per row.
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    replotQueued();
}

QString BarChart::categoryLabel(int i) const {
    return (i == data_.highlighted_category ? QStringLiteral("▶ ") : QString()) + data_.categories[i];
}

void BarChart::applyCategoryLabels() {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < data_.categories.size(); ++i) {
        QString label = data_.categories[i];
        if (labels_ == CategoryLabels::word_per_line) label.replace(QLatin1Char(' '), QLatin1Char('\n'));
        ticker->addTick(i, (i == data_.highlighted_category ? QStringLiteral("▶ ") : QString()) + label);
    }
    plot_->xAxis->setTicker(ticker);
    const double rotation = labels_ == CategoryLabels::slanted ? 35 : labels_ == CategoryLabels::vertical ? 90 : 0;
    plot_->xAxis->setTickLabelRotation(rotation);
    // A slanted label starts at its tick and runs right: QCustomPlot hides a label that
    // would leave the widget, so keep room right of the axis rect for the last one.
    int right_room = 0;
    if (labels_ == CategoryLabels::slanted && !data_.categories.isEmpty()) {
        const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
        const double run = metrics.horizontalAdvance(data_.categories.back()) * std::cos(rotation * M_PI / 180.0);
        right_room = static_cast<int>(std::ceil(run)) + 4;
    }
    plot_->axisRect()->setMinimumMargins(QMargins(0, 0, right_room, 0));
}

bool BarChart::fitAxesToWidth() {
    if (data_.categories.isEmpty()) return false;
    const double pitch_px = plot_->axisRect()->width() / static_cast<double>(data_.categories.size());
    // Labels above the groups ("0.84×") wider than a group ran into each other: hidden
    // then, the hover says them.
    bool crowded = false;
    for (const QCPItemText* text : annotation_items_)
        crowded = crowded || QFontMetrics(text->font()).horizontalAdvance(text->text()) + 4 > pitch_px;
    if (crowded != annotations_hidden_) {
        annotations_hidden_ = crowded;
        for (QCPItemText* text : annotation_items_) text->setVisible(!crowded);
    }
    if (data_.categories.size() > 6) return false;  // slanted from the start
    // Upright on one line when every label fits its category, else one word per line when
    // every word does, else vertical (a line of text is narrower than a category).
    // Measured on the texts, not on the current layout, so the choice is stable.
    const QFontMetrics metrics(plot_->xAxis->tickLabelFont());
    const auto fits = [&](const QString& text) { return metrics.horizontalAdvance(text) + 6 <= pitch_px; };
    bool lines_fit = true, words_fit = true;
    for (int i = 0; i < data_.categories.size(); ++i) {
        lines_fit = lines_fit && fits(categoryLabel(i));
        const QStringList words = data_.categories[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int w = 0; w < words.size(); ++w)
            words_fit = words_fit &&
                        fits((w == 0 && i == data_.highlighted_category ? QStringLiteral("▶ ") : QString()) + words[w]);
    }
    const CategoryLabels wanted = lines_fit   ? CategoryLabels::one_line
                                  : words_fit ? CategoryLabels::word_per_line
                                              : CategoryLabels::vertical;
    if (wanted == labels_) return false;
    labels_ = wanted;
    applyCategoryLabels();
    return true;
}

double BarChart::categoryTotal(int category) const {
    double total = 0;
    for (const BarSeries& s : data_.series)
        if (category >= 0 && category < static_cast<int>(s.values.size()) &&
            !std::isnan(s.values[static_cast<std::size_t>(category)]))
            total += s.values[static_cast<std::size_t>(category)];
    return total;
}

QString BarChart::hoverText(const QPointF& pos) const {
    const int category = static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(pos.x())));
    if (category < 0 || category >= categoryCount() || !plot_->axisRect()->rect().contains(pos.toPoint())) return {};
    QString text = QStringLiteral("<b>%1</b>").arg(data_.categories[category].toHtmlEscaped());
    const auto add = [&](const BarSeries& s) {
        const double v =
            category < static_cast<int>(s.values.size()) ? s.values[static_cast<std::size_t>(category)] : 0;
        if (data_.stacked && v == 0) return;
        const QString value = s.legend_only || std::isnan(v) ? s.note : data_.format(v);
        text += QStringLiteral("<br><span style='color:%1'>■</span> %2: %3")
                    .arg(s.colour.name(), s.name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // Stacks read top-down; grouped bars read left to right like the chart.
    if (data_.stacked)
        for (auto it = data_.series.rbegin(); it != data_.series.rend(); ++it) add(*it);
    else
        for (const BarSeries& s : data_.series) add(s);
    if (annotations_hidden_ && category < data_.annotations.size() && !data_.annotations[category].isEmpty())
        text += tr("<br>label (hidden, too narrow): <b>%1</b>").arg(data_.annotations[category].toHtmlEscaped());
    if (category < data_.category_tooltips.size() && !data_.category_tooltips[category].isEmpty())
        text += QStringLiteral("<br>") + data_.category_tooltips[category].toHtmlEscaped();
    if (data_.stacked) text += tr("<br><b>total: %1</b>").arg(data_.format(categoryTotal(category)));
    return text;
}

}  // namespace edgecim::ui
