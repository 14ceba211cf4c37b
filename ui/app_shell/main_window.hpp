#pragma once
// The main window only wires things: the document, the controller, the parameter
// and problems docks, the model bar, the view tabs, menus, toolbar and status bar.
#include <QMainWindow>

class QLabel;

namespace edgecim::ui {

class AppSettings;
class Autosave;
class Document;
class ExportActions;
class FileActions;
class ParameterPanel;
class ProblemsPanel;
class SimulationController;
class ViewTabs;
class WorkloadBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return document_; }
    SimulationController* controller() const { return controller_; }
    ViewTabs* tabs() const { return tabs_; }
    ParameterPanel* parameters() const { return parameters_; }
    FileActions* fileActions() const { return file_actions_; }
    ExportActions* exportActions() const { return export_actions_; }
    Autosave* autosave() const { return autosave_; }
    // After a crash: asks whether to restore the autosaved edits (restores or discards).
    void offerRecovery();
    // Restores the autosaved edits without asking; false (and why) when there are none.
    bool restoreAutosave(QString* error = nullptr);
    // Restores geometry, dock layout and the last view from QSettings.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void onConfigChanged();
    void updateTitle();

    AppSettings* settings_;
    Document* document_;
    SimulationController* controller_;
    FileActions* file_actions_;
    Autosave* autosave_;
    ParameterPanel* parameters_;
    ProblemsPanel* problems_;
    WorkloadBar* workload_;
    ViewTabs* tabs_;
    ExportActions* export_actions_;
    QLabel* status_eval_;
    QLabel* status_problems_;
    bool default_dock_layout_pending_ = true;   // no saved dock layout: size the docks once shown
    QString status_overview_, status_detail_;  // the two halves of the evaluation status
};

}  // namespace edgecim::ui
