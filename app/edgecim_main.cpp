// edgecim: the desktop GUI. Parses the command line, builds the main window, hands over.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

#include "app_shell/file_actions.hpp"
#include "app_shell/latency_probe.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/screenshot_runner.hpp"
#include "document/document.hpp"
#include "edgecim/problem.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EdgeCIM"));
    QApplication::setOrganizationDomain(QStringLiteral("edgecim.org"));
    QApplication::setApplicationName(QStringLiteral("EdgeCIM Studio"));
    QApplication::setApplicationVersion(QStringLiteral(EDGECIM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.edgecim.Studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compute-in-memory accelerator explorer for small language models"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Open the preset YAML FILE."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render every view to DIR/<view>.png (1600x1000) and exit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption latency(QStringLiteral("latency-probe"),
                                     QStringLiteral("Log edit->result times and UI-thread stalls to FILE "
                                                    "(a line per result, a summary on exit)."),
                                     QStringLiteral("FILE"));
    parser.addOption(preset);
    parser.addOption(screenshot);
    parser.addOption(latency);
    // The desktop file's Exec=edgecim %F: a file manager opens a preset or a model this way.
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A preset YAML or a Hugging Face config.json to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (!files.isEmpty() && parser.isSet(preset))) {
        std::fprintf(stderr, "edgecim: give one file to open (got %lld)\n",
                     static_cast<long long>(files.size() + (parser.isSet(preset) ? 1 : 0)));
        return 2;
    }
    // A positional file may be a model to import and reports problems in a dialog; the
    // unattended screenshot run takes its preset with --preset (errors on stderr) instead.
    if (!files.isEmpty() && parser.isSet(screenshot)) {
        std::fprintf(stderr, "edgecim: --screenshot opens a preset with --preset FILE\n");
        return 2;
    }

    edgecim::ui::MainWindow window;
    if (parser.isSet(preset)) {
        try {
            window.document()->loadPreset(parser.value(preset));
        } catch (const edgecim::InputError& e) {
            std::fprintf(stderr, "%s\n", edgecim::join_problems(e.problems()).c_str());
            return 2;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 2;
        }
    }
    if (parser.isSet(screenshot)) {
        auto* runner = new edgecim::ui::ScreenshotRunner(&window, parser.value(screenshot), &app);
        QObject::connect(runner, &edgecim::ui::ScreenshotRunner::finished, &app, [](bool ok, const QString& message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            QApplication::exit(ok ? 0 : 1);
        });
        window.resize(edgecim::ui::ScreenshotRunner::kWidth, edgecim::ui::ScreenshotRunner::kHeight);
        window.show();
        runner->start();
        return QApplication::exec();
    }
    if (parser.isSet(latency)) {
        auto* probe = new edgecim::ui::LatencyProbe(window.controller(), parser.value(latency), &window);
        if (!probe->isOpen()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(latency)));
            return 2;
        }
    }
    window.restoreSettings();
    window.show();
    // An autosave left behind means the last session crashed: offer its edits back.
    QTimer::singleShot(0, &window, &edgecim::ui::MainWindow::offerRecovery);
    // Same path as a drop onto the window: presets open, model files import, problems
    // are shown in a dialog naming the file.
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, path = files.front()] { window.fileActions()->openAnyFile(path); });
    return QApplication::exec();
}
