#include "app_shell/main_window.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "app_shell/app_settings.hpp"
#include "app_shell/export_actions.hpp"
#include "app_shell/file_actions.hpp"
#include "app_shell/help_dialogs.hpp"
#include "app_shell/stale_overlay.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/autosave.hpp"
#include "document/document.hpp"
#include "edgecim/plausibility.hpp"
#include "edgecim/problem.hpp"
#include "plot/units.hpp"
#include "views/changes_panel.hpp"
#include "views/dse_view.hpp"
#include "views/parameter_panel.hpp"
#include "views/problems_panel.hpp"
#include "views/timeline_view.hpp"
#include "views/workload_bar.hpp"

// Q_INIT_RESOURCE must be used at global scope; the .qrc lives in this static library.
static void initEdgecimResources() { Q_INIT_RESOURCE(edgecim); }

namespace edgecim::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      settings_(new AppSettings),
      document_(new Document(this)),
      controller_(new SimulationController(this)),
      file_actions_(new FileActions(document_, settings_, this)),
      autosave_(new Autosave(document_, this)),
      parameters_(new ParameterPanel(document_, this)),
      problems_(new ProblemsPanel(document_, this)),
      workload_(new WorkloadBar(document_, this)),
      tabs_(new ViewTabs(document_, controller_, this)),
      export_actions_(new ExportActions(document_, tabs_, this)),
      status_eval_(new QLabel(this)),
      status_problems_(new QLabel(this)),
      stale_banner_(new QLabel(this)),
      status_reference_(new QLabel(this)),
      changes_(new ChangesPanel(document_, this)),
      stale_overlay_(new StaleOverlay(tabs_)) {
    initEdgecimResources();
    setWindowIcon(QIcon(QStringLiteral(":/edgecim/icons/edgecim.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(workload_);
    stale_banner_->setObjectName(QStringLiteral("staleBanner"));
    stale_banner_->setTextFormat(Qt::PlainText);  // the reason quotes user values
    stale_banner_->setWordWrap(true);
    stale_banner_->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; border-top: 1px solid #e8cf86; "
                       "border-bottom: 1px solid #e8cf86; padding: 4px 8px; }"));
    stale_banner_->hide();
    layout->addWidget(stale_banner_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);

    auto* parameter_dock = new QDockWidget(tr("Parameters"), this);
    parameter_dock->setObjectName(QStringLiteral("parametersDock"));
    parameter_dock->setWidget(parameters_);
    addDockWidget(Qt::LeftDockWidgetArea, parameter_dock);
    auto* problems_dock = new QDockWidget(tr("Problems"), this);
    problems_dock->setObjectName(QStringLiteral("problemsDock"));
    problems_dock->setWidget(problems_);
    addDockWidget(Qt::LeftDockWidgetArea, problems_dock);
    auto* changes_dock = new QDockWidget(tr("Changes"), this);
    changes_dock->setObjectName(QStringLiteral("changesDock"));
    changes_dock->setWidget(changes_);
    addDockWidget(Qt::LeftDockWidgetArea, changes_dock);
    tabifyDockWidget(problems_dock, changes_dock);
    problems_dock->raise();

    statusBar()->addWidget(status_problems_);
    statusBar()->addPermanentWidget(status_reference_);
    statusBar()->addPermanentWidget(status_eval_);
    buildMenus();

    connect(document_, &Document::configChanged, this, &MainWindow::onConfigChanged);
    connect(document_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(workload_, &WorkloadBar::importRequested, file_actions_->importModelAction(), &QAction::trigger);
    connect(workload_, &WorkloadBar::editRejected, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Refused: %1").arg(message), 10000); });
    connect(problems_, &ProblemsPanel::keyActivated, parameters_, &ParameterPanel::focusKey);
    // Edit -> result for what the user is looking at: KPIs (analytical) and the event-
    // simulated step behind the timeline and heatmaps.
    connect(controller_, &SimulationController::overviewReady, this, [this](ResultPtr result, double ms) {
        if (document_->problems().empty()) setStale({});
        if (result) showWarnings(plausibility_warnings(*result));
        status_overview_ =
            tr("KPIs %1 ms after the edit (analytical %2 ms)")
                .arg(units::formatNumber(controller_->lastEditToOverviewMs(), 2), units::formatNumber(ms, 2));
        status_eval_->setText(status_overview_ + status_detail_);
    });
    connect(controller_, &SimulationController::detailReady, this, [this](ResultPtr, double ms) {
        status_detail_ =
            tr(" · timeline %1 ms (event simulation %2 ms)")
                .arg(units::formatNumber(controller_->lastEditToDetailMs(), 2), units::formatNumber(ms, 2));
        status_eval_->setText(status_overview_ + status_detail_);
    });
    connect(autosave_, &Autosave::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(controller_, &SimulationController::evaluationFailed, this,
            [this](EvaluationKind kind, const QString& message) {
                statusBar()->showMessage(tr("%1 failed: %2").arg(kindName(kind), message), 8000);
                if (kind == EvaluationKind::overview) setStale(tr("the simulation failed: %1").arg(message));
            });
    onConfigChanged();
    updateTitle();
}

MainWindow::~MainWindow() {
    // Tearing the document down is no reason to drop the autosave: only a clean close
    // (closeEvent) or a save removes it.
    disconnect(document_, nullptr, autosave_, nullptr);
    // The document is a child destroyed by ~QWidget, after this object stopped being a
    // MainWindow: its last signals (QUndoStack cleanChanged) must not reach our slots.
    disconnect(document_, nullptr, this, nullptr);
    delete settings_;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(file_actions_->newAction());
    file->addAction(file_actions_->openAction());
    file->addMenu(file_actions_->recentMenu());
    file->addSeparator();
    file->addAction(file_actions_->saveAction());
    file->addAction(file_actions_->saveAsAction());
    file->addSeparator();
    file->addAction(file_actions_->importModelAction());
    file->addMenu(export_actions_->menu());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find parameter…"), this, [this] {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("parametersDock"))) {
            dock->show();
            dock->raise();  // when tabified behind another dock
        }
        parameters_->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
    view->addSeparator();
    for (int i = 0; i < tabs_->count(); ++i) {
        QAction* show =
            view->addAction(tabs_->tabText(i).remove(QLatin1Char('&')), this, [this, i] { tabs_->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&Guide"), this, [this] { help::showGuide(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard and Mouse Shortcuts"), this, [this] { help::showShortcuts(this); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&About EdgeCIM Studio"), this, [this] {
        QMessageBox::about(this, tr("About EdgeCIM Studio"),
                           tr("<b>EdgeCIM Studio %1</b><p>Simulates compute-in-memory accelerators running small "
                              "language models (EdgeCIM, arXiv 2604.11512).</p><p>Edit any parameter: every view "
                              "re-simulates live. Drop a preset YAML or a Hugging Face config.json onto the window.</p>"
                              "<p>Licence: the source code is MIT; this program links QCustomPlot (GPL-3.0-or-later), "
                              "so the binary is distributed under the GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QMenu* reference = menuBar()->addMenu(tr("&Reference"));
    menuBar()->insertMenu(help->menuAction(), reference);
    QAction* pin = reference->addAction(tr("&Pin Current Design as Reference"), this, [this] {
        QString error;
        if (!pinCurrentAsReference(&error)) QMessageBox::warning(this, tr("Cannot pin the reference"), error);
    });
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    pin->setToolTip(tr("Keep the current design as reference: cards show deltas, charts overlay it"));
    reference->addAction(tr("&Open Preset as Reference…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Preset as Reference"), settings_->lastDirectory(), tr("EdgeCIM presets (*.yaml *.yml)"));
        QString error;
        if (!path.isEmpty() && !openReference(path, &error)) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot open reference"),
                            tr("%1 cannot be used as reference; nothing was changed.").arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, this);
            box.setInformativeText(error);
            box.exec();
        }
    });
    reference->addAction(tr("&Clear Reference"), this, [this] { setReference(nullptr); });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(file_actions_->newAction());
    tools->addAction(file_actions_->openAction());
    tools->addAction(file_actions_->saveAction());
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
}

void MainWindow::showWarnings(std::vector<Problem> warnings) {
    const int count = static_cast<int>(warnings.size());
    problems_->setWarnings(std::move(warnings));
    if (document_->problems().empty())
        status_problems_->setText(count == 0 ? tr("Configuration valid")
                                             : tr("Configuration valid · %n warning(s), see Problems", nullptr, count));
}

void MainWindow::onConfigChanged() {
    const auto& problems = document_->problems();
    if (problems.empty() && document_->model()) {
        status_problems_->setText(tr("Configuration valid"));
        controller_->setInput(document_->config(), *document_->model());
    } else {
        controller_->clearInput();
        const QString first =
            problems.empty() ? tr("the model cannot be loaded") : QString::fromStdString(problems.front().to_string());
        setStale(problems.size() > 1
                     ? tr("%1 (and %n more, see Problems)", nullptr, static_cast<int>(problems.size() - 1)).arg(first)
                     : first);
        status_problems_->setText(tr("<b style='color:#c0392b'>%n problem(s): simulation paused, see Problems</b>",
                                     nullptr, static_cast<int>(problems.size())));
    }
}

ReferencePtr MainWindow::reference() const { return tabs_->reference(); }

void MainWindow::setReference(ReferencePtr reference) {
    status_reference_->setText(reference ? tr("Reference: %1").arg(reference->name) : QString());
    changes_->setReference(reference);
    tabs_->setReference(std::move(reference));
}

bool MainWindow::trySetReference(const std::function<ReferencePtr()>& make, QString* error) {
    // Building a reference evaluates a whole design: any input problem or failure is
    // reported to the caller (a dialog, or the --reference command line), never thrown.
    try {
        setReference(make());
        return true;
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(join_problems(e.problems()));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
    }
    return false;
}

bool MainWindow::pinCurrentAsReference(QString* error) {
    return trySetReference(
        [this] {
            const QString name =
                tr("%1 (pinned %2)").arg(document_->title(), QTime::currentTime().toString(QStringLiteral("HH:mm")));
            return makeReference(document_->config(), document_->filePath(), name);
        },
        error);
}

bool MainWindow::openReference(const QString& path, QString* error) {
    return trySetReference([&path] { return loadReference(path); }, error);
}

void MainWindow::setStale(const QString& reason) {
    if (reason == stale_reason_) return;
    stale_reason_ = reason;
    stale_banner_->setVisible(!reason.isEmpty());
    stale_banner_->setText(reason.isEmpty() ? QString()
                                            : tr("Stale: %1. The views show the last configuration that could be "
                                                 "simulated.")
                                                  .arg(reason));
    // Greyed while stale, so old numbers are not read as current ones.
    stale_overlay_->setGreyed(!reason.isEmpty());
}

void MainWindow::updateTitle() {
    const QString file =
        document_->filePath().isEmpty() ? tr("built-in default") : QFileInfo(document_->filePath()).fileName();
    setWindowTitle(tr("%1 (%2)[*] — EdgeCIM Studio").arg(document_->title(), file));
    setWindowModified(document_->isModified());
}

void MainWindow::restoreSettings() {
    if (!restoreGeometry(settings_->windowGeometry())) {
        // First start: most of the screen, so the dock and the charts both have room.
        if (const QScreen* s = screen()) {
            const QRect avail = s->availableGeometry();
            resize(avail.width() * 9 / 10, avail.height() * 9 / 10);
        }
    }
    default_dock_layout_pending_ = !restoreState(settings_->windowState());
    tabs_->setCurrentIndex(std::clamp(settings_->currentView(), 0, tabs_->count() - 1));
    // The box drives the controller (prefillRequested), so the next detail run follows it.
    tabs_->timeline()->prefillSelector()->setChecked(settings_->timelinePrefill());
    // The last design-space search (a missing or broken file is a note in that tab).
    tabs_->dse()->restoreSession(dse_session::defaultPath());
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!default_dock_layout_pending_) return;
    default_dock_layout_pending_ = false;
    // Dock sizes apply once the window has its geometry: after the first show, not in
    // the constructor (there the parameter names were cut to a few letters).
    QTimer::singleShot(0, this, [this] {
        QDockWidget* parameters = findChild<QDockWidget*>(QStringLiteral("parametersDock"));
        QDockWidget* problems = findChild<QDockWidget*>(QStringLiteral("problemsDock"));
        if (!parameters || !problems) return;
        // A third of the window, at least 440 px: names and values unclipped in a 1280 px
        // window too (the views' minimum width allows it since the strip above them wraps).
        resizeDocks({parameters}, {std::max(440, width() / 3)}, Qt::Horizontal);
        resizeDocks({parameters, problems}, {height() * 3 / 4, height() / 6}, Qt::Vertical);
    });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!file_actions_->maybeSave()) {
        event->ignore();
        return;
    }
    settings_->setWindowGeometry(saveGeometry());
    settings_->setWindowState(saveState());
    settings_->setCurrentView(tabs_->currentIndex());
    settings_->setTimelinePrefill(tabs_->timeline()->prefillSelector()->isChecked());
    autosave_->discard();  // a clean exit: nothing to recover next time
    event->accept();
}

bool MainWindow::restoreAutosave(QString* error) {
    const auto recovered = autosave_->read(error);
    if (!recovered) return false;
    document_->restoreEdits(recovered->config, recovered->original_path);
    autosave_->saveNow();  // the restored edits stay protected until saved
    return true;
}

void MainWindow::offerRecovery() {
    if (!autosave_->exists()) return;
    QString error;
    const auto recovered = autosave_->read(&error);
    if (!recovered) {
        QMessageBox::warning(this, tr("Autosave unreadable"), tr("%1\nIt is discarded.").arg(error));
        autosave_->discard();
        return;
    }
    const QString base = recovered->original_path.isEmpty() ? tr("the built-in default")
                                                            : QFileInfo(recovered->original_path).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Restore unsaved work?"),
        tr("EdgeCIM Studio did not exit cleanly. Unsaved edits of \"%1\" (based on %2) were autosaved at %3.\n\n"
           "Restore them?")
            .arg(QString::fromStdString(recovered->config.name), base,
                 QLocale().toString(recovered->saved_at, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        document_->restoreEdits(recovered->config, recovered->original_path);
        autosave_->saveNow();
    } else {
        autosave_->discard();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && FileActions::isAcceptedFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1) return;
    event->acceptProposedAction();
    file_actions_->openAnyFile(urls.front().toLocalFile());
}

}  // namespace edgecim::ui
