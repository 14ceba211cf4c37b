#include "app_shell/help_dialogs.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace edgecim::ui::help {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Help", text); }

QString row(const QString& keys, const QString& what) {
    return QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

void collect(const QMenu* menu, const QString& path, QString& rows) {
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + action->menu()->title().remove(QLatin1Char('&')) + QStringLiteral(" › "),
                    rows);
            continue;
        }
        if (action->shortcut().isEmpty()) continue;
        const QString text = action->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
        rows += row(action->shortcut().toString(QKeySequence::NativeText), path + text);
    }
}

void showHtml(QMainWindow* window, const QString& title, const QString& html, const QString& name) {
    QDialog dialog(window);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    auto* text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(620, 560);
    dialog.exec();
}
}  // namespace

QString shortcutsHtml(const QMainWindow& window) {
    QString rows;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu(), top->menu()->title().remove(QLatin1Char('&')) + QStringLiteral(" › "), rows);
    QString gestures;
    gestures += row(tr("Down (in the filter box)"), tr("Move into the parameter tree"));
    gestures += row(tr("F2, Enter or typing"), tr("Edit the selected parameter's value; Esc cancels"));
    gestures += row(tr("Drag a value sideways"), tr("Scrub a number (one undo step per drag)"));
    gestures += row(tr("Wheel over a chart"), tr("Zoom (the timeline: zoom time)"));
    gestures += row(tr("Shift+wheel over the timeline"), tr("Zoom the rows (tiles, banks)"));
    gestures += row(tr("Drag in a chart"), tr("Pan"));
    gestures += row(tr("Right-click a chart"), tr("Export the image (PNG, PDF, SVG) or reset the zoom"));
    gestures += row(tr("Hover a bar, point or cell"), tr("Its values with units"));
    return QStringLiteral("<h3>%1</h3><table>%2</table><h3>%3</h3><table>%4</table>")
        .arg(tr("Menu shortcuts"), rows, tr("Mouse and editing"), gestures);
}

QString guideHtml() {
    return tr(
        "<h3>EdgeCIM Studio in five minutes</h3>"
        "<p><b>1. Pick a workload</b> in the strip above the views: model, weight precision, prompt and "
        "generated tokens, energy boundary. <i>Import config.json…</i> takes any Hugging Face model.</p>"
        "<p><b>2. Edit the hardware</b> in the Parameters dock (Ctrl+F filters it). Every edit re-simulates "
        "live and is one undo step; a value outside its range is refused with the valid range shown. "
        "Changed values are marked, and the marker resets them to the preset.</p>"
        "<p><b>3. Read the views.</b> <i>Overview</i>: headline numbers and the DRAM roofline. "
        "<i>Pipeline timeline</i>: any decode step or the prefill, event-simulated: wheel zooms time, "
        "<b>Shift+wheel zooms the rows</b>, drag pans, <i>Reset zoom</i> shows all. "
        "<i>Utilization</i>: what each tile does in that step (writing weights, computing or idle), by "
        "layer and over time, with a one-line reading of what limits it. <i>Energy</i>: where the joules go. "
        "<i>Comparison</i>: the model zoo against the baseline devices. <i>Sweep</i>: any one or two numeric "
        "keys over a range, as lines or a heatmap (prompt length by default). <i>Design space</i>: an NSGA-II "
        "search; click a point to load it. <i>Paper</i>: the paper's headline numbers beside the simulated "
        "ones.</p>"
        "<p><b>4. Problems</b> (bottom dock) lists what keeps the configuration from simulating; the views "
        "then say <i>stale</i> until it is fixed. Double-click a problem to jump to its parameter. "
        "It also warns about designs that run but are implausible (a die beyond one reticle field, more "
        "power than an edge module): their numbers are still shown.</p>"
        "<p><b>5. Save and share</b>: File › Save writes a preset YAML (open it with <tt>edgecim FILE</tt> "
        "or by dropping it on the window); File › Export writes chart images, results (JSON/CSV), the "
        "timeline as a Perfetto trace, and a report.</p>"
        "<p>Every number has a source: hover a parameter for its description and valid range.</p>");
}

void showShortcuts(QMainWindow* window) {
    showHtml(window, tr("Keyboard and Mouse Shortcuts"), shortcutsHtml(*window), QStringLiteral("shortcutsDialog"));
}

void showGuide(QMainWindow* window) {
    showHtml(window, tr("EdgeCIM Studio Guide"), guideHtml(), QStringLiteral("guideDialog"));
}

}  // namespace edgecim::ui::help
