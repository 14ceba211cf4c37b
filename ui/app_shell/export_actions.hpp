#pragma once
// File › Export: chart images of the current view (PNG, PDF, SVG), the current run as
// JSON (core write_run_json) or CSV, the comparison table as CSV or JSON, the timeline
// as a Chrome/Perfetto trace, and the report. Every data file is written atomically;
// a failed write names the file and says why. The non-interactive methods are what the
// menu actions call after asking for a path (and what the tests call).
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace edgecim::ui {

class Document;
class ViewTabs;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(Document* document, ViewTabs* tabs, QWidget* window);

    QMenu* menu() const { return menu_; }
    // False (with the reason) when there is nothing to export yet or the write fails.
    bool exportRunJson(const QString& path, QString* error) const;
    bool exportRunCsv(const QString& path, QString* error) const;
    bool exportComparisonCsv(const QString& path, QString* error) const;
    bool exportComparisonJson(const QString& path, QString* error) const;
    bool exportTimelineTrace(const QString& path, QString* error) const;
    bool hasReport() const;

private:
    using Writer = bool (ExportActions::*)(const QString&, QString*) const;
    QAction* addDataAction(const QString& text, const QString& filter, const QString& suffix, Writer writer);
    void rebuildChartMenu();
    void exportReport();

    Document* document_;
    ViewTabs* tabs_;
    QWidget* window_;
    QMenu* menu_;
    QMenu* charts_;
};

}  // namespace edgecim::ui
