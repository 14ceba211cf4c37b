// edgecim-cli report: the PDF or HTML report of one configuration (built only with the
// GUI library, whose charts it renders offscreen).
#include <QApplication>
#include <QString>
#include <iostream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "report/report_writer.hpp"
#include "simulation_setup.hpp"

namespace edgecim::cli {

namespace {

std::vector<OptionSpec> options() {
    std::vector<OptionSpec> specs;
    for (auto& s : config_options())
        if (s.name != "format") specs.push_back(s);  // the format follows --out's extension
    specs.push_back({"evaluator", "event|analytical",
                     "simulator of the configured workload (default event: keeps the timeline)", false});
    specs.push_back({"out", "FILE.pdf|FILE.html", "the report file; the extension selects the format", false});
    specs.push_back({"help", "", "show this help", false});
    return specs;
}

// The charts are widgets: they need a QApplication, which must not need a display.
void ensure_application() {
    if (QApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static char name[] = "edgecim-cli";
    static char* argv[] = {name, nullptr};
    static int argc = 1;
    static QApplication app(argc, argv);
}

}  // namespace

int cmd_report(const Args& args) {
    const auto specs = options();
    const ParsedArgs parsed = parse_args(args, specs);
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli report --out FILE.pdf|FILE.html [--config FILE] [--model NAME|PATH] "
                     "[--set KEY=VALUE]... [options]\n\n"
                     "Writes a report of the configured design: the full configuration (values changed from\n"
                     "the defaults marked), the model, the key results with their energy boundary, the\n"
                     "roofline, timeline, utilization and energy charts, the comparison with the baseline\n"
                     "devices on all 12 zoo models, the paper reproduction and the assumptions.\n"
                     "PDF: A4 pages, searchable text, vector charts. HTML: one self-contained file (inline\n"
                     "CSS, charts as embedded PNG images). Runs without a display (offscreen).\n\n"
                  << format_options_help(specs);
        return kExitOk;
    }
    if (!parsed.positionals.empty()) throw UsageError("unexpected argument '" + parsed.positionals.front() + "'");
    const auto out = parsed.get("out");
    if (!out || out->empty()) throw UsageError("--out FILE.pdf|FILE.html is required");
    const QString path = QString::fromStdString(*out);
    if (!ui::report_format_for(path))
        throw UsageError("--out: '" + *out + "' has an unknown extension (valid: .pdf, .html)");
    const Config config = build_config(parsed);
    const SimOptions sim = parse_sim_options(parsed, Evaluator::event);

    ensure_application();
    QString error;
    if (!ui::write_report(path, config, sim.evaluator, &error)) {
        std::cerr << "edgecim-cli report: " << error.toStdString() << "\n";
        return kExitRuntime;
    }
    std::cout << "wrote " << *out << "\n";
    return kExitOk;
}

}  // namespace edgecim::cli
