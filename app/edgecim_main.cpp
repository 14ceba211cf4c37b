// edgecim: the desktop GUI. Parses the command line, builds the main window, hands over.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSize>
#include <QTimer>
#include <cstdio>

#include "app_shell/file_actions.hpp"
#include "app_shell/latency_probe.hpp"
#include "app_shell/main_window.hpp"
#include "app_shell/screenshot_runner.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EdgeCIM"));
    QApplication::setOrganizationDomain(QStringLiteral("edgecim.org"));
    QApplication::setApplicationName(QStringLiteral("EdgeCIM Studio"));
    QApplication::setApplicationVersion(QStringLiteral(EDGECIM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.edgecim.Studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compute-in-memory accelerator explorer for small language models"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("Open the preset YAML FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Write DIR/window.png (the main window), DIR/window-<view>.png "
                                                       "(the window with each view's tab open), DIR/<view>.png (each "
                                                       "view alone at 1600x1000) and DIR/state.json, then exit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption window_size(QStringLiteral("window-size"),
                                         QStringLiteral("Main window size for --screenshot (default 1600x1000)."),
                                         QStringLiteral("WxH"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       QStringLiteral("Open the preset FILE as the reference design (A/B): cards show "
                                                      "deltas, charts overlay it."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption latency(
        QStringLiteral("latency-probe"),
        QStringLiteral("Log edit->result and edit->repainted times and UI-thread stalls to FILE "
                       "(a line per result, a summary on exit)."),
        QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A preset YAML to open, or a model YAML / Hugging Face config.json to "
                                                "use as the model (what the desktop file's Exec=edgecim %F passes)."),
                                 QStringLiteral("[FILE]"));
    parser.addOption(preset);
    parser.addOption(screenshot);
    parser.addOption(window_size);
    parser.addOption(reference);
    parser.addOption(latency);
    parser.process(app);

    // The file to open: the positional FILE, else --preset FILE.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "edgecim: one FILE at most (got %lld)\n", static_cast<long long>(positional.size()));
        return 2;
    }
    if (!positional.isEmpty() && parser.isSet(preset)) {
        std::fprintf(stderr, "edgecim: give either FILE or --preset FILE, not both\n");
        return 2;
    }
    QSize size(edgecim::ui::ScreenshotRunner::kWidth, edgecim::ui::ScreenshotRunner::kHeight);
    if (parser.isSet(window_size)) {
        const QStringList wh = parser.value(window_size).split(QLatin1Char('x'));
        bool ok_w = false, ok_h = false;
        if (wh.size() == 2) size = QSize(wh[0].toInt(&ok_w), wh[1].toInt(&ok_h));
        if (!ok_w || !ok_h || size.width() < 320 || size.height() < 240 || size.width() > 16384 ||
            size.height() > 16384) {
            std::fprintf(stderr,
                         "edgecim: --window-size: '%s' is not WxH with W in [320, 16384] and H in [240, 16384] px\n",
                         qPrintable(parser.value(window_size)));
            return 2;
        }
    }
    const QString file = positional.isEmpty() ? parser.value(preset) : positional.constFirst();

    edgecim::ui::MainWindow window;
    if (parser.isSet(screenshot) && !file.isEmpty()) {
        // Headless: no one to read a dialog, so a bad file is a message and exit code 2.
        QString error;
        if (!window.fileActions()->openAnyFileQuietly(file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(screenshot) && parser.isSet(reference)) {
        QString error;
        if (!window.openReference(parser.value(reference), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(screenshot)) {
        auto* runner = new edgecim::ui::ScreenshotRunner(&window, parser.value(screenshot), &app);
        QObject::connect(runner, &edgecim::ui::ScreenshotRunner::finished, &app, [](bool ok, const QString& message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            QApplication::exit(ok ? 0 : 1);
        });
        window.resize(size);
        window.show();
        runner->start();
        return QApplication::exec();
    }
    if (parser.isSet(latency)) {
        auto* probe = new edgecim::ui::LatencyProbe(&window, parser.value(latency), &window);
        if (!probe->isOpen()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(latency)));
            return 2;
        }
    }
    window.restoreSettings();
    window.show();
    // Interactive: the window opens in any case; a bad file shows the problem dialog
    // (file, line, key, valid range) over it and the default configuration stays.
    if (!file.isEmpty()) QTimer::singleShot(0, &window, [&window, file] { window.fileActions()->openAnyFile(file); });
    if (parser.isSet(reference)) {
        const QString path = parser.value(reference);
        QTimer::singleShot(0, &window, [&window, path] {
            QString error;
            if (window.openReference(path, &error)) return;
            QMessageBox box(QMessageBox::Warning, QObject::tr("Cannot open reference"),
                            QObject::tr("%1 cannot be used as reference.").arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, &window);
            box.setInformativeText(error);
            box.exec();
        });
    }
    // An autosave left behind means the last session crashed: offer its edits back.
    QTimer::singleShot(0, &window, &edgecim::ui::MainWindow::offerRecovery);
    return QApplication::exec();
}
