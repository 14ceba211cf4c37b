// The PDF report: the report body laid out by a QTextDocument in A4 pages, drawn page by
// page through one vector painter so the text stays text and the charts stay vectors.
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include "export/result_files.hpp"
#include "plot/plot_export.hpp"
#include "report/report_formats.hpp"
#include "report/report_sections.hpp"

namespace edgecim::ui {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 17;
constexpr int kChartIdProperty = QTextFormat::UserProperty + 17;
const QString kPlaceholderScheme = QStringLiteral("chart:");

// Draws charts embedded in the text document as vectors through the page painter (each
// chart carries its own title). Only charts on the page being drawn: QCustomPlot sets its
// own clip rectangles, so the page clip cannot hide the next page's chart.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const ReportCharts& charts, VectorPainter& painter, double width)
        : charts_(charts), painter_(painter), width_(width) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        const ReportChart* chart = charts_.find(format.property(kChartIdProperty).toString());
        if (!chart) return {};
        return QSizeF(width_, chart->size.height() * width_ / chart->size.width());
    }
    void setPage(const QRectF& page) { page_ = page; }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override {
        const ReportChart* chart = charts_.find(format.property(kChartIdProperty).toString());
        if (!chart || !chart->plot || (!page_.isEmpty() && !page_.contains(rect.center()))) return;
        if (painter == &painter_.painter())
            painter_.drawPlot(*chart->plot, chart->size, rect);
        else
            painter->drawImage(rect, renderPlotImage(*chart->plot, chart->size, 2.0));
    }

private:
    const ReportCharts& charts_;
    VectorPainter& painter_;
    double width_;
    QRectF page_;
};

// Replaces the <img src="chart:ID"> placeholders of the body by chart objects.
void embedCharts(QTextDocument& doc) {
    std::vector<std::pair<int, QString>> found;  // position, chart id
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(kPlaceholderScheme))
                found.emplace_back(fragment.position(), format.toImageFormat().name().mid(kPlaceholderScheme.size()));
        }
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(kChartObject);
        object.setProperty(kChartIdProperty, it->second);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

void drawFooter(QPainter& painter, const QRectF& area, const QString& title, int page, int pages) {
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(QLineF(area.left(), area.top(), area.right(), area.top()));
    const QRectF text = area.adjusted(0, 4, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, title);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, QObject::tr("Page %1 of %2").arg(page).arg(pages));
}

}  // namespace

bool write_pdf_report(const QString& path, const ReportData& data, const ReportCharts& charts, QString* error) {
    // Rendered in memory, then written atomically: QPdfWriter on a file name would truncate
    // the old report first and leave a PDF without trailer when the disk fills up.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(96);  // the charts' and the text's layout unit: pixels at 96 dpi
    const QString title = QObject::tr("EdgeCIM Studio report: ") + QString::fromStdString(data.config.name);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("EdgeCIM Studio " EDGECIM_VERSION));

    VectorPainter vector(&writer);
    if (!vector.isActive()) {
        if (error) *error = QObject::tr("cannot open the file for writing");
        return false;
    }
    const double width = writer.width();
    const double footer = 22;
    const double page_height = writer.height() - footer;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    ChartObject handler(charts, vector, width);
    doc.documentLayout()->registerHandler(kChartObject, &handler);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(report_html::report_css());
    doc.setPageSize(QSizeF(width, page_height));
    const auto placeholder = [](const ReportChart& chart) {
        return QStringLiteral("<p><img src=\"%1%2\" width=\"%3\" height=\"%4\"></p>\n")
            .arg(kPlaceholderScheme, chart.id)
            .arg(chart.size.width())
            .arg(chart.size.height());
    };
    doc.setHtml(report_html::report_body(data, charts, placeholder));
    embedCharts(doc);

    QPainter& painter = vector.painter();
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) writer.newPage();
        painter.save();
        const QRectF clip(0, page * page_height, width, page_height);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        handler.setPage(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, page_height + 6, width, footer - 6), title, page + 1, pages);
    }
    if (!vector.end()) {
        if (error) *error = QObject::tr("rendering the PDF failed");
        return false;
    }
    return result_files::writeAtomically(path, pdf.data(), error);
}

}  // namespace edgecim::ui

#include "report_pdf.moc"
