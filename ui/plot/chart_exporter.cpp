#include "plot/chart_exporter.hpp"

#include <qcustomplot.h>

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <cmath>

#include "export/result_files.hpp"
#include "plot/export_location.hpp"
#include "plot/plot_widget.hpp"

namespace edgecim::ui::chart_export {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ChartExport", text); }

const char* const kFilters[] = {"PNG image (*.png)", "PDF document (*.pdf)", "SVG drawing (*.svg)"};
const char* const kSuffixes[] = {"png", "pdf", "svg"};

// Why a write to path failed, as far as the file system tells.
QString reasonFor(const QString& path) {
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists()) return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.filePath()));
    if (!dir.isWritable()) return tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(dir.filePath()));
    if (info.exists() && !info.isWritable()) return tr("the file is read-only");
    return tr("the image could not be encoded or written");
}

bool fail(QString* error, const QString& path, const QString& reason) {
    if (error) *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

bool writeSvg(const PlotWidget& chart, const QString& path, const ChartExportOptions& options, QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(options.width, options.height));
    generator.setViewBox(QRect(0, 0, options.width, options.height));
    generator.setResolution(96);  // vector: one logical px is one CSS px at any DPI
    generator.setTitle(chart.title().isEmpty() ? QFileInfo(path).completeBaseName() : chart.title());
    generator.setDescription(tr("Exported by EdgeCIM Studio %1").arg(QCoreApplication::applicationVersion()));
    QCPPainter painter;
    if (!painter.begin(&generator)) return fail(error, path, tr("the SVG generator could not start"));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    chart.customPlot()->toPainter(&painter, options.width, options.height);
    painter.end();
    return result_files::writeAtomically(path, buffer.data(), error);
}

// QCustomPlot writes PNG and PDF to a file name only. It writes into a private temporary
// folder; the bytes then go to the target through the one atomic writer, so a failed
// export never leaves a truncated chart where the old one was.
template <typename Save>
bool writeThroughTemporary(const QString& path, const QString& suffix, Save save, QString* error) {
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(error, path, tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString temporary = scratch.filePath(QStringLiteral("chart.") + suffix);
    if (!save(temporary)) return fail(error, path, reasonFor(temporary));
    QFile rendered(temporary);
    if (!rendered.open(QIODevice::ReadOnly)) return fail(error, path, rendered.errorString());
    return result_files::writeAtomically(path, rendered.readAll(), error);
}

}  // namespace

QString fileFilters() {
    QStringList filters;
    for (const char* f : kFilters) filters << tr(f);
    return filters.join(QStringLiteral(";;"));
}

std::optional<ChartFormat> formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (int i = 0; i < 3; ++i)
        if (suffix == QLatin1String(kSuffixes[i])) return static_cast<ChartFormat>(i);
    return std::nullopt;
}

QString withExtension(const QString& path, const QString& selected_filter) {
    // A typed chart extension decides the format ("timeline.pdf" with the PNG filter
    // selected is a PDF); only a name without one gets the selected filter's extension.
    if (formatOf(path)) return path;
    for (int i = 0; i < 3; ++i)
        if (selected_filter == tr(kFilters[i])) return path + QLatin1Char('.') + QLatin1String(kSuffixes[i]);
    return path + QStringLiteral(".png");
}

int pngPixels(int logical, int dpi) { return static_cast<int>(std::lround(logical * (dpi / 96.0))); }

bool exportChart(const PlotWidget& chart, const QString& path, ChartFormat format, const ChartExportOptions& options,
                 QString* error) {
    if (options.width <= 0 || options.height <= 0 || options.dpi <= 0)
        return fail(error, path, tr("the size and DPI must be positive"));
    QCustomPlot* plot = chart.customPlot();
    plot->replot(QCustomPlot::rpImmediateRefresh);  // lay out the latest data first
    switch (format) {
        case ChartFormat::png:
            return writeThroughTemporary(
                path, QStringLiteral("png"),
                [&](const QString& file) {
                    return plot->savePng(file, options.width, options.height, options.dpi / 96.0, -1, options.dpi);
                },
                error);
        case ChartFormat::pdf:
            return writeThroughTemporary(
                path, QStringLiteral("pdf"),
                [&](const QString& file) {
                    return plot->savePdf(file, options.width, options.height, QCP::epNoCosmetic,
                                         QStringLiteral("EdgeCIM Studio ") + QCoreApplication::applicationVersion(),
                                         chart.title());
                },
                error);
        case ChartFormat::svg:
            return writeSvg(chart, path, options, error);
    }
    return fail(error, path, tr("unknown format"));
}

QString exportInteractively(const PlotWidget& chart, QWidget* parent) {
    const QString base = chart.title().isEmpty() ? QStringLiteral("chart") : chart.title();
    QString stem = base.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QFileDialog files(parent, tr("Export Chart"), export_location::proposedPath(stem), fileFilters());
    files.setAcceptMode(QFileDialog::AcceptSave);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty()) return {};
    const QString path = withExtension(files.selectedFiles().constFirst(), files.selectedNameFilter());
    const ChartFormat format = formatOf(path).value_or(ChartFormat::png);

    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export %1").arg(QFileInfo(path).fileName()));
    auto* width = new QSpinBox(&dialog);
    auto* height = new QSpinBox(&dialog);
    for (QSpinBox* box : {width, height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    width->setValue(std::max(800, chart.width()));
    height->setValue(std::max(500, chart.height()));
    auto* dpi = new QComboBox(&dialog);
    for (int d : {96, 150, 192, 300}) dpi->addItem(tr("%1 dpi").arg(d), d);
    dpi->setCurrentIndex(2);
    dpi->setEnabled(format == ChartFormat::png);
    dpi->setToolTip(tr("PNG pixel density (96 dpi = one pixel per px); PDF and SVG are vector at any size"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Width"), width);
    form->addRow(tr("&Height"), height);
    form->addRow(tr("&Resolution"), dpi);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return {};

    QString error;
    const ChartExportOptions options{width->value(), height->value(), dpi->currentData().toInt()};
    if (!exportChart(chart, path, format, options, &error)) {
        QMessageBox::warning(parent, tr("Export failed"), error);
        return {};
    }
    export_location::remember(path);
    return path;
}

}  // namespace edgecim::ui::chart_export
