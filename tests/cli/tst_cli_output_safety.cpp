// No silent data loss (issue 14): every output file is written atomically (unique
// temporary, fsync, rename), a failed write is exit 1 with the file and the OS error and
// leaves the old file as it was, devices are never replaced, a report directory appears
// complete or not at all, and output that never reached stdout is a failure.
#include <sys/stat.h>
#include <unistd.h>

#include <QJsonDocument>
#include <QScopeGuard>
#include <QtTest>

#include "cli_runner.hpp"

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) qFatal("cannot write fixture");
}

// The CLI with stdout sent to `stdout_file`.
CliResult runWithStdout(const QStringList& args, const QString& stdout_file) {
    QProcess p;
    p.setStandardOutputFile(stdout_file);
    p.start(QStringLiteral(EDGECIM_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, {}, p.readAllStandardError()};
}

// The CLI under a file size limit of `kib` KiB (RLIMIT_FSIZE): writes past it fail with
// EFBIG as on a full disk.
CliResult runWithFileSizeLimit(int kib, const QStringList& args) {
    QStringList shell{QStringLiteral("-c"), QStringLiteral("ulimit -f %1 && exec \"$0\" \"$@\"").arg(kib * 2),
                      QStringLiteral(EDGECIM_CLI_PATH)};
    shell += args;
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), shell);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool isCharDevice(const char* path) {
    struct stat info {};
    return ::stat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

}  // namespace

