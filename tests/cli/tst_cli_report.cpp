// edgecim-cli report as users script it: a PDF with searchable text and page numbers, a
// self-contained HTML file, no display needed, usage errors exit 2. Skipped when the CLI
// was built without the GUI library (no report support).
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include "cli_runner.hpp"
#include "edgecim/param_table.hpp"

namespace {

// Like run_cli, but as on a machine with no display and no Qt platform chosen.
CliResult run_headless(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EDGECIM_CLI_PATH), args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString tool(const char* name) { return QStandardPaths::findExecutable(QLatin1String(name)); }

QByteArray toolOutput(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

}  // namespace

class TestCliReport : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString pdf_, html_;

private slots:
    void initTestCase() {
        const CliResult help = run_cli({"report", "--help"});
        if (help.exit_code != 0 && help.err.contains("no report support"))
            QSKIP("edgecim-cli was built without the GUI library: no report support");
        QCOMPARE(help.exit_code, 0);
        QVERIFY(help.out.contains("--out"));
        QVERIFY(dir_.isValid());
        pdf_ = dir_.filePath(QStringLiteral("report.pdf"));
        html_ = dir_.filePath(QStringLiteral("report.html"));
        const CliResult a = run_headless({"report", "--out", pdf_});
        QVERIFY2(a.exit_code == 0, a.err.constData());
        const CliResult b = run_headless({"report", "--out", html_});
        QVERIFY2(b.exit_code == 0, b.err.constData());
    }

    void badOutputIsAUsageError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("extension") << QStringList{"report", "--out", dir_.filePath(QStringLiteral("r.txt"))};
        QTest::newRow("no --out") << QStringList{"report"};
        QTest::newRow("bad key") << QStringList{"report", "--out", pdf_, "--set", "hardware.chip.tilez=4"};
        QTest::newRow("bad evaluator") << QStringList{"report", "--out", pdf_, "--evaluator", "exact"};
    }
    void badOutputIsAUsageError() {
        QFETCH(QStringList, args);
        const CliResult r = run_cli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("r.txt"))));
    }

    void pdfHasPagesAndSearchableText() {
        QFile f(pdf_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdftotext = tool("pdftotext"), pdfinfo = tool("pdfinfo");
        if (pdftotext.isEmpty() || pdfinfo.isEmpty()) QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                                  .match(QString::fromUtf8(toolOutput(pdfinfo, {pdf_})));
        QVERIFY(pages.hasMatch());
        const int n = pages.captured(1).toInt();
        QVERIFY2(n >= 8 && n <= 30, qPrintable(QString::number(n)));
        const QString text = QString::fromUtf8(toolOutput(pdftotext, {pdf_, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(n)));
        QVERIFY(text.contains(QStringLiteral("tokens/J")));
        QVERIFY(text.contains(QStringLiteral("tokens/J at the system boundary")));
        QVERIFY(text.contains(QStringLiteral("Llama-3.2-1B")));
        QVERIFY(text.contains(QStringLiteral("Paper reproduction")));
        QVERIFY(text.contains(QStringLiteral("Baseline comparison")));
        for (const std::string& key : edgecim::param_keys())
            QVERIFY2(text.contains(QString::fromStdString(key)), key.c_str());
    }

    void htmlIsSelfContained() {
        QFile f(html_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.count(QStringLiteral("<table")) >= 7);
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 6);
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("href=\"http")));
        QVERIFY(!html.contains(QStringLiteral("file:")));
        QVERIFY(!html.contains(dir_.path()));
        QVERIFY(!QRegularExpression(QStringLiteral("(src|href)=\"(?!data:|#)")).match(html).hasMatch());
        QVERIFY(html.contains(QStringLiteral("tokens/J")));
        QVERIFY(html.contains(QStringLiteral("Paper reproduction")));
        for (const std::string& key : edgecim::param_keys())
            QVERIFY2(html.contains(QString::fromStdString(key)), key.c_str());
    }

    void analyticalReportSaysWhyThereIsNoTimeline() {
        const QString path = dir_.filePath(QStringLiteral("analytical.html"));
        const CliResult r = run_headless({"report", "--out", path, "--model", "qwen3-0.6b", "--evaluator", "analytical",
                                          "--set", "hardware.chip.tiles=64"});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("No timeline")));
        QVERIFY(html.contains(QStringLiteral("Qwen3-0.6B")));
        // The changed value is marked with its default.
        QVERIFY(html.contains(QStringLiteral("default 32")));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
