// User text is data (issue 14): a model named like a spreadsheet formula is neutralised in
// every CSV cell, one named like a format string ("x %1 %2") leaves the report's numbers
// alone, and control characters in a name reach the terminal escaped.
#include <QtTest>

#include "cli_runner.hpp"

class TestCliNames : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // The qwen2.5-0.5b zoo model under another name and display name (YAML double-quoted).
    QString modelNamed(const QString& file, const QByteArray& name, const QByteArray& display) {
        QFile in(QStringLiteral(EDGECIM_PRESET_DIR "/models/qwen2.5-0.5b.yaml"));
        if (!in.open(QIODevice::ReadOnly)) qFatal("no zoo model");
        QByteArray text;
        for (const QByteArray& line : in.readAll().split('\n')) {
            if (line.startsWith("name:"))
                text += "name: \"" + name + "\"\n";
            else if (line.startsWith("display_name:"))
                text += "display_name: \"" + display + "\"\n";
            else
                text += line + '\n';
        }
        const QString path = dir_.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
        out.write(text);
        return path;
    }

private slots:
    void formulaNamesAreNeutralisedInCsv() {
        const QString model = modelNamed(QStringLiteral("formula.yaml"), "=cmd|' /C calc'!A0", "@SUM(A1)");
        const CliResult run =
            run_cli({"run", "--model", model, "--prompt", "16", "--generate", "4", "--format", "csv"});
        QCOMPARE(run.exit_code, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY2(lines.size() >= 2 && lines[1].startsWith("'=cmd|' /C calc'!A0,"), run.out.constData());
        QVERIFY(!run.out.contains(",=") && !run.out.startsWith('='));

        const CliResult compare = run_cli({"compare", "--model", model, "--format", "csv"});
        QCOMPARE(compare.exit_code, 0);
        QVERIFY2(compare.out.split('\n').value(1).startsWith("'=cmd|' /C calc'!A0,"), compare.out.constData());

        const CliResult sweep = run_cli(
            {"sweep", "--vary", "workload.model=" + model, "--vary", "hardware.chip.tiles=16", "--format", "csv"});
        QCOMPARE(sweep.exit_code, 0);
        QVERIFY(!sweep.out.contains(",="));
        // Numbers stay numbers, negative ones included.
        QVERIFY(!run.out.contains(",'0") && !run.out.contains(",'-"));
    }

    void formatStringNamesLeaveTheReportNumbersAlone() {
        const QString model = modelNamed(QStringLiteral("percent.yaml"), "x%1", "x %1 %2 <b>bold</b>");
        const QString html = dir_.filePath(QStringLiteral("r.html"));
        const CliResult r = run_cli({"report", "--model", model, "--prompt", "16", "--generate", "4", "--evaluator",
                                     "analytical", "--set", "name=run %1 %2", "--out", html});
        if (r.err.contains("no report support"))
            QSKIP("edgecim-cli was built without the GUI library: no report support");
        QCOMPARE(r.exit_code, 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QLatin1String("prompt 16 tokens, 4 generated tokens")), qPrintable(text.left(3000)));
        QVERIFY(!text.contains(QLatin1String("%6")) && !text.contains(QLatin1String("%7")));
        QVERIFY(text.contains(QLatin1String("x %1 %2 &lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(text.contains(QLatin1String("EdgeCIM Studio report: run %1 %2")));
    }

    void controlCharactersReachTheTerminalEscaped() {
        const QString model = modelNamed(QStringLiteral("esc.yaml"), "evil\\x1b[2Jname\\a", "Evil\\rName");
        const CliResult r = run_cli({"run", "--model", model, "--prompt", "16", "--generate", "4"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\a') && !r.out.contains('\r'));
        QVERIFY2(r.out.contains("evil\\x1b[2Jname\\x07"), r.out.constData());
        const CliResult models = run_cli({"models", model});
        QCOMPARE(models.exit_code, 0);
        QVERIFY(!models.out.contains('\x1b') && !models.out.contains('\r'));
        QVERIFY2(models.out.contains("Evil\\x0dName"), models.out.constData());
    }

    void modelsTableKeepsNameAndDisplayNameApart() {
        const CliResult r = run_cli({"models"});
        QCOMPARE(r.exit_code, 0);
        for (const QByteArray& line : r.out.split('\n'))
            if (line.startsWith("phi-3.5-mini")) QVERIFY2(line.startsWith("phi-3.5-mini  "), line.constData());
    }
};

QTEST_MAIN(TestCliNames)
#include "tst_cli_names.moc"