class TestCliOutputSafety : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    static QStringList fastRun(int generate) {
        return {"run", "--model", "qwen2.5-0.5b", "--prompt", "16", "--generate", QString::number(generate)};
    }
    const QStringList fast_run_ = fastRun(4);

    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    // Every command, stdout on a full device: exit 1 with a message, never 0.
    void stdoutOnAFullDeviceFails_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("run") << fast_run_;
        QTest::newRow("run json") << (fast_run_ + QStringList{"--format", "json"});
        QTest::newRow("config") << QStringList{"config"};
        QTest::newRow("models") << QStringList{"models"};
        QTest::newRow("params") << QStringList{"params"};
        QTest::newRow("baselines") << QStringList{"baselines"};
        QTest::newRow("validate") << QStringList{"validate", EDGECIM_PRESET_DIR "/hardware/edgecim-65nm-int4.yaml"};
        QTest::newRow("compare") << QStringList{"compare", "--model", "qwen2.5-0.5b"};
        QTest::newRow("sweep csv") << QStringList{
            "sweep", "--vary", "hardware.chip.tiles=16,32", "--format", "csv", "--model", "qwen2.5-0.5b"};
        QTest::newRow("dse") << QStringList{"dse", "--population", "4",           "--generations",
                                            "0",   "--model",      "qwen2.5-0.5b"};
        QTest::newRow("help") << QStringList{"--help"};
        QTest::newRow("run --help") << QStringList{"run", "--help"};
    }
    void stdoutOnAFullDeviceFails() {
        QFETCH(QStringList, args);
        if (!isCharDevice("/dev/full")) QSKIP("no /dev/full");
        const CliResult r = runWithStdout(args, QStringLiteral("/dev/full"));
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("cannot write standard output: No space left on device"), r.err.constData());
    }

    void outputToADeviceIsRefusedAndTheDeviceStays() {
        if (!isCharDevice("/dev/full")) QSKIP("no /dev/full");
        for (const QStringList& args :
             {fast_run_ + QStringList{"--trace", "/dev/full"}, QStringList{"config", "--out", "/dev/full"}}) {
            const CliResult r = run_cli(args);
            QCOMPARE(r.exit_code, 1);
            QVERIFY2(r.err.contains("/dev/full: not a regular file"), r.err.constData());
            QVERIFY(isCharDevice("/dev/full"));
        }
        // Through a symbolic link as well: the device behind it is not replaced.
        const QString link = path("link.json");
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), link));
        const CliResult r = run_cli(fast_run_ + QStringList{"--trace", link});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(isCharDevice("/dev/full"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void aFifoIsRefusedNotBlockedOn() {
        const QString fifo = path("out.fifo");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        const CliResult r = run_cli({"config", "--out", fifo}, 20000);
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
    }

    // A write that fails (file size limit, as a full disk) is exit 1, names the file and the
    // OS error, and the old file is still there, whole; no temporary is left behind.
    void failedWritesKeepTheOldFile_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::newRow("run --trace") << (fast_run_ + QStringList{"--trace", path("t.json")}) << path("t.json");
        QTest::newRow("config --out") << QStringList{"config", "--out", path("c.yaml")} << path("c.yaml");
        QTest::newRow("sweep --out") << QStringList{"sweep",   "--vary",       "hardware.chip.tiles=16,32,64",
                                                    "--model", "qwen2.5-0.5b", "--format",
                                                    "json",    "--out",        path("s.json")}
                                     << path("s.json");
        // QPdfWriter wrote straight to the target: a truncated PDF, exit 0, "wrote r.pdf".
        QTest::newRow("report --out pdf")
            << QStringList{"report", "--model", "qwen2.5-0.5b", "--evaluator", "analytical", "--out", path("r.pdf")}
            << path("r.pdf");
        QTest::newRow("report --out html")
            << QStringList{"report", "--model", "qwen2.5-0.5b", "--evaluator", "analytical", "--out", path("r.html")}
            << path("r.html");
    }
    void failedWritesKeepTheOldFile() {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const QByteArray old = QByteArray("old complete content\n").repeated(200);  // 4.2 KB
        writeAll(file, old);
        const QStringList before = entries(dir_.path());
        const CliResult r = runWithFileSizeLimit(1, args);
        if (r.err.contains("no report support"))
            QSKIP("edgecim-cli was built without the GUI library: no report support");
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(file.toUtf8()) && r.err.contains("File too large"), r.err.constData());
        QCOMPARE(readAll(file), old);
        QCOMPARE(entries(dir_.path()), before);
        // And without the limit the same command replaces it.
        QCOMPARE(run_cli(args).exit_code, 0);
        QVERIFY(readAll(file) != old);
    }

    // A small tmpfs that fills up: ENOSPC, the old trace intact, nothing left over.
    void fullFileSystemKeepsTheOldTrace() {
        if (::geteuid() != 0) QSKIP("mounting a tmpfs needs root");
        const QString mount_point = path("small-fs");
        QVERIFY(QDir().mkpath(mount_point));
        if (QProcess::execute(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=64k", "tmpfs", mount_point}) != 0)
            QSKIP("cannot mount a tmpfs here");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mount_point}); });
        const QString trace = mount_point + QStringLiteral("/trace.json");
        const QByteArray old = "{\"traceEvents\": []}\n";
        writeAll(trace, old);
        // Fill the rest of the file system.
        {
            QFile filler(mount_point + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QStringList before = entries(mount_point);
        const CliResult r = run_cli(fast_run_ + QStringList{"--trace", trace});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(trace.toUtf8()) && r.err.contains("No space left on device"), r.err.constData());
        QCOMPARE(readAll(trace), old);
        QCOMPARE(entries(mount_point), before);
    }

    // Six writers of one trace at once: every one succeeds and the file is one complete
    // trace (was corrupt JSON 10 times out of 10).
    void concurrentWritersLeaveOneCompleteFile() {
        const QString trace = path("shared.json");
        const QString preset = path("shared.yaml");
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int i = 0; i < 6; ++i) {
                auto p = std::make_unique<QProcess>();
                p->start(QStringLiteral(EDGECIM_CLI_PATH),
                         i % 2 ? QStringList{"config", "--set", QStringLiteral("hardware.chip.tiles=%1").arg(16 + i),
                                             "--out", preset}
                               : fast_run_ + QStringList{"--trace", trace, "--format", "json"});
                runs.push_back(std::move(p));
            }
            for (auto& p : runs) {
                QVERIFY(p->waitForFinished(120000));
                QCOMPARE(p->exitCode(), 0);
            }
            QJsonParseError error{};
            QJsonDocument::fromJson(readAll(trace), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(readAll(preset).contains("tiles: "));
            QCOMPARE(run_cli({"validate", preset}).exit_code, 0);
        }
        QCOMPARE(entries(dir_.path()).filter(QStringLiteral(".shared")).size(), 0);  // no temporaries left
    }

    // run --report DIR: all four files or nothing; the old report stays whole on failure; a
    // directory with other files in it is never replaced.
    void reportDirectoryIsAllOrNothing() {
        const QString report = path("report");
        const QStringList args = fast_run_ + QStringList{"--report", report};
        CliResult r = runWithFileSizeLimit(1, args);
        QCOMPARE(r.exit_code, 1);
        QVERIFY(!QFileInfo::exists(report));

        QCOMPARE(run_cli(args).exit_code, 0);
        const QStringList files{"preset.yaml", "run.json", "run.txt", "trace.json"};
        QCOMPARE(entries(report), files);
        QMap<QString, QByteArray> first;
        for (const QString& f : files) first[f] = readAll(report + QLatin1Char('/') + f);

        r = runWithFileSizeLimit(1, fastRun(5) + QStringList{"--report", report});
        QCOMPARE(r.exit_code, 1);
        for (const QString& f : files) QCOMPARE(readAll(report + QLatin1Char('/') + f), first[f]);

        QCOMPARE(run_cli(fastRun(5) + QStringList{"--report", report}).exit_code, 0);
        QVERIFY(readAll(report + QStringLiteral("/run.json")) != first["run.json"]);
        QCOMPARE(entries(report), files);

        writeAll(report + QStringLiteral("/notes.txt"), "mine");
        r = run_cli(args);
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("notes.txt"), r.err.constData());
        QCOMPARE(readAll(report + QStringLiteral("/notes.txt")), QByteArray("mine"));
        QCOMPARE(entries(dir_.path()).filter(QStringLiteral(".report")).size(), 0);
    }

    void configOutToAMissingDirectoryIsExitOne() {
        const CliResult r = run_cli({"config", "--out", path("no/such/dir/c.yaml")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains("no/such/dir/c.yaml") && r.err.contains("does not exist"), r.err.constData());
    }
};

QTEST_MAIN(TestCliOutputSafety)
#include "tst_cli_output_safety.moc"
