#include "plot/plot_widget.hpp"

#include <qcustomplot.h>

#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

#include "plot/chart_exporter.hpp"
#include "plot/palette.hpp"

namespace edgecim::ui {

PlotWidget::PlotWidget(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->setNoAntialiasingOnDrag(true);
    // An explicit minimum replaces QCustomPlot's hint (title + legend in one row, up to
    // 950 px), which otherwise set the minimum width of the whole view area and squeezed
    // the parameter dock on 1280-1366 px screens; a narrow chart is drawn narrower.
    plot_->setMinimumSize(240, 160);
    plot_->setAttribute(Qt::WA_Hover);
    plot_->installEventFilter(this);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &PlotWidget::showContextMenu);
    connect(plot_, &QCustomPlot::beforeReplot, this, &PlotWidget::replotStarted);
    connect(plot_, &QCustomPlot::afterReplot, this, &PlotWidget::replotted);
    // A title or legend row wider than the chart was cut off at both ends (a 1366 px window,
    // 2x scaling): fit them to the width each layout has (the window, a PNG or PDF export).
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (!fitToWidth()) return;
        QCPLayoutGrid* grid = plot_->plotLayout();
        grid->update(QCPLayoutElement::upPreparation);
        grid->update(QCPLayoutElement::upMargins);
        grid->update(QCPLayoutElement::upLayout);
    });
    applyStyle();
}

bool PlotWidget::fitToWidth() {
    const int width = plot_->viewport().width();
    if (width <= 0) return false;
    const bool title = fitTitle(width);
    const bool legend = fitLegendColumns(width);
    const bool axes = fitAxesToWidth();
    return title || legend || axes;
}

bool PlotWidget::fitTitle(int width_px) {
    if (!title_element_ || title_.isEmpty()) return false;
    // Greedy word wrap; QCPTextElement draws and sizes each '\n'-separated line.
    const QFontMetrics metrics(title_element_->font());
    // The title sits above the axes (column 0); a colour scale or a legend beside them
    // (further columns) takes its width from the title's too.
    QCPLayoutGrid* grid = plot_->plotLayout();
    int room = width_px - title_element_->margins().left() - title_element_->margins().right() - 8;
    for (int column = 1; column < grid->columnCount(); ++column) {
        int column_px = 0;
        for (int row = 0; row < grid->rowCount(); ++row)
            if (grid->hasElement(row, column))
                column_px = std::max(column_px, grid->element(row, column)->minimumOuterSizeHint().width());
        room -= column_px + grid->columnSpacing();
    }
    QStringList lines;
    for (const QString& word : title_.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= room)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text == title_element_->text()) return false;
    title_element_->setText(text);
    return true;
}

bool PlotWidget::fitLegendColumns(int width_px) {
    QCPLegend* legend = plot_->legend;
    if (legend_max_columns_ <= 0 || !legend->visible()) return false;
    std::vector<int> item_px;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) item_px.push_back(item->minimumOuterSizeHint().width());
    // Entries fill rows left to right, so entry i sits in column i % columns.
    const auto fits = [&](int columns) {
        std::vector<int> column_px(static_cast<std::size_t>(columns), 0);
        for (std::size_t i = 0; i < item_px.size(); ++i) {
            int& px = column_px[i % static_cast<std::size_t>(columns)];
            px = std::max(px, item_px[i]);
        }
        int row_px = legend->margins().left() + legend->margins().right() + (columns - 1) * legend->columnSpacing();
        for (int px : column_px) row_px += px;
        return row_px <= width_px;
    };
    // The most columns up to the maximum that fit; then as few as keep that many rows, so
    // the last row is not one entry alone (9 entries: 5 + 4 rather than 8 + 1).
    const int entries = static_cast<int>(item_px.size());
    if (entries == 0) return false;
    int columns = std::max(1, std::min(legend_max_columns_, entries));
    while (columns > 1 && !fits(columns)) --columns;
    const int rows = (entries + columns - 1) / columns;
    if (const int balanced = (entries + rows - 1) / rows; balanced < columns && fits(balanced)) columns = balanced;
    if (columns == legend->wrap()) return false;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // re-flow the entries
    return true;
}

void PlotWidget::setTitle(const QString& title) {
    title_ = title;
    if (!title_element_) {
        plot_->plotLayout()->insertRow(0);
        title_element_ = new QCPTextElement(plot_);
        plot_->plotLayout()->addElement(0, 0, title_element_);
        plot_->plotLayout()->setRowStretchFactor(0, 0.001);
        applyStyle();
    }
    title_element_->setText(title_);
    replotQueued();
}

void PlotWidget::exportImage() { chart_export::exportInteractively(*this, this); }

