#include "app_shell/export_actions.hpp"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include "app_shell/file_actions.hpp"
#include "app_shell/view_tabs.hpp"
#include "document/document.hpp"
#include "export/result_files.hpp"
#include "plot/export_location.hpp"
#include "plot/plot_widget.hpp"

#if __has_include("report/report_writer.hpp")
#include "report/report_writer.hpp"
#define EDGECIM_HAS_REPORT 1
#endif

namespace edgecim::ui {

ExportActions::ExportActions(Document* document, ViewTabs* tabs, QWidget* window)
    : QObject(window),
      document_(document),
      tabs_(tabs),
      window_(window),
      menu_(new QMenu(tr("&Export"), window)),
      charts_(new QMenu(tr("&Chart Image (PNG, PDF, SVG)"), window)) {
    menu_->addMenu(charts_);
    connect(charts_, &QMenu::aboutToShow, this, &ExportActions::rebuildChartMenu);
    menu_->addSeparator();
    const QString json = tr("JSON (*.json)"), csv = tr("CSV, RFC 4180 (*.csv)");
    addDataAction(tr("Results as &JSON…"), json, QStringLiteral("json"), &ExportActions::exportRunJson);
    addDataAction(tr("Results as CS&V…"), csv, QStringLiteral("csv"), &ExportActions::exportRunCsv);
    addDataAction(tr("Comparison Table as C&SV…"), csv, QStringLiteral("csv"), &ExportActions::exportComparisonCsv);
    addDataAction(tr("Comparison Table as JS&ON…"), json, QStringLiteral("json"), &ExportActions::exportComparisonJson);
    addDataAction(tr("&Timeline as Chrome/Perfetto Trace…"), tr("Trace event JSON (*.json)"), QStringLiteral("json"),
                  &ExportActions::exportTimelineTrace);
    if (hasReport()) {
        menu_->addSeparator();
        menu_->addAction(tr("&Report (PDF, HTML)…"), this, &ExportActions::exportReport);
    }
}

bool ExportActions::hasReport() const {
#ifdef EDGECIM_HAS_REPORT
    return true;
#else
    return false;
#endif
}

QAction* ExportActions::addDataAction(const QString& text, const QString& filter, const QString& suffix,
                                      Writer writer) {
    return menu_->addAction(text, this, [this, text, filter, suffix, writer] {
        // Proposed: a file named after the export in a folder that exists.
        const QString title = QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026));
        const QString proposed =
            export_location::proposedPath(FileActions::suggestedFileName(title).chopped(5) + QLatin1Char('.') + suffix);
        QString path = QFileDialog::getSaveFileName(window_, title, proposed, filter);
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
        QString error;
        if (!(this->*writer)(path, &error))
            QMessageBox::warning(window_, tr("Export failed"), error);
        else
            export_location::remember(path);
    });
}

namespace {
bool nothingYet(QString* error, const QString& what) {
    if (error) *error = QObject::tr("Nothing to export yet: %1 has not finished.").arg(what);
    return false;
}
}  // namespace

bool ExportActions::exportRunJson(const QString& path, QString* error) const {
    // The result behind the cards (`edgecim-cli run --evaluator analytical`, byte for byte);
    // the event result simulates only the shown step event by event, which the CLI does not offer.
    const ResultPtr r = tabs_->lastOverview();
    if (!r) return nothingYet(error, tr("the simulation"));
    return result_files::writeAtomically(path, result_files::runJson(*r), error);
}

bool ExportActions::exportRunCsv(const QString& path, QString* error) const {
    const ResultPtr r = tabs_->lastOverview();
    if (!r) return nothingYet(error, tr("the simulation"));
    return result_files::writeAtomically(path, result_files::runCsv(*r), error);
}

bool ExportActions::exportComparisonCsv(const QString& path, QString* error) const {
    const auto c = tabs_->lastComparison();
    if (!c) return nothingYet(error, tr("the zoo comparison"));
    return result_files::writeAtomically(path, result_files::comparisonCsv(*c), error);
}

bool ExportActions::exportComparisonJson(const QString& path, QString* error) const {
    const auto c = tabs_->lastComparison();
    if (!c) return nothingYet(error, tr("the zoo comparison"));
    return result_files::writeAtomically(path, result_files::comparisonJson(*c), error);
}

bool ExportActions::exportTimelineTrace(const QString& path, QString* error) const {
    const ResultPtr r = tabs_->lastDetail();
    if (!r || r->timeline.records.empty()) return nothingYet(error, tr("the event simulator"));
    return result_files::writeAtomically(path, result_files::chromeTrace(r->timeline), error);
}

void ExportActions::rebuildChartMenu() {
    charts_->clear();
    const QList<PlotWidget*> charts = tabs_->currentCharts();
    for (PlotWidget* chart : charts) {
        const QString name = chart->title().isEmpty() ? chart->objectName() : chart->title();
        charts_->addAction(name.isEmpty() ? tr("Chart") : name, chart, &PlotWidget::exportImage);
    }
    if (charts.isEmpty()) charts_->addAction(tr("(this view has no chart)"))->setEnabled(false);
}

void ExportActions::exportReport() {
#ifdef EDGECIM_HAS_REPORT
    QString selected;
    QString path = QFileDialog::getSaveFileName(window_, tr("Export Report"),
                                                export_location::proposedPath(QStringLiteral("edgecim-report.pdf")),
                                                tr("PDF report (*.pdf);;HTML report (*.html)"), &selected);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QString error;
    if (!write_report(path, document_->config(), &error))
        QMessageBox::warning(window_, tr("Export failed"), tr("Cannot write %1: %2").arg(path, error));
    else
        export_location::remember(path);
#endif
}

}  // namespace edgecim::ui
