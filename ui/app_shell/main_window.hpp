#pragma once
// The main window only wires things: the document, the controller, the parameter
// and problems docks, the model bar, the view tabs, menus, toolbar and status bar.
#include <QMainWindow>
#include <functional>
#include <vector>

#include "document/reference_design.hpp"
#include "edgecim/problem.hpp"

class QLabel;

namespace edgecim::ui {

class AppSettings;
class ChangesPanel;
class Autosave;
class Document;
class ExportActions;
class FileActions;
class ParameterPanel;
class ProblemsPanel;
class StaleOverlay;
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
    // Restores geometry, dock layout and the last view from QSettings, and the last
    // design-space search from its file (dse_session::defaultPath(); kept up to date from
    // then on). Interactive sessions only: --screenshot and tests never touch the user's.
    void restoreSettings();
    // Why the views do not show the current input ("" when they do): shown in a banner
    // over the greyed views.
    QString staleReason() const { return stale_reason_; }

    // A/B: the reference design the views compare against (null: none).
    ReferencePtr reference() const;
    void setReference(ReferencePtr reference);
    // Pins the current configuration; false (and why) when it cannot be simulated.
    bool pinCurrentAsReference(QString* error = nullptr);
    // Opens a preset file as the reference; false and every problem (file:line, key) in error.
    bool openReference(const QString& path, QString* error = nullptr);
    ChangesPanel* changes() const { return changes_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void onConfigChanged();
    void showWarnings(std::vector<Problem> warnings);
    void updateTitle();
    void setStale(const QString& reason);
    // Sets the reference make() builds; false and why in error when it throws.
    bool trySetReference(const std::function<ReferencePtr()>& make, QString* error);

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
    QLabel* stale_banner_;
    QLabel* status_reference_;
    ChangesPanel* changes_;
    StaleOverlay* stale_overlay_;  // greys the view pages while stale_reason_ is set
    QString stale_reason_;
    bool default_dock_layout_pending_ = true;  // no saved dock layout: size the docks once shown
    QString status_overview_, status_detail_;  // the two halves of the evaluation status
};

}  // namespace edgecim::ui
