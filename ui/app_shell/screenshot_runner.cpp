#include "app_shell/screenshot_runner.hpp"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QTimer>

#include "app_shell/main_window.hpp"
#include "app_shell/view_tabs.hpp"
#include "controller/simulation_controller.hpp"
#include "document/document.hpp"
#include "plot/plot_widget.hpp"
#include "views/dse_view.hpp"
#include "views/paper_view.hpp"

namespace edgecim::ui {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QString directory, QObject* parent)
    : QObject(parent), window_(window), directory_(std::move(directory)) {}

void ScreenshotRunner::start(int timeout_ms) {
    SimulationController* c = window_->controller();
    connect(c, &SimulationController::overviewReady, this, [this] { onResult(0); });
    connect(c, &SimulationController::detailReady, this, [this] { onResult(1); });
    connect(c, &SimulationController::comparisonReady, this, [this] { onResult(2); });
    connect(c, &SimulationController::sweepReady, this, [this] { onResult(3); });
    connect(c, &SimulationController::evaluationFailed, this, [this](EvaluationKind kind, const QString& message) {
        if (done_) return;
        done_ = true;
        emit finished(false, tr("%1 failed: %2").arg(kindName(kind), message));
    });
    // The design-space tab runs a small fixed-seed search (well under a second) so its
    // screenshot shows a populated scatter; its end counts as a fifth result.
    if (auto* dse = qobject_cast<DseView*>(window_->tabs()->view(QStringLiteral("dse")))) {
        connect(dse, &DseView::searchDone, this, [this] { onResult(4); });
        dse->runScreenshotSearch();
    } else {
        arrived_.insert(4);
    }
    // The paper view reproduces the paper (about a second); its table is the sixth result.
    if (PaperView* paper = window_->tabs()->paper()) {
        connect(paper, &PaperView::reproductionReady, this, [this] { onResult(5); });
        connect(paper, &PaperView::reproductionFailed, this, [this](const QString& message) {
            if (done_) return;
            done_ = true;
            emit finished(false, tr("paper reproduction failed: %1").arg(message));
        });
        paper->compute();
    } else {
        arrived_.insert(5);
    }
    QTimer::singleShot(timeout_ms, this, [this] {
        if (done_) return;
        done_ = true;
        emit finished(false, tr("timed out waiting for results"));
    });
}

void ScreenshotRunner::onResult(int kind) {
    arrived_.insert(kind);
    // All four kinds, the search and the paper delivered, nothing newer queued: the views show final data.
    if (arrived_.size() == 6 && !window_->controller()->isBusy() && !done_) {
        done_ = true;
        QTimer::singleShot(0, this, &ScreenshotRunner::capture);
    }
}

QByteArray ScreenshotRunner::stateJson() const {
    QJsonObject state;
    const ResultPtr r = window_->tabs()->lastOverview();  // the result behind the cards
    state[QStringLiteral("preset_name")] = QString::fromStdString(window_->document()->config().name);
    state[QStringLiteral("model")] = r ? QString::fromStdString(r->model) : QString();
    state[QStringLiteral("evaluator")] = r ? QString::fromStdString(r->evaluator) : QString();
    state[QStringLiteral("decode_tokens_per_s")] = r ? QJsonValue(r->decode_tokens_per_s) : QJsonValue();
    state[QStringLiteral("tokens_per_j")] = r ? QJsonValue(r->tokens_per_j) : QJsonValue();
    state[QStringLiteral("energy_boundary")] =
        r ? QJsonValue(QString::fromStdString(std::string(to_string(r->energy_boundary)))) : QJsonValue();
    // The reference as the cards compare it: at the current design's energy boundary.
    if (const ReferencePtr ref = window_->reference(); ref && ref->result) {
        const SimulationResult& a = r ? *ref->resultAt(r->energy_boundary) : *ref->result;
        state[QStringLiteral("reference")] =
            QJsonObject{{QStringLiteral("preset_name"), QString::fromStdString(ref->config.name)},
                        {QStringLiteral("decode_tokens_per_s"), a.decode_tokens_per_s},
                        {QStringLiteral("tokens_per_j"), a.tokens_per_j}};
    } else {
        state[QStringLiteral("reference")] = QJsonValue();
    }
    state[QStringLiteral("window")] = QJsonArray{window_->width(), window_->height()};
    state[QStringLiteral("views")] = QJsonArray::fromStringList(ViewTabs::viewIds());
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

bool ScreenshotRunner::writeFile(const QString& name, const QByteArray& data) {
    const QString path = QDir(directory_).filePath(name);
    QSaveFile file(path);  // temp + rename: never a half-written image
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        emit finished(false, tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    written_ << path;
    return true;
}

namespace {
QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
}  // namespace

void ScreenshotRunner::capture() {
    if (!QDir().mkpath(directory_)) {
        emit finished(false, tr("cannot create %1").arg(directory_));
        return;
    }
    ViewTabs* tabs = window_->tabs();
    tabs->updateAllViews();  // hidden tabs hold their results until shown; each view is rendered
    // The whole window first, as the user sees it at its size.
    for (PlotWidget* plot : window_->findChildren<PlotWidget*>()) plot->replotNow();
    QApplication::processEvents();
    if (!writeFile(QStringLiteral("window.png"), pngBytes(window_->grab().toImage()))) return;
    // Then the window once per view, that view's tab open: each view at the window's size,
    // as a user on that screen sees it.
    QWidget* const shown = tabs->currentWidget();
    for (const QString& id : ViewTabs::viewIds()) {
        tabs->setCurrentWidget(tabs->view(id));
        for (PlotWidget* plot : tabs->currentWidget()->findChildren<PlotWidget*>()) plot->replotNow();
        QApplication::processEvents();
        if (!writeFile(QStringLiteral("window-%1.png").arg(id), pngBytes(window_->grab().toImage()))) return;
    }
    tabs->setCurrentWidget(shown);
    for (const QString& id : ViewTabs::viewIds()) {
        QWidget* view = tabs->view(id);
        const int index = tabs->indexOf(view);
        const QString label = tabs->tabText(index);
        // Render the view alone at the requested size: take it out of the tabs for a moment.
        tabs->removeTab(index);
        view->setParent(nullptr);
        view->resize(kWidth, kHeight);
        view->show();
        for (PlotWidget* plot : view->findChildren<PlotWidget*>()) plot->replotNow();
        QApplication::processEvents();
        QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
        image.fill(view->palette().color(QPalette::Window));
        view->render(&image);
        view->hide();
        tabs->insertTab(index, view, label);
        if (!writeFile(id + QStringLiteral(".png"), pngBytes(image))) return;
    }
    if (!writeFile(QStringLiteral("state.json"), stateJson())) return;
    emit finished(true, tr("wrote %1 files to %2").arg(QString::number(written_.size()), directory_));
}

}  // namespace edgecim::ui
