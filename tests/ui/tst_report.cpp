// The report library as the GUI's File > Export report action calls it: write_report()
// for the current configuration, errors naming the file, both formats.
#include <QtTest>

#include "edgecim/param_table.hpp"
#include "report/report_writer.hpp"

class TestReport : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void formatFollowsTheExtension() {
        using edgecim::ui::ReportFormat;
        QCOMPARE(edgecim::ui::report_format_for(QStringLiteral("a/b.PDF")), std::optional(ReportFormat::pdf));
        QCOMPARE(edgecim::ui::report_format_for(QStringLiteral("b.htm")), std::optional(ReportFormat::html));
        QCOMPARE(edgecim::ui::report_format_for(QStringLiteral("b.html")), std::optional(ReportFormat::html));
        QVERIFY(!edgecim::ui::report_format_for(QStringLiteral("b.png")));
        QVERIFY(!edgecim::ui::report_format_for(QStringLiteral("pdf")));
    }

    void unknownExtensionFailsNamingTheFile() {
        const QString path = dir_.filePath(QStringLiteral("report.docx"));
        QString error;
        QVERIFY(!edgecim::ui::write_report(path, edgecim::default_config(), &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathFailsNamingTheFile() {
        const QString path = dir_.filePath(QStringLiteral("missing/dir/report.html"));
        QString error;
        QVERIFY(!edgecim::ui::write_report(path, edgecim::default_config(), &error));
        QVERIFY(error.contains(path));
    }

    void writesAMultiPagePdf() {
        const QString path = dir_.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(edgecim::ui::write_report(path, edgecim::default_config(), &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // One /Type /Page object per page (besides the /Pages tree).
        const qsizetype pages = pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/");
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        QVERIFY(pdf.size() > 50000);
    }

    void writesHtmlWithEveryParameterAndChart() {
        edgecim::Config config = edgecim::default_config();
        config.energy_boundary = edgecim::EnergyBoundary::chip;
        const QString path = dir_.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(edgecim::ui::write_report(path, config, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QCOMPARE(html.count(QStringLiteral("data:image/png;base64,")), 6);
        QVERIFY(html.contains(QStringLiteral("tokens/J at the chip boundary")));
        for (const std::string& key : edgecim::param_keys())
            QVERIFY2(html.contains(QString::fromStdString(key)), key.c_str());
        // energy_boundary differs from the default (system): marked, with the default shown.
        QVERIFY(html.contains(QStringLiteral("default system")));
    }

    void workloadSomeModelsCannotRunIsReportedNotRefused() {
        // Prompt 4096 + 128: past TinyLlama's context of 2048 and SA8255P's compiled context of
        // 4096. The report is written; those entries say "n/a (reason)", the paper reproduction
        // (a 12-model mean) says why it cannot be made, and no workload is shortened.
        edgecim::Config config = edgecim::default_config();
        config.workload.prompt_tokens = 4096;
        const QString path = dir_.filePath(QStringLiteral("long-prompt.html"));
        QString error;
        QVERIFY2(edgecim::ui::write_report(path, config, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("n/a (prompt + generated tokens = 4224 exceeds TinyLlama")));
        QVERIFY(
            html.contains(QStringLiteral("n/a (prompt + generated tokens = 4224 exceed the engine&#39;s compiled")) ||
            html.contains(QStringLiteral("n/a (prompt + generated tokens = 4224 exceed the engine's compiled")));
        QVERIFY(html.contains(QStringLiteral("cannot be reproduced at this workload")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