void PlotWidget::showContextMenu(const QPoint& pos) {
    QMenu menu(this);
    menu.addAction(tr("Export image (PNG, PDF, SVG)…"), this, &PlotWidget::exportImage);
    menu.addAction(tr("Reset zoom"), this, &PlotWidget::resetZoom);
    menu.exec(plot_->mapToGlobal(pos));
}

PlotWidget::~PlotWidget() = default;

int PlotWidget::plottableCount() const {
    int count = 0;
    for (int i = 0; i < plot_->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot_->plottable(i);
        bool found = false;
        p->getKeyRange(found);
        if (found && p->visible()) ++count;
    }
    return count;
}

bool PlotWidget::savePng(const QString& path, int width, int height) const {
    return plot_->savePng(path, width, height, 1.0, -1, 96);
}

void PlotWidget::setEmptyMessage(const QString& message) { empty_message_ = message; }

void PlotWidget::resetZoom() {
    plot_->rescaleAxes();
    replotQueued();
}

void PlotWidget::replotNow() { plot_->replot(QCustomPlot::rpImmediateRefresh); }

QString PlotWidget::hoverText(const QPointF&) const { return {}; }

void PlotWidget::replotQueued() {
    if (!isVisible()) {
        replot_when_shown_ = true;
        return;
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PlotWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!replot_when_shown_) return;
    replot_when_shown_ = false;
    // Into the buffers now, painted with the rest of the view: no frame of stale data.
    plot_->replot(QCustomPlot::rpQueuedRefresh);
}

void PlotWidget::applyStyle() {
    const QPalette pal = palette();
    QFont base = font();
    QFont label = base;
    label.setPointSizeF(base.pointSizeF() * 0.95);
    plot_->setBackground(pal.color(QPalette::Base));
    for (QCPAxisRect* rect : plot_->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setLabelFont(label);
            axis->setTickLabelFont(label);
            axis->setBasePen(QPen(pal.color(QPalette::Text)));
            axis->setTickPen(QPen(pal.color(QPalette::Text)));
            axis->setSubTickPen(QPen(pal.color(QPalette::Mid)));
            axis->setLabelColor(pal.color(QPalette::Text));
            axis->setTickLabelColor(pal.color(QPalette::Text));
            axis->grid()->setPen(QPen(palette::gridLine(), 0, Qt::DotLine));
        }
    }
    if (title_element_) {
        QFont title = base;
        title.setBold(true);
        title_element_->setFont(title);
        title_element_->setTextColor(pal.color(QPalette::Text));
    }
    plot_->legend->setFont(label);
    plot_->legend->setBrush(QBrush(pal.color(QPalette::Base)));
    plot_->legend->setTextColor(pal.color(QPalette::Text));
}

void PlotWidget::placeLegendBelow(int columns) {
    QCPLegend* legend = plot_->legend;
    legend->setVisible(true);
    if (QCPLayoutInset* inset = plot_->axisRect()->insetLayout(); inset->elements(false).contains(legend)) {
        inset->take(legend);
        inset->simplify();
    }
    const int row = plot_->plotLayout()->rowCount();
    plot_->plotLayout()->addElement(row, 0, legend);
    plot_->plotLayout()->setRowStretchFactor(row, 0.001);
    legend_max_columns_ = columns;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // re-flow existing entries too
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 2, 4, 2));
}

void PlotWidget::placeLegendRight() {
    QCPLegend* legend = plot_->legend;
    legend_max_columns_ = 0;  // one column, beside the axes
    if (QCPLayoutInset* inset = plot_->axisRect()->insetLayout(); inset->elements(false).contains(legend)) {
        inset->take(legend);
        inset->simplify();
    }
    auto* column = new QCPLayoutGrid;
    // Beside the axis rect, which sits under the title row when there is one.
    plot_->plotLayout()->addElement(title_element_ ? 1 : 0, plot_->plotLayout()->columnCount(), column);
    column->addElement(0, 0, legend);
    column->addElement(1, 0, new QCPLayoutElement(plot_));  // pushes the legend to the top
    column->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setColumnStretchFactor(plot_->plotLayout()->columnCount() - 1, 0.001);
    legend->setBorderPen(Qt::NoPen);
}

bool PlotWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        // The "no data yet" text only while there is no data: as the widget's tooltip it
        // also answered hovers over empty space in a drawn chart.
        QString text = hoverText(help->pos());
        if (text.isEmpty() && plottableCount() == 0) text = empty_message_;
        last_hover_text_ = text;
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, plot_);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PlotWidget::changeEvent(QEvent* event) {
    // Follow light/dark palette switches like the rest of the application.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyStyle();
        replotQueued();
    }
    QWidget::changeEvent(event);
}

}  // namespace edgecim::ui
