#pragma once
// Every chart image export goes through here: PNG (QCustomPlot::savePng with a DPI
// scale), PDF (savePdf, no cosmetic pens) and SVG (QSvgGenerator + a vectorized
// QCPPainter + toPainter, written atomically). The chart's title and axis labels (with
// units) are part of the plot, so every format keeps them.
#include <QString>
#include <optional>

class QWidget;

namespace edgecim::ui {

class PlotWidget;

enum class ChartFormat { png, pdf, svg };

struct ChartExportOptions {
    int width = 1200;  // logical pixels (1/96 inch)
    int height = 800;
    int dpi = 192;  // PNG pixel density (scale = dpi / 96); PDF and SVG are vector
};

namespace chart_export {

// "PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"
QString fileFilters();
std::optional<ChartFormat> formatOf(const QString& path);
// Keeps a typed png/pdf/svg extension (it decides the format); otherwise appends the
// selected filter's extension.
QString withExtension(const QString& path, const QString& selected_filter);
// Pixel size of a PNG written with these options.
int pngPixels(int logical, int dpi);

// Writes the chart; on failure returns false and the reason, naming the file.
bool exportChart(const PlotWidget& chart, const QString& path, ChartFormat format, const ChartExportOptions& options,
                 QString* error);
// Asks for the file (format from the filter) and the size and DPI, writes, and reports
// errors in a message box. Returns the written path, or empty.
QString exportInteractively(const PlotWidget& chart, QWidget* parent);

}  // namespace chart_export
}  // namespace edgecim::ui
